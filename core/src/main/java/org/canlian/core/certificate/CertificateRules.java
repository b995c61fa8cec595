package org.canlian.core.certificate;

import java.time.Period;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The periods of the certificate procedure that vary by region and over time, as one policy value passed into every
 * step of {@link CertificateLifecycle}: nothing in the lifecycle hard-codes them.
 *
 * <ul>
 *   <li>{@code validity}: how long a certificate is valid from its issue (or renewal);
 *   <li>{@code noticeWorkingDays}: the public notice in the village or community (公示);
 *   <li>{@code reviewWorkingDays}: the county federation's review after the notice (审核);
 *   <li>{@code appealWorkingDays}: the time to appeal an assessment, to the city federation, then to the provincial
 *       expert committee;
 *   <li>{@code reapplicationBar}: no new application within this period after a cancellation (注销);
 *   <li>{@code renewalWindow}: how long before the valid-until date a renewal may be made.
 * </ul>
 *
 * <pre>{@code
 * CertificateRules rules = CertificateRules.nationalDefault();      // 10 years, 5, 10, 10 working days, 1 year, 0
 * CertificateRules local = rules.withRenewalWindow(Period.ofMonths(3));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param validity validity of a certificate, positive
 * @param noticeWorkingDays length of the public notice, 1 or more working days
 * @param reviewWorkingDays time for the county review after the notice, 1 or more working days
 * @param appealWorkingDays time to appeal an assessment or an appeal decision, 1 or more working days
 * @param reapplicationBar period after a cancellation in which no new application is accepted, zero or more
 * @param renewalWindow how long before the valid-until date renewal opens, zero or more
 */
public record CertificateRules(
        Period validity,
        int noticeWorkingDays,
        int reviewWorkingDays,
        int appealWorkingDays,
        Period reapplicationBar,
        Period renewalWindow) {

    private static final CertificateRules NATIONAL_DEFAULT =
            new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ZERO);

    /** Checks that every period is positive (validity, working days) or not negative (bar, window). */
    public CertificateRules {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(reapplicationBar, "reapplicationBar");
        Objects.requireNonNull(renewalWindow, "renewalWindow");
        if (validity.isNegative() || validity.isZero()) {
            throw invalid("validity", validity.toString(), "must be positive");
        }
        positive("noticeWorkingDays", noticeWorkingDays);
        positive("reviewWorkingDays", reviewWorkingDays);
        positive("appealWorkingDays", appealWorkingDays);
        if (reapplicationBar.isNegative()) {
            throw invalid("reapplicationBar", reapplicationBar.toString(), "must not be negative");
        }
        if (renewalWindow.isNegative()) {
            throw invalid("renewalWindow", renewalWindow.toString(), "must not be negative");
        }
    }

    /**
     * The national rules as DOMAIN.md section 4 reproduces them from the 2017 certificate rules of the CDPF and the
     * health commission (《中国残疾人证管理办法》, in force 2018-01-01): validity 10 years; public notice 5 working days;
     * county review within 10 working days; appeal within 10 working days; no new application within 1 year of a
     * cancellation. No national renewal window is confirmed (DOMAIN.md section 6), so renewal opens on the
     * valid-until date itself (window zero); regions that open it earlier say so with {@link #withRenewalWindow}.
     *
     * @return the default rules
     */
    public static CertificateRules nationalDefault() {
        return NATIONAL_DEFAULT;
    }

    /**
     * These rules with another validity.
     *
     * @param newValidity positive
     * @return the copy
     */
    public CertificateRules withValidity(Period newValidity) {
        return new CertificateRules(
                newValidity, noticeWorkingDays, reviewWorkingDays, appealWorkingDays, reapplicationBar, renewalWindow);
    }

    /**
     * These rules with another renewal window.
     *
     * @param newWindow zero or more
     * @return the copy
     */
    public CertificateRules withRenewalWindow(Period newWindow) {
        return new CertificateRules(
                validity, noticeWorkingDays, reviewWorkingDays, appealWorkingDays, reapplicationBar, newWindow);
    }

    /**
     * These rules with another bar after cancellation.
     *
     * @param newBar zero or more
     * @return the copy
     */
    public CertificateRules withReapplicationBar(Period newBar) {
        return new CertificateRules(
                validity, noticeWorkingDays, reviewWorkingDays, appealWorkingDays, newBar, renewalWindow);
    }

    /**
     * These rules with other working-day periods.
     *
     * @param notice notice length
     * @param review review time
     * @param appeal appeal time
     * @return the copy
     */
    public CertificateRules withWorkingDays(int notice, int review, int appeal) {
        return new CertificateRules(validity, notice, review, appeal, reapplicationBar, renewalWindow);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw invalid(field, Integer.toString(value), "must be 1 or more working days");
        }
    }

    private static InvalidValueException invalid(String field, String value, String reason) {
        return InvalidValueException.of("certificate rules " + field, "range", Masking.quote(value), reason);
    }
}
