/**
 * The second-generation disability certificate (残疾人证): its number, and its lifecycle from the application to
 * the cancellation, as pure functions.
 *
 * <p>{@link org.canlian.core.certificate.CertificateLifecycle} decides each step from the current
 * {@link org.canlian.core.certificate.CertificateState} (an {@link org.canlian.core.certificate.Application}, then a
 * {@link org.canlian.core.certificate.Certificate}), a {@link org.canlian.core.certificate.CertificateCommand}, the
 * date, the {@link org.canlian.core.certificate.CertificateRules} in force and a working calendar; the outcome is
 * the new state with its {@link org.canlian.core.certificate.CertificateEvent}, or a
 * {@link org.canlian.core.certificate.Refusal}. Rule outcomes are values; broken invariants (a corrupt history, a
 * number that does not match its holder) throw.
 */
package org.canlian.core.certificate;
