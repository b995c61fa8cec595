package org.canlian.rules.roster;

import java.util.Objects;

/**
 * Thrown when a roster file as a whole cannot be read: it does not exist, it is not text in the expected encoding, its
 * header lacks a required column, a quoted field is never closed, or reading fails. Names the file and, where it
 * can, the line; no personal number is ever quoted. (A bad row is not a file problem: it is a
 * {@link org.canlian.core.batch.RowError}.)
 *
 * <pre>{@code
 * try {
 *     RosterReader.csv(asOf).readAll(Path.of("roster.csv"), OnInvalidRow.REPORT_AND_CONTINUE);
 * } catch (RosterFileException e) {
 *     e.problem();      // "encoding"
 *     e.getMessage();   // "roster.csv line 1 is not UTF-8 text ... it looks like GBK ... save it as CSV UTF-8 ..."
 * }
 * }</pre>
 *
 * <p>Problems: {@code not-found}, {@code encoding}, {@code header}, {@code csv-syntax}, {@code read-failed}. This class
 * is immutable and thread-safe.
 */
public final class RosterFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file or resource read, as the caller named it. */
    private final String source;
    /** What is wrong with the file, in English. */
    private final String problem;
    /** The line of the file where the problem was found, from 1, or 0 for the file as a whole. */
    private final int line;

    RosterFileException(String source, String problem, int line, String message, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
    }

    /** {@return the file (its path as given) or the name the caller gave the text} */
    public String source() {
        return source;
    }

    /**
     * {@return a short stable name of the problem: {@code not-found}, {@code encoding}, {@code header}, {@code
     * csv-syntax} or {@code read-failed}}
     */
    public String problem() {
        return problem;
    }

    /** {@return the line the problem is on, from 1; 0 when it is not on a line (a missing file)} */
    public int line() {
        return line;
    }
}
