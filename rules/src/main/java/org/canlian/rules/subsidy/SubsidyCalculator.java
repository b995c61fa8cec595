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
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.StepKind;

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
        return decide(claimant, -1, programme, month, null, null, null);
    }

    /**
     * One decision: the claimant's own steps (registration, application, stopping events, certificate), then what
     * their facts decide ({@link FactsPart}). A compiled decision reads the values of a compiled month rather than
     * looking them up, and what claimants share (their registration's step, the part their facts decide) from {@code
     * parts}, for the claimant at {@code index} of a batch (-1: alone); an interpreted one has both null. {@code
     * certificateStep} is the step stating the claimant's certificate if already made for another of their programmes
     * (for a claimant whose certificate is known), or null to make it here when needed.
     */
    SubsidyDecision decide(
            Claimant claimant,
            int index,
            Programme programme,
            YearMonth month,
            PolicyValues values,
            FactsPart.Source parts,
            Explanation.Step certificateStep) {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(month, "month");
        ClaimantReads reads = parts != null ? parts : ClaimantReads.OWN;
        // The decision's state is in local variables, with no working object: millions of decisions are explained.
        Explanation.Builder ex = Explanation.builder(policy.name());
        Explanation.Step registered;
        if (parts != null) {
            registered = parts.registration(index, claimant);
        } else {
            DivisionCode region = claimant.registrationOrNull();
            registered = region == null ? null : registrationStep(region);
            values = region == null ? null : PolicyValues.live(view(region, month));
        }
        if (registered == null) {
            ex.step(programmeStep(programme, month));
            return done(programme, month, ex, List.of(), List.of(Phrase.of("户籍所在地", "registration")), FactsPart.NONE);
        }
        ex.step(values.programmeStep(programme, month));
        ex.step(registered);
        Optional<Resolved<DecisionTable>> table = values.table(programme);
        if (table.isEmpty()) {
            Phrase notProvided =
                    Phrase.of("{0}未实施{1}", "{1} is not provided in {0}", claimant.registrationOrNull(), programme);
            return done(programme, month, ex, List.of(notProvided), List.of(), FactsPart.NONE);
        }
        ex.step(values.step(table.get()));
        List<Phrase> failed = List.of(); // what the claimant's own steps fail or miss: mostly nothing
        List<Bilingual> missing = List.of();

        // The application and the payment-start rule.
        Resolved<PaymentStart> start = values.start();
        ex.step(values.step(start));
        int appliedMonth = reads.applicationMonth(index, claimant, programme);
        if (appliedMonth == Claimant.NOT_APPLIED) {
            failed = added(failed, Phrase.of("未申请{0}", "no application for the {0}", programme));
        } else if (appliedMonth == Claimant.UNKNOWN_MONTH) {
            missing = added(missing, Phrase.of("{0}申请日期", "application date for the {0}", programme));
            ex.step(StepKind.RULE, Phrase.of("{0}：申请日期不详", "{0}: application date unknown", start.value()));
        } else {
            int first = firstPaidMonth(appliedMonth, start.value());
            Explanation.Step rule = reads.applicationStep(index, claimant, programme, values, start);
            ex.step(rule);
            if (programme.isOneOff() ? index(month) != first : index(month) < first) {
                failed = added(failed, rule.text());
            }
        }

        // Stopping events and the payment-stop rule.
        if (reads.hasEvents(index, claimant)) {
            failed = stops(claimant, month, values, ex, failed);
        }

        // A certificate valid on at least one day of the month.
        int valid = reads.certificateValidWithin(index, claimant, values.firstDay(month), values.lastDay(month));
        if (valid < 0) {
            missing = added(missing, Phrase.of("残疾人证", "disability certificate"));
            ex.step(StepKind.FACT, Phrase.of("残疾人证：不详", "disability certificate: unknown"));
        } else {
            Explanation.Step fact = certificateStep != null
                    ? certificateStep
                    : Explanation.Step.of(StepKind.FACT, reads.certificate(index, claimant));
            ex.step(fact);
            if (valid == 0) {
                failed = added(
                        failed, Phrase.of("本月无有效残疾人证（{0}）", "no valid certificate in the month ({0})", fact.text()));
            }
        }
        FactsPart facts = parts != null
                ? parts.of(index, programme, table.get(), claimant)
                : FactsPart.of(values, programme, table.get(), claimant);
        return done(programme, month, ex, failed, missing, facts);
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

    /** The step naming the programme and benefit month of a decision. */
    static Explanation.Step programmeStep(Programme p, YearMonth month) {
        return Explanation.Step.of(StepKind.FACT, Phrase.of("申领项目：{0}，{1}", "programme: {0}, {1}", p, month));
    }

    /**
     * The step of the payment-start rule applied to an application: the month it is paid from (a one-off grant: the
     * month it is paid in). It reads no benefit month, so a compiled month keeps one per programme and day.
     */
    static Explanation.Step applicationStep(Programme p, PaymentStart start, LocalDate applied) {
        YearMonth first = month(firstPaidMonth(applied, start));
        return Explanation.Step.of(
                StepKind.RULE,
                p.isOneOff()
                        ? Phrase.of(
                                "{0}：{1}申请，一次性补助于{2}发放",
                                "{0}: applied on {1}, the one-off grant is paid in {2}", start, applied, first)
                        : Phrase.of("{0}：{1}申请，自{2}起发放", "{0}: applied on {1}, paid from {2}", start, applied, first));
    }

    /** The step naming the region a claimant is registered in. */
    static Explanation.Step registrationStep(DivisionCode region) {
        return Explanation.Step.of(StepKind.FACT, Phrase.of("户籍所在地：{0}", "registered in {0}", region));
    }

    /**
     * A certificate whose rating and validity are known, in words as explanations state it, its days as epoch days
     * ({@code cancelled}: {@link Long#MAX_VALUE} if not cancelled): put together when read (each explained claimant
     * states a certificate of their own).
     */
    static Bilingual certificate(DisabilityRating rating, long from, long until, long cancelled) {
        return new CertificateFact(rating, from, until, cancelled);
    }

    /** A certificate's rating and validity (epoch days), in words when read. */
    private record CertificateFact(DisabilityRating rating, long from, long until, long cancelled)
            implements WordsWhenRead {
        @Override
        public Phrase words() {
            return Phrase.of(
                    "残疾人证：{0}{1}，有效期{2}至{3}{4}",
                    "disability certificate: {0}, {1}, valid {2} to {3}{4}",
                    CATEGORY_NAMES.get(rating.category()),
                    GRADE_NAMES.get(rating.grade()),
                    LocalDate.ofEpochDay(from),
                    LocalDate.ofEpochDay(until),
                    cancelled == Long.MAX_VALUE
                            ? NOT_CANCELLED
                            : Phrase.of("，{0}注销", ", cancelled on {0}", LocalDate.ofEpochDay(cancelled)));
        }
    }

    /**
     * The steps of the claimant's stopping events under the payment-stop rule: {@code failed} with those that end
     * payment before the month.
     */
    private static List<Phrase> stops(
            Claimant c, YearMonth month, PolicyValues values, Explanation.Builder ex, List<Phrase> failed) {
        Resolved<PaymentStop> stop = values.stop();
        ex.step(values.step(stop));
        for (StopEvent e : c.events()) {
            int last = lastPaidMonth(e.date(), stop.value());
            Phrase rule = Phrase.of(
                    "{0}：{1}（{2}），发放至{3}",
                    "{0}: {1} on {2}, paid through {3}", stop.value(), e.reason(), e.date(), month(last));
            ex.step(StepKind.RULE, rule);
            if (index(month) > last) {
                failed = added(failed, rule);
            }
        }
        return failed;
    }

    /** {@code list} with {@code element} added, as a new immutable list (a decision's own failures are one or two). */
    private static <T> List<T> added(List<T> list, T element) {
        return list.isEmpty() ? List.of(element) : both(list, List.of(element));
    }

    /**
     * The decision from the claimant's own steps ({@code ex}, what they failed and missed) and their facts' part: the
     * claimant's own failures and missing facts first, then the part's.
     */
    private static SubsidyDecision done(
            Programme p,
            YearMonth month,
            Explanation.Builder ex,
            List<Phrase> failed,
            List<Bilingual> missing,
            FactsPart facts) {
        if (failed.isEmpty() && missing.isEmpty()) {
            // The part decides alone: its verdict and ending steps are taken as they are (read from the part, not
            // worked out again: millions of decisions share a few thousand parts).
            return new SubsidyDecision(month, facts.verdict, ex.buildFollowedBy(facts.stepsAndOutcome));
        }
        // The claimant's own lists are immutable and without repeats: taken as they are when the part adds none.
        List<Phrase> allFailed =
                failed.isEmpty() ? facts.failed : facts.failed.isEmpty() ? failed : both(failed, facts.failed);
        List<Bilingual> allMissing = missing.isEmpty()
                ? facts.missing
                : facts.missing.isEmpty() ? missing : List.copyOf(union(missing, facts.missing));
        // NONE (no table read) comes here: it always comes with a failure or a missing fact of the claimant.
        Eligibility result = FactsPart.eligibility(allFailed, allMissing);
        return new SubsidyDecision(
                month,
                SubsidyDecision.Verdict.of(p, result, facts.amount, facts.row, allFailed, allMissing),
                ex.buildFollowedBy(facts.steps, FactsPart.outcome(p, allFailed, allMissing, facts.amount)));
    }

    /** {@code first} then {@code then}, as one immutable list. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> both(List<? extends T> first, List<? extends T> then) {
        Object[] all = new Object[first.size() + then.size()];
        for (int i = 0; i < first.size(); i++) {
            all[i] = first.get(i);
        }
        for (int i = 0; i < then.size(); i++) {
            all[first.size() + i] = then.get(i);
        }
        return (List<T>) List.of(all);
    }

    /** {@code first} then the elements of {@code then} not already in it. */
    private static <T> Set<T> union(List<? extends T> first, List<? extends T> then) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(then);
        return all;
    }
}
