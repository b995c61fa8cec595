package org.canlian.rules.payroll;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collector;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.roster.RosterFileParts;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;

/**
 * Computes the {@link Payroll} of a roster registered in one region over a period: the rules of each month are
 * compiled once ({@link SubsidyCalculator#compile}) and every row is decided with them (after "higher of"), without
 * a policy lookup per row. The roster is streamed: memory grows with the number of units, not of people, unless
 * per-person results are asked for ({@link #withPeople}, {@link #withExplanations}).
 *
 * <pre>{@code
 * PayrollCalculator payroll = PayrollCalculator.of(
 *                 SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE)),
 *                 PayrollScope.ofYear(DivisionCode.parse("620723"), 2025),
 *                 OnInvalidRow.REPORT_AND_CONTINUE)
 *         .withProgress(100_000, p -> System.out.printf("%,d rows%n", p.rowsDone()));
 * Payroll year = payroll.run(roster);                            // lines numbered from 1
 * Payroll same = payroll.runParallel(rows, ForkJoinPool.commonPool());
 * Payroll also = rows.parallelStream().collect(payroll.collector());
 * }</pre>
 *
 * <p>Under {@link OnInvalidRow#STOP} a run throws {@link BatchFailedException} at the first row (in roster order) that
 * cannot be processed or decided; under {@link OnInvalidRow#REPORT_AND_CONTINUE} such rows are errors of the result.
 * Progress is timed by the caller's ticker or {@link System#nanoTime}, and never enters a result. This class is
 * immutable and thread-safe; a progress listener is called by one thread at a time.
 */
public final class PayrollCalculator {
    private final SubsidyCalculator calculator;
    private final PayrollScope scope;
    private final RunOptions options;
    private final CompiledSubsidies[] compiled;
    private final List<YearMonth> months;

    private PayrollCalculator(
            SubsidyCalculator calculator, PayrollScope scope, RunOptions options, CompiledSubsidies[] compiled) {
        this.calculator = calculator;
        this.scope = scope;
        this.options = options;
        this.compiled = compiled;
        this.months = scope.months();
    }

    /**
     * A payroll of {@code scope} under {@code calculator}'s policy (as known on its decision date, if it has one).
     *
     * @param calculator the subsidy calculator
     * @param scope the region and months
     * @param onInvalidRow stop at the first row that cannot be processed or decided, or report it and go on
     * @return the payroll calculator
     * @throws org.canlian.rules.policy.PolicyLookupException if a month's rules cannot be compiled
     */
    public static PayrollCalculator of(SubsidyCalculator calculator, PayrollScope scope, OnInvalidRow onInvalidRow) {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(scope, "scope");
        return new PayrollCalculator(
                calculator, scope, RunOptions.of(onInvalidRow), compile(calculator, scope, scope.months()));
    }

    static CompiledSubsidies[] compile(SubsidyCalculator calculator, PayrollScope scope, List<YearMonth> months) {
        CompiledSubsidies[] compiled = new CompiledSubsidies[months.size()];
        for (int m = 0; m < compiled.length; m++) {
            compiled[m] = calculator.compile(scope.region(), months.get(m));
        }
        return compiled;
    }

    /** {@return a copy that keeps each person's amounts per programme and month ({@link Payroll#people()})} */
    public PayrollCalculator withPeople() {
        return new PayrollCalculator(calculator, scope, options.withPeople(true), compiled);
    }

    /**
     * {@return a copy that keeps each person's amounts and every month's decisions with their explanations
     * (interpreted, as {@link SubsidyCalculator#decideAll} gives them: slower, and memory grows with people and
     * months)}
     */
    public PayrollCalculator withExplanations() {
        return new PayrollCalculator(calculator, scope, options.withExplanations(), compiled);
    }

    /**
     * {@return a copy that tells {@code listener} of its progress every {@code everyRows} rows and at the end}
     *
     * @param everyRows how many rows between two progress reports, at least 1
     * @param listener receives each progress report, on the calculating thread
     * @throws IllegalArgumentException if {@code everyRows} is less than 1
     */
    public PayrollCalculator withProgress(long everyRows, Consumer<PayrollProgress> listener) {
        return new PayrollCalculator(calculator, scope, options.withProgress(everyRows, listener), compiled);
    }

    /**
     * {@return a copy that times its progress with {@code nanoTicker} (nanoseconds) instead of {@link System#nanoTime}}
     *
     * @param nanoTicker a clock in nanoseconds, e.g. a fake one in tests
     */
    public PayrollCalculator withTicker(LongSupplier nanoTicker) {
        return new PayrollCalculator(calculator, scope, options.withTicker(nanoTicker), compiled);
    }

