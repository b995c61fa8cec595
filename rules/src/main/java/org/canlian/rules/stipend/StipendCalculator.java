package org.canlian.rules.stipend;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;

/**
 * Computes officers' stipends from the policy in force: for an officer and a month, the parts (work allowance,
 * lost-work allowance, post subsidy, floor top-up, social insurance), who pays each, and why.
 *
 * <pre>{@code
 * StipendCalculator calc = StipendCalculator.of(policy);
 * StipendMonth march = calc.month(officer, YearMonth.of(2024, 3));
 * StipendYear year = calc.year(officer, Year.of(2024));
 * // A decision made on 2024-09-01 about March 2024 uses March's values, as published by 2024-09-01:
 * calc.asKnownOn(LocalDate.of(2024, 9, 1)).month(officer, YearMonth.of(2024, 3));
 * }</pre>
 *
 * <p>How a month is computed (every rule named below is a policy parameter, see {@link StipendParameters}):
 *
 * <ol>
 *   <li>The benefit date is the month's first day: values in force that day apply.
 *   <li>Days in post run from the contract start to the last day paid: the contract's end (payment stopping as
 *       {@code stipend.contract-end.payment-ends} says, the event being the first day without contract) or the first
 *       failed yearly assessment ({@code stipend.assessment-failure.payment-ends}), whichever comes first.
 *   <li>The whole-month parts are the amounts the policy sets for the officer's post and grade in the officer's region
 *       (a street office's principal officer and its further officers may be paid on different terms); the floor is the
 *       largest of the minimum wage (if the post is floored at it), the monthly floor and the yearly floor's share
 *       for the month ({@code Money.split(12)}, remainder fen placed by {@code stipend.yearly-floor.remainder}, so
 *       twelve months make the yearly floor exactly). Below the floor, a top-up paid by {@code floor.payer} makes up
 *       the difference; with no payer named, the difference is a shortfall.
 *   <li>A partial month is paid by {@code stipend.partial-month}: each part prorated by calendar days and rounded by
 *       {@code stipend.rounding}, or paid whole, or not at all.
 *   <li>Social insurance is the post's rate of the amount due, rounded by {@code stipend.rounding}.
 * </ol>
 *
 * <p>Every value is read through a {@link PolicyView} of the officer's anchor region (the nearest region that sets
 * stipend policy) on the benefit date, with this calculator's decision date and gap mode, and recorded for the
 * month's {@link StipendMonth#parametersUsed()} and explanation.
 *
 * <p>A calculator is a pure function of the policy, the gap mode and the decision date: no clock is read. It keeps
 * the terms it resolved for a (region, post, month) in a thread-safe memo, which changes no result. This class is
 * immutable and thread-safe.
 */
public final class StipendCalculator {
    private final PolicySet policy;
    private final GapMode gap;
    private final LocalDate decisionDate;
    private final Set<DivisionCode> settingRegions;
    private final ConcurrentHashMap<TermsKey, StipendTerms> terms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<YearKey, StipendTerms[]> yearTerms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DivisionCode, DivisionCode> anchors = new ConcurrentHashMap<>();

