package org.canlian.rules.policy;

import java.util.Objects;
import org.canlian.core.Masking;

/**
 * One thing wrong with a policy set: where (a JSON path such as {@code $.parameters[2].values[0].unit} for a file,
 * or {@code parameter@region} for a set built in code) and why.
 *
 * <pre>{@code
 * error.location();   // "$.parameters[2].values[0].unit"
 * error.reason();     // "unit \"CNY/year\" does not match the parameter's unit CNY/month"
 * error.toString();   // "$.parameters[2].values[0].unit: unit \"CNY/year\" does not match ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyError {
    private final String location;
    private final String reason;

    private PolicyError(String location, String reason) {
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * An error. Both parts are built from the policy file's text, so they pass through
     * {@link Masking#redact(CharSequence)}: a run of digits that could hold a birth date (a resident ID typed into a
     * field or used as a property name) is masked, as in every message canlian builds from input.
     *
     * @param location the JSON path or {@code parameter@region}
     * @param reason what is wrong
     * @return the error
     */
    public static PolicyError of(String location, String reason) {
        return new PolicyError(
                Masking.redact(Objects.requireNonNull(location, "location")),
                Masking.redact(Objects.requireNonNull(reason, "reason")));
    }

    /** {@return where: a JSON path such as {@code $.parameters[2].values[0].unit}, or {@code parameter@region}} */
    public String location() {
        return location;
    }

    /** {@return what is wrong} */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyError other && location.equals(other.location) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, reason);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
