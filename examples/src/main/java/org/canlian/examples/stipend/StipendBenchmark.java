package org.canlian.examples.stipend;

import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.canlian.core.hierarchy.Officer;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.stipend.StipendCalculator;
import org.canlian.rules.stipend.StipendParameters;
import org.canlian.rules.stipend.StipendYear;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Stipends of 100,000 officers over the 12 months of 2024 (1.2 million officer-months), from the two seed counties'
 * policies merged into one set; a fresh calculator per run, so resolving the policy is measured too. Target: under
 * 100 ms.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="StipendBenchmark -f 1 -wi 3 -i 5"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StipendBenchmark {
    private PolicySet policy;
    private List<Officer> officers;

    /** Loads the policies and builds the officers. */
    @Setup
    public void setUp() {
        PolicySet a = PolicyFiles.readResource(
                StipendParameters.catalog(), "/org/canlian/rules/policy/examples/county-a.json");
        PolicySet b = PolicyFiles.readResource(
                StipendParameters.catalog(), "/org/canlian/rules/policy/examples/county-b.json");
        policy = a.merge(b);
        officers = SampleOfficers.many(100_000, 2024);
    }

    /**
     * Computes every officer's year and sums the total cost in fen.
     *
     * @return the total, so the work is not optimised away
     */
    @Benchmark
    public long hundredThousandOfficersTwelveMonths() {
        StipendCalculator calculator = StipendCalculator.of(policy);
        Year year = Year.of(2024);
        long total = 0;
        for (Officer o : officers) {
            StipendYear y = calculator.year(o, year);
            total += y.totalCost().toFen();
        }
        return total;
    }
}
