package org.canlian.rules.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.RegistrationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Roster rows and breakdowns compare by value: a row read twice is equal, a row with one fact changed is not, and a
 * breakdown of another roster differs (what the merged and parallel breakdowns are checked against).
 */
class RosterValueEqualityTest {
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "RosterRow",
                        (Supplier<?>) () -> RosterRowTest.valid().build(),
                        List.of(
                                RosterRowTest.valid()
                                        .certificateNumber(org.canlian.core.certificate.CertificateNumber.parse(
                                                RosterRowTest.NUMBER + "B1", RosterRowTest.AS_OF))
                                        .build(),
                                RosterRowTest.valid()
                                        .validity(LocalDate.of(2020, 5, 1), LocalDate.of(2030, 5, 1))
                                        .build(),
                                RosterRowTest.valid()
                                        .registration(DivisionCode.parse("620723101203"), RegistrationType.RURAL)
                                        .build(),
                                RosterRowTest.valid()
                                        .household(HouseholdStatus.DIBAO)
                                        .build())),
                Arguments.of(
                        "Breakdown",
                        (Supplier<?>) () -> Breakdown.of(RosterRoundTripPropertyTest.randomRoster(42, 200)),
                        List.of(
                                Breakdown.of(RosterRoundTripPropertyTest.randomRoster(43, 200)),
                                Breakdown.of(RosterRoundTripPropertyTest.randomRoster(42, 199)),
                                Breakdown.of(List.of()))),
                Arguments.of(
                        "Breakdown, the same holders in another township",
                        (Supplier<?>) () -> Breakdown.counter()
                                .add(DisabilityCategory.VISUAL, DisabilityGrade.ONE, DivisionCode.parse("620723101202"))
                                .breakdown(),
                        List.of(
                                Breakdown.counter()
                                        .add(
                                                DisabilityCategory.VISUAL,
                                                DisabilityGrade.ONE,
                                                DivisionCode.parse("620723102201"))
                                        .breakdown(),
                                Breakdown.counter()
                                        .add(
                                                DisabilityCategory.VISUAL,
                                                DisabilityGrade.TWO,
                                                DivisionCode.parse("620723101202"))
                                        .breakdown())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
