package org.canlian.rules.payroll;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.canlian.core.batch.OnInvalidRow;

/**
 * How a run treats its rows: what it does at an invalid or undecidable row, whether it keeps per-person results (and
 * their explanations), and whom it tells of its progress, timed by which ticker (nanoseconds; {@link System#nanoTime}
 * unless the caller gives one).
 */
record RunOptions(
        OnInvalidRow onInvalidRow,
        boolean people,
        boolean explanations,
        Consumer<PayrollProgress> progress,
        long progressEvery,
        LongSupplier ticker) {
    RunOptions {
        Objects.requireNonNull(onInvalidRow, "onInvalidRow");
        Objects.requireNonNull(ticker, "ticker");
    }

    static RunOptions of(OnInvalidRow onInvalidRow) {
        return new RunOptions(onInvalidRow, false, false, null, 0, System::nanoTime);
    }

    RunOptions withPeople(boolean keep) {
        return new RunOptions(onInvalidRow, keep, keep && explanations, progress, progressEvery, ticker);
    }

    RunOptions withExplanations() {
        return new RunOptions(onInvalidRow, true, true, progress, progressEvery, ticker);
    }

    RunOptions withProgress(long every, Consumer<PayrollProgress> listener) {
        if (every < 1) {
            throw new IllegalArgumentException("progress interval must be 1 row or more, not " + every);
        }
        return new RunOptions(
                onInvalidRow, people, explanations, Objects.requireNonNull(listener, "listener"), every, ticker);
    }

    RunOptions withTicker(LongSupplier nanos) {
        return new RunOptions(
                onInvalidRow, people, explanations, progress, progressEvery, Objects.requireNonNull(nanos, "ticker"));
    }
}
