package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;

/** The small values of payrolls: scope, row, figure, progress; and their refusals, naming the value. */
class PayrollValuesTest {
    @Test
    void aScopeListsItsMonths() {
        PayrollScope scope = PayrollScope.of(TestRoster.LINZE, YearMonth.of(2024, 11), YearMonth.of(2025, 2));
        assertThat(scope.monthCount()).isEqualTo(4);
        assertThat(scope.months())
                .containsExactly(
                        YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        assertThat(scope.includes(YearMonth.of(2025, 3))).isFalse();
        assertThat(PayrollScope.ofYear(TestRoster.LINZE, 2025).monthCount()).isEqualTo(12);
        assertThat(scope.toString()).isEqualTo("620723 2024-11 to 2025-02");
    }

    @Test
    void aScopeEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PayrollScope.of(TestRoster.LINZE, YearMonth.of(2025, 3), YearMonth.of(2025, 2)))
                .withMessageContaining("payroll period")
                .withMessageContaining("before the first month 2025-03");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PayrollScope.of(TestRoster.LINZE, YearMonth.of(1900, 1), YearMonth.of(2025, 2)))
                .withMessageContaining("more than 1200");
        // A hundred years is the longest period; one month more is refused, naming its length.
        assertThat(PayrollScope.of(TestRoster.LINZE, YearMonth.of(2001, 1), YearMonth.of(2100, 12))
                        .monthCount())
                .isEqualTo(1200);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PayrollScope.of(TestRoster.LINZE, YearMonth.of(2000, 12), YearMonth.of(2100, 12)))
                .withMessage("Invalid payroll period 2000-12 to 2100-12: covers 1201 months, more than 1200");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PayrollScope.of(TestRoster.LINZE, YearMonth.of(2001, 1), YearMonth.of(2101, 1)))
                .withMessage("Invalid payroll period 2001-01 to 2101-01: covers 1201 months, more than 1200");
    }

    @Test
    void aMonthIsCountedFromTheFirstAcrossYears() {
        PayrollScope scope = PayrollScope.of(TestRoster.LINZE, YearMonth.of(2024, 11), YearMonth.of(2026, 2));
        assertThat(scope.indexOf(YearMonth.of(2024, 11))).isZero();
        assertThat(scope.indexOf(YearMonth.of(2025, 1))).isEqualTo(2);
        assertThat(scope.indexOf(YearMonth.of(2026, 2))).isEqualTo(15);
    }

    @Test
    void aRowNeedsAPositiveLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new PayrollRow(0, TestRoster.person(TestRoster.LINZE, 1).build()))
                .withMessageContaining("must be 1 or more");
        PayrollRow row =
                new PayrollRow(3, TestRoster.person(TestRoster.LINZE, 1).build());
        assertThat(row.toString()).startsWith("line 3: Claimant[id=620723********");
    }

    @Test
    void figuresAreNeverNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PeopleAndAmount.of(-1, 0))
                .withMessageContaining("people");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PeopleAndAmount.of(1, -1))
                .withMessageContaining("amount");
        assertThat(PeopleAndAmount.of(2, 30000).plus(PeopleAndAmount.of(1, 5)))
                .isEqualTo(new PeopleAndAmount(3, Money.parse("300.05")));
        assertThat(PeopleAndAmount.of(1, 100).toString()).isEqualTo("1 person, 1.00");
    }

    @Test
    void progressIntervalMustBePositive() {
        PayrollCalculator calc =
                PayrollCalculator.of(PayrollTest.LINZE_CALC, PayrollTest.Q1, OnInvalidRow.REPORT_AND_CONTINUE);
        assertThatIllegalArgumentException().isThrownBy(() -> calc.withProgress(0, p -> {}));
    }

    @Test
    void progressOfAParallelRunIsToldOneAtATimeAndEndsWithEveryRow() {
        List<PayrollRow> rows = PayrollPropertyTest.roster(11, 20_000);
        List<PayrollProgress> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        PayrollCalculator calc = PayrollCalculator.of(
                        PayrollTest.LINZE_CALC, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE)
                .withProgress(2_000, p -> {
                    if (inside.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.add(p);
                    inside.decrementAndGet();
                });
        calc.runParallel(rows, new ForkJoinPool(4));
        assertThat(overlaps).hasValue(0);
        assertThat(seen).extracting(PayrollProgress::rowsDone).isSorted().last().isEqualTo(20_000L);
        assertThat(seen.size()).isBetween(2, 11);
    }
}
