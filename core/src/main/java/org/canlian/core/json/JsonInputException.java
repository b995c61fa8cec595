package org.canlian.core.json;

import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Thrown by {@link CanlianJson#read(String, Class)} (and {@link CertificateJson}) when JSON input cannot become the
 * requested type: names the JSON property (as a path from the root, {@code $.holder.residentId},
 * {@code $.payments[2]}), the problem, and where in the input it is. Values are never quoted from the input except as the value types show them, masked where
 * personal; the path and the reason pass through {@link Masking#redact(CharSequence)} besides, so that a property
 * name or a Jackson message holding an ID shows it masked ({@code $.payments["110105********002X"]}).
 *
 * <pre>{@code
 * try {
 *     CanlianJson.read("{\"residentId\":\"110105194912310021\"}", Holder.class);
 * } catch (JsonInputException e) {
 *     e.getMessage();   // "Invalid JSON at $.residentId (line 1, column 15): Invalid resident ID
 *                       //  110105********0021: check character should be X"
 *     e.path();         // "$.residentId"
 *     e.problem();      // "invalid-value"
 *     e.invalidValue(); // Optional[the InvalidValueException, rule "check-character"]
 * }
 * }</pre>
 *
 * <p>Problems: {@code syntax}, {@code encoding}, {@code empty}, {@code trailing-content},
 * {@code duplicate-property}, {@code unknown-property}, {@code missing-property} (absent, or {@code null} where a value
 * is required), {@code null}, {@code wrong-type}, {@code unknown-type} (a {@code "type"} that names no subtype),
 * {@code invalid-value}, {@code history} (a certificate state its history does not rebuild, from
 * {@link CertificateJson#readState(String)}), {@code limit} (beyond the reader's limits:
 * nesting deeper than 1,000 levels, a number longer than 1,000 digits, a string longer than 20,000,000 characters, a
 * property name longer than 50,000; Jackson stops there before doing the work). The Jackson exception is not kept as the
 * cause, because its message may quote the raw input; an {@link InvalidValueException} from a value type is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The JSON path of the value in error, e.g. {@code $.residentId}. */
    private final String path;
    /** The kind of problem, a stable name. */
    private final String problem;
    /** What is wrong, in English, with any personal value masked. */
    private final String reason;
    /** The line in the input, from 1, or 0 if unknown. */
    private final int line;
    /** The column in the input, from 1, or 0 if unknown. */
    private final int column;

    JsonInputException(String path, String problem, String reason, int line, int column, Throwable cause) {
        super(message(redacted(path, "path"), redacted(reason, "reason"), line, column), cause);
        this.path = redacted(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.reason = redacted(reason, "reason");
        this.line = line;
        this.column = column;
    }

    private static String redacted(String text, String name) {
        return Masking.redact(Objects.requireNonNull(text, name));
    }

    private static String message(String path, String reason, int line, int column) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return "Invalid JSON at " + path + where + ": " + reason;
    }

    /**
     * {@return the JSON path of the offending property from the root {@code $}, e.g. {@code $.holders[3].residentId}}
     */
    public String path() {
        return path;
    }

    /**
     * {@return a short stable name of the problem, e.g. {@code unknown-property}; see the class comment for the list}
     */
    public String problem() {
        return problem;
    }

    /** {@return what is wrong, without the path, e.g. {@code is required but missing or null}} */
    public String reason() {
        return reason;
    }

    /** {@return the line of the input where reading stopped, from 1; 0 if unknown} */
    public int line() {
        return line;
    }

    /** {@return the column of the input where reading stopped, from 1; 0 if unknown} */
    public int column() {
        return column;
    }

    /** {@return the value type's own exception, when the problem is a value that broke one of its rules} */
    public Optional<InvalidValueException> invalidValue() {
        return getCause() instanceof InvalidValueException e ? Optional.of(e) : Optional.empty();
    }
}
