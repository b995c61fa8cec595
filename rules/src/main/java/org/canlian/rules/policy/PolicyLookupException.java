package org.canlian.rules.policy;

import java.time.LocalDate;
import org.canlian.core.division.DivisionCode;

/**
 * Thrown when no value of a parameter applies to a region on a date (and the caller's {@link GapMode} does not allow
 * carrying one forward); names the parameter, the region, the date and what the policy does have.
 *
 * <pre>{@code
 * // "No value of stipend.village.lost-work-allowance for 629901 on 2010-03-01: its first value is from 2015-01-01 (629901)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyLookupException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The key of the parameter looked up. */
    private final String parameter;

    private final transient DivisionCode region;
    /** The benefit date looked up. */
    private final LocalDate date;

    PolicyLookupException(String parameter, DivisionCode region, LocalDate date, String reason) {
        super("No value of " + parameter + " for " + region + " on " + date + ": " + reason);
        this.parameter = parameter;
        this.region = region;
        this.date = date;
    }

    /** {@return the parameter's key} */
    public String parameter() {
        return parameter;
    }

    /** {@return the region asked about} */
    public DivisionCode region() {
        return region;
    }

    /** {@return the date asked about} */
    public LocalDate date() {
        return date;
    }
}