    private StipendCalculator(PolicySet policy, GapMode gap, LocalDate decisionDate) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.gap = Objects.requireNonNull(gap, "gap");
        this.decisionDate = decisionDate;
        Set<DivisionCode> regions = new HashSet<>();
        for (ParameterDefinition<?> d : StipendParameters.catalog().definitions()) {
            regions.addAll(policy.regions(d));
        }
        this.settingRegions = Set.copyOf(regions);
    }

    /**
     * A calculator for a policy set, strict about gaps in the policy's dates, using every value whatever its
     * publication date.
     *
     * @param policy a policy set whose catalog includes {@link StipendParameters#catalog()}
     * @return the calculator
     */
    public static StipendCalculator of(PolicySet policy) {
        return new StipendCalculator(policy, GapMode.STRICT, null);
    }

    /**
     * {@return a copy that treats gaps in the policy's dates as {@code mode} says}
     *
     * @param mode what to do on a date where no value applies
     */
    public StipendCalculator withGapMode(GapMode mode) {
        return new StipendCalculator(policy, mode, decisionDate);
    }

    /**
     * {@return a copy that decides on {@code decisionDate}: values published after it are not used} The benefit month
     * still chooses which values apply.
     *
     * @param decisionDate the day of the decision
     */
    public StipendCalculator asKnownOn(LocalDate decisionDate) {
        return new StipendCalculator(policy, gap, Objects.requireNonNull(decisionDate, "decisionDate"));
    }

    /**
     * The officer's stipend for one month.
     *
     * @param officer the officer
     * @param month the benefit month
     * @return the month's stipend, with its explanation
     * @throws org.canlian.rules.policy.PolicyLookupException if the policy has no value the month needs
     * @throws InvalidValueException if the officer's unit is outside every region for which the policy sets stipends
     */
    public StipendMonth month(Officer officer, YearMonth month) {
        return new OfficerContext(officer).month(month);
    }

    /**
     * The officer's stipend for each month of a year.
     *
     * @param officer the officer
     * @param year the year
     * @return twelve months and their totals
     */
    public StipendYear year(Officer officer, Year year) {
        OfficerContext c = new OfficerContext(officer);
        StipendMonth[] months = new StipendMonth[12];
        LocalDate first = year.atDay(1);
        LocalDate last = year.atMonth(12).atEndOfMonth();
        if (!officer.contractStart().isAfter(first)
                && officer.contractEnd().isAfter(last)
                && (c.failedOn == null || c.failedOn.isAfter(last))) {
            // In post all year, nothing ends: every month is a whole month at the month's terms.
            StipendTerms[] t = yearTerms(c.anchor, officer.post(), officer.grade(), year);
            for (int m = 0; m < 12; m++) {
                months[m] = c.whole(t[m]);
            }
        } else {
            for (int m = 0; m < 12; m++) {
                months[m] = c.month(year.atMonth(m + 1));
            }
        }
        return new StipendYear(officer, year, List.of(months));
    }

    /** The terms of the twelve months of a year, resolved once per region, post, grade and year. */
    private StipendTerms[] yearTerms(DivisionCode anchor, OfficerPost post, OfficerGrade grade, Year year) {
        return yearTerms.computeIfAbsent(new YearKey(anchor, post, grade, year.getValue()), k -> {
            StipendTerms[] t = new StipendTerms[12];
            for (int m = 0; m < 12; m++) {
                t[m] = termsAt(anchor, post, grade, year.atMonth(m + 1));
            }
            return t;
        });
    }

    /** The policy terms of a post and grade for a region's officers in a month, resolved once. */
    StipendTerms terms(DivisionCode unit, OfficerPost post, OfficerGrade grade, YearMonth month) {
        return termsAt(anchor(unit), post, grade, month);
    }

    private StipendTerms termsAt(DivisionCode anchor, OfficerPost post, OfficerGrade grade, YearMonth month) {
        return terms.computeIfAbsent(
                new TermsKey(anchor, post, grade, month),
                k -> new StipendTerms(view(anchor, month.atDay(1)), post, grade, month));
    }

    /**
     * The nearest region at or above {@code unit} that sets any stipend parameter.
     *
     * @throws InvalidValueException if none does: the officer is outside every region of the policy
     */
    DivisionCode anchor(DivisionCode unit) {
        DivisionCode known = anchors.get(unit);
        if (known != null) {
            return known;
        }
        for (DivisionCode r = unit; r != null; r = r.parent().orElse(null)) {
            if (settingRegions.contains(r)) {
                anchors.put(unit, r);
                return r;
            }
        }
        // Said in the caller's terms (the officer's unit, the policy's regions), not as the first parameter missing.
        List<String> regions =
                settingRegions.stream().map(DivisionCode::toString).sorted().toList();
        throw InvalidValueException.of(
                "officer's unit",
                "outside-policy",
                unit.toString(),
                regions.isEmpty()
                        ? "the policy \"" + policy.name() + "\" sets no officers' stipends; read the policy file of the"
                                + " officer's county (PolicyFiles.read)"
                        : "is in none of the regions for which the policy \"" + policy.name()
                                + "\" sets officers' stipends (" + String.join(", ", regions)
                                + "); read the policy file of the officer's county and merge it in (PolicySet.merge)");
    }

    /** The policy in force for {@code region} on {@code date}, as this calculator reads it. */
    private PolicyView view(DivisionCode region, LocalDate date) {
        return PolicyView.of(policy, region, date)
                .asKnownOn(Optional.ofNullable(decisionDate))
                .withGap(gap);
    }

    private record TermsKey(DivisionCode anchor, OfficerPost post, OfficerGrade grade, YearMonth month) {}

    private record YearKey(DivisionCode anchor, OfficerPost post, OfficerGrade grade, int year) {}

    /** One officer's payment window, worked out once for all the months asked about. */
    private final class OfficerContext {
        private final Officer officer;
        private final DivisionCode anchor;
        private final LocalDate contractEvent;
        private final LocalDate failedOn;
        private Resolved<PaymentEndRule> contractRule;
        private Resolved<PaymentEndRule> failureRule;

        OfficerContext(Officer officer) {
            this.officer = Objects.requireNonNull(officer, "officer");
            this.anchor = anchor(officer.unit());
            this.contractEvent = officer.contractEnd().plusDays(1);
            LocalDate failed = null;
            for (OfficerAssessment a : officer.assessments()) {
                if (a.kind() == AssessmentKind.YEARLY
                        && !a.passed()
                        && (failed == null || a.date().isBefore(failed))) {
                    failed = a.date();
                }
            }
            this.failedOn = failed;
        }

        /** A whole month in post at these terms. */
        StipendMonth whole(StipendTerms t) {
            return new StipendMonth(
                    officer,
                    t.month,
                    MonthStatus.PAID_FULL_MONTH,
                    t.month.lengthOfMonth(),
                    t,
                    t.fullParts,
                    t.fullDue,
                    t.fullCost,
                    t.fullShortfall,
                    null,
                    null);
        }

        StipendMonth month(YearMonth month) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (officer.contractStart().isAfter(last)) {
                return unpaid(month, MonthStatus.BEFORE_CONTRACT, null, null);
            }
            LocalDate lastPaid = last;
            MonthStatus ended = null;
            Resolved<PaymentEndRule> endRule = null;
            LocalDate endEvent = null;
            if (!YearMonth.from(officer.contractEnd()).isAfter(month)) {
                if (contractRule == null) {
                    contractRule = view(anchor, contractEvent).get(StipendParameters.CONTRACT_END);
                }
                LocalDate stop = lastPaidDay(contractRule, contractEvent).isBefore(officer.contractEnd())
                        ? lastPaidDay(contractRule, contractEvent)
                        : officer.contractEnd();
                if (stop.isBefore(lastPaid)) {
                    lastPaid = stop;
                    ended = MonthStatus.CONTRACT_ENDED;
                    endRule = contractRule;
                    endEvent = contractEvent;
                }
            }
            if (failedOn != null && !YearMonth.from(failedOn).isAfter(month)) {
                if (failureRule == null) {
                    failureRule = view(anchor, failedOn).get(StipendParameters.ASSESSMENT_FAILURE);
                }
                LocalDate stop = lastPaidDay(failureRule, failedOn);
                if (stop.isBefore(lastPaid)) {
                    lastPaid = stop;
                    ended = MonthStatus.ASSESSMENT_FAILED;
                    endRule = failureRule;
                    endEvent = failedOn;
                }
            }
            LocalDate from = officer.contractStart().isAfter(first) ? officer.contractStart() : first;
            if (lastPaid.isBefore(from)) {
                return unpaid(month, ended, endRule, endEvent);
            }
            int days = (int) ChronoUnit.DAYS.between(from, lastPaid) + 1;
            StipendTerms t = termsAt(anchor, officer.post(), officer.grade(), month);
            int length = month.lengthOfMonth();
            if (days == length || t.partial == PartialMonthRule.FULL_MONTH) {
                return new StipendMonth(
                        officer,
                        month,
                        days == length ? MonthStatus.PAID_FULL_MONTH : MonthStatus.PAID_PARTIAL_MONTH,
                        days,
                        t,
                        t.fullParts,
                        t.fullDue,
                        t.fullCost,
                        t.fullShortfall,
                        endRule,
                        endEvent);
            }
            if (t.partial == PartialMonthRule.WHOLE_MONTHS_ONLY) {
                return new StipendMonth(
                        officer,
                        month,
                        MonthStatus.UNPAID_PARTIAL_MONTH,
                        days,
                        t,
                        List.of(),
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        endRule,
                        endEvent);
            }
            List<StipendPart> parts = new ArrayList<>(t.fullParts.size());
            Money due = Money.ZERO;
            for (StipendPart p : t.fullParts) {
                if (p.kind() == StipendPartKind.SOCIAL_INSURANCE) {
                    continue;
                }
                Money prorated = t.prorate(p.amount(), days, length);
                parts.add(StipendPart.of(p.kind(), prorated, p.payer()));
                due = due.plus(prorated);
            }
            Money cost = due;
            if (t.socialInsuranceRate != null) {
                Money si = t.socialInsurance(due);
                parts.add(StipendPart.of(StipendPartKind.SOCIAL_INSURANCE, si, t.socialInsurancePayer.value()));
                cost = cost.plus(si);
            }
            Money shortfall = t.prorate(t.fullShortfall, days, length);
            return new StipendMonth(
                    officer,
                    month,
                    MonthStatus.PAID_PARTIAL_MONTH,
                    days,
                    t,
                    List.copyOf(parts),
                    due,
                    cost,
                    shortfall,
                    endRule,
                    endEvent);
        }

        private StipendMonth unpaid(
                YearMonth month, MonthStatus status, Resolved<PaymentEndRule> endRule, LocalDate endEvent) {
            return new StipendMonth(
                    officer, month, status, 0, null, List.of(), Money.ZERO, Money.ZERO, Money.ZERO, endRule, endEvent);
        }

        /** The last day paid when an ending event happens on {@code event} under {@code rule}. */
        private LocalDate lastPaidDay(Resolved<PaymentEndRule> rule, LocalDate event) {
            YearMonth eventMonth = YearMonth.from(event);
            return rule.value() == PaymentEndRule.MONTH_OF_EVENT
                    ? eventMonth.atDay(1).minusDays(1)
                    : eventMonth.atEndOfMonth();
        }
    }
}
