package org.canlian.examples.payroll;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collector;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.examples.roster.RosterReadBenchmark;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PayrollCalculator;
import org.canlian.rules.payroll.PayrollRow;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year's payroll (2025, every programme, 12 months) of the 1,000,000-row roster file of {@link RosterReadBenchmark}
 * (临泽县 holders, written to {@code target/roster-1m.csv} on first use) under 临泽县's policy file, with a bounded heap
 * ({@code -Xmx512m}): memory holds the units' totals and the one-person check, not the roster. {@code readAndPayAYear}
 * is the library's one call ({@link PayrollCalculator#run(RosterReader, java.nio.file.Path)}: the file cut into parts
 * of whole lines, read and paid on every core at once); {@code readAndPayAYearOneThread} does the same pass on one
 * thread; {@code parseOnly}, the plain baseline, parses the file with FastCSV and does nothing with its rows. The
 * payroll issue's target is under 5 s.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="PayrollBenchmark -f 1 -wi 1 -i 3"
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PayrollBenchmark {
    private PayrollCalculator payroll;

    /** Writes the roster file if it is not there, and loads the county's policy. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (!Files.exists(RosterReadBenchmark.ROSTER)) {
            RosterReadBenchmark.writeRoster(RosterReadBenchmark.ROSTER, RosterReadBenchmark.ROWS);
        }
        payroll = PayrollCalculator.of(
                SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE))
                        .asKnownOn(LocalDate.of(2026, 1, 10)),
                PayrollScope.ofYear(DivisionCode.parse("620723"), 2025),
                OnInvalidRow.REPORT_AND_CONTINUE);
        if (!readAndPayAYear().equals(readAndPayAYearOneThread())) {
            throw new IllegalStateException("the two-thread and one-thread payrolls differ");
        }
    }

    /**
     * Read, check and pay the whole file for a year through {@link PayrollCalculator#run(RosterReader, java.nio.file.Path)}:
     * the file cut into parts read and paid at once, one streaming pass per part.
     */
    @Benchmark
    public Payroll readAndPayAYear() {
        return payroll.run(RosterReader.csv(LocalDate.of(2025, 12, 31)), RosterReadBenchmark.ROSTER);
    }

    /** The same pass on one thread: each row read, checked and paid before the next is read. */
    @Benchmark
    public Payroll readAndPayAYearOneThread() {
        return readAndPay(payroll);
    }

    /** The plain baseline: the same file parsed by FastCSV with nothing done to its rows (the floor of any pass). */
    @Benchmark
    public long parseOnly() throws IOException {
        return new RosterReadBenchmark().fastCsvRoster();
    }

    /** The roster file read and paid in one streaming pass: each valid row becomes a payroll row as it is read. */
    static Payroll readAndPay(PayrollCalculator calculator) {
        Collector<PayrollRow, Object, Payroll> collector = erase(calculator.collector());
        Object tally = collector.supplier().get();
        BiConsumer<Object, PayrollRow> add = collector.accumulator();
        RosterReader.csv(LocalDate.of(2025, 12, 31))
                .read(RosterReadBenchmark.ROSTER, OnInvalidRow.REPORT_AND_CONTINUE, new RosterVisitor() {
                    @Override
                    public void row(int line, RosterRow row) {
                        add.accept(tally, new PayrollRow(line, row.toClaimant()));
                    }

                    @Override
                    public void invalid(RowError error) {
                        throw new IllegalStateException("the benchmark roster should have no invalid row: " + error);
                    }
                });
        return collector.finisher().apply(tally);
    }

    @SuppressWarnings("unchecked")
    private static <A> Collector<PayrollRow, Object, Payroll> erase(Collector<PayrollRow, A, Payroll> collector) {
        return (Collector<PayrollRow, Object, Payroll>) (Collector<PayrollRow, ?, Payroll>) collector;
    }
}
