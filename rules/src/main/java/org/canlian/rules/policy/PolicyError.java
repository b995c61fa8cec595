package org.canlian.rules.policy;

import java.util.Objects;

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
     * An error.
     *
     * @param location the JSON path or {@code parameter@region}
     * @param reason what is wrong
     * @return the error
     */
    public static PolicyError of(String location, String reason) {
        return new PolicyError(location, reason);
    }

    /** Where: a JSON path such as {@code $.parameters[2].values[0].unit}, or {@code parameter@region}. */
    public String location() {
        return location;
    }

    /** What is wrong. */
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
