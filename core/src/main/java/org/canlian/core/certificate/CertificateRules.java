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
 * <p>Periods in years, months or days are counted by the Civil Code, arts. 201-202 ({@link
 * org.canlian.core.calendar.CivilCodePeriod}): the day of the issue or cancellation is not counted, and the period
 * ends on the corresponding day of its last month (or that month's last day). A certificate issued on 2025-03-03 for
 * 10 years is valid through 2035-03-03; one cancelled on 2037-03-01 with a bar of 1 year bars a new application
 * through 2038-03-01. Periods in working days start on the next day too ({@code WorkingCalendar#plusWorkingDays}).
 *
 * <p>The values are policy data: canlian-rules' {@code CertificatePolicy} produces the rules in force for a county on
 * a date from dated, cited policy files (the national values of 《中国残疾人证管理办法》 (CDPF and National Health Commission, 2017) ship as
 * {@code national-certificate.json}). Core holds no default, so that no period is fixed in code.
 *
 * <pre>{@code
 * CertificateRules rules = new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ZERO);
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

    /**
     * Checks that every period is positive (validity, working days) or not negative (bar, window).
     *
     * @param validity validity of a certificate, positive
     * @param noticeWorkingDays length of the public notice, 1 or more working days
     * @param reviewWorkingDays time for the county review after the notice, 1 or more working days
     * @param appealWorkingDays time to appeal an assessment or an appeal decision, 1 or more working days
     * @param reapplicationBar period after a cancellation in which no new application is accepted, zero or more
     * @param renewalWindow how long before the valid-until date renewal opens, zero or more
     */
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
