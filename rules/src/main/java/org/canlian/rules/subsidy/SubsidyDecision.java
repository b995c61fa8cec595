package org.canlian.rules.subsidy;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.Unit;

/**
 * Whether a claimant is eligible for a programme in a month, how much, and why: eligible (with the amount and the table
 * row that gave it), not eligible (the conditions that failed), or cannot decide (the facts missing), with the
 * explanation citing every policy value used.
 *
 * <pre>{@code
 * SubsidyDecision d = calculator.decide(claimant, Programme.CARE, YearMonth.of(2025, 3));
 * d.eligibility();                       // ELIGIBLE
 * d.amount();                            // 100.00
 * d.explanation().toText(Locale.CHINESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubsidyDecision {
    private final YearMonth month;
    /** What was decided, shared by the decisions of claimants alike whose own dates changed nothing. */
    private final Verdict verdict;

    private final Explanation explanation;

    SubsidyDecision(YearMonth month, Verdict verdict, Explanation explanation) {
        this.month = month;
        this.verdict = verdict;
        this.explanation = explanation;
    }

    /**
     * What a decision decides, apart from its month and explanation: the programme, eligibility, amount (zero unless
     * eligible), table row (-1 unless eligible), conditions failed (only when not eligible) and facts missing (only
     * when it cannot decide). A part that the claimant's facts decide ({@link FactsPart}) makes its own once, and every
     * decision its claimant's dates leave as the part decided shares it: millions of decisions are explained.
     * Immutable.
     */
    static final class Verdict {
        private final Programme programme;
        private final Eligibility eligibility;
        private final Money amount;
        private final int row;
        private final List<Phrase> failed;
        private final List<Bilingual> missing;

        /** With immutable lists of failed conditions and missing facts (kept as given: most are shared). */
        Verdict(
                Programme programme,
                Eligibility eligibility,
                Money amount,
                int row,
                List<Phrase> failed,
                List<Bilingual> missing) {
            this.programme = programme;
            this.eligibility = eligibility;
            this.amount = Objects.requireNonNull(amount, "amount");
            this.row = row;
            this.failed = failed;
            this.missing = missing;
        }

        /**
         * The verdict {@code eligibility} of a decision whose table gave {@code amount} at {@code row}, with what
         * failed and what is missing: each kept only for its verdict (the amount and row if eligible, the conditions
         * failed if not, the facts missing if it cannot decide).
         */
        static Verdict of(
                Programme programme,
                Eligibility eligibility,
                Money amount,
                int row,
                List<Phrase> failed,
                List<Bilingual> missing) {
            boolean eligible = eligibility == Eligibility.ELIGIBLE;
            return new Verdict(
                    programme,
                    eligibility,
                    eligible ? amount : Money.ZERO,
                    eligible ? row : -1,
                    eligibility == Eligibility.NOT_ELIGIBLE ? failed : List.of(),
                    eligibility == Eligibility.CANNOT_DECIDE ? missing : List.of());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Verdict v
                    && programme == v.programme
                    && eligibility == v.eligibility
                    && amount.equals(v.amount)
                    && row == v.row
                    && failed.equals(v.failed)
                    && missing.equals(v.missing);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programme, eligibility, amount, row);
        }
    }

    /** {@return the programme} */
    public Programme programme() {
        return verdict.programme;
    }

    /** {@return the benefit month} */
    public YearMonth month() {
        return month;
    }

    /** {@return whether the claimant is eligible, not eligible, or cannot be decided} */
    public Eligibility eligibility() {
        return verdict.eligibility;
    }

    /** {@return whether eligible} */
    public boolean isEligible() {
        return verdict.eligibility == Eligibility.ELIGIBLE;
    }

    /** {@return the amount due (zero unless eligible), in {@link #unit()}} */
    public Money amount() {
        return verdict.amount;
    }

    /** {@return the unit of the amount: a month's, a year's, or once} */
    public Unit unit() {
        return verdict.programme.unit();
    }

    /** {@return the row of the programme's table that gave the amount (counted from 1), if eligible} */
    public OptionalInt row() {
        return verdict.row >= 0 ? OptionalInt.of(verdict.row + 1) : OptionalInt.empty();
    }

    /** {@return the conditions known to fail; non-empty exactly when not eligible} */
    public List<Phrase> failedConditions() {
        return verdict.failed;
    }

    /** {@return the facts whose absence leaves it undecided; non-empty exactly when it cannot decide} */
    public List<Bilingual> missingFacts() {
        return verdict.missing;
    }

    /** {@return why: the facts, rules, table rows and policy values used, with their sources} */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubsidyDecision d
                && month.equals(d.month)
                && verdict.equals(d.verdict)
                && explanation.equals(d.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict.programme, month, verdict.eligibility, verdict.amount, verdict.row);
    }

    @Override
    public String toString() {
        List<Phrase> failed = verdict.failed;
        List<Bilingual> missing = verdict.missing;
        return verdict.programme.code() + " " + month + ": " + verdict.eligibility.english()
                + (isEligible() ? " " + verdict.amount.toPlainString() + " " + unit().code() : "")
                + (failed.isEmpty()
                        ? ""
                        : " " + failed.stream().map(Phrase::english).toList())
                + (missing.isEmpty()
                        ? ""
                        : " missing " + missing.stream().map(Bilingual::english).toList());
    }
}
