package org.canlian.rules.payroll;

import static org.canlian.rules.payroll.PayrollTest.FEB;
import static org.canlian.rules.payroll.PayrollTest.JAN;
import static org.canlian.rules.payroll.PayrollTest.LINZE_CALC;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person's payroll, back pay and reform result compare every part: two that differ in one part only (the line, the
 * facts, the first month, one month's amount, the explanations) are not equal. The equality of whole runs
 * ({@link PayrollValueEqualityTest}) rests on these.
 */
class PayrollPersonEqualityTest {
    private static final int PROGRAMMES = Programme.values().length;
    private static final Claimant FIRST = PayrollTest.roster().get(0);
    private static final Claimant SECOND = PayrollTest.roster().get(1);

    /** Two months: care paid 100.00 in January, the living subsidy undecided in February, the rest not eligible. */
    static long[] fen() {
        long[] fen = new long[2 * PROGRAMMES];
        Arrays.fill(fen, CompiledSubsidies.NOT_ELIGIBLE);
        fen[Programme.CARE.ordinal()] = 10_000;
        fen[PROGRAMMES + Programme.LIVING.ordinal()] = CompiledSubsidies.CANNOT_DECIDE;
        return fen;
    }

    static long[] changed(int index, long value) {
        long[] fen = fen();
        fen[index] = value;
        return fen;
    }

    static List<SubsidyMonth> explained(Claimant claimant) {
        return List.of(LINZE_CALC.decideAll(claimant, JAN));
    }

    static PersonPayroll person(int line, Claimant c, java.time.YearMonth from, long[] fen, List<SubsidyMonth> ex) {
        return new PersonPayroll(line, c, from, fen, ex);
    }

    static ComparedPerson compared(
            int line,
            Claimant c,
            java.time.YearMonth from,
            long[] before,
            long[] after,
            List<SubsidyMonth> beforeExplained,
            List<SubsidyMonth> afterExplained) {
        return new ComparedPerson(line, c, from, before, after, beforeExplained, afterExplained);
    }

    static List<ComparedPerson> comparedOthers() {
        int care = Programme.CARE.ordinal();
        return List.of(
                compared(3, FIRST, JAN, fen(), changed(care, 12_000), List.of(), List.of()),
                compared(2, SECOND, JAN, fen(), changed(care, 12_000), List.of(), List.of()),
                compared(2, FIRST, FEB, fen(), changed(care, 12_000), List.of(), List.of()),
                compared(2, FIRST, JAN, changed(care, 11_000), changed(care, 12_000), List.of(), List.of()),
                compared(2, FIRST, JAN, fen(), changed(care, 13_000), List.of(), List.of()),
                compared(2, FIRST, JAN, fen(), changed(care, 12_000), explained(FIRST), List.of()),
                compared(2, FIRST, JAN, fen(), changed(care, 12_000), List.of(), explained(FIRST)));
    }

    static ComparedPerson comparedValue() {
        return compared(2, FIRST, JAN, fen(), changed(Programme.CARE.ordinal(), 12_000), List.of(), List.of());
    }

    static Stream<Arguments> values() {
        int care = Programme.CARE.ordinal();
        return Stream.of(
                Arguments.of(
                        "PersonPayroll",
                        (Supplier<?>) () -> person(2, FIRST, JAN, fen(), List.of()),
                        List.of(
                                person(3, FIRST, JAN, fen(), List.of()),
                                person(2, SECOND, JAN, fen(), List.of()),
                                person(2, FIRST, FEB, fen(), List.of()),
                                person(2, FIRST, JAN, changed(care, 10_001), List.of()),
                                // Undecided and not eligible both pay nothing, but are different answers.
                                person(
                                        2,
                                        FIRST,
                                        JAN,
                                        changed(PROGRAMMES + care, CompiledSubsidies.CANNOT_DECIDE),
                                        List.of()),
                                person(2, FIRST, JAN, fen(), explained(FIRST)))),
                Arguments.of(
                        "ComparedPerson", (Supplier<?>) PayrollPersonEqualityTest::comparedValue, comparedOthers()),
                Arguments.of(
                        "BackPayPerson",
                        (Supplier<?>) () -> new BackPayPerson(comparedValue()),
                        comparedOthers().stream().map(BackPayPerson::new).toList()),
                Arguments.of(
                        "ReformPerson",
                        (Supplier<?>) () -> new ReformPerson(comparedValue()),
                        comparedOthers().stream().map(ReformPerson::new).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedPart(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
