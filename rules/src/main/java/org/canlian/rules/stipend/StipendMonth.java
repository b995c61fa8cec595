package org.canlian.rules.stipend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Resolved;

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
 * m.explanation().toText(Locale.ENGLISH);
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

    /** The officer. */
    public Officer officer() {
        return officer;
    }

    /** The benefit month. */
    public YearMonth month() {
        return month;
    }

    /** Whether and why the officer is paid. */
    public MonthStatus status() {
        return status;
    }

    /** Calendar days in post within the month that count for payment. */
    public int daysInPost() {
        return daysInPost;
    }

    /** The parts, with their payers; empty when nothing is paid. */
    public List<StipendPart> parts() {
        return parts;
    }

    /** The amount paid to the officer: every part except the social-insurance contribution. */
    public Money amountDue() {
        return amountDue;
    }

    /** Everything paid for the officer: the amount due and the social-insurance contribution. */
    public Money totalCost() {
        return totalCost;
    }

    /** How far the pay stays below the floor in force because the policy names nobody to pay the top-up. */
    public Money shortfall() {
        return shortfall;
    }

    /** The floor in force for a paid month (minimum wage, monthly floor, yearly floor's monthly share), if any. */
    public Optional<Money> floor() {
        return terms == null ? Optional.empty() : Optional.ofNullable(terms.floor);
    }

    /** The cost of each funding source this month. */
    public Map<FundingSource, Money> byFundingSource() {
        Map<FundingSource, Money> out = new EnumMap<>(FundingSource.class);
        for (StipendPart p : parts) {
            out.merge(p.payer(), p.amount(), Money::plus);
        }
        return out;
    }

    /** The parameter values this month's amount used, each with its region, period and source. */
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
     * The warnings of values carried forward under {@link org.canlian.rules.policy.GapMode#WARN}; empty when every
     * value used applied on its date.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (Resolved<?> r : parametersUsed()) {
            r.warning().ifPresent(w -> out.add(r.parameter().key() + ": " + w));
        }
        return out;
    }

    /** The explanation of this month's amount: the parameters used and the arithmetic, in Chinese and English. */
    public Explanation explanation() {
        List<Explanation.Step> steps = new ArrayList<>();
        String who = officer.post().chineseName() + " " + officer.person() + "（" + officer.unit() + "）";
        String whoEn = officer.post().englishName() + " " + officer.person() + " (" + officer.unit() + ")";
        steps.add(Explanation.Step.note(
                "status",
                who + "，" + month + "：" + status.chineseText() + "，在岗 " + daysInPost + " 天（共 "
                        + month.lengthOfMonth() + " 天），合同 " + officer.contractStart() + " 至 "
                        + officer.contractEnd(),
                whoEn + ", " + month + ": " + status.englishText() + ", " + daysInPost + " of "
                        + month.lengthOfMonth() + " days in post, contract " + officer.contractStart() + ".."
                        + officer.contractEnd()));
        if (endRule != null) {
            steps.add(Explanation.Step.parameter(endRule));
            PaymentEndRule rule = endRule.value();
            steps.add(Explanation.Step.note(
                    "rule",
                    "停发事件 " + endEvent + "：" + rule.chinese(),
                    "ending event on " + endEvent + ": " + rule.english()));
        }
        if (terms == null) {
            steps.add(Explanation.Step.arithmetic("应发 0.00", "due 0.00", "0.00"));
            return new Explanation(steps);
        }
        if (!terms.anchor.equals(officer.unit())) {
            steps.add(Explanation.Step.note(
                    "rule",
                    "政策按 " + terms.anchor + " 查询（" + officer.unit() + " 所在的最近一级设定了津贴政策的区划）",
                    "policy looked up at " + terms.anchor + ", the nearest region above " + officer.unit()
                            + " that sets stipend policy"));
        }
        for (Resolved<?> r : terms.used) {
            steps.add(Explanation.Step.parameter(r));
        }
        StringBuilder sumZh = new StringBuilder();
        StringBuilder sumEn = new StringBuilder();
        for (StipendPart p : terms.baseParts) {
            if (sumZh.length() > 0) {
                sumZh.append(" + ");
                sumEn.append(" + ");
            }
            sumZh.append(p.kind().chineseName()).append(' ').append(p.amount().toPlainString());
            sumEn.append(p.kind().englishName()).append(' ').append(p.amount().toPlainString());
        }
        steps.add(Explanation.Step.arithmetic(
                "整月补贴合计 = " + (sumZh.length() == 0 ? "0" : sumZh) + " = " + terms.baseSum.toPlainString(),
                "whole-month allowances = " + (sumEn.length() == 0 ? "0" : sumEn) + " = "
                        + terms.baseSum.toPlainString(),
                terms.baseSum.toPlainString()));
        if (terms.floor != null) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (terms.minimumWage != null) {
                zh.add("最低工资 " + terms.minimumWage.value().toPlainString());
                en.add("minimum wage " + terms.minimumWage.value().toPlainString());
            }
            if (terms.monthlyFloor != null) {
                zh.add("月保底 " + terms.monthlyFloor.value().toPlainString());
                en.add("monthly floor " + terms.monthlyFloor.value().toPlainString());
            }
            if (terms.yearlyShare != null) {
                RemainderRule rr = terms.remainderRule.value();
                zh.add("年保底 " + terms.yearlyFloor.value().toPlainString() + " ÷ 12 第" + month.getMonthValue() + "月份额（"
                        + rr.chinese() + "）" + terms.yearlyShare.toPlainString());
                en.add("yearly floor " + terms.yearlyFloor.value().toPlainString() + " / 12, share of month "
                        + month.getMonthValue() + " (" + rr.english() + ") " + terms.yearlyShare.toPlainString());
            }
            steps.add(Explanation.Step.arithmetic(
                    "保底 = max(" + String.join("，", zh) + ") = " + terms.floor.toPlainString(),
                    "floor = max(" + String.join(", ", en) + ") = " + terms.floor.toPlainString(),
                    terms.floor.toPlainString()));
            Money gap = terms.floor.minus(terms.baseSum);
            if (gap.isPositive() && terms.floorPayer != null) {
                FundingSource payer = terms.floorPayer.value();
                steps.add(Explanation.Step.arithmetic(
                        "保底补足 = " + terms.floor.toPlainString() + " − " + terms.baseSum.toPlainString() + " = "
                                + gap.toPlainString() + "，由" + payer.chinese() + "支付",
                        "floor top-up = " + terms.floor.toPlainString() + " - " + terms.baseSum.toPlainString() + " = "
                                + gap.toPlainString() + ", paid by the " + payer.english(),
                        gap.toPlainString()));
            } else if (gap.isPositive()) {
                steps.add(Explanation.Step.arithmetic(
                        "低于保底 " + gap.toPlainString() + "：政策未规定补足资金来源，计为缺口",
                        "below the floor by " + gap.toPlainString()
                                + ": the policy names no payer for the top-up, counted as a shortfall",
                        gap.toPlainString()));
            } else {
                steps.add(
                        Explanation.Step.arithmetic("补贴合计不低于保底，无需补足", "allowances reach the floor: no top-up", "0.00"));
            }
        }
        if (status == MonthStatus.PAID_PARTIAL_MONTH && terms.partial == PartialMonthRule.PRO_RATA_DAYS) {
            steps.add(Explanation.Step.arithmetic(
                    "按日折算：各项 × " + daysInPost + "/" + month.lengthOfMonth() + "，逐项取整（"
                            + terms.roundingRule.value().code() + "）",
                    "pro rata: each part x " + daysInPost + "/" + month.lengthOfMonth() + ", each rounded to the fen ("
                            + terms.roundingRule.value().code() + ")",
                    null));
        }
        if (terms.socialInsuranceRate != null && status.isPaid()) {
            Money si = parts.stream()
                    .filter(p -> p.kind() == StipendPartKind.SOCIAL_INSURANCE)
                    .map(StipendPart::amount)
                    .findFirst()
                    .orElse(Money.ZERO);
            steps.add(Explanation.Step.arithmetic(
                    "社会保险缴费 = " + terms.socialInsuranceRate.value().toPlainString() + "% × "
                            + amountDue.toPlainString() + " = " + si.toPlainString() + "（"
                            + terms.roundingRule.value().code()
                            + "）",
                    "social insurance = " + terms.socialInsuranceRate.value().toPlainString() + "% x "
                            + amountDue.toPlainString() + " = " + si.toPlainString() + " ("
                            + terms.roundingRule.value().code() + ")",
                    si.toPlainString()));
        }
        StringBuilder partsZh = new StringBuilder();
        StringBuilder partsEn = new StringBuilder();
        for (StipendPart p : parts) {
            partsZh.append(p.kind().chineseName())
                    .append(' ')
                    .append(p.amount().toPlainString())
                    .append('（')
                    .append(p.payer().chinese())
                    .append("）；");
            partsEn.append(p.kind().englishName())
                    .append(' ')
                    .append(p.amount().toPlainString())
                    .append(" (")
                    .append(p.payer().english())
                    .append("); ");
        }
        steps.add(Explanation.Step.arithmetic(
                partsZh + "应发 " + amountDue.toPlainString() + "，总成本 " + totalCost.toPlainString(),
                partsEn + "due " + amountDue.toPlainString() + ", total cost " + totalCost.toPlainString(),
                amountDue.toPlainString()));
        return new Explanation(steps);
    }

    @Override
    public String toString() {
        return officer.unit() + " " + officer.post() + " " + month + " " + status + " due " + amountDue.toPlainString()
                + " cost " + totalCost.toPlainString() + " " + parts;
    }
}
