package org.canlian.rules.payroll;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collector;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.roster.RosterCheck;
import org.canlian.rules.roster.RosterFileParts;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.subsidy.Claimant;

/**
 * Runs a roster through tallies: in one thread, split over a fork-join pool, or as a stream collector. Parts are
 * consecutive and combined in roster order, so that a parallel run gives the sequential run's result, errors and
 * first stopping error included.
 */
final class Runs {
    private Runs() {}

    /** Makes the tallies of one run, all sharing its progress meter. */
    interface TallyFactory<T extends RosterTally<?>> {
        T newTally(ProgressMeter meter);
    }

    static <T extends RosterTally<?>, R> R sequential(
            RunOptions options, TallyFactory<T> factory, Iterable<PayrollRow> rows, Function<T, R> result) {
        Objects.requireNonNull(rows, "rows");
        ProgressMeter meter = ProgressMeter.start(options);
        T tally = factory.newTally(meter);
        for (Iterator<PayrollRow> it = rows.iterator(); it.hasNext() && !tally.stopped(); ) {
            tally.accept(it.next());
        }
        return finish(tally, meter, result);
    }

    /** The claimants as rows numbered from 1, without holding them. */
    static Iterable<PayrollRow> numbered(Iterable<Claimant> claimants) {
        Objects.requireNonNull(claimants, "claimants");
        return () -> new Iterator<>() {
            private final Iterator<Claimant> it = claimants.iterator();
            private int line;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PayrollRow next() {
                return new PayrollRow(++line, it.next());
            }
        };
    }

