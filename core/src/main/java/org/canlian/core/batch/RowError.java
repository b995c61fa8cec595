package org.canlian.core.batch;

import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Why one row of a batch was rejected: its position (the line, in a file), the field, the rule and the message,
 * personal values masked: the field and message pass through {@link Masking#redact(CharSequence)} whoever made them.
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
    /**
     * Validates the components and redacts the field and message ({@link Masking#redact(CharSequence)}).
     *
     * @param line the 1-based line (or position) of the row
     * @param field the field that was rejected
     * @param rule the rule it broke, a short stable identifier
     * @param message the full message, personal values masked
     */
    public RowError {
        field = Masking.redact(Objects.requireNonNull(field, "field"));
        Objects.requireNonNull(rule, "rule");
        message = Masking.redact(Objects.requireNonNull(message, "message"));
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
