package org.canlian.rules.subsidy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.FactSource;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.RowOutcome;
import org.canlian.rules.policy.StepKind;
import org.canlian.rules.policy.Truth;

/**
 * The part of one programme's decision that the claimant's facts alone decide: the steps of its exclusions and
 * eligibility tables (and of a share's arithmetic), the conditions failed, the facts missing, and the amount of the row
 * that matched. It reads no date of the claimant, so claimants whose facts read alike share one: a compiled month keeps
 * each (its {@link Source}, as a batch does), and an explained decision then adds only the claimant's own steps
 * (registration, application, stopping events, certificate). Immutable and thread-safe.
 */
final class FactsPart {
    /** No table was read: the decision ended before (no registration, or the programme is not provided). */
    static final FactsPart NONE =
            new FactsPart(null, Explanation.builder().build(), List.of(), List.of(), Money.ZERO, -1);

    final Explanation steps;
    final List<Phrase> failed;
    final List<Bilingual> missing;
    final Money amount;
    final int row;
    /**
     * The outcome step when nothing before the tables failed or was missing, the tables' verdict alone (an eligible
     * decision always uses it); null in {@link #NONE}.
     */
    final Explanation.Step outcome;
    /**
     * {@link #steps} then {@link #outcome}: what every decision whose claimant's own steps neither failed nor missed
     * anything ends with, shared by them (see {@link Explanation.Builder#buildFollowedBy}); null in {@link #NONE}.
     */
    final Explanation stepsAndOutcome;
    /**
     * What the part decides alone, the verdict of every decision whose claimant's own steps neither failed nor missed
     * anything, shared by them; null in {@link #NONE}.
     */
    final SubsidyDecision.Verdict verdict;

    /** With its outcome step made from the rest, or none for {@link #NONE} ({@code programme} null). */
    private FactsPart(
            Programme programme,
            Explanation steps,
            List<Phrase> failed,
            List<Bilingual> missing,
            Money amount,
            int row) {
        this.steps = steps;
        this.failed = failed;
        this.missing = missing;
        this.amount = amount;
        this.row = row;
        this.outcome = programme == null ? null : outcome(programme, failed, missing, amount);
        this.stepsAndOutcome = programme == null
                ? null
                : Explanation.builder().steps(steps).step(outcome).build();
        this.verdict = programme == null
                ? null
                : SubsidyDecision.Verdict.of(programme, eligibility(failed, missing), amount, row, failed, missing);
    }

    /**
     * What a compiled decision finds shared by claimants: the step of their registration and the part their facts
     * decide, from a compiled month's own memory (by the claimant's values) or a batch's (by the claimant's position);
     * and where it reads the claimant's own dated facts.
     */
    interface Source extends ClaimantReads {
        /**
         * {@return the step stating where the claimant is registered, null if that is unknown}
         *
         * @param index the claimant's position in a batch, -1 for one claimant alone
         * @throws IllegalArgumentException if the claimant is registered outside the compiled region
         */
        Explanation.Step registration(int index, Claimant claimant);

        /**
         * {@return the part of the claimant's facts for the programme, whose eligibility table is {@code table}}
         *
         * @param index the claimant's position in a batch, -1 for one claimant alone
         * @throws org.canlian.rules.policy.PolicyLookupException if the exclusions or a share's base have no value
         */
        FactsPart of(int index, Programme programme, Resolved<DecisionTable> table, Claimant claimant);
    }

    /**
     * Evaluates the programme's exclusions, then its eligibility table, for the claimant's facts, as {@link
     * SubsidyCalculator#decide} explains them.
     *
     * @throws org.canlian.rules.policy.PolicyLookupException if the exclusions or a share's base have no value
     */
    static FactsPart of(PolicyValues values, Programme p, Resolved<DecisionTable> table, Claimant claimant) {
        return of(values, p, table, claimant, values.facts());
    }

