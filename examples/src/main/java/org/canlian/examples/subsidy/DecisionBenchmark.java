package org.canlian.examples.subsidy;

import java.util.concurrent.TimeUnit;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledBatch;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyDecision;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference month ({@link ReferenceMonth}) over 1,000,000 claimants held in memory, on one thread: canlian's
 * compiled rules ({@code compiled}: every programme after "higher of", no explanation; {@code compiledBatch}: the same
 * rules bound to the claimants as a {@link org.canlian.rules.subsidy.ClaimantBatch}), the hand-written plain loop
 * with the amounts inlined ({@code plain}, the baseline), and full decisions with their structured explanations
 * ({@code explained}: one claimant at a time; {@code explainedBatch}: through the batch, a programme at a time; {@code
 * explainedClaimants}: through the batch, a claimant's programmes at once; 20,000 claimants a call, walking through the
 * million), and {@code turns}: the batch and the plain loop taking turns, whose counters give the one's time
 * as a ratio to the other's over the same seconds. Scores are claimants per second.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="DecisionBenchmark -f 1 -wi 3 -i 5"
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {
    private static final int PEOPLE = 1_000_000;
    private static final int EXPLAINED = 20_000;

    private ReferenceMonth month;
    private CompiledSubsidies rules;
    private CompiledBatch batch;
    private long[] out;
    private int cursor;
    /** The reference month's programmes, and room for a claimant's decisions of them. */
    private static final Programme[] THREE = {Programme.CARE, Programme.LIVING, Programme.ELDERLY};

    private final SubsidyDecision[] decisions = new SubsidyDecision[THREE.length];

    /** Generates the claimants and compiles the month once. */
    @Setup(Level.Trial)
    public void setUp() {
        month = ReferenceMonth.generate(PEOPLE, 2025);
        rules = month.compiled();
        batch = rules.forBatch(month.batch());
        out = new long[Programme.values().length];
        if (month.totalFen(rules) != month.plainTotalFen() || month.totalFen(batch) != month.plainTotalFen()) {
            throw new IllegalStateException("canlian and the plain loop disagree on the reference month");
        }
    }

    /** canlian's compiled rules: every programme after "higher of", no explanation. */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public long compiled() {
        long total = 0;
        for (Claimant c : month.claimants()) {
            rules.decideAll(c, out);
            total += out[0] + out[1] + out[2];
        }
        return total;
    }

    /**
     * canlian's compiled rules bound to the claimants as a batch ({@link CompiledBatch}): every programme after "higher
     * of", no explanation. The batch and the rules' answers per fact profile are made in the setup, as a payroll makes
     * them once for a month.
     */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public long compiledBatch() {
        long total = 0;
        for (int i = 0; i < PEOPLE; i++) {
            batch.decideAll(i, out);
            total += out[0] + out[1] + out[2];
        }
        return total;
    }

    /**
     * The first claimant of the next slice explained: the explained benchmarks walk through all the claimants a slice
     * at a time, so that they read people from memory as a payroll does rather than a few thousand kept in cache.
     */
    private int nextSlice() {
        int from = cursor;
        cursor = from + EXPLAINED >= PEOPLE ? 0 : from + EXPLAINED;
        return from;
    }

    /**
     * The time {@link #turns} spends in each loop, per iteration: {@code batchNanos / plainNanos} is canlian's time as a
     * ratio to the plain loop's, both measured over the same seconds.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Turns {
        /** Nanoseconds in {@link #compiledBatch}'s loop. */
        public long batchNanos;
        /** Nanoseconds in {@link #plain}'s loop. */
        public long plainNanos;

        private boolean plainFirst;

        /** Counts each iteration from zero. */
        @Setup(Level.Iteration)
        public void clear() {
            batchNanos = 0;
            plainNanos = 0;
        }
    }

    /**
     * {@link #compiledBatch} and {@link #plain} taking turns, a million claimants each, the first of the two changing
     * every turn: the machine's load changes within minutes, so that two benchmarks run one after the other can meet
     * different loads, while here both meet the same. The ratio is in the {@link Turns} counters.
     */
    @Benchmark
    @OperationsPerInvocation(2 * PEOPLE)
    public long turns(Turns time) {
        long start = System.nanoTime();
        long total = time.plainFirst ? plain() : compiledBatch();
        long middle = System.nanoTime();
        total += time.plainFirst ? compiledBatch() : plain();
        long end = System.nanoTime();
        time.plainNanos += time.plainFirst ? middle - start : end - middle;
        time.batchNanos += time.plainFirst ? end - middle : middle - start;
        time.plainFirst = !time.plainFirst;
        return total;
    }

    /** The hand-written baseline: the same rules, amounts inlined, on plain records. */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public long plain() {
        return month.plainTotalFen();
    }

    /**
     * Full decisions of the three programmes with their structured explanations (text not rendered), from the compiled
     * month's values.
     */
    @Benchmark
    @OperationsPerInvocation(EXPLAINED)
    public void explained(Blackhole hole) {
        Claimant[] all = month.claimants();
        int from = nextSlice();
        for (int i = from; i < from + EXPLAINED; i++) {
            hole.consume(rules.decide(all[i], Programme.CARE));
            hole.consume(rules.decide(all[i], Programme.LIVING));
            hole.consume(rules.decide(all[i], Programme.ELDERLY));
        }
    }

    /**
     * The same full decisions through the batch, one programme at a time ({@link CompiledBatch#decide(int,
     * Programme)}): the part the facts decide is found by the claimant's fact profile and age rather than by their
     * facts' values.
     */
    @Benchmark
    @OperationsPerInvocation(EXPLAINED)
    public void explainedBatch(Blackhole hole) {
        int from = nextSlice();
        for (int i = from; i < from + EXPLAINED; i++) {
            hole.consume(batch.decide(i, Programme.CARE));
            hole.consume(batch.decide(i, Programme.LIVING));
            hole.consume(batch.decide(i, Programme.ELDERLY));
        }
    }

    /**
     * The same full decisions through the batch, a claimant's three at once ({@link CompiledBatch#decide(int,
     * Programme[], SubsidyDecision[])}), as a payroll explaining its people would: the step stating the claimant's
     * certificate is made once for the three.
     */
    @Benchmark
    @OperationsPerInvocation(EXPLAINED)
    public void explainedClaimants(Blackhole hole) {
        int from = nextSlice();
        for (int i = from; i < from + EXPLAINED; i++) {
            batch.decide(i, THREE, decisions);
            hole.consume(decisions[0]);
            hole.consume(decisions[1]);
            hole.consume(decisions[2]);
        }
    }
}
