/**
 * The certificate procedure's periods as policy data, and the adapter to the core
 * {@link org.canlian.core.certificate.CertificateRules}.
 *
 * <pre>{@code
 * CertificateRules rules = CertificatePolicy.rules(policy, county, date).value();
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
package org.canlian.rules.certificate;