    /** As {@link #of(PolicyValues, Programme, Resolved, Claimant)}, the facts read from {@code subject}. */
    static <S> FactsPart of(
            PolicyValues values, Programme p, Resolved<DecisionTable> table, S subject, FactSource<S> facts) {
        Explanation.Builder ex = Explanation.builder();
        List<Phrase> failed = new ArrayList<>(1);
        Set<Bilingual> missing = new LinkedHashSet<>();
        Optional<Resolved<DecisionTable>> exclusions = values.exclusions(p);
        if (exclusions.isPresent()) {
            Resolved<DecisionTable> x = exclusions.get();
            ex.step(values.step(x));
            DecisionTable.Evaluation e = x.value().evaluate(subject, facts);
            e.explainInto(ex, name(x), x.source());
            if (e.truth() == Truth.TRUE) {
                failed.add(Phrase.of(
                        "排除情形：{0}",
                        "excluded: {0}", x.value().rows().get(e.matchedRow()).describe()));
            } else if (e.truth() == Truth.UNKNOWN) {
                missing.addAll(e.missingFacts());
            }
        }
        DecisionTable.Evaluation e = table.value().evaluate(subject, facts);
        e.explainInto(ex, name(table), table.source());
        Money amount = Money.ZERO;
        int row = -1;
        if (e.truth() == Truth.FALSE) {
            failed.add(Phrase.of("{0}中没有符合的一行", "no row of the {0} matches", name(table)));
        } else if (e.truth() == Truth.UNKNOWN) {
            missing.addAll(e.missingFacts());
        } else {
            RowOutcome outcome = e.outcome().orElseThrow();
            switch (outcome.kind()) {
                case EXCLUDED:
                    failed.add(Phrase.of(
                            "{0}第{1}行：不予享受", "row {1} of the {0}: not eligible", name(table), e.matchedRow() + 1));
                    break;
                case SHARE:
                    Resolved<Money> base = values.base(outcome.base().orElseThrow());
                    ex.step(values.step(base));
                    amount = outcome.amountFrom(base.value());
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
                    row = e.matchedRow();
                    break;
                default:
                    amount = outcome.amount().orElseThrow();
                    row = e.matchedRow();
            }
        }
        return new FactsPart(p, ex.build(), List.copyOf(failed), List.copyOf(missing), amount, row);
    }

    /** A decision's verdict: not eligible if a condition failed, else cannot decide if a fact is missing. */
    static Eligibility eligibility(List<Phrase> failed, List<? extends Bilingual> missing) {
        return !failed.isEmpty()
                ? Eligibility.NOT_ELIGIBLE
                : !missing.isEmpty() ? Eligibility.CANNOT_DECIDE : Eligibility.ELIGIBLE;
    }

    /**
     * The outcome step of a decision: eligible with its amount, not eligible with every condition failed, or cannot
     * decide with every fact missing.
     */
    static Explanation.Step outcome(Programme p, List<Phrase> failed, List<? extends Bilingual> missing, Money amount) {
        if (!failed.isEmpty()) {
            return Explanation.Step.of(StepKind.OUTCOME, new VerdictWords(Eligibility.NOT_ELIGIBLE, failed));
        }
        if (!missing.isEmpty()) {
            return Explanation.Step.of(StepKind.OUTCOME, new VerdictWords(Eligibility.CANNOT_DECIDE, missing));
        }
        return Explanation.Step.of(
                        StepKind.OUTCOME,
                        Phrase.of("{0}：{1}", "{0}: {1}", Eligibility.ELIGIBLE, RowOutcome.inWords(amount, p.unit())))
                .withAmount(amount);
    }

    /**
     * A verdict with the conditions failed (not eligible) or the facts missing (cannot decide), in words when read: a
     * decision failed by the claimant's own dates has an outcome of its own, and millions are explained.
     */
    private record VerdictWords(Eligibility verdict, List<? extends Bilingual> reasons) implements WordsWhenRead {
        @Override
        public Phrase words() {
            return verdict == Eligibility.NOT_ELIGIBLE
                    ? Phrase.of("{0}：{1}", "{0}: {1}", verdict, joined(reasons))
                    : Phrase.of("{0}，缺少：{1}", "{0}, missing: {1}", verdict, joined(reasons));
        }
    }

    private static Phrase name(Resolved<DecisionTable> table) {
        return Phrase.of(table.parameter().chineseName(), table.parameter().englishName());
    }

    /** Joined patterns for up to this many parts are made once. */
    private static final int JOINED_PATTERNS = 16;

    private static final String[][] PATTERNS = new String[JOINED_PATTERNS + 1][];

    static {
        for (int n = 0; n <= JOINED_PATTERNS; n++) {
            PATTERNS[n] = patterns(n);
        }
    }

    /** Phrases joined: {@code A；B} / {@code A; B}. */
    static Phrase joined(List<? extends Bilingual> parts) {
        String[] p = parts.size() <= JOINED_PATTERNS ? PATTERNS[parts.size()] : patterns(parts.size());
        return Phrase.of(p[0], p[1], parts.toArray());
    }

    private static String[] patterns(int n) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < n; i++) {
            zh.append(i == 0 ? "" : "；").append('{').append(i).append('}');
            en.append(i == 0 ? "" : "; ").append('{').append(i).append('}');
        }
        return new String[] {zh.toString(), en.toString()};
    }
}
