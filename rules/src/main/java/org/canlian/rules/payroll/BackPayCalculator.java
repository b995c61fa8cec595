package org.canlian.rules.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.SubsidyCalculator;

/**
 * Computes the {@link BackPay} (补发) of a roster after a retroactive revision: each month already paid is decided as
 * known on its payment date (the caller says when each month was paid) and as known on the back-pay decision date,
 * with each side's rules compiled once per month. Keeps every person whose payments differ unless told not to
 * ({@link #withoutPeople}); memory otherwise grows with the number of units only.
 *
 * <pre>{@code
 * BackPayCalculator calc = BackPayCalculator.of(
 *         SubsidyCalculator.of(policy),
 *         PayrollScope.of(county, YearMonth.of(2025, 1), YearMonth.of(2025, 3)),
 *         month -> month.atDay(10),              // each month was paid on its 10th
 *         LocalDate.of(2025, 4, 1),              // the arrears are decided as known on this date
 *         OnInvalidRow.REPORT_AND_CONTINUE);
 * BackPay arrears = calc.run(roster);
 * }</pre>
 *
 * <p>The calculator's own decision date, if it has one, is replaced by these dates. Runs stop or continue, report
 * progress and run in parallel as {@link PayrollCalculator}'s do. This class is immutable and thread-safe.
 */
public final class BackPayCalculator {
    private final Comparison comparison;

    private BackPayCalculator(Comparison comparison) {
        this.comparison = comparison;
    }

    /**
     * A back pay of the months of {@code scope}.
     *
     * @param calculator the subsidy calculator over the revised policy
     * @param scope the region and the months already paid
     * @param paymentDate the date each month was paid (decided as known then)
     * @param backPayDate the date the arrears are decided as known on
     * @param onInvalidRow stop at the first row that cannot be processed or decided, or report it and go on
     * @return the back-pay calculator
     * @throws org.canlian.rules.policy.PolicyLookupException if a month's rules cannot be compiled
     */
    public static BackPayCalculator of(
            SubsidyCalculator calculator,
            PayrollScope scope,
            Function<YearMonth, LocalDate> paymentDate,
            LocalDate backPayDate,
            OnInvalidRow onInvalidRow) {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(backPayDate, "backPayDate");
        List<SubsidyCalculator> paid = new ArrayList<>();
        List<LocalDate> paidOn = new ArrayList<>();
        for (YearMonth month : scope.months()) {
            LocalDate date = Objects.requireNonNull(paymentDate.apply(month), () -> "payment date of " + month);
            paidOn.add(date);
            paid.add(calculator.asKnownOn(date));
        }
        SubsidyCalculator owing = calculator.asKnownOn(backPayDate);
        String description = calculator.policy().name() + ", paid as known on "
                + paidOn.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                + ", owed as known on " + backPayDate;
        return new BackPayCalculator(Comparison.of(
                scope,
                RunOptions.of(onInvalidRow).withPeople(true),
                description,
                paid,
                java.util.Collections.nCopies(paid.size(), owing),
                "as paid",
                "as owed on " + backPayDate));
    }

    /** {@return a copy that keeps no per-person results: totals and errors only} */
    public BackPayCalculator withoutPeople() {
        return new BackPayCalculator(comparison.with(comparison.options.withPeople(false)));
    }

    /**
     * {@return a copy that keeps, for each person whose payments differ, the months that differ decided as paid and as
     * owed with their explanations (which name each retroactive revision and what it replaced)}
     */
    public BackPayCalculator withExplanations() {
        return new BackPayCalculator(comparison.with(comparison.options.withExplanations()));
    }

    /**
     * {@return a copy that tells {@code listener} of its progress every {@code everyRows} rows and at the end}
     *
     * @param everyRows how many rows between two progress reports, at least 1
     * @param listener receives each progress report, on the calculating thread
     */
    public BackPayCalculator withProgress(long everyRows, Consumer<PayrollProgress> listener) {
        return new BackPayCalculator(comparison.with(comparison.options.withProgress(everyRows, listener)));
    }

    /**
     * {@return a copy that times its progress with {@code nanoTicker} instead of {@link System#nanoTime}}
     *
     * @param nanoTicker a clock in nanoseconds, e.g. a fake one in tests
     */
    public BackPayCalculator withTicker(LongSupplier nanoTicker) {
        return new BackPayCalculator(comparison.with(comparison.options.withTicker(nanoTicker)));
    }

    /** {@return the region and months} */
    public PayrollScope scope() {
        return comparison.scope;
    }

    /**
     * {@return the back pay of the claimants, numbered from line 1}
     *
     * @param claimants the claimants, in roster order
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public BackPay run(Iterable<Claimant> claimants) {
        return runRows(Runs.numbered(claimants));
    }

    /**
     * {@return the back pay of the rows, in one thread}
     *
     * @param rows the roster rows with their line numbers
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public BackPay runRows(Iterable<PayrollRow> rows) {
        return comparison.runRows(rows, BackPay::new);
    }

    /**
     * {@return the back pay of the rows, split over {@code pool} and merged: the same result as {@link #runRows}}
     *
     * @param rows the roster rows with their line numbers
     * @param pool the pool whose threads compute the parts
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public BackPay runParallel(List<PayrollRow> rows, ForkJoinPool pool) {
        return comparison.runParallel(rows, pool, BackPay::new);
    }

    /** {@return a collector of rows into their back pay, sequential or parallel (one collector for one run)} */
    public Collector<PayrollRow, ?, BackPay> collector() {
        return comparison.collector(BackPay::new);
    }

    /** {@return the back pay of no rows} */
    public BackPay empty() {
        return comparison.empty(BackPay::new);
    }
}
