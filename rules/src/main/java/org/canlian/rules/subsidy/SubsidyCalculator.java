package org.canlian.rules.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.RowOutcome;
import org.canlian.rules.policy.StepKind;
import org.canlian.rules.policy.Truth;

/**
 * Decides whether a claimant is eligible for a subsidy programme in a month, how much, and why, from the policy in
 * force for the claimant's registration on the first day of that month (as known on the decision date, if one is
 * given). Conditions, in order: the programme is provided in the region (its table is set); the application month and
 * the payment-start rule; stopping events and the payment-stop rule; a certificate valid on at least one day of the
 * month; the programme's exclusions table; its eligibility table (first matching row gives the amount, fixed or a
 * share of another parameter). A known failing condition makes it not eligible even if other facts are missing;
 * otherwise a missing fact that could change the answer makes it "cannot decide".
 *
 * <pre>{@code
 * SubsidyCalculator calc = SubsidyCalculator.of(policy).asKnownOn(LocalDate.of(2025, 4, 10));
 * SubsidyDecision care = calc.decide(claimant, Programme.CARE, YearMonth.of(2025, 3));
 * SubsidyMonth all = calc.decideAll(claimant, YearMonth.of(2025, 3));      // after "higher of"
 * CompiledSubsidies fast = calc.compile(DivisionCode.parse("620723"), YearMonth.of(2025, 3));
 * fast.amountFen(claimant, Programme.CARE);                                // 10000, no allocation
 * }</pre>
 *
 * <p>A calculator reads no clock: the benefit month and the decision date are its inputs. It is immutable and
 * thread-safe.
 */
public final class SubsidyCalculator {
    private final PolicySet policy;
    private final LocalDate decisionDate;
    private final GapMode gap;

