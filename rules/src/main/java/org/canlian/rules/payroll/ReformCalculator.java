package org.canlian.rules.payroll;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collector;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.SubsidyCalculator;

/**
 * Computes a {@link ReformImpact}: the same roster under the current policy and under a reform (another policy set,
 * e.g. one changed by {@code PolicySet.withValueFrom}), month by month, with each side's rules compiled once per month.
 * Memory grows with the number of units only, unless per-person results are asked for ({@link #withPeople}).
 *
 * <pre>{@code
 * ReformCalculator calc = ReformCalculator.of(
 *         SubsidyCalculator.of(current), SubsidyCalculator.of(reformed),
 *         PayrollScope.ofYear(DivisionCode.parse("31"), 2025), OnInvalidRow.REPORT_AND_CONTINUE);
 * ReformImpact impact = calc.withPeople().run(roster);
 * }</pre>
 *
 * <p>Runs stop or continue, report progress and run in parallel as {@link PayrollCalculator}'s do. This class is
 * immutable and thread-safe.
 */
public final class ReformCalculator {
    private final Comparison comparison;

    private ReformCalculator(Comparison comparison) {
        this.comparison = comparison;
    }

    /**
     * The reform's effect over {@code scope}.
     *
     * @param current the calculator of the policy in force
     * @param reform the calculator of the reformed policy
     * @param scope the region and months
     * @param onInvalidRow stop at the first row that cannot be processed or decided, or report it and go on
     * @return the reform calculator
     * @throws org.canlian.rules.policy.PolicyLookupException if a month's rules cannot be compiled
     */
    public static ReformCalculator of(
            SubsidyCalculator current, SubsidyCalculator reform, PayrollScope scope, OnInvalidRow onInvalidRow) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(reform, "reform");
        int months = scope.monthCount();
        String description =
                "current: " + PayrollCalculator.describe(current) + "; reform: " + PayrollCalculator.describe(reform);
        return new ReformCalculator(Comparison.of(
                scope,
                RunOptions.of(onInvalidRow),
                description,
                Collections.nCopies(months, current),
                Collections.nCopies(months, reform),
                "under the current policy",
                "under the reform"));
    }

    /** {@return a copy that keeps every person the reform changes ({@link ReformImpact#people()})} */
    public ReformCalculator withPeople() {
        return new ReformCalculator(comparison.with(comparison.options.withPeople(true)));
    }

    /** {@return a copy that keeps the people changed and their changed months' decisions with explanations} */
    public ReformCalculator withExplanations() {
        return new ReformCalculator(comparison.with(comparison.options.withExplanations()));
    }

    /**
     * {@return a copy that tells {@code listener} of its progress every {@code everyRows} rows and at the end}
     *
     * @param everyRows how many rows between two progress reports, at least 1
     * @param listener receives each progress report, on the calculating thread
     */
    public ReformCalculator withProgress(long everyRows, Consumer<PayrollProgress> listener) {
        return new ReformCalculator(comparison.with(comparison.options.withProgress(everyRows, listener)));
    }

    /**
     * {@return a copy that times its progress with {@code nanoTicker} instead of {@link System#nanoTime}}
     *
     * @param nanoTicker a clock in nanoseconds, e.g. a fake one in tests
     */
    public ReformCalculator withTicker(LongSupplier nanoTicker) {
        return new ReformCalculator(comparison.with(comparison.options.withTicker(nanoTicker)));
    }

    /** {@return the region and months} */
    public PayrollScope scope() {
        return comparison.scope;
    }

    /**
     * {@return the reform's effect on the claimants, numbered from line 1}
     *
     * @param claimants the claimants, in roster order
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public ReformImpact run(Iterable<Claimant> claimants) {
        return runRows(Runs.numbered(claimants));
    }

    /**
     * {@return the reform's effect on the rows, in one thread}
     *
     * @param rows the roster rows with their line numbers
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public ReformImpact runRows(Iterable<PayrollRow> rows) {
        return comparison.runRows(rows, ReformImpact::new);
    }

    /**
     * {@return the reform's effect on the rows, split over {@code pool} and merged: the same result as {@link
     * #runRows}}
     *
     * @param rows the roster rows with their line numbers
     * @param pool the pool whose threads compute the parts
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public ReformImpact runParallel(List<PayrollRow> rows, ForkJoinPool pool) {
        return comparison.runParallel(rows, pool, ReformImpact::new);
    }

    /** {@return a collector of rows into the reform's effect, sequential or parallel (one collector for one run)} */
    public Collector<PayrollRow, ?, ReformImpact> collector() {
        return comparison.collector(ReformImpact::new);
    }

    /** {@return the reform's effect on no rows} */
    public ReformImpact empty() {
        return comparison.empty(ReformImpact::new);
    }
}
