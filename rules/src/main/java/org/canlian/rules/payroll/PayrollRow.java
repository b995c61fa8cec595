package org.canlian.rules.payroll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.rules.subsidy.Claimant;

/**
 * One row of a roster given to a payroll: the claimant and the row's position in the roster (its line in the file, or
 * its number), by which errors and per-person results are reported. Lines should be unique within a roster.
 *
 * <pre>{@code
 * PayrollRow row = new PayrollRow(17, claimant);
 * List<PayrollRow> rows = PayrollRow.numbered(List.of(a, b, c));   // lines 1, 2, 3
 * }</pre>
 *
 * <p>The line is an {@code int}, as {@link org.canlian.core.batch.RowError#line()} is. This record is immutable and
 * thread-safe.
 *
 * @param line the 1-based line (or position) of the row
 * @param claimant the claimant's facts
 */
public record PayrollRow(int line, Claimant claimant) {
    /**
     * Validates the components.
     *
     * @throws InvalidValueException if the line is not positive
     * @param line the 1-based line (or position) of the row
     * @param claimant the claimant's facts
     */
    public PayrollRow {
        Objects.requireNonNull(claimant, "claimant");
        if (line < 1) {
            throw InvalidValueException.of("payroll row line", "positive", Integer.toString(line), "must be 1 or more");
        }
    }

    /**
     * {@return the claimants as rows numbered from 1, in order}
     *
     * <pre>{@code
     * PayrollRow.numbered(roster).get(0).line();   // 1
     * }</pre>
     *
     * @param claimants the claimants, in roster order
     */
    public static List<PayrollRow> numbered(Iterable<Claimant> claimants) {
        List<PayrollRow> rows = new ArrayList<>();
        int line = 0;
        for (Claimant c : claimants) {
            rows.add(new PayrollRow(++line, c));
        }
        return List.copyOf(rows);
    }

    /** The line and the claimant, whose {@code toString} masks the resident ID. */
    @Override
    public String toString() {
        return "line " + line + ": " + claimant;
    }
}
