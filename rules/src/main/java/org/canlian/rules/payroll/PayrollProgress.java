package org.canlian.rules.payroll;

/**
 * How far a long run has come: the rows done so far and the rate, for a progress bar. Reported to the listener given
 * to {@code withProgress} every so many rows and once at the end; the rate comes from the run's ticker (the caller's,
 * or {@link System#nanoTime}) and is never part of a result.
 *
 * <pre>{@code
 * PayrollCalculator.of(calculator, scope, OnInvalidRow.REPORT_AND_CONTINUE)
 *         .withProgress(100_000, p -> System.out.printf("%,d rows, %,.0f rows/s%n", p.rowsDone(), p.rowsPerSecond()));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rowsDone rows read so far, valid or not
 * @param rowsPerSecond rows read per second since the run started (0 when no time has passed on the ticker)
 */
public record PayrollProgress(long rowsDone, double rowsPerSecond) {}
