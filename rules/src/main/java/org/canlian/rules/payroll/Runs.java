package org.canlian.rules.payroll;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.Collector;
import org.canlian.core.batch.BatchFailedException;
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
