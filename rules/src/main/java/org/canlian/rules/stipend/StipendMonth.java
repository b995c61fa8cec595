package org.canlian.rules.stipend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.StepKind;

/**
 * An officer's stipend for one month: whether they are paid and why, the parts with their payers, the amount due to
 * the officer, the total cost (with the social-insurance contribution), any shortfall below the floor the policy
 * leaves unfunded, and the {@link #explanation()}.
 *
 * <pre>{@code
 * StipendMonth m = calculator.month(officer, YearMonth.of(2024, 3));
 * m.amountDue();                              // 333.34
 * m.parts();                                  // [work-allowance 200.00 (county-budget), floor-top-up 133.34 (county-budget)]
 * m.byFundingSource();                        // {COUNTY_BUDGET=333.34}
 * m.explanation().toText(Locale.ENGLISH);     // an org.canlian.rules.policy.Explanation
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the explanation is built when asked for, from the same values.
 */
public final class StipendMonth {
    private final Officer officer;
    private final YearMonth month;
    private final MonthStatus status;
    private final int daysInPost;
    private final StipendTerms terms;
    private final List<StipendPart> parts;
    private final Money amountDue;
    private final Money totalCost;
    private final Money shortfall;
    private final Resolved<PaymentEndRule> endRule;
    private final LocalDate endEvent;

    StipendMonth(
            Officer officer,
            YearMonth month,
            MonthStatus status,
            int daysInPost,
            StipendTerms terms,
            List<StipendPart> parts,
            Money amountDue,
            Money totalCost,
            Money shortfall,
            Resolved<PaymentEndRule> endRule,
            LocalDate endEvent) {
        this.officer = officer;
        this.month = month;
        this.status = status;
        this.daysInPost = daysInPost;
        this.terms = terms;
        this.parts = parts;
        this.amountDue = amountDue;
        this.totalCost = totalCost;
        this.shortfall = shortfall;
        this.endRule = endRule;
        this.endEvent = endEvent;
    }

    /** {@return the officer} */
    public Officer officer() {
        return officer;
    }

    /** {@return the benefit month} */
    public YearMonth month() {
        return month;
    }

    /** {@return whether and why the officer is paid} */
    public MonthStatus status() {
        return status;
    }

    /** {@return calendar days in post within the month that count for payment} */
    public int daysInPost() {
        return daysInPost;
    }

    /** {@return the parts, with their payers; empty when nothing is paid} */
    public List<StipendPart> parts() {
        return parts;
    }

    /** {@return the amount paid to the officer: every part except the social-insurance contribution} */
    public Money amountDue() {
        return amountDue;
    }

    /** {@return everything paid for the officer: the amount due and the social-insurance contribution} */
    public Money totalCost() {
        return totalCost;
    }

    /** {@return how far the pay stays below the floor in force because the policy names nobody to pay the top-up} */
    public Money shortfall() {
        return shortfall;
    }

    /**
     * {@return the floor in force for a paid month (minimum wage, monthly floor, yearly floor's monthly share), if any}
     */
    public Optional<Money> floor() {
        return terms == null ? Optional.empty() : Optional.ofNullable(terms.floor);
    }

    /** {@return the cost of each funding source this month} */
    public Map<FundingSource, Money> byFundingSource() {
        Map<FundingSource, Money> out = new EnumMap<>(FundingSource.class);
        for (StipendPart p : parts) {
            out.merge(p.payer(), p.amount(), Money::plus);
        }
        return out;
    }

    /** {@return the parameter values this month's amount used, each with its region, period and source} */
    public List<Resolved<?>> parametersUsed() {
        List<Resolved<?>> used = new ArrayList<>();
        if (terms != null) {
            used.addAll(terms.used);
        }
        if (endRule != null) {
            used.add(endRule);
        }
        return used;
    }

