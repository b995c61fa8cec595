package org.canlian.core.certificate;

/**
 * The status of a certificate number on a date.
 *
 * <pre>{@code
 * certificate.statusOn(LocalDate.of(2036, 1, 1));     // EXPIRED
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CertificateStatus {
    /** The application was not yet issued on that date. */
    NOT_YET_ISSUED,
    /** Valid. */
    ACTIVE,
    /** Past its valid-until date and not renewed. */
    EXPIRED,
    /** Cancelled (注销). */
    CANCELLED,
    /** A lost certificate declared void and replaced by a new number ({@code B1}, {@code B2}, ...). */
    REPLACED,
    /** Replaced by a certificate of another category or grade after reassessment. */
    SUPERSEDED
}
