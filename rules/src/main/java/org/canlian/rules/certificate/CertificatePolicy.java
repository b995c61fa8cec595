package org.canlian.rules.certificate;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.InForce;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Unit;

/**
 * The certificate procedure's periods as policy parameters, and the adapter that produces the core
 * {@link CertificateRules} in force for a region on a date from a policy set.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.readResource(CertificatePolicy.catalog(), CertificatePolicy.NATIONAL_RESOURCE);
 * InForce<CertificateRules> in = CertificatePolicy.rules(policy, DivisionCode.parse("620723"), LocalDate.of(2025, 3, 1));
 * in.value().validity();          // P10Y
 * in.parametersUsed();            // each value with its region, period and source
 * CertificatePolicy.rules(PolicyView.of(policy, county, date).asKnownOn(decided).withGap(GapMode.WARN));
 * }</pre>
 *
 * <p>Keys: {@code certificate.validity} (period), {@code certificate.notice}, {@code certificate.review},
 * {@code certificate.appeal} (working days), {@code certificate.reapplication-bar} and
 * {@code certificate.renewal-window} (periods, zero allowed). This class is immutable and thread-safe.
 */
public final class CertificatePolicy {
    /** The shipped national defaults (《中国残疾人证管理办法》, CDPF and National Health Commission, 2017), region {@code 00}. */
    public static final String NATIONAL_RESOURCE = "/org/canlian/rules/policy/examples/national-certificate.json";

    /** How long a certificate is valid from its issue or renewal. */
    public static final ParameterDefinition<Period> VALIDITY =
            ParameterDefinition.period("certificate.validity", "残疾人证有效期", "certificate validity");
    /** The public notice in the village or community, in working days. */
    public static final ParameterDefinition<Long> NOTICE =
            ParameterDefinition.count("certificate.notice", Unit.WORKING_DAYS, "公示期", "public notice");
    /** The county federation's review after the notice, in working days. */
    public static final ParameterDefinition<Long> REVIEW =
            ParameterDefinition.count("certificate.review", Unit.WORKING_DAYS, "县级审核时限", "county review");
    /** The time to appeal an assessment, in working days. */
    public static final ParameterDefinition<Long> APPEAL =
            ParameterDefinition.count("certificate.appeal", Unit.WORKING_DAYS, "评定复核申请时限", "appeal period");
    /** No new application within this period after a cancellation. */
    public static final ParameterDefinition<Period> REAPPLICATION_BAR = ParameterDefinition.periodOrZero(
            "certificate.reapplication-bar", "注销后不得重新申请期限", "no reapplication after cancellation");
    /** How long before the valid-until date a renewal may be made. */
    public static final ParameterDefinition<Period> RENEWAL_WINDOW =
            ParameterDefinition.periodOrZero("certificate.renewal-window", "换领提前期", "renewal window");

    private CertificatePolicy() {}

    /** {@return the certificate parameters, for a policy loader} */
    public static ParameterCatalog catalog() {
        return ParameterCatalog.of(List.of(VALIDITY, NOTICE, REVIEW, APPEAL, REAPPLICATION_BAR, RENEWAL_WINDOW));
    }

    /**
     * {@return the certificate rules in force for {@code region} on {@code date}, strictly, whatever the values'
     * publication dates: {@code rules(PolicyView.of(policy, region, date))}}
     *
     * @param policy the policy set that holds the certificate parameters
     * @param region the region whose rules apply: its own values, else its ancestors'
     * @param date the day on which the rules must be in force
     * @throws org.canlian.rules.policy.PolicyLookupException if a parameter has no value then
     * @throws org.canlian.core.InvalidValueException if the values break a rule of {@link CertificateRules}
     */
    public static InForce<CertificateRules> rules(PolicySet policy, DivisionCode region, LocalDate date) {
        return rules(PolicyView.of(policy, region, date));
    }

    /**
     * {@return the certificate rules in force for {@code region} on {@code date}, with the caller's choice for gaps:
     * {@code rules(PolicyView.of(policy, region, date).withGap(gap))}}
     *
     * @param policy the policy set that holds the certificate parameters
     * @param region the region whose rules apply: its own values, else its ancestors'
     * @param date the day on which the rules must be in force
     * @param gap what to do on a date where no value applies
     */
    public static InForce<CertificateRules> rules(PolicySet policy, DivisionCode region, LocalDate date, GapMode gap) {
        return rules(PolicyView.of(policy, region, date).withGap(gap));
    }

    /**
     * The certificate rules in force as {@code view} reads the policy: its region and benefit date, and, if it has
     * one, its decision date (values published after it are not used) and its gap mode.
     *
     * <pre>{@code
     * PolicyView view = PolicyView.of(policy, DivisionCode.parse("620723"), LocalDate.of(2026, 3, 1))
     *         .asKnownOn(LocalDate.of(2025, 9, 1));
     * CertificatePolicy.rules(view).value().validity();   // the validity in force on 2026-03-01, as known on 2025-09-01
     * }</pre>
     *
     * @param view the policy, region, dates and gap mode to read with
     * @return the rules, with each value used
     * @throws org.canlian.rules.policy.PolicyLookupException if a parameter has no value then
     * @throws org.canlian.core.InvalidValueException if the values break a rule of {@link CertificateRules}
     */
    public static InForce<CertificateRules> rules(PolicyView view) {
        PolicyView.Reading r = view.reading();
        Period validity = r.get(VALIDITY).value();
        long notice = r.get(NOTICE).value();
        long review = r.get(REVIEW).value();
        long appeal = r.get(APPEAL).value();
        Period bar = r.get(REAPPLICATION_BAR).value();
        Period window = r.get(RENEWAL_WINDOW).value();
        return r.inForce(new CertificateRules(
                validity, Math.toIntExact(notice), Math.toIntExact(review), Math.toIntExact(appeal), bar, window));
    }
}
