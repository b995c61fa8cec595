package org.canlian.rules.policy;

/**
 * What a lookup does when no value applies on the requested date: before a parameter's first value, after a value
 * that ended, or in a gap between two values. The caller chooses; {@link #STRICT} is the default everywhere.
 *
 * <pre>{@code
 * policy.lookup(param, county, date, GapMode.WARN).warning();   // Optional["... carried forward ..."]
 * }</pre>
 *
 * <p>Before a parameter's first value there is nothing to carry, so every mode refuses. This enum is immutable and
 * thread-safe.
 */
public enum GapMode {
    /** No value applies: the lookup fails with a {@link PolicyLookupException}. */
    STRICT,
    /** The last value that ended before the date is used, and the result carries a warning saying so. */
    WARN,
    /** The last value that ended before the date is used; the result is marked carried forward, without warning. */
    CARRY_FORWARD
}
