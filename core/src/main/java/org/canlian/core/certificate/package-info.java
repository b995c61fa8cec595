/**
 * The second-generation disability certificate (残疾人证): its number, and its lifecycle from the application to
 * the cancellation, as pure functions.
 *
 * <p>{@link org.canlian.core.certificate.CertificateLifecycle} decides each step from the current
 * {@link org.canlian.core.certificate.CertificateState} (an {@link org.canlian.core.certificate.Application}, then a
 * {@link org.canlian.core.certificate.Certificate}), a {@link org.canlian.core.certificate.CertificateCommand}, the
 * date, the {@link org.canlian.core.certificate.CertificateRules} in force and a working calendar; the outcome is
 * the new state with its {@link org.canlian.core.certificate.CertificateEvent}, or a
 * {@link org.canlian.core.certificate.Refusal}. Rule outcomes are values; broken invariants throw: a value that
 * breaks a rule of its type (a number that does not match its holder, an issuer that is not a county, dates out of
 * order, a stage without the parts it needs) an {@link org.canlian.core.InvalidValueException} naming the field, the
 * rule and the value, never a bare {@code IllegalArgumentException}; a history whose events cannot follow each other an
 * {@code IllegalStateException}.
 */
package org.canlian.core.certificate;
