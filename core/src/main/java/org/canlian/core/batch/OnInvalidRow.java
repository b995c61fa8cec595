package org.canlian.core.batch;

/**
 * What a batch does when a row is invalid: the caller chooses, there is no silent default.
 *
 * <pre>{@code
 * BatchResult<Holder> result = roster.read(in, OnInvalidRow.REPORT_AND_CONTINUE);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OnInvalidRow {
    /** Stop at the first invalid row, throwing {@link BatchFailedException} with its error. */
    STOP,
    /** Record the row's error in the result and go on with the next row. */
    REPORT_AND_CONTINUE
}
