package org.canlian.core.certificate;

/**
 * The stages of an application before a certificate exists; issuing turns the {@link Application} into a
 * {@link Certificate}.
 *
 * <pre>{@code
 * APPLIED -> ACCEPTED -> ASSESSED -> IN_NOTICE -> APPROVED -> (issued: a Certificate)
 *                        ASSESSED/IN_NOTICE -> APPEALED -> ASSESSED
 *   any stage but APPEALED -> REJECTED
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ApplicationStage {
    /** Applied at the county federation of household registration (申请). */
    APPLIED,
    /** Accepted for assessment (受理). */
    ACCEPTED,
    /** Assessed by a designated institution (评定). */
    ASSESSED,
    /** An appeal against the assessment is pending. */
    APPEALED,
    /** On public notice in the village or community (公示). */
    IN_NOTICE,
    /** Approved by the county review (审核), ready to issue. */
    APPROVED,
    /** Rejected with a reason; final. */
    REJECTED
}
