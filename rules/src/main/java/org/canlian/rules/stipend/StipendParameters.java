package org.canlian.rules.stipend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.RoundingRule;
import org.canlian.rules.policy.Unit;

/**
 * The policy parameters of officers' stipends: per post (township, street office, village, community) the monthly
 * parts and who pays each, the social-insurance rate, the floors; and the named rules for partial months, rounding,
 * the yearly floor's remainder fen and the end of payment.
 *
 * <pre>{@code
 * StipendParameters.forPost(OfficerPost.VILLAGE).part(StipendPartKind.LOST_WORK_ALLOWANCE).key();
 *                                      // "stipend.village.lost-work-allowance"
 * StipendParameters.MINIMUM_WAGE.key(); // "wage.minimum.monthly"
 * ParameterCatalog c = StipendParameters.catalog();
 * policy.lookup(StipendParameters.PARTIAL_MONTH, county, date).value();   // PartialMonthRule.PRO_RATA_DAYS
 * }</pre>
 *
 * <p>Keys, per post segment {@code P} = {@code township | street-office | village | community} for a unit's principal
 * officer, and {@code P.additional} for its further officers (a street office's second to fifth, paid on their own
 * terms):
 * {@code stipend.P.work-allowance}, {@code .lost-work-allowance}, {@code .post-subsidy} (CNY/month) each with a
 * {@code .payer}; {@code stipend.P.social-insurance.rate} (percent of the pay after floors) with
 * {@code .payer}; {@code stipend.P.floor.minimum-wage} (boolean), {@code stipend.P.floor.monthly} (CNY/month),
 * {@code stipend.P.floor.yearly} (CNY/year) and {@code stipend.P.floor.payer}. A part a policy does not set for the
 * officer's region is not paid. Every named rule and every payer is a typed choice ({@link PartialMonthRule},
 * {@link RoundingRule}, {@link RemainderRule}, {@link PaymentEndRule}, {@link FundingSource}): a lookup yields the
 * enum constant, the file gives its code. This class is immutable and thread-safe.
 */
public final class StipendParameters {
    /** The monthly minimum wage (月最低工资标准) of a region; a lower region may not set less than its parent. */
    public static final ParameterDefinition<Money> MINIMUM_WAGE = ParameterDefinition.money(
                    "wage.minimum.monthly", Unit.CNY_PER_MONTH, "月最低工资标准", "monthly minimum wage")
            .withFloorRule();

    /** The partial-month rule, see {@link PartialMonthRule}. */
    public static final ParameterDefinition<PartialMonthRule> PARTIAL_MONTH = ParameterDefinition.choice(
            "stipend.partial-month", "不足整月计发规则", "partial-month rule", PartialMonthRule.class);

    /**
     * The rounding of pro-rata amounts and social-insurance contributions, a {@link RoundingRule}: usually
     * {@code half-up}, {@code down} or {@code half-even} (to the fen).
     */
    public static final ParameterDefinition<RoundingRule> ROUNDING = ParameterDefinition.choice(
            "stipend.rounding", "计算取整规则", "rounding of computed amounts", RoundingRule.class);

    /** Where a yearly floor's remainder fen go, see {@link RemainderRule}. */
    public static final ParameterDefinition<RemainderRule> YEARLY_REMAINDER = ParameterDefinition.choice(
            "stipend.yearly-floor.remainder", "年度保底按月分摊余数规则", "yearly floor remainder", RemainderRule.class);

    /** When payment stops after the contract's last day, see {@link PaymentEndRule}. */
    public static final ParameterDefinition<PaymentEndRule> CONTRACT_END = ParameterDefinition.choice(
            "stipend.contract-end.payment-ends", "合同期满停发规则", "payment end after contract", PaymentEndRule.class);

    /** When payment stops after a failed yearly assessment, see {@link PaymentEndRule}. */
    public static final ParameterDefinition<PaymentEndRule> ASSESSMENT_FAILURE = ParameterDefinition.choice(
            "stipend.assessment-failure.payment-ends",
            "年度考核不合格停发规则",
            "payment end after failed yearly assessment",
            PaymentEndRule.class);

