package org.canlian.examples.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.sample.SampleData;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterVisitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long checking the bundled 2,000-row roster takes (read, parse and check every row, count), and how long
 * {@link SampleData} takes to make 2,000 certificate numbers.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="RosterCheckBenchmark -f 1 -wi 2 -i 3"
 * }</pre>
 *
 * <p>JMH state, one per benchmark thread; not for use outside JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RosterCheckBenchmark {
    private final RosterReader reader =
            RosterReader.csv(RosterReport.BUNDLED_AS_OF).within(RosterReport.linze());
    private String roster;

    /**
     * Loads the bundled roster into memory, so that the benchmark measures checking, not file reading.
     *
     * @throws IOException if the resource cannot be read
     */
    @Setup
    public void load() throws IOException {
        StringWriter text = new StringWriter();
        try (Reader in = RosterReport.bundled()) {
            in.transferTo(text);
        }
        roster = text.toString();
    }

    /** Reads and checks the 2,000 rows and counts the valid ones, in one pass. */
    @Benchmark
    public Breakdown checkAndCountTheBundledRoster() {
        Breakdown.Counter counter = Breakdown.counter();
        List<RowError> errors = new ArrayList<>();
        reader.read(
                new StringReader(roster),
                "bundled",
                OnInvalidRow.REPORT_AND_CONTINUE,
                RosterVisitor.of((line, row) -> counter.add(row), errors::add));
        return counter.breakdown();
    }

    /** Makes 2,000 certificate numbers of 临泽县 with the default mix. */
    @Benchmark
    public long sampleTwoThousandCertificateNumbers() {
        return SampleData.withSeed(42)
                .certificateNumbers(DivisionCode.parse("620723"), LocalDate.of(1931, 1, 1), LocalDate.of(2023, 12, 31))
                .limit(2_000)
                .mapToLong(n -> n.reveal().length())
                .sum(); // a sum, not count(): a sized stream may count without making the numbers
    }
}
