package org.canlian.rules.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.CodeGroups;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.StepKind;

/**
 * Every programme decided for one claimant and one month, then the "higher of" groups in force applied: in each group
 * (in the policy's order) the person keeps only the highest monthly amount among the group's eligible programmes and
 * the outside allowances they receive; a programme that loses is not paid, and the explanation says which amount was
 * kept and why. On a tie the member listed first in the group is kept. If a group needs a fact that is missing (the
 * allowances received, or an undecided programme), the programmes it could change cannot be decided.
 *
 * <pre>{@code
 * SubsidyMonth m = calculator.decideAll(claimant, YearMonth.of(2025, 3));
 * m.paid(Programme.LIVING);        // 0.00: the old-age allowance of 150.00 is higher
 * m.status(Programme.LIVING);      // NOT_ELIGIBLE
 * m.monthlyTotal();                // what the monthly programmes pay
 * m.explanation().toText(Locale.CHINESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubsidyMonth {
    private final YearMonth month;
    private final Map<Programme, SubsidyDecision> decisions;
    private final Map<Programme, Eligibility> status;
    private final Map<Programme, Money> paid;
    private final Explanation higherOf;

    private SubsidyMonth(
            YearMonth month,
            Map<Programme, SubsidyDecision> decisions,
            Map<Programme, Eligibility> status,
            Map<Programme, Money> paid,
            Explanation higherOf) {
        this.month = month;
        this.decisions = decisions;
        this.status = status;
        this.paid = paid;
        this.higherOf = higherOf;
    }

    static SubsidyMonth of(
            SubsidyCalculator calculator, Claimant claimant, YearMonth month, List<SubsidyDecision> all) {
        Optional<Resolved<CodeGroups>> groups = claimant.registration().isEmpty()
                ? Optional.empty()
                : calculator.view(claimant.registration().get(), month).find(SubsidyParameters.HIGHER_OF);
        return of(calculator.policy(), claimant, month, all, groups);
    }

    static SubsidyMonth of(
            org.canlian.rules.policy.PolicySet policy,
            Claimant claimant,
            YearMonth month,
            List<SubsidyDecision> all,
            Optional<Resolved<CodeGroups>> higherOf) {
        Map<Programme, SubsidyDecision> decisions = new EnumMap<>(Programme.class);
        Map<Programme, Eligibility> status = new EnumMap<>(Programme.class);
        Map<Programme, Money> paid = new EnumMap<>(Programme.class);
        for (SubsidyDecision d : all) {
            decisions.put(d.programme(), d);
            status.put(d.programme(), d.eligibility());
            paid.put(d.programme(), d.amount());
        }
        Explanation.Builder ex = Explanation.builder(policy.name());
        Optional<Resolved<CodeGroups>> groups = claimant.registration().isEmpty() ? Optional.empty() : higherOf;
        if (groups.isPresent()) {
            ex.parameter(groups.get());
            for (List<String> group : groups.get().value().groups()) {
                apply(group, claimant, status, paid, ex);
            }
        }
        return new SubsidyMonth(
                month,
                java.util.Collections.unmodifiableMap(decisions),
                java.util.Collections.unmodifiableMap(status),
                java.util.Collections.unmodifiableMap(paid),
                ex.build());
    }

    /** Applies one group: keeps the highest of its members that are present. */
    private static void apply(
            List<String> group,
            Claimant claimant,
            Map<Programme, Eligibility> status,
            Map<Programme, Money> paid,
            Explanation.Builder ex) {
        List<Bilingual> names = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        List<Programme> programmes = new ArrayList<>();
        boolean undecided = false;
        Phrase missing = null;
        for (String code : group) {
            Optional<Programme> p = Programme.find(code);
            if (p.isPresent()) {
                Eligibility e = status.get(p.get());
                if (e == Eligibility.ELIGIBLE) {
                    names.add(p.get());
                    amounts.add(paid.get(p.get()));
                    programmes.add(p.get());
                } else if (e == Eligibility.CANNOT_DECIDE) {
                    undecided = true;
                    missing = Phrase.of("{0}无法判断", "the {0} is undecided", p.get());
                }
                continue;
            }
            Allowance a = Allowance.ofCode(code);
            Map<Allowance, Money> received = claimant.allowancesOrNull();
            if (received == null) {
                undecided = true;
                missing = Phrase.of("是否领取{0}不详", "whether the {0} is received is unknown", a);
            } else if (received.containsKey(a)) {
                names.add(a);
                amounts.add(received.get(a));
                programmes.add(null);
            }
        }
        boolean eligibleProgramme = programmes.stream().anyMatch(Objects::nonNull);
        if (!eligibleProgramme) {
            return;
        }
        Phrase groupName =
                FactsPart.joined(group.stream().map(SubsidyMonth::nameOf).toList());
        if (undecided) {
            for (Programme p : programmes) {
                if (p != null) {
                    status.put(p, Eligibility.CANNOT_DECIDE);
                    paid.put(p, Money.ZERO);
                }
            }
            ex.step(
                    StepKind.RULE,
                    Phrase.of("择高享受（{0}）：{1}，无法判断", "higher of ({0}): {1}, cannot decide", groupName, missing));
            return;
        }
        if (names.size() < 2) {
            return;
        }
        int kept = 0;
        for (int i = 1; i < amounts.size(); i++) {
            if (amounts.get(i).isGreaterThan(amounts.get(kept))) {
                kept = i;
            }
        }
        for (int i = 0; i < programmes.size(); i++) {
            Programme p = programmes.get(i);
            if (p != null && i != kept) {
                status.put(p, Eligibility.NOT_ELIGIBLE);
                paid.put(p, Money.ZERO);
            }
        }
        ex.step(
                StepKind.RULE,
                Phrase.of(
                        "择高享受（{0}）：保留{1}（每月{2}），其余不予发放",
                        "higher of ({0}): keeps the {1} ({2} a month); the others are not paid",
                        groupName,
                        names.get(kept),
                        amounts.get(kept)),
                amounts.get(kept));
    }

    private static Bilingual nameOf(String code) {
        Optional<Programme> p = Programme.find(code);
        return p.isPresent() ? p.get() : Allowance.ofCode(code);
    }

    /** {@return the benefit month} */
    public YearMonth month() {
        return month;
    }

    /** {@return each programme's decision on its own, before "higher of"} */
    public Map<Programme, SubsidyDecision> decisions() {
        return decisions;
    }

    /**
     * {@return the decision of one programme on its own}
     *
     * @param programme the subsidy programme
     */
    public SubsidyDecision decision(Programme programme) {
        return decisions.get(programme);
    }

    /**
     * {@return a programme's answer after "higher of": a programme that lost a group is not eligible}
     *
     * @param programme the subsidy programme
     */
    public Eligibility status(Programme programme) {
        return status.get(programme);
    }

    /**
     * {@return what a programme pays after "higher of", in its unit}
     *
     * @param programme the subsidy programme
     */
    public Money paid(Programme programme) {
        return paid.get(programme);
    }

    /** {@return what the monthly programmes pay together this month} */
    public Money monthlyTotal() {
        Money total = Money.ZERO;
        for (Programme p : Programme.values()) {
            if (p.unit() == org.canlian.rules.policy.Unit.CNY_PER_MONTH) {
                total = total.plus(paid.get(p));
            }
        }
        return total;
    }

    /** {@return the "higher of" steps: the groups in force and what each kept} */
    public Explanation higherOf() {
        return higherOf;
    }

    /** {@return every programme's explanation, then the "higher of" steps} */
    public Explanation explanation() {
        Explanation all = null;
        for (SubsidyDecision d : decisions.values()) {
            all = all == null ? d.explanation() : all.followedBy(d.explanation());
        }
        return all == null ? higherOf : all.followedBy(higherOf);
    }

    /** Compares the month, the decisions and the status after "higher of": what is paid follows from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SubsidyMonth m
                && month.equals(m.month)
                && decisions.equals(m.decisions)
                && status.equals(m.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, status, paid);
    }

    @Override
    public String toString() {
        return month + " " + paid;
    }
}
