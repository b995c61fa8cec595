package org.canlian.rules.subsidy;

import static org.canlian.rules.subsidy.SubsidyCalculatorTest.CALC;
import static org.canlian.rules.subsidy.SubsidyCalculatorTest.MARCH;
import static org.canlian.rules.subsidy.TestClaimants.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claimants and decisions compare by value: deciding the same case twice gives equal decisions, and a claimant or
 * decision that differs in one fact is not equal (rosters deduplicate claimants; back pay compares decisions).
 */
class SubsidyValueEqualityTest {
    private static final Claimant DIBAO =
            baseline().household(HouseholdStatus.DIBAO).build();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "Claimant",
                        (Supplier<?>) () -> baseline().build(),
                        List.of(
                                DIBAO,
                                baseline().longTermCare(true).build(),
                                baseline()
                                        .residentId(TestClaimants.idBornOn(LocalDate.of(1975, 6, 16)))
                                        .build())),
                Arguments.of(
                        "SubsidyDecision",
                        (Supplier<?>) () -> CALC.decide(DIBAO, Programme.LIVING, MARCH),
                        List.of(
                                CALC.decide(DIBAO, Programme.CARE, MARCH),
                                CALC.decide(DIBAO, Programme.LIVING, MARCH.plusMonths(1)),
                                CALC.decide(baseline().build(), Programme.LIVING, MARCH))),
                Arguments.of(
                        "SubsidyMonth",
                        (Supplier<?>) () -> CALC.decideAll(DIBAO, MARCH),
                        List.of(
                                CALC.decideAll(DIBAO, MARCH.plusMonths(1)),
                                CALC.decideAll(baseline().build(), MARCH))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
