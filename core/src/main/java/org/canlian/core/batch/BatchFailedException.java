package org.canlian.core.batch;

/**
 * Thrown by a batch run with {@link OnInvalidRow#STOP} at its first invalid row; carries that row's error.
 *
 * <pre>{@code
 * catch (BatchFailedException e) { e.error().line(); }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient RowError error;

    /**
     * Creates the exception.
     *
     * @param error the first invalid row's error
     */
    public BatchFailedException(RowError error) {
        super("Batch stopped at " + error);
        this.error = error;
    }

    /** {@return the error of the row the batch stopped at} */
    public RowError error() {
        return error;
    }
}