    /**
     * {@return the warnings of values carried forward under {@link org.canlian.rules.policy.GapMode#WARN}; empty when
     * every value used applied on its date}
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (Resolved<?> r : parametersUsed()) {
            r.warning().ifPresent(w -> out.add(r.parameter().key() + ": " + w));
        }
        return out;
    }

    /**
     * The explanation of this month's amount, in the policy layer's form: the officer's status in the month
     * ({@code STATUS}), the payment-end rule and the region the policy was looked up at ({@code RULE}), every policy
     * value used ({@code PARAMETER}), the sums, floor, top-up, pro-rata amounts and contribution ({@code ARITHMETIC},
     * each with its amount) and the parts paid ({@code OUTCOME}, with the amount due). Named rules and payers appear
     * by their Chinese or English names, amounts as {@code ¥1,234.50}.
     *
     * <pre>{@code
     * Explanation e = calculator.month(officer, YearMonth.of(2024, 1)).explanation();
     * e.toText(Locale.CHINESE);   // "... 保底补足 = ¥333.34 − ¥200.00 = ¥133.34，由县级财政支付 ..."
     * e.toJson();                 // {"schema":"canlian.explanation/1","steps":[{"kind":"status",...}, ...]}
     * }</pre>
     *
     * @return the explanation, built now from this month's values
     */
    public Explanation explanation() {
        Explanation.Builder b = Explanation.builder();
        b.step(
                StepKind.STATUS,
                Phrase.of(
                        "{0}（{1}），{2}：{3}，在岗{4}天（共{5}天），合同期{6}至{7}",
                        "{0} ({1}), {2}: {3}, {4} of {5} days in post, contract {6}..{7}",
                        officer.grade() == OfficerGrade.PRINCIPAL
                                ? Phrase.of(
                                        officer.post().chineseName(),
                                        officer.post().englishName())
                                : Phrase.of(
                                        officer.post().chineseName() + "（"
                                                + officer.grade().chineseName() + "）",
                                        officer.post().englishName() + " ("
                                                + officer.grade().englishName() + ")"),
                        officer.unit(),
                        month,
                        Phrase.of(status.chineseText(), status.englishText()),
                        daysInPost,
                        month.lengthOfMonth(),
                        officer.contractStart(),
                        officer.contractEnd()));
        if (endRule != null) {
            b.parameter(endRule);
            b.step(StepKind.RULE, Phrase.of("停发事件 {0}：{1}", "ending event on {0}: {1}", endEvent, endRule.value()));
        }
        if (terms == null) {
            return b.step(StepKind.OUTCOME, outcome(), amountDue).build();
        }
        if (!terms.anchor.equals(officer.unit())) {
            b.step(
                    StepKind.RULE,
                    Phrase.of(
                            "政策按 {0} 查询（{1} 所在的最近一级设定了津贴政策的区划）",
                            "policy looked up at {0}, the nearest region above {1} that sets stipend policy",
                            terms.anchor,
                            officer.unit()));
        }
        b.parameters(terms.used);
        b.step(
                StepKind.ARITHMETIC,
                Phrase.of(
                        "整月补贴合计 = {0} = {1}",
                        "whole-month allowances = {0} = {1}", sum(terms.baseParts), terms.baseSum),
                terms.baseSum);
        if (terms.floor != null) {
            floorSteps(b);
        }
        if (status == MonthStatus.PAID_PARTIAL_MONTH || status == MonthStatus.UNPAID_PARTIAL_MONTH) {
            b.step(
                    StepKind.RULE,
                    Phrase.of(
                            "不足整月（在岗{0}天，共{1}天）：{2}",
                            "part of the month ({0} of {1} days in post): {2}",
                            daysInPost,
                            month.lengthOfMonth(),
                            terms.partial));
            if (status == MonthStatus.PAID_PARTIAL_MONTH && terms.partial == PartialMonthRule.PRO_RATA_DAYS) {
                proRataSteps(b);
            }
        }
        if (terms.socialInsuranceRate != null && status.isPaid()) {
            Money si = parts.stream()
                    .filter(p -> p.kind() == StipendPartKind.SOCIAL_INSURANCE)
                    .map(StipendPart::amount)
                    .findFirst()
                    .orElse(Money.ZERO);
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of(
                            "社会保险缴费 = {0}% × {1} = {2}（{3}）",
                            "social insurance = {0}% x {1} = {2} ({3})",
                            terms.socialInsuranceRate.value().toPlainString(),
                            amountDue,
                            si,
                            terms.rounding),
                    si);
        }
        return b.step(StepKind.OUTCOME, outcome(), amountDue).build();
    }

    /** The floor in force, and the top-up or shortfall below it. */
    private void floorSteps(Explanation.Builder b) {
        Phrase candidates = null;
        if (terms.minimumWage != null) {
            candidates = and(candidates, Phrase.of("最低工资 {0}", "minimum wage {0}", terms.minimumWage.value()));
        }
        if (terms.monthlyFloor != null) {
            candidates = and(candidates, Phrase.of("月保底 {0}", "monthly floor {0}", terms.monthlyFloor.value()));
        }
        if (terms.yearlyShare != null) {
            candidates = and(
                    candidates,
                    Phrase.of(
                            "年保底 {0} ÷ 12 第{1}月份额（{2}）{3}",
                            "yearly floor {0} / 12, share of month {1} ({2}) {3}",
                            terms.yearlyFloor.value(),
                            month.getMonthValue(),
                            terms.remainderRule.value(),
                            terms.yearlyShare));
        }
        b.step(
                StepKind.ARITHMETIC,
                Phrase.of("保底 = 取最高者（{0}）= {1}", "floor = max({0}) = {1}", candidates, terms.floor),
                terms.floor);
        Money gap = terms.floor.minus(terms.baseSum);
        if (gap.isPositive() && terms.floorPayer != null) {
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of(
                            "保底补足 = {0} − {1} = {2}，由{3}支付",
                            "floor top-up = {0} - {1} = {2}, paid by the {3}",
                            terms.floor,
                            terms.baseSum,
                            gap,
                            terms.floorPayer.value()),
                    gap);
        } else if (gap.isPositive()) {
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of(
                            "低于保底 {0}：政策未规定补足资金来源，计为缺口",
                            "below the floor by {0}: the policy names no payer for the top-up, counted as a shortfall",
                            gap),
                    gap);
        } else {
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of("补贴合计不低于保底，无需补足", "allowances reach the floor: no top-up"),
                    Money.ZERO);
        }
    }

    /** Each part of a partial month, prorated by days in post and rounded by the policy's rule. */
    private void proRataSteps(Explanation.Builder b) {
        for (StipendPart whole : terms.fullParts) {
            if (whole.kind() == StipendPartKind.SOCIAL_INSURANCE) {
                continue;
            }
            Money prorated = parts.stream()
                    .filter(p -> p.kind() == whole.kind())
                    .map(StipendPart::amount)
                    .findFirst()
                    .orElse(Money.ZERO);
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of(
                            "{0} = {1} × {2}/{3} = {4}（{5}）",
                            "{0} = {1} x {2}/{3} = {4} ({5})",
                            name(whole.kind()),
                            whole.amount(),
                            daysInPost,
                            month.lengthOfMonth(),
                            prorated,
                            terms.rounding),
                    prorated);
        }
        if (shortfall.isPositive()) {
            b.step(
                    StepKind.ARITHMETIC,
                    Phrase.of(
                            "缺口 = {0} × {1}/{2} = {3}（{4}）",
                            "shortfall = {0} x {1}/{2} = {3} ({4})",
                            terms.fullShortfall,
                            daysInPost,
                            month.lengthOfMonth(),
                            shortfall,
                            terms.rounding),
                    shortfall);
        }
    }

    /** The parts paid, with their payers, the amount due, the total cost and any shortfall. */
    private Phrase outcome() {
        Phrase paid = Phrase.of("", "");
        for (StipendPart p : parts) {
            paid = Phrase.of("{0}{1} {2}（{3}）；", "{0}{1} {2} ({3}); ", paid, name(p.kind()), p.amount(), p.payer());
        }
        Phrase result = Phrase.of("{0}应发 {1}，总成本 {2}", "{0}due {1}, total cost {2}", paid, amountDue, totalCost);
        return shortfall.isPositive() ? Phrase.of("{0}，缺口 {1}", "{0}, shortfall {1}", result, shortfall) : result;
    }

    /** {@code 工作补贴 ¥200.00 + 误工补贴 ¥60.00}, or {@code ¥0.00} for no part. */
    private static Phrase sum(List<StipendPart> parts) {
        Phrase sum = null;
        for (StipendPart p : parts) {
            Phrase term = Phrase.of("{0} {1}", "{0} {1}", name(p.kind()), p.amount());
            sum = sum == null ? term : Phrase.of("{0} + {1}", "{0} + {1}", sum, term);
        }
        return sum == null ? Phrase.of("{0}", "{0}", Money.ZERO) : sum;
    }

    /** {@code a，b} in Chinese, {@code a, b} in English; {@code b} alone if {@code a} is null. */
    private static Phrase and(Phrase a, Phrase b) {
        return a == null ? b : Phrase.of("{0}，{1}", "{0}, {1}", a, b);
    }

    private static Phrase name(StipendPartKind kind) {
        return Phrase.of(kind.chineseName(), kind.englishName());
    }

    @Override
    public String toString() {
        return officer.unit() + " " + officer.post() + " " + month + " " + status + " due " + amountDue.toPlainString()
                + " cost " + totalCost.toPlainString() + " " + parts;
    }
}