    private static final Map<OfficerPost, PostParameters> BY_POST = new EnumMap<>(OfficerPost.class);
    private static final Map<OfficerPost, PostParameters> ADDITIONAL = new EnumMap<>(OfficerPost.class);

    static {
        for (OfficerPost post : OfficerPost.values()) {
            BY_POST.put(post, new PostParameters(post, OfficerGrade.PRINCIPAL));
            ADDITIONAL.put(post, new PostParameters(post, OfficerGrade.ADDITIONAL));
        }
    }

    private StipendParameters() {}

    /**
     * {@return the parameters of one post's principal officer}
     *
     * @param post the officer's post
     */
    public static PostParameters forPost(OfficerPost post) {
        return BY_POST.get(post);
    }

    /**
     * {@return the parameters of one post at one grade} The principal's keys are {@code stipend.P.*}, a further
     * officer's {@code stipend.P.additional.*}.
     *
     * <pre>{@code
     * StipendParameters.forPost(OfficerPost.STREET_OFFICE, OfficerGrade.ADDITIONAL)
     *         .part(StipendPartKind.LOST_WORK_ALLOWANCE).key();   // "stipend.street-office.additional.lost-work-allowance"
     * }</pre>
     *
     * @param post the officer's post
     * @param grade the post's grade: principal or additional
     */
    public static PostParameters forPost(OfficerPost post, OfficerGrade grade) {
        return grade == OfficerGrade.PRINCIPAL ? BY_POST.get(post) : ADDITIONAL.get(post);
    }

    /** {@return every stipend parameter, for a policy loader} */
    public static ParameterCatalog catalog() {
        List<ParameterDefinition<?>> all = new ArrayList<>(
                List.of(MINIMUM_WAGE, PARTIAL_MONTH, ROUNDING, YEARLY_REMAINDER, CONTRACT_END, ASSESSMENT_FAILURE));
        for (OfficerPost post : OfficerPost.values()) {
            all.addAll(forPost(post).all());
            all.addAll(forPost(post, OfficerGrade.ADDITIONAL).all());
        }
        return ParameterCatalog.of(all);
    }

    /**
     * {@return the segment of a post in parameter keys: {@code township}, {@code street-office}, ...}
     *
     * @param post the officer's post
     */
    public static String segment(OfficerPost post) {
        return post.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return the segment of a post and grade in parameter keys} The post's own for the principal, the post's and the
     * grade's for a further officer: {@code street-office.additional}, ...
     *
     * @param post the officer's post
     * @param grade the post's grade: principal or additional
     */
    public static String segment(OfficerPost post, OfficerGrade grade) {
        return grade == OfficerGrade.PRINCIPAL ? segment(post) : segment(post) + "." + grade.code();
    }