    static <T extends RosterTally<?>, R> R parallel(
            RunOptions options,
            TallyFactory<T> factory,
            List<PayrollRow> rows,
            ForkJoinPool pool,
            Function<T, R> result) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(pool, "pool");
        ProgressMeter meter = ProgressMeter.start(options);
        int parts = Math.max(1, Math.min(rows.size(), pool.getParallelism() * 4));
        List<ForkJoinTask<T>> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            List<PayrollRow> part =
                    rows.subList((int) ((long) rows.size() * i / parts), (int) ((long) rows.size() * (i + 1) / parts));
            tasks.add(pool.submit(() -> {
                T tally = factory.newTally(meter);
                for (int j = 0; j < part.size() && !tally.stopped(); j++) {
                    tally.accept(part.get(j));
                }
                tally.flushProgress();
                return tally;
            }));
        }
        T all = null;
        for (ForkJoinTask<T> task : tasks) {
            T tally = task.join();
            if (all == null) {
                all = tally;
            } else {
                combine(all, tally);
            }
        }
        return finish(all == null ? factory.newTally(meter) : all, meter, result);
    }

    /**
     * A roster read on a second thread while the calling thread decides its rows: the reader hands over batches of
     * rows (or their errors) through a short queue, so memory stays bounded, and the tally sees them in roster order
     * (the same result as a sequential run). The reader reports every invalid row; the tally applies the run's
     * {@link OnInvalidRow} to rows and errors alike, so a run that stops, stops at the first problem in roster order.
     */
    static <T extends RosterTally<?>, R> R pipelined(
            RunOptions options, TallyFactory<T> factory, Consumer<RosterVisitor> read, Function<T, R> result) {
        ProgressMeter meter = ProgressMeter.start(options);
        T tally = factory.newTally(meter);
        Pipe pipe = new Pipe();
        Thread reader = new Thread(() -> pipe.produce(read), "canlian-roster-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Pipe.Batch batch = pipe.take(); !batch.last(); batch = pipe.take()) {
                for (int i = 0; i < batch.size() && !tally.stopped(); i++) {
                    Object item = batch.items()[i];
                    if (item instanceof RowError error) {
                        tally.acceptInvalid(error);
                    } else {
                        tally.accept(new PayrollRow(batch.lines()[i], ((RosterRow) item).toClaimant()));
                    }
                }
                if (tally.stopped()) {
                    pipe.cancel();
                }
            }
        } finally {
            pipe.cancel();
        }
        pipe.rethrowFailure();
        return finish(tally, meter, result);
    }

    /**
     * A CSV roster file read in parts at once, each part read and decided on a thread of its own with a tally of its
     * own, the tallies combined in roster order: the result of a sequential run. Parts read apart cannot see holders of
     * earlier parts; a part that repeats one ({@link RosterCheck#earlierHolders}, rare: a roster error) is read again
     * with those holders known, so its rows are rejected as a whole-file read rejects them.
     */
    static <T extends RosterTally<?>, R> R inParts(
            RunOptions options, TallyFactory<T> factory, RosterFileParts parts, int threads, Function<T, R> result) {
        ProgressMeter meter = ProgressMeter.start(options);
        int n = parts.count();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "canlian-roster-part");
            t.setDaemon(true);
            return t;
        });
        try {
            List<RosterCheck> checks = new ArrayList<>(n);
            List<PartRun<T>> runs = runParts(pool, parts, factory, meter, java.util.Collections.nCopies(n, null));
            for (PartRun<T> run : runs) {
                checks.add(run.check());
            }
            List<RosterCheck> seeds = new ArrayList<>(RosterCheck.earlierHolders(checks));
            boolean again = false;
            for (int k = 0; k < n; k++) {
                if (seeds.get(k).size() == 0) {
                    seeds.set(k, null);
                } else {
                    again = true;
                }
            }
            if (again) {
                // The first read counted these rows for progress already: the second counts none.
                ProgressMeter silent = ProgressMeter.start(RunOptions.of(options.onInvalidRow()));
                List<PartRun<T>> reread = runParts(pool, parts, factory, silent, seeds);
                for (int k = 0; k < n; k++) {
                    if (seeds.get(k) != null) {
                        runs.set(k, reread.get(k));
                    }
                }
            }
            T all = null;
            for (PartRun<T> run : runs) {
                if (all != null && all.stopped()) {
                    break; // a sequential run stops here: what later parts found is not seen
                }
                if (run.failure() != null) {
                    throw run.failure();
                }
                if (all == null) {
                    all = run.tally();
                } else {
                    combine(all, run.tally());
                }
            }
            return finish(all, meter, result);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One part's read: its tally, its one-person check, and what it threw. */
    private record PartRun<T>(T tally, RosterCheck check, RuntimeException failure) {}

    /** Reads the parts with a seed ({@code null}: read with a fresh check; others are read only when seeded). */
    private static <T extends RosterTally<?>> List<PartRun<T>> runParts(
            java.util.concurrent.ExecutorService pool,
            RosterFileParts parts,
            TallyFactory<T> factory,
            ProgressMeter meter,
            List<RosterCheck> seeds) {
        boolean all = seeds.stream().allMatch(Objects::isNull);
        List<java.util.concurrent.Future<PartRun<T>>> futures = new ArrayList<>();
        for (int k = 0; k < parts.count(); k++) {
            int part = k;
            RosterCheck seed = seeds.get(k);
            futures.add(all || seed != null ? pool.submit(() -> readPart(parts, part, factory, meter, seed)) : null);
        }
        List<PartRun<T>> runs = new ArrayList<>();
        for (java.util.concurrent.Future<PartRun<T>> f : futures) {
            runs.add(f == null ? null : join(f));
        }
        return runs;
    }

    private static <T extends RosterTally<?>> PartRun<T> readPart(
            RosterFileParts parts, int part, TallyFactory<T> factory, ProgressMeter meter, RosterCheck seed) {
        T tally = factory.newTally(meter);
        RosterCheck check = seed == null ? RosterCheck.create() : seed;
        RuntimeException failure = null;
        try {
            parts.read(
                    part,
                    OnInvalidRow.REPORT_AND_CONTINUE,
                    check,
                    RosterVisitor.of(
                            (line, row) -> {
                                if (tally.stopped()) {
                                    throw new Pipe.Cancelled();
                                }
                                tally.accept(new PayrollRow(line, row.toClaimant()));
                            },
                            error -> {
                                if (tally.stopped()) {
                                    throw new Pipe.Cancelled();
                                }
                                tally.acceptInvalid(error);
                            }));
        } catch (Pipe.Cancelled e) {
            // The part's tally stopped at an error: the rest of the part is not needed.
        } catch (RuntimeException e) {
            failure = e;
        }
        tally.flushProgress();
        return new PartRun<>(tally, check, failure);
    }

    private static <V> V join(java.util.concurrent.Future<V> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("the payroll run was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a roster part failed", e.getCause());
        }
    }

    /** {@link #pipelined} on one thread, rows decided as the reader visits them: the reference it must equal. */
    static <T extends RosterTally<?>, R> R visited(
            RunOptions options, TallyFactory<T> factory, Consumer<RosterVisitor> read, Function<T, R> result) {
        ProgressMeter meter = ProgressMeter.start(options);
        T tally = factory.newTally(meter);
        read.accept(RosterVisitor.of(
                (line, row) -> tally.accept(new PayrollRow(line, row.toClaimant())), tally::acceptInvalid));
        return finish(tally, meter, result);
    }

    /** The queue between the reading thread and the deciding one. */
    private static final class Pipe {
        private static final int BATCH = 1024;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean cancelled;
        private volatile Throwable failure;

        record Batch(int[] lines, Object[] items, int size, boolean last) {}

        /** Thrown inside the reader's visitor to end a read the deciding thread no longer wants. */
        static final class Cancelled extends RuntimeException {
            Cancelled() {
                super(null, null, false, false);
            }
        }

        void produce(Consumer<RosterVisitor> read) {
            int[][] lines = {new int[BATCH]};
            Object[][] items = {new Object[BATCH]};
            int[] size = {0};
            Runnable flush = () -> {
                put(new Batch(lines[0], items[0], size[0], false));
                lines[0] = new int[BATCH];
                items[0] = new Object[BATCH];
                size[0] = 0;
            };
            try {
                read.accept(new RosterVisitor() {
                    @Override
                    public void row(int line, RosterRow row) {
                        add(line, row);
                    }

                    @Override
                    public void invalid(RowError error) {
                        add(error.line(), error);
                    }

                    private void add(int line, Object item) {
                        if (cancelled) {
                            throw new Cancelled();
                        }
                        lines[0][size[0]] = line;
                        items[0][size[0]++] = item;
                        if (size[0] == BATCH) {
                            flush.run();
                        }
                    }
                });
                if (size[0] > 0) {
                    flush.run();
                }
            } catch (Cancelled e) {
                // The deciding thread stopped: nothing more to hand over.
            } catch (Throwable e) {
                failure = e;
            } finally {
                put(new Batch(new int[0], new Object[0], 0, true));
            }
        }

        private void put(Batch batch) {
            try {
                while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        if (batch.last()) {
                            return; // the deciding thread has left: no end mark is needed
                        }
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        Batch take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
                throw new java.util.concurrent.CancellationException("the payroll run was interrupted");
            }
        }

        void cancel() {
            cancelled = true;
        }

        /** The reader's failure (a missing file, a file that is not UTF-8), thrown on the calling thread. */
        void rethrowFailure() {
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException("the roster reader failed", e);
            }
        }
    }

    static <T extends RosterTally<?>, R> Collector<PayrollRow, T, R> collector(
            RunOptions options, TallyFactory<T> factory, Function<T, R> result) {
        ProgressMeter meter = ProgressMeter.start(options);
        return Collector.of(
                () -> factory.newTally(meter),
                RosterTally::accept,
                (a, b) -> {
                    combine(a, b);
                    return a;
                },
                tally -> finish(tally, meter, result));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void combine(RosterTally a, RosterTally b) {
        a.combine(b);
    }

    private static <T extends RosterTally<?>, R> R finish(T tally, ProgressMeter meter, Function<T, R> result) {
        tally.flushProgress();
        meter.finish();
        if (tally.stoppedAt().isPresent()) {
            throw new BatchFailedException(tally.stoppedAt().get());
        }
        return result.apply(tally);
    }
}
