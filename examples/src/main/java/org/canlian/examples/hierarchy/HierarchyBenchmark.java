package org.canlian.examples.hierarchy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyBuild;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.rules.standard.OrganisationStandard;
import org.canlian.rules.standard.RollUps;
import org.canlian.rules.standard.StandardCheck;
import org.canlian.rules.standard.StandardPolicy;
import org.canlian.rules.standard.StandardReport;
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
 * The organisation standard over all of China (665,000 units from the statistics bureau's files, with synthetic facts
 * from {@link NationalData#syntheticFacts}): {@code rollUp} computes every federation's rates (target under 0.5 s),
 * {@code fullCheck} the full per-unit report; {@code load} reads and builds the national tree (target under 2 s;
 * the one-shot cold figure and the retained heap come from {@link NationalLoad}).
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="HierarchyBenchmark -f 1 -wi 2 -i 3"
 * }</pre>
 *
 * <p>Without the data (see {@link NationalData#directory()}) each benchmark fails its setup with a message that
 * starts {@code SKIPPED:} and says where the data was looked for; JMH goes on with the other benchmarks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HierarchyBenchmark {
    private Path dir;
    private Hierarchy china;
    private HierarchyFacts facts;
    private OrganisationStandard standard;

    /** Loads the nation and draws its facts once per run. */
    @Setup(Level.Trial)
    public void setUp() {
        dir = NationalData.directory().orElseThrow(() -> new IllegalStateException(NationalData.missingMessage()));
        HierarchyBuild build = NationalData.load(dir);
        china = build.hierarchy();
        facts = NationalData.syntheticFacts(china, 2026);
        standard = StandardPolicy.standard(StandardPolicy.national(), DivisionCode.NATIONAL, LocalDate.of(2024, 12, 31))
                .value();
    }

    /** Every federation's formation, officer and activity-room rates, from the nation down to the townships. */
    @Benchmark
    public RollUps rollUp() {
        return StandardCheck.rollUps(china, facts, standard);
    }

    /** The full report: findings for each of the 665,000 units and every federation's roll-up. */
    @Benchmark
    public StandardReport fullCheck() {
        return StandardCheck.check(china, facts, standard);
    }

    /** Reading the five files and building the national tree (repeated, so after JIT warm-up). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public HierarchyBuild load() {
        return NationalData.load(dir);
    }
}
