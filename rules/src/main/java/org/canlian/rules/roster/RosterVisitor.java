package org.canlian.rules.roster;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.canlian.core.batch.RowError;

/**
 * Receives a roster as it is read, one row at a time, so that a roster of any length is read in constant memory: each
 * valid row with its line, and (when the caller chose {@link org.canlian.core.batch.OnInvalidRow#REPORT_AND_CONTINUE})
 * each invalid row's error. Both must be handled: a reader never drops a row silently.
 *
 * <pre>{@code
 * Breakdown.Counter counts = Breakdown.counter();
 * List<RowError> errors = new ArrayList<>();
 * RosterReader.csv(asOf).read(path, OnInvalidRow.REPORT_AND_CONTINUE,
 *         RosterVisitor.of((line, row) -> counts.add(row), errors::add));
 * }</pre>
 *
 * <p>Calls come from the reading thread, in file order.
 */
public interface RosterVisitor {
    /**
     * A valid row.
     *
     * @param line the line it starts on (the header is line 1 of a CSV file)
     * @param row the row
     */
    void row(int line, RosterRow row);

    /**
     * An invalid row: its line, field, rule and message, personal numbers masked.
     *
     * @param error the row's error
     */
    void invalid(RowError error);

    /**
     * A visitor of two functions.
     *
     * @param rows receives each valid row with its line
     * @param errors receives each invalid row's error
     * @return the visitor
     */
    static RosterVisitor of(BiConsumer<Integer, RosterRow> rows, Consumer<RowError> errors) {
        return new RosterVisitor() {
            @Override
            public void row(int line, RosterRow row) {
                rows.accept(line, row);
            }

            @Override
            public void invalid(RowError error) {
                errors.accept(error);
            }
        };
    }
}
