package org.canlian.rules.policy;

/**
 * The answer to a condition when some facts may be unknown: true, false, or unknown (three-valued logic). A known
 * false decides a conjunction even when other facts are missing.
 *
 * <pre>{@code
 * Truth.TRUE.and(Truth.UNKNOWN);     // UNKNOWN
 * Truth.FALSE.and(Truth.UNKNOWN);    // FALSE
 * Truth.of(3 > 2);                   // TRUE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Truth {
    /** Known to hold. */
    TRUE,
    /** Known not to hold. */
    FALSE,
    /** Cannot be told from the facts given. */
    UNKNOWN;

    /**
     * {@return TRUE or FALSE, as {@code value} says}
     *
     * @param value the known truth value
     */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * {@return the conjunction of both: FALSE if either is FALSE, else UNKNOWN if either is UNKNOWN, else TRUE}
     *
     * @param other the other truth value
     */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }
}
