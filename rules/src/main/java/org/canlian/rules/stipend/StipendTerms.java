package org.canlian.rules.stipend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.RoundingRule;

/**
 * The policy in force for one post and grade in one region for one month, resolved once and shared by every officer
 * of that post and grade whose region resolves the same way: the parts and their payers, the floors, the named rules, and the amounts
 * of a whole month.
 */
final class StipendTerms {
    final DivisionCode anchor;
    final OfficerPost post;
    final OfficerGrade grade;
    final YearMonth month;
    final LocalDate benefitDate;
    /** The values read, in order. */
    final List<Resolved<?>> used;

    final Resolved<PartialMonthRule> partialRule;
    final PartialMonthRule partial;
    final Resolved<RoundingRule> roundingRule;
    final RoundingRule rounding;
    final List<Resolved<Money>> partAmounts = new ArrayList<>();
    final List<StipendPart> baseParts = new ArrayList<>();
    final Money baseSum;
    final Resolved<Boolean> minimumWageFlag;
    final Resolved<Money> minimumWage;
    final Resolved<Money> monthlyFloor;
    final Resolved<Money> yearlyFloor;
    final Resolved<RemainderRule> remainderRule;
    final Money yearlyShare;
    /** The floor in force, or null if the policy sets none. */
    final Money floor;

    final Resolved<FundingSource> floorPayer;
    final Resolved<BigDecimal> socialInsuranceRate;
    final Resolved<FundingSource> socialInsurancePayer;
    /** The parts of a whole month, with top-up and social insurance. */
    final List<StipendPart> fullParts;

    final Money fullDue;
    final Money fullCost;
    final Money fullShortfall;

    /**
     * The terms read through {@code view}, whose region is the anchor and whose benefit date is the month's first day.
     */
    StipendTerms(PolicyView view, OfficerPost post, OfficerGrade grade, YearMonth month) {
        this.anchor = view.region();
        this.post = post;
        this.grade = grade;
        this.month = month;
        this.benefitDate = view.benefitDate();
        PolicyView.Reading l = view.reading();
        StipendParameters.PostParameters p = StipendParameters.forPost(post, grade);
        this.partialRule = l.get(StipendParameters.PARTIAL_MONTH);
        this.partial = partialRule.value();
        this.roundingRule = l.get(StipendParameters.ROUNDING);
        this.rounding = roundingRule.value();
        Money sum = Money.ZERO;
        for (StipendPartKind kind : List.of(
                StipendPartKind.WORK_ALLOWANCE, StipendPartKind.LOST_WORK_ALLOWANCE, StipendPartKind.POST_SUBSIDY)) {
            Resolved<Money> amount = l.find(p.part(kind)).orElse(null);
            if (amount == null) {
                continue;
            }
            Resolved<FundingSource> payer = l.get(p.payer(kind));
            partAmounts.add(amount);
            baseParts.add(StipendPart.of(kind, amount.value(), payer.value()));
            sum = sum.plus(amount.value());
        }
        this.baseSum = sum;
        this.minimumWageFlag = l.find(p.minimumWageFloor()).orElse(null);
        this.minimumWage =
                minimumWageFlag != null && minimumWageFlag.value() ? l.get(StipendParameters.MINIMUM_WAGE) : null;
        this.monthlyFloor = l.find(p.monthlyFloor()).orElse(null);
        this.yearlyFloor = l.find(p.yearlyFloor()).orElse(null);
        if (yearlyFloor != null) {
            this.remainderRule = l.get(StipendParameters.YEARLY_REMAINDER);
            List<Money> shares = yearlyFloor.value().split(12);
            int index = month.getMonthValue() - 1;
            this.yearlyShare =
                    remainderRule.value() == RemainderRule.FIRST_MONTHS ? shares.get(index) : shares.get(11 - index);
        } else {
            this.remainderRule = null;
            this.yearlyShare = null;
        }
        Money f = null;
        if (minimumWage != null) {
            f = minimumWage.value();
        }
        if (monthlyFloor != null) {
            f = f == null ? monthlyFloor.value() : f.max(monthlyFloor.value());
        }
        if (yearlyShare != null) {
            f = f == null ? yearlyShare : f.max(yearlyShare);
        }
        this.floor = f;
        this.floorPayer =
                f != null ? l.find(p.payer(StipendPartKind.FLOOR_TOP_UP)).orElse(null) : null;
        this.socialInsuranceRate = l.find(p.socialInsuranceRate()).orElse(null);
        this.socialInsurancePayer =
                socialInsuranceRate != null ? l.get(p.payer(StipendPartKind.SOCIAL_INSURANCE)) : null;
        this.used = l.used();

        List<StipendPart> parts = new ArrayList<>(baseParts);
        Money due = baseSum;
        Money shortfall = Money.ZERO;
        if (floor != null && baseSum.isLessThan(floor)) {
            Money gapToFloor = floor.minus(baseSum);
            if (floorPayer != null) {
                parts.add(StipendPart.of(StipendPartKind.FLOOR_TOP_UP, gapToFloor, floorPayer.value()));
                due = floor;
            } else {
                shortfall = gapToFloor;
            }
        }
        Money cost = due;
        if (socialInsuranceRate != null) {
            Money si = socialInsurance(due);
            parts.add(StipendPart.of(StipendPartKind.SOCIAL_INSURANCE, si, socialInsurancePayer.value()));
            cost = cost.plus(si);
        }
        this.fullParts = List.copyOf(parts);
        this.fullDue = due;
        this.fullCost = cost;
        this.fullShortfall = shortfall;
    }

    /** The contribution on {@code pay}: rate percent of it, rounded by the policy's rounding. */
    Money socialInsurance(Money pay) {
        return rounding.multiply(pay, socialInsuranceRate.value().movePointLeft(2));
    }

    /** {@code amount} times {@code days} over {@code length}, exactly, then rounded by the policy's rounding. */
    Money prorate(Money amount, int days, int length) {
        long step = rounding.toYuan() ? 100 : 1;
        long steps = BigDecimal.valueOf(amount.toFen())
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf((long) length * step), 0, rounding.mode())
                .longValueExact();
        return Money.ofFen(steps * step);
    }
}
