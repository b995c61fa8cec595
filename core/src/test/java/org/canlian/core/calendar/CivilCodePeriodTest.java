package org.canlian.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CivilCodePeriodTest {
    /** Civil Code art. 201 (the first day is not counted) and art. 202 (corresponding day, else month end). */
    static Stream<Arguments> lastDays() {
        return Stream.of(
                Arguments.of("2037-03-01", "P1Y", "2038-03-01"), // the bar after a cancellation
                Arguments.of("2025-03-03", "P10Y", "2035-03-03"), // a certificate's validity
                Arguments.of("2024-02-29", "P1Y", "2025-02-28"), // no 29 February: the month's last day
                Arguments.of("2024-02-29", "P4Y", "2028-02-29"), // leap year to leap year
                Arguments.of("2027-02-28", "P1Y", "2028-02-28"), // corresponding day exists in a leap year
                Arguments.of("2025-01-31", "P1M", "2025-02-28"), // no 31 February
                Arguments.of("2024-01-31", "P1M", "2024-02-29"), // leap February's last day
                Arguments.of("2025-03-31", "P1M", "2025-04-30"),
                Arguments.of("2025-02-28", "P1M", "2025-03-28"), // the corresponding day, not the month end
                Arguments.of("2025-12-31", "P2M", "2026-02-28"), // across the year
                Arguments.of("2025-08-31", "P6M", "2026-02-28"),
                Arguments.of("2025-03-01", "P10D", "2025-03-11"), // days from the next day
                Arguments.of("2025-01-31", "P1M1D", "2025-03-01"), // months first, then days
                Arguments.of("2037-03-01", "P0D", "2037-03-01"));
    }

    @ParameterizedTest(name = "{1} from {0} ends on {2}")
    @MethodSource("lastDays")
    void aPeriodEndsOnTheCorrespondingDayOrTheMonthsLastDay(String start, String period, String last) {
        assertThat(CivilCodePeriod.lastDay(LocalDate.parse(start), Period.parse(period)))
                .isEqualTo(LocalDate.parse(last));
    }

    static Stream<Arguments> firstStarts() {
        return Stream.of(
                Arguments.of("2035-03-31", "P1M", "2035-03-01"), // from 2035-02-28 a month ends on 03-28
                Arguments.of("2035-03-03", "P3M", "2034-12-03"),
                Arguments.of("2025-02-28", "P1M", "2025-01-28"), // 01-28 to 01-31 all end on 02-28: the first
                Arguments.of("2024-02-29", "P1Y", "2023-03-01"), // from 2023-02-28 a year ends on 2024-02-28
                Arguments.of("2025-03-01", "P1M1D", "2025-01-28"),
                Arguments.of("2035-03-19", "P0D", "2035-03-19"));
    }

    @ParameterizedTest(name = "{1} reaching {0} starts from {2}")
    @MethodSource("firstStarts")
    void theFirstStartWhosePeriodReachesADay(String day, String period, String start) {
        assertThat(CivilCodePeriod.firstStartReaching(LocalDate.parse(day), Period.parse(period)))
                .isEqualTo(LocalDate.parse(start));
    }

    /** Seeded: the first start reaches the day, the day before it does not. */
    static Stream<Arguments> randomDaysAndPeriods() {
        SplittableRandom random = new SplittableRandom(201_202);
        return IntStream.range(0, 300)
                .mapToObj(i -> Arguments.of(
                        LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000)),
                        Period.of(
                                random.nextInt(3),
                                random.nextInt(12),
                                random.nextInt(3) == 0 ? random.nextInt(40) : 0)));
    }

    @ParameterizedTest(name = "{1} reaching {0}")
    @MethodSource("randomDaysAndPeriods")
    void theFirstStartIsTheEarliestThatReaches(LocalDate day, Period period) {
        LocalDate start = CivilCodePeriod.firstStartReaching(day, period);
        assertThat(CivilCodePeriod.lastDay(start, period)).isAfterOrEqualTo(day);
        assertThat(CivilCodePeriod.lastDay(start.minusDays(1), period)).isBefore(day);
    }

    static Stream<Arguments> negativePeriods() {
        return Stream.of(Arguments.of("P-1Y"), Arguments.of("P1Y-1D"), Arguments.of("P-2M"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativePeriods")
    void refusesANegativePeriod(String period) {
        assertThatThrownBy(() -> CivilCodePeriod.lastDay(LocalDate.of(2025, 1, 1), Period.parse(period)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid period \"" + period + "\": must not have a negative part");
        assertThatThrownBy(() -> CivilCodePeriod.firstStartReaching(LocalDate.of(2025, 1, 1), Period.parse(period)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("negative");
    }
}
