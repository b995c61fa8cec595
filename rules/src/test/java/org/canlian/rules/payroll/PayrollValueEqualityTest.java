package org.canlian.rules.payroll;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.core.batch.OnInvalidRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payrolls, back pay and reform impacts compare by value: running the same roster twice gives equal results (what
 * the parallel and merged runs are checked against), and a run over another roster or with other settings does not.
 */
class PayrollValueEqualityTest {
    private static PayrollCalculator payrollCalculator() {
        return PayrollCalculator.of(PayrollTest.LINZE_CALC, PayrollTest.Q1, OnInvalidRow.REPORT_AND_CONTINUE);
    }

    private static List<PersonPayroll> payrollPeople() {
        return payrollCalculator().withPeople().run(PayrollTest.roster()).people();
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "Payroll",
                        (Supplier<?>) PayrollTest::payroll,
                        List.of(
                                payrollCalculator().run(PayrollTest.roster().subList(0, 5)),
                                payrollCalculator().withPeople().run(PayrollTest.roster()))),
                Arguments.of(
                        "PersonPayroll",
                        (Supplier<?>) () -> payrollPeople().get(0),
                        List.of(payrollPeople().get(1), payrollPeople().get(2))),
                Arguments.of(
                        "BackPay",
                        (Supplier<?>) BackPayTest::backPay,
                        List.of(
                                BackPayTest.calculator(OnInvalidRow.REPORT_AND_CONTINUE)
                                        .run(BackPayTest.roster().subList(0, 3)),
                                BackPayTest.calculator(OnInvalidRow.REPORT_AND_CONTINUE)
                                        .withoutPeople()
                                        .run(BackPayTest.roster()))),
                Arguments.of(
                        "BackPayPerson",
                        (Supplier<?>) () -> BackPayTest.backPay().people().get(0),
                        List.of(
                                BackPayTest.backPay().people().get(1),
                                BackPayTest.backPay().people().get(2))),
                Arguments.of(
                        "ReformImpact",
                        (Supplier<?>) ReformTest::impact,
                        List.of(
                                ReformTest.shanghai().run(ReformTest.shanghaiRoster()),
                                ReformTest.shanghai()
                                        .withPeople()
                                        .run(ReformTest.shanghaiRoster().subList(0, 3)))),
                Arguments.of(
                        "ReformPerson",
                        (Supplier<?>) () -> ReformTest.impact().people().get(0),
                        List.of(
                                ReformTest.impact().people().get(1),
                                ReformTest.impact().people().get(2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
