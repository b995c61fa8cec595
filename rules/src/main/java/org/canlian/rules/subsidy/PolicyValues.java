package org.canlian.rules.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;

/**
 * The policy values one subsidy decision reads: through a live {@link PolicyView} (a single decision), or resolved
 * once for a compiled month ({@link CompiledSubsidies}), so that both give the same decision and the same explanation.
 * Each accessor fails as the view's lookup would, at the same point of the decision.
 */
interface PolicyValues {
    /** The programme's eligibility table, or empty if the region does not provide the programme. */
    Optional<Resolved<DecisionTable>> table(Programme programme);

    /** The programme's exclusions table, if any. */
    Optional<Resolved<DecisionTable>> exclusions(Programme programme);

    /** The payment-start rule. */
    Resolved<PaymentStart> start();

    /** The payment-stop rule. */
    Resolved<PaymentStop> stop();

    /** The value of the parameter a share is of. */
    Resolved<Money> base(ParameterDefinition<Money> parameter);

    /** The claimant's facts as the tables read them on the benefit date. */
    ClaimantFacts facts();

    /** The explanation step of a value read (a compiled month builds each once). */
    default Explanation.Step step(Resolved<?> value) {
        return Explanation.Step.parameter(value);
    }

    /** The step naming the programme and month decided (a compiled month builds each once). */
    default Explanation.Step programmeStep(Programme programme, YearMonth month) {
        return SubsidyCalculator.programmeStep(programme, month);
    }

    /** The step of the payment-start rule {@code start} applied to an application (a compiled month keeps each). */
    default Explanation.Step applicationStep(Programme programme, Resolved<PaymentStart> start, LocalDate applied) {
        return SubsidyCalculator.applicationStep(programme, start.value(), applied);
    }

    /** The benefit month's first day, as an epoch day (a compiled month computes it once). */
    default long firstDay(YearMonth month) {
        return month.atDay(1).toEpochDay();
    }

    /** The benefit month's last day, as an epoch day (a compiled month computes it once). */
    default long lastDay(YearMonth month) {
        return month.atEndOfMonth().toEpochDay();
    }

    /** Through a live view: every value looked up when asked. */
    static PolicyValues live(PolicyView view) {
        ClaimantFacts facts = new ClaimantFacts(view.benefitDate());
        return new PolicyValues() {
            @Override
            public Optional<Resolved<DecisionTable>> table(Programme programme) {
                return view.find(SubsidyParameters.table(programme));
            }

            @Override
            public Optional<Resolved<DecisionTable>> exclusions(Programme programme) {
                return view.find(SubsidyParameters.exclusions(programme));
            }

            @Override
            public Resolved<PaymentStart> start() {
                return view.get(SubsidyParameters.PAYMENT_STARTS);
            }

            @Override
            public Resolved<PaymentStop> stop() {
                return view.get(SubsidyParameters.PAYMENT_STOPS);
            }

            @Override
            public Resolved<Money> base(ParameterDefinition<Money> parameter) {
                return view.get(parameter);
            }

            @Override
            public ClaimantFacts facts() {
                return facts;
            }
        };
    }
}
