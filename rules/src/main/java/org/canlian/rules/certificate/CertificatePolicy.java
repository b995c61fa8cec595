package org.canlian.rules.certificate;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.Unit;

/**
 * The certificate procedure's periods as policy parameters, and the adapter that produces the core
 * {@link CertificateRules} in force for a region on a date from a policy set.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.readResource(CertificatePolicy.catalog(), CertificatePolicy.NATIONAL_RESOURCE);
 * CertificatePolicy.InForce in = CertificatePolicy.rules(policy, DivisionCode.parse("620723"), LocalDate.of(2025, 3, 1));
 * in.rules().validity();          // P10Y
 * in.parametersUsed();            // each value with its region, period and source
 * }</pre>
 *
 * <p>Keys: {@code certificate.validity} (period), {@code certificate.notice}, {@code certificate.review},
 * {@code certificate.appeal} (working days), {@code certificate.reapplication-bar} and
 * {@code certificate.renewal-window} (periods, zero allowed). This class is immutable and thread-safe.
 */
public final class CertificatePolicy {
    /** The shipped national defaults (DOMAIN.md section 4), region {@code 00}. */
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

    /** The certificate parameters, for a policy loader. */
    public static ParameterCatalog catalog() {
        return ParameterCatalog.of(List.of(VALIDITY, NOTICE, REVIEW, APPEAL, REAPPLICATION_BAR, RENEWAL_WINDOW));
    }

    /**
     * The certificate rules in force for {@code region} on {@code date}, strictly.
     *
     * @throws org.canlian.rules.policy.PolicyLookupException if a parameter has no value then
     * @throws org.canlian.core.InvalidValueException if the values break a rule of {@link CertificateRules}
     */
    public static InForce rules(PolicySet policy, DivisionCode region, LocalDate date) {
        return rules(policy, region, date, GapMode.STRICT);
    }

    /** The certificate rules in force for {@code region} on {@code date}, with the caller's choice for gaps. */
    public static InForce rules(PolicySet policy, DivisionCode region, LocalDate date, GapMode gap) {
        Objects.requireNonNull(policy, "policy");
        Resolved<Period> validity = policy.lookup(VALIDITY, region, date, gap);
        Resolved<Long> notice = policy.lookup(NOTICE, region, date, gap);
        Resolved<Long> review = policy.lookup(REVIEW, region, date, gap);
        Resolved<Long> appeal = policy.lookup(APPEAL, region, date, gap);
        Resolved<Period> bar = policy.lookup(REAPPLICATION_BAR, region, date, gap);
        Resolved<Period> window = policy.lookup(RENEWAL_WINDOW, region, date, gap);
        CertificateRules rules = new CertificateRules(
                validity.value(),
                Math.toIntExact(notice.value()),
                Math.toIntExact(review.value()),
                Math.toIntExact(appeal.value()),
                bar.value(),
                window.value());
        return new InForce(rules, List.of(validity, notice, review, appeal, bar, window));
    }

    /**
     * Certificate rules with the policy values they came from: {@code in.rules().validity()},
     * {@code in.parametersUsed().get(0).source()}.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class InForce {
        private final CertificateRules rules;
        private final List<Resolved<?>> used;

        InForce(CertificateRules rules, List<Resolved<?>> used) {
            this.rules = rules;
            this.used = List.copyOf(used);
        }

        /** The rules, for the core certificate lifecycle. */
        public CertificateRules rules() {
            return rules;
        }

        /** The values used, each with its region, period and source. */
        public List<Resolved<?>> parametersUsed() {
            return used;
        }
    }
}
