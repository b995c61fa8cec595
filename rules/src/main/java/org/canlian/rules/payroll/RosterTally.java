package org.canlian.rules.payroll;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.Claimant;

/**
 * The figures of one part of a roster being run, filled row by row by one thread: rows that cannot be processed are
 * rejected whole (nothing of them is counted), a row's undecidable programmes and months are reported and left out,
 * the rest is added to the ledger under the unit where the person is registered. Under {@link OnInvalidRow#STOP} the
 * first error stops the tally (its later rows are skipped) and is thrown when the run ends. Partial tallies of
 * consecutive parts are combined in their order.
 *
 * @param <P> the per-person result kept on request
 */
abstract class RosterTally<P> {
    final PayrollScope scope;
    final RunOptions options;
    final Ledger ledger;
    private final ProgressMeter meter;

    private long rowsRead;
    private long rowsRejected;
    private long rowsWithUndecided;
    private final List<RowError> errors = new ArrayList<>();
    private final List<P> people = new ArrayList<>();
    private final List<RowError> rowErrors = new ArrayList<>();
    private RowError stoppedAt;
    private int uncounted;

    RosterTally(PayrollScope scope, RunOptions options, ProgressMeter meter, int measures, int programmes) {
        this.scope = scope;
        this.options = options;
        this.meter = meter;
        this.ledger = new Ledger(scope.region(), scope.monthCount(), programmes, measures);
    }

    /**
     * Decides every month of the row into the tally's buffers.
     *
     * @throws RuntimeException if the calculation fails: the row is rejected, nothing of it counted
     */
    abstract void decide(Claimant claimant);

    /** After {@link #decide}: the errors of the programmes and months that could not be decided. */
    abstract void undecided(int line, Claimant claimant, List<RowError> into);

    /** After {@link #decide}: adds the decided figures to the leaf's cells, and the person's result if kept. */
    abstract void commit(int line, Claimant claimant, long[] cells, List<P> people);

    /** Whether the tally has stopped at an error (under {@link OnInvalidRow#STOP}). */
    final boolean stopped() {
        return stoppedAt != null;
    }

    final void accept(PayrollRow row) {
        if (stoppedAt != null) {
            return;
        }
        countRead();
        int line = row.line();
        Claimant claimant = row.claimant();
        Optional<DivisionCode> registered = claimant.registration();
        if (registered.isEmpty()) {
            reject(RowProblems.unknownRegistration(line));
            return;
        }
        DivisionCode leaf = registered.get();
        if (!scope.region().contains(leaf)) {
            reject(RowProblems.outsideRegion(line, leaf, scope.region()));
            return;
        }
        try {
            decide(claimant);
        } catch (RuntimeException e) {
            reject(RowProblems.calculationFailed(line, e));
            return;
        }
        rowErrors.clear();
        undecided(line, claimant, rowErrors);
        if (!rowErrors.isEmpty()) {
            rowsWithUndecided++;
            if (options.onInvalidRow() == OnInvalidRow.STOP) {
                stoppedAt = rowErrors.get(0);
                return;
            }
            errors.addAll(rowErrors);
        }
        commit(line, claimant, ledger.cells(leaf), people);
    }

    /** A row the roster reader refused: counted as read and rejected, as a row this tally cannot process is. */
    final void acceptInvalid(RowError error) {
        if (stoppedAt != null) {
            return;
        }
        countRead();
        reject(error);
    }

    /** One more row read, reported to the progress meter in batches. */
    private void countRead() {
        rowsRead++;
        if (++uncounted == ProgressMeter.BATCH) {
            meter.add(uncounted);
            uncounted = 0;
        }
    }

    private void reject(RowError error) {
        rowsRejected++;
        if (options.onInvalidRow() == OnInvalidRow.STOP) {
            stoppedAt = error;
        } else {
            errors.add(error);
        }
    }

    /** Adds the figures of the tally of the roster's next part. */
    final void combine(RosterTally<P> next) {
        ledger.add(next.ledger);
        rowsRead += next.rowsRead;
        rowsRejected += next.rowsRejected;
        rowsWithUndecided += next.rowsWithUndecided;
        errors.addAll(next.errors);
        people.addAll(next.people);
        uncounted += next.uncounted;
        if (stoppedAt == null) {
            stoppedAt = next.stoppedAt;
        }
    }

    /** The error the tally stopped at, if it did. */
    final Optional<RowError> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    /** Counts the rows not yet told to the progress meter. */
    final void flushProgress() {
        meter.add(uncounted);
        uncounted = 0;
    }

    /** The tally as a frozen result. */
    final RosterPass<P> freeze(String description, java.util.Comparator<? super P> byLine) {
        return RosterPass.of(
                scope,
                description,
                options.people(),
                options.explanations(),
                ledger.freeze(),
                rowsRead,
                rowsRejected,
                rowsWithUndecided,
                errors,
                people,
                byLine);
    }
}
