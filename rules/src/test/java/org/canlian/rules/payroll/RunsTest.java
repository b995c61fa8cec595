package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.roster.RosterFileParts;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRoundTripPropertyTest;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.roster.RosterWriter;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a run reads its roster: a run that stops stops reading; the reading threads are daemons named for what they do
 * and end with the run; a reader's or a part's failure, and an interrupt, end the run on the calling thread; progress
 * is told as each part ends and once at the end.
 */
class RunsTest {
    private static final PayrollScope YEAR = PayrollPropertyTest.YEAR;

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted(); // a test that interrupts itself must not leave the flag to the next one
    }

    /** The payroll tallies of a run over 临泽县's year with {@code options}. */
    private static Runs.TallyFactory<PayrollTally> tallies(RunOptions options) {
        CompiledSubsidies[] compiled = PayrollCalculator.compile(PayrollTest.LINZE_CALC, YEAR, YEAR.months());
        return meter -> new PayrollTally(YEAR, options, meter, PayrollTest.LINZE_CALC, compiled, YEAR.months());
    }

    private static Payroll payroll(PayrollTally tally) {
        return new Payroll(tally.freeze("临泽县", Payroll.BY_LINE));
    }

    /** A reader of {@code rows} numbered from line 2 (after a header), refusing line 2 first if {@code badFirst}. */
    private static Consumer<RosterVisitor> reading(List<RosterRow> rows, boolean badFirst, AtomicInteger visited) {
        return visitor -> {
            int line = 1;
            if (badFirst) {
                visited.incrementAndGet();
                visitor.invalid(new RowError(++line, "resident ID", "check-character", "Invalid resident ID"));
            }
            for (RosterRow row : rows) {
                visited.incrementAndGet();
                visitor.row(++line, row);
            }
        };
    }

    @Test
    void aRunThatStopsStopsReadingTheRoster() {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(31L, 30_000);
        AtomicInteger visited = new AtomicInteger();
        RunOptions stop = RunOptions.of(OnInvalidRow.STOP);
        assertThatThrownBy(() -> Runs.pipelined(stop, tallies(stop), reading(rows, true, visited), RunsTest::payroll))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(2));
        // At most the batches the queue holds and those being filled and handed over: not the whole roster.
        assertThat(visited.get()).isLessThan(20_000);
    }

    @Test
    void aRosterReadOnASecondThreadIsReadOnADaemonNamedForItThatEndsWithTheRun() throws Exception {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(32L, 50);
        AtomicReference<Thread> reader = new AtomicReference<>();
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll p = Runs.pipelined(
                options,
                tallies(options),
                visitor -> {
                    reader.set(Thread.currentThread());
                    reading(rows, true, new AtomicInteger()).accept(visitor);
                },
                RunsTest::payroll);
        assertThat(p.rowsRead()).isEqualTo(51);
        assertThat(p.errors()).first().extracting(RowError::line).isEqualTo(2);
        assertThat(reader.get().getName()).isEqualTo("canlian-roster-reader");
        assertThat(reader.get().isDaemon())
                .as("a reader left behind must not keep the JVM alive")
                .isTrue();
        reader.get().join(5_000);
        assertThat(reader.get().isAlive()).isFalse();
    }

    /** What a reader may throw, and what the calling thread sees. */
    static Stream<Arguments> readerFailures() {
        return Stream.of(
                Arguments.of(
                        "an unchecked exception, as is",
                        (Supplier<Throwable>) () -> new IllegalStateException("the disk is gone"),
                        "IllegalStateException: the disk is gone"),
                Arguments.of(
                        "an error, as is",
                        (Supplier<Throwable>) () -> new StackOverflowError("too deep"),
                        "StackOverflowError: too deep"),
                Arguments.of(
                        "a checked exception, wrapped",
                        (Supplier<Throwable>) () -> new IOException("read error"),
                        "IllegalStateException: the roster reader failed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readerFailures")
    void aReaderThatFailsFailsTheRunOnTheCallingThread(String what, Supplier<Throwable> failure, String seen) {
        Throwable thrown = failure.get();
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(33L, 20);
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Throwable caught = catchThrowable(() -> Runs.pipelined(
                options,
                tallies(options),
                visitor -> {
                    reading(rows, false, new AtomicInteger()).accept(visitor);
                    RunsTest.<RuntimeException>sneakyThrow(thrown);
                },
                RunsTest::payroll));
        assertThat(caught.getClass().getSimpleName() + ": " + caught.getMessage())
                .isEqualTo(seen);
        assertThat(caught == thrown ? thrown : caught.getCause()).isSameAs(thrown);
    }

    @Test
    void aDecidingThreadThatFailsEndsTheReader() throws Exception {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(34L, 30_000);
        AtomicReference<Thread> reader = new AtomicReference<>();
        StackOverflowError error = new StackOverflowError("deciding");
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Throwable caught = catchThrowable(() -> Runs.pipelined(
                options,
                meter -> new FailingTally(options, meter, error),
                visitor -> {
                    reader.set(Thread.currentThread());
                    reading(rows, false, new AtomicInteger()).accept(visitor);
                },
                tally -> tally));
        assertThat(caught).isSameAs(error);
        reader.get().join(5_000);
        assertThat(reader.get().isAlive()).as("the reader, told to stop").isFalse();
    }

    @Test
    void anInterruptedRunEndsItsReaderAndKeepsTheInterrupt() throws Exception {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(35L, 30_000);
        AtomicReference<Thread> reader = new AtomicReference<>();
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Thread.currentThread().interrupt();
        Throwable caught = catchThrowable(() -> Runs.pipelined(
                options,
                tallies(options),
                visitor -> {
                    reader.set(Thread.currentThread());
                    reading(rows, false, new AtomicInteger()).accept(visitor);
                },
                RunsTest::payroll));
        assertThat(Thread.interrupted())
                .as("the interrupt is kept for the caller")
                .isTrue();
        assertThat(caught).isInstanceOf(CancellationException.class).hasMessage("the payroll run was interrupted");
        while (reader.get() == null) {
            Thread.onSpinWait();
        }
        reader.get().join(5_000);
        assertThat(reader.get().isAlive()).isFalse();
    }

    /** A CSV roster file of {@code size} random rows. */
    private RosterFileParts parts(long seed, int size, int parts) throws IOException {
        StringWriter text = new StringWriter();
        try (RosterWriter writer = RosterWriter.csv(text)) {
            RosterRoundTripPropertyTest.randomRoster(seed, size).forEach(writer::write);
        }
        Path file = Files.writeString(dir.resolve("roster-" + seed + ".csv"), text.toString());
        return RosterFileParts.split(RosterReader.csv(RosterRoundTripPropertyTest.AS_OF), file, parts, 1);
    }

    @Test
    void aFileReadInPartsIsReadOnDaemonsNamedForItThatEndWithTheRun() throws Exception {
        RosterFileParts cut = parts(36L, 400, 4);
        assertThat(cut.count()).isEqualTo(4);
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Runs.TallyFactory<PayrollTally> tallies = tallies(options);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Payroll p = Runs.inParts(
                options,
                meter -> {
                    threads.add(Thread.currentThread());
                    return tallies.newTally(meter);
                },
                cut,
                2,
                RunsTest::payroll);
        assertThat(p.rowsRead()).isEqualTo(400);
        assertThat(threads).isNotEmpty().hasSizeLessThanOrEqualTo(2).allSatisfy(t -> {
            assertThat(t.getName()).isEqualTo("canlian-roster-part");
            assertThat(t.isDaemon()).isTrue();
        });
        for (Thread t : threads) {
            t.join(5_000);
            assertThat(t.isAlive()).as("a part's thread once the run is over").isFalse();
        }
    }

    /** What making a part's tally may throw, and what the calling thread sees. */
    static Stream<Arguments> partFailures() {
        return Stream.of(
                Arguments.of(
                        "an unchecked exception, wrapped",
                        (Supplier<Throwable>) () -> new IllegalStateException("no tally"),
                        "IllegalStateException: a roster part failed"),
                Arguments.of(
                        "an error, as is",
                        (Supplier<Throwable>) () -> new StackOverflowError("too deep"),
                        "StackOverflowError: too deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partFailures")
    void aPartThatFailsFailsTheRunOnTheCallingThread(String what, Supplier<Throwable> failure, String seen)
            throws IOException {
        RosterFileParts cut = parts(37L, 100, 2);
        Throwable thrown = failure.get();
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Throwable caught = catchThrowable(() -> Runs.<PayrollTally, Payroll>inParts(
                options,
                meter -> RunsTest.<RuntimeException, PayrollTally>failWith(thrown),
                cut,
                2,
                RunsTest::payroll));
        assertThat(caught.getClass().getSimpleName() + ": " + caught.getMessage())
                .isEqualTo(seen);
        assertThat(caught == thrown ? thrown : caught.getCause()).isSameAs(thrown);
    }

    @Test
    void anInterruptedRunInPartsKeepsTheInterrupt() throws IOException {
        RosterFileParts cut = parts(38L, 4_000, 4);
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE);
        Thread.currentThread().interrupt();
        Throwable caught = catchThrowable(() -> Runs.inParts(options, tallies(options), cut, 2, RunsTest::payroll));
        assertThat(Thread.interrupted())
                .as("the interrupt is kept for the caller")
                .isTrue();
        assertThat(caught).isInstanceOf(CancellationException.class).hasMessage("the payroll run was interrupted");
    }

    @Test
    void aRunThatStopsReadsNoRowAfterTheStoppingOne() {
        AtomicInteger pulled = new AtomicInteger();
        List<Claimant> roster = PayrollTest.roster(); // line 6 is registered outside the county
        Iterable<PayrollRow> counted = () -> new Iterator<>() {
            private final Iterator<PayrollRow> rows =
                    PayrollRow.numbered(roster).iterator();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public PayrollRow next() {
                pulled.incrementAndGet();
                return rows.next();
            }
        };
        PayrollCalculator stopping = PayrollCalculator.of(PayrollTest.LINZE_CALC, PayrollTest.Q1, OnInvalidRow.STOP);
        assertThatThrownBy(() -> stopping.runRows(counted)).isInstanceOf(BatchFailedException.class);
        assertThat(pulled).hasValue(6);
    }

    @Test
    void aParallelRunTellsItsProgressAsEachPartEnds() {
        List<PayrollProgress> seen = new ArrayList<>();
        PayrollCalculator calc = PayrollCalculator.of(
                        PayrollTest.LINZE_CALC, PayrollTest.Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withTicker(() -> 0L)
                .withProgress(1, seen::add);
        // One thread, so four parts of two rows one after the other.
        calc.runParallel(PayrollRow.numbered(PayrollTest.roster().subList(0, 8)), new ForkJoinPool(1));
        assertThat(seen).extracting(PayrollProgress::rowsDone).containsExactly(2L, 4L, 6L, 8L);
    }

    @Test
    void aFileReadInPartsTellsItsProgressAsEachPartEnds() throws IOException {
        RosterFileParts cut = parts(39L, 400, 4);
        List<PayrollProgress> seen = new ArrayList<>();
        RunOptions options = RunOptions.of(OnInvalidRow.REPORT_AND_CONTINUE)
                .withTicker(() -> 0L)
                .withProgress(1, seen::add);
        // One thread, so the four parts one after the other, each told when it ends.
        Runs.inParts(options, tallies(options), cut, 1, RunsTest::payroll);
        assertThat(seen)
                .hasSize(4)
                .extracting(PayrollProgress::rowsDone)
                .isSorted()
                .last()
                .isEqualTo(400L);
    }

    @Test
    void aRunTellsItsProgressOnceAtTheEndWhenNoIntervalWasPassed() {
        List<PayrollProgress> seen = new ArrayList<>();
        long[] now = {0};
        PayrollCalculator.of(PayrollTest.LINZE_CALC, PayrollTest.Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withTicker(() -> now[0] += 1_500_000_000L)
                .withProgress(1_000, seen::add)
                .run(PayrollTest.roster());
        assertThat(seen).containsExactly(new PayrollProgress(9, 6.0));
    }

    /** A tally whose calculation fails with an error, which no row handling catches. */
    private static final class FailingTally extends RosterTally<Object> {
        private final Error error;

        FailingTally(RunOptions options, ProgressMeter meter, Error error) {
            super(YEAR, options, meter, PayrollTally.MEASURES, org.canlian.rules.subsidy.Programme.values().length);
            this.error = error;
        }

        @Override
        void decide(Claimant claimant) {
            throw error;
        }

        @Override
        void undecided(int line, Claimant claimant, List<RowError> into) {}

        @Override
        void commit(int line, Claimant claimant, long[] cells, List<Object> people) {}
    }

    private static Throwable catchThrowable(Runnable run) {
        try {
            run.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("the run should have failed");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    /** {@link #sneakyThrow} where a value is expected. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable, T> T failWith(Throwable t) throws E {
        throw (E) t;
    }
}
