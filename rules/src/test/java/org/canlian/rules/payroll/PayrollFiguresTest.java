package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small figures of payroll results: how a person's month changes under a reform, the counts shown, net back pay
 * and a reform's budget difference, the progress reported and the yearly programmes paid once a year.
 */
class PayrollFiguresTest {
    private static final long NOT = CompiledSubsidies.NOT_ELIGIBLE;
    private static final long UNDECIDED = CompiledSubsidies.CANNOT_DECIDE;

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(UNDECIDED, 10_000L, ReformChange.UNDECIDED),
                Arguments.of(10_000L, UNDECIDED, ReformChange.UNDECIDED),
                Arguments.of(UNDECIDED, NOT, ReformChange.UNDECIDED),
                Arguments.of(NOT, NOT, ReformChange.NOT_ELIGIBLE),
                Arguments.of(NOT, 0L, ReformChange.NEWLY_ELIGIBLE), // eligible for nothing is still eligible
                Arguments.of(NOT, 15_000L, ReformChange.NEWLY_ELIGIBLE),
                Arguments.of(0L, NOT, ReformChange.NO_LONGER_ELIGIBLE),
                Arguments.of(10_000L, NOT, ReformChange.NO_LONGER_ELIGIBLE),
                Arguments.of(10_000L, 10_001L, ReformChange.GAINS),
                Arguments.of(10_001L, 10_000L, ReformChange.LOSES),
                Arguments.of(10_000L, 10_000L, ReformChange.UNCHANGED),
                Arguments.of(0L, 0L, ReformChange.UNCHANGED));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("changes")
    void aMonthsChangeUnderAReformComparesTheFenBeforeAndAfter(long before, long after, ReformChange change) {
        assertThat(ReformChange.of(before, after)).isSameAs(change);
    }

    @Test
    void countsAndTotalsReadAsTheyAdd() {
        assertThat(PeopleAndAmount.NONE).hasToString("0 people, 0.00");
        assertThat(PeopleAndAmount.of(1, 10_050)).hasToString("1 person, 100.50");
        assertThat(PeopleAndAmount.of(2, 20_000)).hasToString("2 people, 200.00");
        assertThat(new BackPayTotal(
                                PeopleAndAmount.of(3, 30_000),
                                PeopleAndAmount.of(3, 40_000),
                                PeopleAndAmount.of(2, 15_000),
                                PeopleAndAmount.of(1, 5_000))
                        .net())
                .isEqualTo(Money.ofYuan(100));
        assertThat(new ReformTotal(
                                PeopleAndAmount.of(3, 30_000),
                                PeopleAndAmount.of(4, 25_000),
                                PeopleAndAmount.of(1, 1_000),
                                PeopleAndAmount.of(1, 3_000),
                                PeopleAndAmount.of(1, 2_000),
                                PeopleAndAmount.of(1, 5_000))
                        .budgetDifference())
                .isEqualTo(Money.ofYuan(-50));
    }

    @Test
    void progressIsReportedEachTimeTheRowsPassAMultipleOfTheIntervalAndOnceAtTheEnd() {
        List<PayrollProgress> seen = new ArrayList<>();
        long[] now = {1_000_000_000L};
        RunOptions options = RunOptions.of(org.canlian.core.batch.OnInvalidRow.STOP)
                .withTicker(() -> now[0])
                .withProgress(100, seen::add);
        ProgressMeter meter = ProgressMeter.start(options);
        meter.add(0); // nothing read: nothing told
        meter.add(99);
        now[0] += 1_000_000_000L; // one second later
        meter.add(1); // 100 rows: the first multiple
        meter.add(150); // 250: past 200
        now[0] += 1_000_000_000L;
        meter.add(50); // 300
        meter.finish();
        meter.finish(); // told once: no row since
        assertThat(seen)
                .containsExactly(
                        new PayrollProgress(100, 100.0),
                        new PayrollProgress(250, 250.0),
                        new PayrollProgress(300, 150.0));
    }

    @Test
    void noTimeOnTheTickerIsARateOfZero() {
        List<PayrollProgress> seen = new ArrayList<>();
        ProgressMeter meter = ProgressMeter.start(RunOptions.of(org.canlian.core.batch.OnInvalidRow.STOP)
                .withTicker(() -> 5L)
                .withProgress(1, seen::add));
        meter.add(1);
        meter.finish();
        assertThat(seen).containsExactly(new PayrollProgress(1, 0.0));
    }

    @Test
    void aYearlyProgrammeIsPaidInTheFirstEligibleMonthOfEachYearOnly() {
        int programmes = Programme.values().length;
        List<YearMonth> months =
                List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        long[] row = new long[months.size() * programmes];
        java.util.Arrays.fill(row, NOT);
        int fuel = Programme.FUEL.ordinal();
        int care = Programme.CARE.ordinal();
        row[fuel] = UNDECIDED; // 2024-11: undecided, so not counted as paid
        row[programmes + fuel] = 50_000; // 2024-12: the year's payment
        row[2 * programmes + fuel] = 0; // 2025-01: eligible for nothing is paid (nothing)
        row[3 * programmes + fuel] = 50_000; // 2025-02: already paid this year
        for (int m = 0; m < months.size(); m++) {
            row[m * programmes + care] = 15_000; // monthly: every month
        }

        YearlyAmounts.paidOnceAYear(row, months);

        assertThat(new long[] {row[fuel], row[programmes + fuel], row[2 * programmes + fuel], row[3 * programmes + fuel]
                })
                .containsExactly(UNDECIDED, 50_000, 0, NOT);
        assertThat(new long[] {row[care], row[programmes + care], row[2 * programmes + care], row[3 * programmes + care]
                })
                .containsExactly(15_000, 15_000, 15_000, 15_000);
    }
}
