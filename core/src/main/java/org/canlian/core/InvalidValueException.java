package org.canlian.core;

import java.util.Objects;

/**
 * Thrown when a value does not meet a rule of its type: names the field, the rule broken and the rejected value.
 *
 * <p>Personal values (resident IDs, certificate numbers) are always carried and printed masked, so the exception can
 * be logged as it is: the value types mask what they reject, and the field, value and reason given here pass through
 * {@link Masking#redact(CharSequence)} besides, so that a run of digits that could hold a birth date is masked even
 * where a caller quoted input text as it came (an ID typed into a division-code field, a JSON path, a CSV header).
 * The message reads {@code Invalid <field> <value>: <reason>}, for example:
 *
 * <pre>{@code
 * try {
 *     ResidentId.parse("110105194912310021");
 * } catch (InvalidValueException e) {
 *     e.getMessage();     // "Invalid resident ID 110105********0021: check character should be X"
 *     e.field();          // "resident ID"
 *     e.rule();           // "check-character"
 *     e.rejectedValue();  // "110105********0021"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field or parameter the value was for, e.g. {@code "resident ID"}. */
    private final String field;
    /** The stable name of the rule broken, e.g. {@code "check-character"}. */
    private final String rule;
    /** The value refused, masked if personal. */
    private final String rejectedValue;
    /** Why the value was refused, in English. */
    private final String reason;

    private InvalidValueException(String field, String rule, String rejectedValue, String reason) {
        super("Invalid " + field + " " + rejectedValue + ": " + reason);
        this.field = field;
        this.rule = rule;
        this.rejectedValue = rejectedValue;
        this.reason = reason;
    }

    /**
     * Creates an exception; the caller passes the rejected value already masked where it is personal. The field, value
     * and reason are redacted ({@link Masking#redact(CharSequence)}) whatever the caller passed.
     *
     * @param field the field as a reader would name it, e.g. {@code "resident ID"}
     * @param rule a short stable identifier of the broken rule, e.g. {@code "check-character"}
     * @param displayedValue the rejected value as it may be shown (masked if personal)
     * @param reason what is wrong, e.g. {@code "check character should be X"}
     * @return the exception, to throw
     */
    public static InvalidValueException of(String field, String rule, String displayedValue, String reason) {
        return new InvalidValueException(
                Masking.redact(Objects.requireNonNull(field, "field")),
                Objects.requireNonNull(rule, "rule"),
                Masking.redact(Objects.requireNonNull(displayedValue, "displayedValue")),
                Masking.redact(Objects.requireNonNull(reason, "reason")));
    }

    /** {@return the field whose value was rejected, as a reader names it, e.g. {@code "resident ID"}} */
    public String field() {
        return field;
    }

    /**
     * {@return a short stable identifier of the rule broken, e.g. {@code "check-character"}; fit for tests and i18n
     * keys}
     */
    public String rule() {
        return rule;
    }

    /** {@return the rejected value as it may be shown: masked where it is personal} */
    public String rejectedValue() {
        return rejectedValue;
    }

    /** {@return what is wrong, without the field and value, e.g. {@code "check character should be X"}} */
    public String reason() {
        return reason;
    }
}
