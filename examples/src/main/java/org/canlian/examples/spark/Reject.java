package org.canlian.examples.spark;

import java.io.Serializable;
import org.canlian.core.batch.RowError;

/**
 * A rejected row as the job writes it: its position (the line in the source CSV file, or the Parquet table's
 * {@code line} column or row number), the field and rule it broke, and the message, personal numbers masked (a
 * {@link RowError}'s message is redacted when it is made).
 *
 * <pre>{@code
 * Reject.of(new RowError(1002, "resident ID", "check-character", "Invalid resident ID 620723********0230: ..."));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the row's line or position
 * @param field the field rejected
 * @param rule the rule broken
 * @param message the reason, masked
 */
public record Reject(long position, String field, String rule, String message)
        implements Serializable, Comparable<Reject> {
    /** The reject of a row error. */
    public static Reject of(RowError e) {
        return new Reject(e.line(), e.field(), e.rule(), e.message());
    }

    /** By position, then field and rule: a row may have several errors (programmes it cannot decide). */
    @Override
    public int compareTo(Reject o) {
        int c = Long.compare(position, o.position);
        if (c == 0) {
            c = field.compareTo(o.field);
        }
        return c != 0 ? c : rule.compareTo(o.rule);
    }
}
