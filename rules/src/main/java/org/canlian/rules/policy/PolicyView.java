package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.division.DivisionCode;

/**
 * The one way every calculator reads policy: the values in force for one region on one benefit date, as known on an
 * optional decision date, with the caller's {@link GapMode}. A {@link Reading} records every value it returns, so the
 * calculator can explain what it used.
 *
 * <pre>{@code
 * PolicyView view = PolicyView.of(policy, DivisionCode.parse("620723"), LocalDate.of(2025, 3, 1))
 *         .asKnownOn(LocalDate.of(2025, 4, 10))
 *         .withGap(GapMode.WARN);
 * PolicyView.Reading reading = view.reading();
 * Resolved<Money> wage = reading.get(StipendParameters.MINIMUM_WAGE);
 * Optional<Resolved<Money>> floor = reading.find(somePart);     // empty if no region in the chain sets it
 * reading.used();                                              // [wage, ...] in the order read
 * }</pre>
 *
 * <p>A view is immutable and thread-safe; a {@link Reading} is a recorder for one calculation on one thread.
 */
public final class PolicyView {
    private final PolicySet policy;
    private final DivisionCode region;
    private final LocalDate benefitDate;
    private final LocalDate decisionDate;
    private final GapMode gap;

    private PolicyView(
            PolicySet policy, DivisionCode region, LocalDate benefitDate, LocalDate decisionDate, GapMode gap) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.region = Objects.requireNonNull(region, "region");
        this.benefitDate = Objects.requireNonNull(benefitDate, "benefitDate");
        this.decisionDate = decisionDate;
        this.gap = Objects.requireNonNull(gap, "gap");
    }

    /**
     * The values in force for {@code region} on {@code benefitDate}, whatever their publication date, strictly.
     *
     * @param policy the policy set
     * @param region the region asked about; a lookup walks up its chain to the nation
     * @param benefitDate the day the law is applied to
     * @return the view
     */
    public static PolicyView of(PolicySet policy, DivisionCode region, LocalDate benefitDate) {
        return new PolicyView(policy, region, benefitDate, null, GapMode.STRICT);
    }

    /**
     * {@return a copy that sees only values published on or before {@code date}: what was known when deciding}
     *
     * @param date the day of the decision: values published later are not seen
     */
    public PolicyView asKnownOn(LocalDate date) {
        return new PolicyView(policy, region, benefitDate, Objects.requireNonNull(date, "decisionDate"), gap);
    }

    /**
     * {@return a copy as known on {@code date}, or regardless of publication dates if {@code date} is empty}
     *
     * @param date the day of the decision: values published later are not seen
     */
    public PolicyView asKnownOn(Optional<LocalDate> date) {
        return new PolicyView(policy, region, benefitDate, date.orElse(null), gap);
    }

    /**
     * {@return a copy with this choice for dates where no value applies}
     *
     * @param mode what to do on a date where no value applies
     */
    public PolicyView withGap(GapMode mode) {
        return new PolicyView(policy, region, benefitDate, decisionDate, mode);
    }

    /**
     * {@return a copy for another region}
     *
     * @param other the region whose values apply (else its ancestors')
     */
    public PolicyView withRegion(DivisionCode other) {
        return new PolicyView(policy, other, benefitDate, decisionDate, gap);
    }

    /**
     * {@return a copy for another benefit date}
     *
     * @param date the day the values must apply on
     */
    public PolicyView withBenefitDate(LocalDate date) {
        return new PolicyView(policy, region, date, decisionDate, gap);
    }

    /** {@return the policy set read} */
    public PolicySet policy() {
        return policy;
    }

    /** {@return the region asked about} */
    public DivisionCode region() {
        return region;
    }

    /** {@return the day the law is applied to} */
    public LocalDate benefitDate() {
        return benefitDate;
    }

    /** {@return the decision date whose knowledge is used, or empty if publication dates are ignored} */
    public Optional<LocalDate> decisionDate() {
        return Optional.ofNullable(decisionDate);
    }

    /** {@return what a lookup does where no value applies} */
    public GapMode gap() {
        return gap;
    }

    /**
     * {@return the value of {@code parameter} in force}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from the policy set's catalog
     * @throws PolicyLookupException if no value applies and the gap mode cannot carry one forward
     */
    public <T> Resolved<T> get(ParameterDefinition<T> parameter) {
        return decisionDate == null
                ? policy.lookup(parameter, region, benefitDate, gap)
                : policy.lookup(parameter, region, benefitDate, decisionDate, gap);
    }

    /**
     * {@return the value of {@code parameter} in force, or empty if no region in the chain sets it on any date (the
     * policy does not have this part here)} A parameter that is set but has no value on the benefit date is a gap, not
     * an absence: it fails as {@link #get} does.
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from the policy set's catalog
     * @throws PolicyLookupException if the parameter is set here but no value applies on the date
     */
    public <T> Optional<Resolved<T>> find(ParameterDefinition<T> parameter) {
        return policy.isSetFor(parameter, region) ? Optional.of(get(parameter)) : Optional.empty();
    }

    /** {@return a new recorder of the values read through this view} */
    public Reading reading() {
        return new Reading(this);
    }

    @Override
    public String toString() {
        return "policy for " + region + " on " + benefitDate
                + (decisionDate == null ? "" : " as known on " + decisionDate) + " (" + gap + ")";
    }

    /**
     * Reads values through a view and records each one, in the order read, for the calculation's explanation. A
     * reading belongs to one calculation on one thread (like a builder); what it returns is immutable.
     *
     * <pre>{@code
     * PolicyView.Reading r = view.reading();
     * r.get(CertificatePolicy.VALIDITY);
     * InForce<CertificateRules> in = r.inForce(rules);     // the rules and every value used
     * }</pre>
     */
    public static final class Reading {
        private final PolicyView view;
        private final List<Resolved<?>> used = new ArrayList<>();

        private Reading(PolicyView view) {
            this.view = view;
        }

        /** {@return the view read through} */
        public PolicyView view() {
            return view;
        }

        /**
         * {@return the value in force, recorded; see {@link PolicyView#get}}
         *
         * @param <T> the type of the parameter's values
         * @param parameter the parameter, from the policy set's catalog
         */
        public <T> Resolved<T> get(ParameterDefinition<T> parameter) {
            Resolved<T> r = view.get(parameter);
            used.add(r);
            return r;
        }

        /**
         * {@return the value in force if the policy sets the parameter here, recorded; see {@link PolicyView#find}}
         *
         * @param <T> the type of the parameter's values
         * @param parameter the parameter, from the policy set's catalog
         */
        public <T> Optional<Resolved<T>> find(ParameterDefinition<T> parameter) {
            Optional<Resolved<T>> r = view.find(parameter);
            r.ifPresent(used::add);
            return r;
        }

        /** {@return the values read so far, in order} */
        public List<Resolved<?>> used() {
            return List.copyOf(used);
        }

        /**
         * {@return {@code value} with the values read so far: what a calculator returns}
         *
         * @param <T> the type of the result
         * @param value the result computed from the values read
         */
        public <T> InForce<T> inForce(T value) {
            return InForce.of(value, used);
        }
    }
}
