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
    private final Programme programme;
    private final YearMonth month;
    private final Eligibility eligibility;
    private final Money amount;
    private final int row;
    private final List<Phrase> failed;
    private final List<Bilingual> missing;
    private final Explanation explanation;

    /** With immutable lists of failed conditions and missing facts (kept as given). */
    SubsidyDecision(
            Programme programme,
            YearMonth month,
            Eligibility eligibility,
            Money amount,
            int row,
            List<Phrase> failed,
            List<Bilingual> missing,
            Explanation explanation) {
        this.programme = programme;
        this.month = month;
        this.eligibility = eligibility;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.row = row;
        // Taken as they are, not copied: the calculator's lists are immutable (List.of, List.copyOf), and most are
        // shared by the many decisions of claimants alike.
        this.failed = failed;
        this.missing = missing;
        this.explanation = explanation;
    }

    /** {@return the programme} */
    public Programme programme() {
        return programme;
    }

    /** {@return the benefit month} */
    public YearMonth month() {
        return month;
    }

    /** {@return whether the claimant is eligible, not eligible, or cannot be decided} */
    public Eligibility eligibility() {
        return eligibility;
    }

    /** {@return whether eligible} */
    public boolean isEligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }

    /** {@return the amount due (zero unless eligible), in {@link #unit()}} */
    public Money amount() {
        return amount;
    }

    /** {@return the unit of the amount: a month's, a year's, or once} */
    public Unit unit() {
        return programme.unit();
    }

    /** {@return the row of the programme's table that gave the amount (counted from 1), if eligible} */
    public OptionalInt row() {
        return row >= 0 ? OptionalInt.of(row + 1) : OptionalInt.empty();
    }

    /** {@return the conditions known to fail; non-empty exactly when not eligible} */
    public List<Phrase> failedConditions() {
        return failed;
    }

    /** {@return the facts whose absence leaves it undecided; non-empty exactly when it cannot decide} */
    public List<Bilingual> missingFacts() {
        return missing;
    }

    /** {@return why: the facts, rules, table rows and policy values used, with their sources} */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubsidyDecision d
                && programme == d.programme
                && month.equals(d.month)
                && eligibility == d.eligibility
                && amount.equals(d.amount)
                && row == d.row
                && failed.equals(d.failed)
                && missing.equals(d.missing)
                && explanation.equals(d.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme, month, eligibility, amount, row);
    }

    @Override
    public String toString() {
        return programme.code() + " " + month + ": " + eligibility.english()
                + (isEligible() ? " " + amount.toPlainString() + " " + unit().code() : "")
                + (failed.isEmpty()
                        ? ""
                        : " " + failed.stream().map(Phrase::english).toList())
                + (missing.isEmpty()
                        ? ""
                        : " missing " + missing.stream().map(Bilingual::english).toList());
    }
}