    /**
     * The parameters of one post's stipend.
     *
     * <pre>{@code
     * PostParameters p = StipendParameters.forPost(OfficerPost.COMMUNITY);
     * p.monthlyFloor().key();      // "stipend.community.floor.monthly"
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class PostParameters {
        private final OfficerPost post;
        private final OfficerGrade grade;
        private final Map<StipendPartKind, ParameterDefinition<Money>> parts = new EnumMap<>(StipendPartKind.class);
        private final Map<StipendPartKind, ParameterDefinition<FundingSource>> payers =
                new EnumMap<>(StipendPartKind.class);
        private final ParameterDefinition<BigDecimal> socialInsuranceRate;
        private final ParameterDefinition<Boolean> minimumWageFloor;
        private final ParameterDefinition<Money> monthlyFloor;
        private final ParameterDefinition<Money> yearlyFloor;

        private PostParameters(OfficerPost post, OfficerGrade grade) {
            this.post = post;
            this.grade = grade;
            String p = "stipend." + segment(post, grade) + ".";
            boolean principal = grade == OfficerGrade.PRINCIPAL;
            String zh = principal ? post.chineseName() : post.chineseName() + "（增配）";
            String en = principal ? post.englishName() : post.englishName() + " (additional)";
            for (StipendPartKind kind : List.of(
                    StipendPartKind.WORK_ALLOWANCE,
                    StipendPartKind.LOST_WORK_ALLOWANCE,
                    StipendPartKind.POST_SUBSIDY)) {
                parts.put(
                        kind,
                        ParameterDefinition.money(
                                p + kind.code(),
                                Unit.CNY_PER_MONTH,
                                zh + kind.chineseName(),
                                en + " " + kind.englishName()));
                payers.put(
                        kind,
                        payer(p + kind.code() + ".payer", zh + kind.chineseName(), en + " " + kind.englishName()));
            }
            this.socialInsuranceRate = ParameterDefinition.decimal(
                    p + "social-insurance.rate",
                    Unit.PERCENT,
                    zh + "社会保险缴费比例",
                    en + " social-insurance rate (percent of pay)");
            payers.put(
                    StipendPartKind.SOCIAL_INSURANCE,
                    payer(p + "social-insurance.payer", zh + "社会保险缴费", en + " social insurance"));
            this.minimumWageFloor = ParameterDefinition.bool(
                    p + "floor.minimum-wage", zh + "不低于最低工资标准", en + " paid at least the minimum wage");
            this.monthlyFloor = ParameterDefinition.money(
                            p + "floor.monthly", Unit.CNY_PER_MONTH, zh + "月保底", en + " monthly floor")
                    .withFloorRule();
            this.yearlyFloor = ParameterDefinition.money(
                            p + "floor.yearly", Unit.CNY_PER_YEAR, zh + "年保底", en + " yearly floor")
                    .withFloorRule();
            payers.put(StipendPartKind.FLOOR_TOP_UP, payer(p + "floor.payer", zh + "保底补足", en + " floor top-up"));
        }

        private static ParameterDefinition<FundingSource> payer(String key, String zh, String en) {
            return ParameterDefinition.choice(key, zh + "资金来源", en + ": who pays", FundingSource.class);
        }

        /** {@return the post} */
        public OfficerPost post() {
            return post;
        }

        /** {@return the grade} */
        public OfficerGrade grade() {
            return grade;
        }

        /**
         * {@return the monthly amount of a part: work allowance, lost-work allowance or post subsidy}
         *
         * @param kind the part of the stipend
         */
        public ParameterDefinition<Money> part(StipendPartKind kind) {
            ParameterDefinition<Money> d = parts.get(kind);
            if (d == null) {
                throw new IllegalArgumentException(kind + " is not a monthly amount set by policy");
            }
            return d;
        }

        /**
         * {@return who pays a part (any kind, including the floor top-up and social insurance)}
         *
         * @param kind the part of the stipend
         */
        public ParameterDefinition<FundingSource> payer(StipendPartKind kind) {
            return payers.get(kind);
        }

        /** {@return the social-insurance contribution, a percentage of the pay after floors} */
        public ParameterDefinition<BigDecimal> socialInsuranceRate() {
            return socialInsuranceRate;
        }

        /** {@return whether the pay must reach the minimum wage} */
        public ParameterDefinition<Boolean> minimumWageFloor() {
            return minimumWageFloor;
        }

        /** {@return the monthly floor} */
        public ParameterDefinition<Money> monthlyFloor() {
            return monthlyFloor;
        }

        /** {@return the yearly floor, spread over the months} */
        public ParameterDefinition<Money> yearlyFloor() {
            return yearlyFloor;
        }

        /** Every parameter of the post. */
        List<ParameterDefinition<?>> all() {
            List<ParameterDefinition<?>> all = new ArrayList<>(parts.values());
            all.addAll(payers.values());
            all.addAll(List.of(socialInsuranceRate, minimumWageFloor, monthlyFloor, yearlyFloor));
            return all;
        }
    }
}
