package org.canlian.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard's small values: officer ranges (a street office's 3-5), rates as exact fractions, the facility's
 * population bands, and the checks that refuse a standard no federation could be held to.
 */
class StandardValuesTest {
    static Stream<Arguments> officerCounts() {
        return Stream.of(
                // A street office with 3-5 officers (county federations' work reports).
                arguments(OfficerRange.of(3, 5), 2, false),
                arguments(OfficerRange.of(3, 5), 3, true),
                arguments(OfficerRange.of(3, 5), 5, true),
                arguments(OfficerRange.of(3, 5), 6, false),
                // A town or township: at least one, no ceiling.
                arguments(OfficerRange.atLeast(1), 0, false),
                arguments(OfficerRange.atLeast(1), 1, true),
                arguments(OfficerRange.atLeast(1), 40, true),
                // Exactly one principal officer.
                arguments(OfficerRange.of(1, 1), 1, true),
                arguments(OfficerRange.of(1, 1), 2, false));
    }

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @MethodSource("officerCounts")
    void anOfficerRangeAdmitsCountsFromItsMinimumToItsCeiling(OfficerRange range, int count, boolean admitted) {
        assertThat(range.admits(count)).isEqualTo(admitted);
    }

    static Stream<Arguments> rangesInWords() {
        return Stream.of(
                arguments(OfficerRange.of(3, 5), "3-5"),
                arguments(OfficerRange.of(0, 0), "0-0"),
                arguments(OfficerRange.atLeast(1), "at least 1"),
                arguments(OfficerRange.atLeast(0), "at least 0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rangesInWords")
    void anOfficerRangeDescribesItself(OfficerRange range, String words) {
        assertThat(range.describe()).isEqualTo(words);
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                arguments(995, 1000, "99.5", "99.5 %", false),
                arguments(2, 3, "66.7", "66.7 %", false),
                arguments(1, 8, "12.5", "12.5 %", false),
                arguments(82, 82, "100.0", "100.0 %", true),
                arguments(0, 5, "0.0", "0.0 %", false),
                arguments(0, 0, "0.0", "-", true));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("rates")
    void aRateIsAnExactFractionRoundedOnlyForDisplay(
            long count, long total, String percent, String text, boolean complete) {
        Rate rate = Rate.of(count, total);
        assertThat(rate.percent(1)).isEqualTo(new BigDecimal(percent));
        assertThat(rate.toPercentString()).isEqualTo(text);
        assertThat(rate).hasToString(count + "/" + total + " (" + text + ")");
        assertThat(rate.isComplete()).isEqualTo(complete);
    }

    static Stream<Arguments> roundedPercents() {
        // HALF_UP: 1/8 = 12.5 % gives 13 with no decimals; 1/3 = 33.33... % gives 33.
        return Stream.of(
                arguments(Rate.of(1, 8), 0, "13"),
                arguments(Rate.of(1, 3), 0, "33"),
                arguments(Rate.of(1, 3), 3, "33.333"),
                arguments(Rate.of(2, 3), 2, "66.67"),
                arguments(Rate.of(0, 0), 2, "0.00"));
    }

    @ParameterizedTest(name = "{0} to {1} decimals: {2}")
    @MethodSource("roundedPercents")
    void percentRoundsHalfUpToTheScaleAsked(Rate rate, int scale, String expected) {
        assertThat(rate.percent(scale)).isEqualTo(new BigDecimal(expected));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments(
                        (Supplier<?>) () -> OfficerRange.atLeast(-1),
                        "Invalid officer range minimum -1: must be 0 or more"),
                arguments(
                        (Supplier<?>) () -> OfficerRange.of(6, 5),
                        "Invalid officer range maximum 5: must not be below the minimum 6"),
                arguments(
                        (Supplier<?>) () -> Rate.of(3, 2),
                        "Invalid rate 3/2: count must be from 0 to total, total 0 or more"),
                arguments(
                        (Supplier<?>) () -> Rate.of(-1, 2),
                        "Invalid rate -1/2: count must be from 0 to total, total 0 or more"),
                arguments(
                        (Supplier<?>) () -> Rate.of(0, -1),
                        "Invalid rate 0/-1: count must be from 0 to total, total 0 or more"),
                arguments(
                        (Supplier<?>) () -> FloorAreaBand.of(-1, 800),
                        "Invalid floor area band population -1: must be 0 or more"),
                arguments(
                        (Supplier<?>) () -> FloorAreaBand.of(600_000, -1),
                        "Invalid floor area band minimum -1: must be 0 or more"),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .grassrootsOfficersMinimum(-1)
                                .build(),
                        "Invalid grassroots officers minimum -1: must be 0 or more"),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .disabledStaffShareMinimum(new BigDecimal("-0.01"))
                                .build(),
                        "Invalid disabled staff share minimum -0.01: must be a fraction from 0 to 1 (0.15 for 15 %)"),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .disabledStaffShareMinimum(new BigDecimal("1.01"))
                                .build(),
                        "Invalid disabled staff share minimum 1.01: must be a fraction from 0 to 1 (0.15 for 15 %)"),
                arguments(
                        (Supplier<?>) () -> withBands(List.of()),
                        "Invalid facility floor area bands []: the first band must start at population 0"),
                arguments(
                        (Supplier<?>) () -> withBands(List.of(
                                FloorAreaBand.of(0, 800),
                                FloorAreaBand.of(600_000, 1_000),
                                FloorAreaBand.of(600_000, 1_200))),
                        "Invalid facility floor area bands 600000: bands must rise strictly by population, after 600000"),
                arguments(
                        (Supplier<?>) () -> withBands(List.of(
                                FloorAreaBand.of(0, 800),
                                FloorAreaBand.of(800_000, 1_200),
                                FloorAreaBand.of(600_000, 1_000))),
                        "Invalid facility floor area bands 600000: bands must rise strictly by population, after 800000"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidValues")
    void refusesValuesNoUnitCouldBeHeldTo(Supplier<?> make, String message) {
        assertThatThrownBy(make::get).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    static OrganisationStandard withBands(List<FloorAreaBand> bands) {
        return StandardCheckTest.STANDARD.toBuilder()
                .facilityFloorAreaBands(bands)
                .build();
    }

    static Stream<Arguments> limitValues() {
        return Stream.of(
                arguments((Supplier<?>) () -> OfficerRange.of(0, 0).minimum(), 0),
                arguments((Supplier<?>) () -> OfficerRange.of(5, 5).maximum().orElseThrow(), 5),
                arguments((Supplier<?>) () -> Rate.of(0, 0).total(), 0L),
                arguments((Supplier<?>) () -> Rate.of(7, 7).count(), 7L),
                arguments((Supplier<?>) () -> FloorAreaBand.of(0, 0).minimumFloorArea(), 0),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .grassrootsOfficersMinimum(0)
                                .build()
                                .grassrootsOfficersMinimum(),
                        0),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .disabledStaffShareMinimum(BigDecimal.ZERO)
                                .build()
                                .disabledStaffShareMinimum(),
                        BigDecimal.ZERO),
                arguments(
                        (Supplier<?>) () -> StandardCheckTest.STANDARD.toBuilder()
                                .disabledStaffShareMinimum(BigDecimal.ONE)
                                .build()
                                .disabledStaffShareMinimum(),
                        BigDecimal.ONE),
                arguments(
                        (Supplier<?>) () ->
                                withBands(List.of(FloorAreaBand.of(0, 800))).bandFor(5_000_000),
                        FloorAreaBand.of(0, 800)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("limitValues")
    void acceptsTheLimitsOfEachRange(Supplier<?> make, Object expected) {
        assertThat(make.get()).isEqualTo(expected);
    }

    static Stream<Arguments> populations() {
        return Stream.of(
                arguments(0L, 800),
                arguments(148_000L, 800),
                arguments(599_999L, 800),
                arguments(600_000L, 1_000),
                arguments(600_001L, 1_000),
                arguments(799_999L, 1_000),
                arguments(800_000L, 1_200),
                arguments(12_000_000L, 1_200));
    }

    @ParameterizedTest(name = "population {0}: {1} m²")
    @MethodSource("populations")
    void aPopulationFallsInTheLastBandThatStartsAtOrBelowIt(long population, int area) {
        assertThat(StandardCheckTest.STANDARD.bandFor(population).minimumFloorArea())
                .isEqualTo(area);
    }

    static Stream<Arguments> names() {
        return Stream.of(
                arguments(Criterion.ASSOCIATION_FORMED.chineseName(), "残协成立"),
                arguments(Criterion.SERVICE_FACILITY_AREA.englishName(), "service facility floor area"),
                arguments(Outcome.MET.chineseName(), "达标"),
                arguments(Outcome.MISSED.englishName(), "missed"),
                arguments(Outcome.NOT_REPORTED.chineseName(), "未报"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("names")
    void criteriaAndOutcomesHaveTheirReportNames(String name, String expected) {
        assertThat(name).isEqualTo(expected);
    }
}