    private SubsidyCalculator(PolicySet policy, LocalDate decisionDate, GapMode gap) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.decisionDate = decisionDate;
        this.gap = Objects.requireNonNull(gap, "gap");
    }

    /**
     * {@return a calculator over {@code policy}, using every value whatever its publication date, strictly}
     *
     * @param policy the policy set with the subsidy parameters
     */
    public static SubsidyCalculator of(PolicySet policy) {
        return new SubsidyCalculator(policy, null, GapMode.STRICT);
    }

    /**
     * {@return a copy deciding as known on {@code date}: values published later are not seen}
     *
     * @param date the day of the decision
     */
    public SubsidyCalculator asKnownOn(LocalDate date) {
        return new SubsidyCalculator(policy, Objects.requireNonNull(date, "decisionDate"), gap);
    }

    /**
     * {@return a copy with this choice for dates where a value has ended}
     *
     * @param mode what to do on a date where a value has ended
     */
    public SubsidyCalculator withGap(GapMode mode) {
        return new SubsidyCalculator(policy, decisionDate, mode);
    }

    /** {@return the policy set} */
    public PolicySet policy() {
        return policy;
    }

    /** {@return the decision date, if one is set} */
    public Optional<LocalDate> decisionDate() {
        return Optional.ofNullable(decisionDate);
    }

    PolicyView view(DivisionCode region, YearMonth month) {
        return PolicyView.of(policy, region, month.atDay(1))
                .asKnownOn(Optional.ofNullable(decisionDate))
                .withGap(gap);
    }

    /**
     * Decides one programme for one month, with its explanation.
     *
     * @param claimant the facts
     * @param programme the programme
     * @param month the benefit month
     * @return the decision
     * @throws org.canlian.rules.policy.PolicyLookupException if a value the decision needs has no value then
     */
    public SubsidyDecision decide(Claimant claimant, Programme programme, YearMonth month) {
        return new Deciding(claimant, programme, month, null).decide();
    }

    /** A decision reading the values of a compiled month rather than looking them up. */
    SubsidyDecision decide(Claimant claimant, Programme programme, YearMonth month, PolicyValues values) {
        return new Deciding(claimant, programme, month, values).decide();
    }

    /**
     * Decides every programme for one month, then applies the "higher of" groups in force.
     *
     * @param claimant the facts
     * @param month the benefit month
     * @return every programme's decision and what is paid
     */
    public SubsidyMonth decideAll(Claimant claimant, YearMonth month) {
        List<SubsidyDecision> decisions = new ArrayList<>();
        for (Programme p : Programme.values()) {
            decisions.add(decide(claimant, p, month));
        }
        return SubsidyMonth.of(this, claimant, month, decisions);
    }

    /**
     * {@return the rules in force for claimants registered in {@code region} in {@code month}, compiled once: each
     * programme's tables as flat arrays and its amounts (shares computed), to evaluate many claimants with no map
     * lookup, no string work and no allocation}
     *
     * @param region the region whose claimants will be decided
     * @param month the benefit month
     * @throws org.canlian.rules.policy.PolicyLookupException if a table is set but has no value in that month
     */
    public CompiledSubsidies compile(DivisionCode region, YearMonth month) {
        return new CompiledSubsidies(this, region, month);
    }

    /** The first paid month of an application, as a month index ({@code year * 12 + month - 1}). */
    static int firstPaidMonth(LocalDate applied, PaymentStart rule) {
        return firstPaidMonth(applied.getYear() * 12 + applied.getMonthValue() - 1, rule);
    }

    /** The first paid month of an application made in month index {@code applied}: the rule both paths apply. */
    static int firstPaidMonth(int applied, PaymentStart rule) {
        return rule == PaymentStart.MONTH_OF_APPLICATION ? applied : applied + 1;
    }

    /** The last paid month after a stopping event, as a month index. */
    static int lastPaidMonth(LocalDate event, PaymentStop rule) {
        return lastPaidMonth(event.getYear() * 12 + event.getMonthValue() - 1, rule);
    }

    /** The last paid month after a stopping event in month index {@code event}: the rule both paths apply. */
    static int lastPaidMonth(int event, PaymentStop rule) {
        return rule == PaymentStop.MONTH_AFTER_EVENT ? event : event - 1;
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** Category and grade names as explanations show them, built once (millions of decisions name them). */
    private static final Map<DisabilityCategory, Phrase> CATEGORY_NAMES = new EnumMap<>(DisabilityCategory.class);

    private static final Map<DisabilityGrade, Phrase> GRADE_NAMES = new EnumMap<>(DisabilityGrade.class);
    private static final Phrase NOT_CANCELLED = Phrase.of("", "");

    static {
        for (DisabilityCategory category : DisabilityCategory.values()) {
            CATEGORY_NAMES.put(category, Phrase.of(category.chineseName(), category.englishName()));
        }
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            GRADE_NAMES.put(grade, Phrase.of(grade.chineseName(), "grade " + grade.number()));
        }
    }

    /** One interpreted decision: reads the policy through a view and explains each step. */
    private final class Deciding {
        private final Claimant c;
        private final Programme p;
        private final YearMonth month;
        private final Explanation.Builder ex = Explanation.builder(policy.name());
        private final List<Phrase> failed = new ArrayList<>();
        private final Set<Bilingual> missing = new LinkedHashSet<>();
        private PolicyValues values;

        Deciding(Claimant c, Programme p, YearMonth month, PolicyValues values) {
            this.c = Objects.requireNonNull(c, "claimant");
            this.p = Objects.requireNonNull(p, "programme");
            this.month = Objects.requireNonNull(month, "month");
            this.values = values;
        }

        SubsidyDecision decide() {
            ex.step(StepKind.FACT, Phrase.of("申领项目：{0}，{1}", "programme: {0}, {1}", p, month));
            if (c.registration().isEmpty()) {
                missing.add(Phrase.of("户籍所在地", "registration"));
                return done(Money.ZERO, -1);
            }
            DivisionCode region = c.registration().get();
            if (values == null) {
                values = PolicyValues.live(view(region, month));
            }
            ex.step(StepKind.FACT, Phrase.of("户籍所在地：{0}", "registered in {0}", region));
            Optional<Resolved<DecisionTable>> table = values.table(p);
            if (table.isEmpty()) {
                fail(Phrase.of("{0}未实施{1}", "{1} is not provided in {0}", region, p));
                return done(Money.ZERO, -1);
            }
            ex.step(values.step(table.get()));
            application();
            stops();
            certificate();
            exclusions();
            return eligibility(table.get());
        }

        private void application() {
            Resolved<PaymentStart> start = values.start();
            ex.step(values.step(start));
            LocalDate applied = c.application(p);
            if (c.hasNotApplied(p)) {
                fail(Phrase.of("未申请{0}", "no application for the {0}", p));
                return;
            }
            if (applied == null) {
                missing.add(Phrase.of("{0}申请日期", "application date for the {0}", p));
                ex.step(StepKind.RULE, Phrase.of("{0}：申请日期不详", "{0}: application date unknown", start.value()));
                return;
            }
            int first = firstPaidMonth(applied, start.value());
            int m = index(month);
            boolean paid = p.isOneOff() ? m == first : m >= first;
            Phrase rule = p.isOneOff()
                    ? Phrase.of(
                            "{0}：{1}申请，一次性补助于{2}发放",
                            "{0}: applied on {1}, the one-off grant is paid in {2}",
                            start.value(),
                            applied,
                            month(first))
                    : Phrase.of(
                            "{0}：{1}申请，自{2}起发放",
                            "{0}: applied on {1}, paid from {2}", start.value(), applied, month(first));
            ex.step(StepKind.RULE, rule);
            if (!paid) {
                fail(rule);
            }
        }

        private void stops() {
            if (c.events().isEmpty()) {
                return;
            }
            Resolved<PaymentStop> stop = values.stop();
            ex.step(values.step(stop));
            for (StopEvent e : c.events()) {
                int last = lastPaidMonth(e.date(), stop.value());
                Phrase rule = Phrase.of(
                        "{0}：{1}（{2}），发放至{3}",
                        "{0}: {1} on {2}, paid through {3}", stop.value(), e.reason(), e.date(), month(last));
                ex.step(StepKind.RULE, rule);
                if (index(month) > last) {
                    fail(rule);
                }
            }
        }

        private void certificate() {
            Boolean valid = c.certificateValidWithin(month.atDay(1), month.atEndOfMonth());
            if (valid == null) {
                missing.add(Phrase.of("残疾人证", "disability certificate"));
                ex.step(StepKind.FACT, Phrase.of("残疾人证：不详", "disability certificate: unknown"));
                return;
            }
            Phrase fact = Phrase.of(
                    "残疾人证：{0}{1}，有效期{2}至{3}{4}",
                    "disability certificate: {0}, {1}, valid {2} to {3}{4}",
                    CATEGORY_NAMES.get(c.rating().get().category()),
                    GRADE_NAMES.get(c.rating().get().grade()),
                    c.certificateFrom().get(),
                    c.certificateUntil().get(),
                    c.cancelledOn()
                            .map(d -> Phrase.of("，{0}注销", ", cancelled on {0}", d))
                            .orElse(NOT_CANCELLED));
            ex.step(StepKind.FACT, fact);
            if (!valid) {
                fail(Phrase.of("本月无有效残疾人证（{0}）", "no valid certificate in the month ({0})", fact));
            }
        }

        private void exclusions() {
            Optional<Resolved<DecisionTable>> table = values.exclusions(p);
            if (table.isEmpty()) {
                return;
            }
            ex.step(values.step(table.get()));
            DecisionTable.Evaluation e = table.get().value().evaluate(c, values.facts());
            e.explainInto(ex, name(table.get()), table.get().source());
            if (e.truth() == Truth.TRUE) {
                fail(Phrase.of(
                        "排除情形：{0}",
                        "excluded: {0}",
                        table.get().value().rows().get(e.matchedRow()).describe()));
            } else if (e.truth() == Truth.UNKNOWN) {
                missing.addAll(e.missingFacts());
            }
        }

        private SubsidyDecision eligibility(Resolved<DecisionTable> table) {
            DecisionTable.Evaluation e = table.value().evaluate(c, values.facts());
            e.explainInto(ex, name(table), table.source());
            if (e.truth() == Truth.FALSE) {
                fail(Phrase.of("{0}中没有符合的一行", "no row of the {0} matches", name(table)));
                return done(Money.ZERO, -1);
            }
            if (e.truth() == Truth.UNKNOWN) {
                missing.addAll(e.missingFacts());
                return done(Money.ZERO, -1);
            }
            RowOutcome outcome = e.outcome().orElseThrow();
            int row = e.matchedRow();
            switch (outcome.kind()) {
                case EXCLUDED:
                    fail(Phrase.of("{0}第{1}行：不予享受", "row {1} of the {0}: not eligible", name(table), row + 1));
                    return done(Money.ZERO, -1);
                case SHARE:
                    Resolved<Money> base = values.base(outcome.base().orElseThrow());
                    ex.step(values.step(base));
                    Money amount = outcome.amountFrom(base.value());
                    ex.step(
                            StepKind.ARITHMETIC,
                            Phrase.of(
                                    "{0} × {1}% = {2}（{3}）",
                                    "{0} × {1}% = {2} ({3})",
                                    base.value(),
                                    outcome.percent()
                                            .orElseThrow()
                                            .stripTrailingZeros()
                                            .toPlainString(),
                                    amount,
                                    outcome.rounding().orElseThrow()),
                            amount);
                    return done(amount, row);
                default:
                    return done(outcome.amount().orElseThrow(), row);
            }
        }

        private Phrase name(Resolved<DecisionTable> table) {
            return Phrase.of(table.parameter().chineseName(), table.parameter().englishName());
        }

        private void fail(Phrase reason) {
            failed.add(reason);
        }

        private SubsidyDecision done(Money amount, int row) {
            Eligibility result = !failed.isEmpty()
                    ? Eligibility.NOT_ELIGIBLE
                    : !missing.isEmpty() ? Eligibility.CANNOT_DECIDE : Eligibility.ELIGIBLE;
            Money due = result == Eligibility.ELIGIBLE ? amount : Money.ZERO;
            switch (result) {
                case ELIGIBLE:
                    ex.step(
                            StepKind.OUTCOME,
                            Phrase.of("{0}：{1}", "{0}: {1}", result, RowOutcome.inWords(due, p.unit())),
                            due);
                    break;
                case NOT_ELIGIBLE:
                    ex.step(StepKind.OUTCOME, Phrase.of("{0}：{1}", "{0}: {1}", result, joined(failed)));
                    break;
                default:
                    ex.step(
                            StepKind.OUTCOME,
                            Phrase.of("{0}，缺少：{1}", "{0}, missing: {1}", result, joined(new ArrayList<>(missing))));
            }
            return new SubsidyDecision(
                    p,
                    month,
                    result,
                    due,
                    result == Eligibility.ELIGIBLE ? row : -1,
                    result == Eligibility.NOT_ELIGIBLE ? failed : List.of(),
                    result == Eligibility.CANNOT_DECIDE ? new ArrayList<>(missing) : List.of(),
                    ex.build());
        }
    }

    /** Phrases joined: {@code A；B} / {@code A; B}. */
    static Phrase joined(List<? extends Bilingual> parts) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            zh.append(i == 0 ? "" : "；").append('{').append(i).append('}');
            en.append(i == 0 ? "" : "; ").append('{').append(i).append('}');
        }
        return Phrase.of(zh.toString(), en.toString(), parts.toArray());
    }
}
