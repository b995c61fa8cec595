/**
 * Deterministic sample data for tests: valid resident IDs and certificate numbers from a seed, an address code and a
 * birth-date range ({@link org.canlian.core.sample.SampleData}), with certificate categories and grades drawn from a
 * documented distribution ({@link org.canlian.core.sample.CertificateMix}).
 *
 * <p>Why it lives in {@code core} and not in a test-jar or a module of its own: a downstream test suite already
 * depends on {@code canlian-core} for the types it tests, so the generator comes with no extra artifact, no
 * {@code test-jar} classifier and no version to keep in step; and it is built only from core's public API
 * ({@code ResidentId.checkCharacter}, {@code CertificateNumber.of}), so it cannot drift from the rules those types
 * check. It reads no clock and no file: the caller gives the birth-date range, so the output depends on the
 * arguments and the seed alone.
 *
 * <pre>{@code
 * List<ResidentId> ids = SampleData.withSeed(42)
 *         .residentIds(DivisionCode.parse("620723"), LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31))
 *         .limit(100)
 *         .toList();                           // 100 distinct, valid IDs; the same 100 on every run
 * }</pre>
 */
package org.canlian.core.sample;