    /** {@return the region and months} */
    public PayrollScope scope() {
        return scope;
    }

    /**
     * {@return the payroll of the claimants, numbered from line 1 in order}
     *
     * @param claimants the claimants, in roster order
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public Payroll run(Iterable<Claimant> claimants) {
        return runRows(Runs.numbered(claimants));
    }

    /**
     * {@return the payroll of the rows, read in one thread as they come}
     *
     * @param rows the roster rows with their line numbers
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public Payroll runRows(Iterable<PayrollRow> rows) {
        return Runs.sequential(options, this::tally, rows, this::result);
    }

    /**
     * {@return the payroll of a roster file, read by {@code reader} and paid on every core: the result of reading the
     * file on one thread and deciding each row as it comes, memory bounded as in {@link #runRows}}
     *
     * <p>A CSV file is cut into parts of whole lines ({@link RosterFileParts}), each read and paid on a thread of its
     * own, the parts' payrolls combined in roster order; a part that repeats a holder of an earlier part is read again
     * knowing that holder ({@link org.canlian.rules.roster.RosterCheck#earlierHolders}). A JSON-lines file, or any file
     * on one core, is read on a second thread while this one pays, through a short queue. Rows the reader refuses are
     * errors of the payroll with their lines, like rows that cannot be decided; under {@link OnInvalidRow#STOP} the run
     * stops at the first of either, in roster order.
     *
     * <pre>{@code
     * Payroll year = payroll.run(RosterReader.csv(LocalDate.of(2025, 12, 31)), Path.of("roster.csv"));
     * }</pre>
     *
     * @param reader the roster reader (CSV or JSON lines, its report date and charset)
     * @param file the roster file
     * @throws org.canlian.rules.roster.RosterFileException if the file cannot be read (missing, not UTF-8, no header)
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public Payroll run(RosterReader reader, Path file) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(file, "file");
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads > 1 && RosterFileParts.canSplit(reader)) {
            return runInParts(RosterFileParts.split(reader, file, 2 * threads), threads);
        }
        return Runs.pipelined(
                options,
                this::tally,
                visitor -> reader.read(file, OnInvalidRow.REPORT_AND_CONTINUE, visitor),
                this::result);
    }

    /** A CSV file read in parts at once on {@code threads} threads, each part decided where it is read. */
    Payroll runInParts(RosterFileParts parts, int threads) {
        return Runs.inParts(options, this::tally, parts, threads, this::result);
    }

    /** {@link #run(RosterReader, Path)} on one thread: the reference the two-thread run is tested against. */
    Payroll runInOneThread(RosterReader reader, Path file) {
        return Runs.visited(
                options,
                this::tally,
                visitor -> reader.read(file, OnInvalidRow.REPORT_AND_CONTINUE, visitor),
                this::result);
    }

    /**
     * {@return the payroll of the rows, split into consecutive parts run on {@code pool} and merged: the same result as
     * {@link #runRows}, errors and the first stopping error included}
     *
     * @param rows the roster rows with their line numbers
     * @param pool the pool whose threads compute the parts
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first row in error
     */
    public Payroll runParallel(List<PayrollRow> rows, ForkJoinPool pool) {
        return Runs.parallel(options, this::tally, rows, pool, this::result);
    }

    /**
     * {@return a collector of rows into their payroll, for sequential or parallel streams (the same result either way;
     * one collector for one run, as its progress counts rows)}
     *
     * <pre>{@code
     * Payroll p = rows.parallelStream().collect(payrollCalculator.collector());
     * }</pre>
     */
    public Collector<PayrollRow, ?, Payroll> collector() {
        return Runs.collector(options, this::tally, this::result);
    }

    /** {@return the payroll of no rows: merging it with a payroll changes nothing} */
    public Payroll empty() {
        return new Payroll(RosterPass.empty(
                scope,
                description(),
                options.people(),
                options.explanations(),
                Programme.values().length,
                PayrollTally.MEASURES));
    }

    private PayrollTally tally(ProgressMeter meter) {
        return new PayrollTally(scope, options, meter, calculator, compiled, months);
    }

    private Payroll result(PayrollTally tally) {
        return new Payroll(tally.freeze(description(), Payroll.BY_LINE));
    }

    private String description() {
        return describe(calculator);
    }

    static String describe(SubsidyCalculator calculator) {
        return calculator.policy().name()
                + calculator
                        .decisionDate()
                        .map(d -> ", as known on " + d)
                        .orElse(", every value whatever its publication date");
    }
}
