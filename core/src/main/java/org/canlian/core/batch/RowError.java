package org.canlian.core.batch;

import java.util.Objects;
import org.canlian.core.InvalidValueException;

/**
 * Why one row of a batch was rejected: its position (the line, in a file), the field, the rule and the message,
 * personal values masked.
 *
 * <pre>{@code
 * RowError e = RowError.of(17, invalidValueException);
 * e.line();       // 17
 * e.toString();   // "line 17: Invalid resident ID 110105********0021: check character should be X"
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param line the 1-based line (or position) of the row
 * @param field the field that was rejected
 * @param rule the rule it broke, a short stable identifier
 * @param message the full message, personal values masked
 */
public record RowError(int line, String field, String rule, String message) {
    /** Validates the components. */
    public RowError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The error of a row rejected by a value type.
     *
     * @param line the row's line
     * @param cause the rejection
     * @return the row error
     */
    public static RowError of(int line, InvalidValueException cause) {
        return new RowError(line, cause.field(), cause.rule(), cause.getMessage());
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
