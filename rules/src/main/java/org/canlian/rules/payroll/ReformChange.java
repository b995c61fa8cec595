package org.canlian.rules.payroll;

/**
 * How a reform changes one person's programme in one month.
 *
 * <pre>{@code
 * person.change(Programme.CARE, YearMonth.of(2025, 7));   // GAINS
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReformChange {
    /** Eligible under both, paid more under the reform. */
    GAINS,
    /** Eligible under both, paid less under the reform. */
    LOSES,
    /** Eligible under the reform only. */
    NEWLY_ELIGIBLE,
    /** Eligible under the current policy only. */
    NO_LONGER_ELIGIBLE,
    /** Eligible under both for the same amount. */
    UNCHANGED,
    /** Eligible under neither. */
    NOT_ELIGIBLE,
    /** Cannot be decided under one of the two (reported as an error, left out of the totals). */
    UNDECIDED;

    static ReformChange of(long before, long after) {
        if (before == org.canlian.rules.subsidy.CompiledSubsidies.CANNOT_DECIDE
                || after == org.canlian.rules.subsidy.CompiledSubsidies.CANNOT_DECIDE) {
            return UNDECIDED;
        }
        if (before < 0) {
            return after < 0 ? NOT_ELIGIBLE : NEWLY_ELIGIBLE;
        }
        if (after < 0) {
            return NO_LONGER_ELIGIBLE;
        }
        return after > before ? GAINS : after < before ? LOSES : UNCHANGED;
    }
}
