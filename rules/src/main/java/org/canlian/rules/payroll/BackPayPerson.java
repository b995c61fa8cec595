package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyMonth;

/**
 * One person's back pay: per programme and month, what was paid (as known on the month's payment date) and what is
 * owed (as known on the back-pay decision date), and the difference; kept for every person whose payments differ.
 * A month that cannot be decided on either side has no difference (it is an error of the {@link BackPay}).
 *
 * <pre>{@code
 * BackPayPerson p = backPay.people().get(0);
 * p.paid(Programme.CARE, YearMonth.of(2025, 1));         // 100.00
 * p.owed(Programme.CARE, YearMonth.of(2025, 1));         // 300.00
 * p.difference(Programme.CARE, YearMonth.of(2025, 1));   // 200.00 (negative when overpaid)
 * p.arrears(Programme.CARE);                             // 400.00 over the months
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BackPayPerson {
    private final ComparedPerson person;

    BackPayPerson(ComparedPerson person) {
        this.person = person;
    }

    /** {@return the roster line of the person} */
    public int line() {
        return person.line;
    }

    /** {@return the person's facts (whose {@code toString} masks the resident ID)} */
    public Claimant claimant() {
        return person.claimant;
    }

    /**
     * {@return what was paid for the programme in the month, in its unit: zero if not eligible then}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money paid(Programme programme, YearMonth month) {
        return ComparedPerson.fen(person.before(programme, month));
    }

    /**
     * {@return what is owed for the programme in the month, in its unit: zero if not eligible as known now}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money owed(Programme programme, YearMonth month) {
        return ComparedPerson.fen(person.after(programme, month));
    }

    /**
     * {@return whether the month was decided as paid and as owed}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public boolean isDecided(Programme programme, YearMonth month) {
        return person.before(programme, month) != CompiledSubsidies.CANNOT_DECIDE
                && person.after(programme, month) != CompiledSubsidies.CANNOT_DECIDE;
    }

    /**
     * {@return the eligibility as paid and as owed: {@code [paid, owed]}}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public List<Eligibility> eligibility(Programme programme, YearMonth month) {
        return List.of(eligibility(person.before(programme, month)), eligibility(person.after(programme, month)));
    }

    private static Eligibility eligibility(long code) {
        return code >= 0
                ? Eligibility.ELIGIBLE
                : code == CompiledSubsidies.NOT_ELIGIBLE ? Eligibility.NOT_ELIGIBLE : Eligibility.CANNOT_DECIDE;
    }

    /**
     * {@return owed less paid in the month: positive arrears, negative overpaid; zero if undecided on either side}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money difference(Programme programme, YearMonth month) {
        return isDecided(programme, month) ? owed(programme, month).minus(paid(programme, month)) : Money.ZERO;
    }

    /**
     * {@return the arrears of a programme over the months: the positive differences added}
     *
     * @param programme the subsidy programme
     */
    public Money arrears(Programme programme) {
        return Money.ofFen(person.differenceFen(programme, true));
    }

    /**
     * {@return the overpayments of a programme over the months: the negative differences, as a positive amount}
     *
     * @param programme the subsidy programme
     */
    public Money overpaid(Programme programme) {
        return Money.ofFen(person.differenceFen(programme, false));
    }

    /**
     * {@return the month's decisions as paid, with explanations, if explanations were asked for and the month differs}
     *
     * @param month a benefit month of the scope
     */
    public Optional<SubsidyMonth> explainedAsPaid(YearMonth month) {
        return ComparedPerson.find(person.beforeExplained, month);
    }

    /**
     * {@return the month's decisions as owed, with explanations (which cite each revision), if asked for and it
     * differs}
     *
     * @param month a benefit month of the scope
     */
    public Optional<SubsidyMonth> explainedAsOwed(YearMonth month) {
        return ComparedPerson.find(person.afterExplained, month);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackPayPerson p && person.equals(p.person);
    }

    @Override
    public int hashCode() {
        return person.hashCode();
    }

    /** The line and each programme's arrears and overpayments; no personal number. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BackPayPerson[line ").append(person.line);
        for (Programme p : Programme.values()) {
            Money up = arrears(p);
            Money down = overpaid(p);
            if (!up.isZero() || !down.isZero()) {
                s.append(", ").append(p.code()).append(" arrears ").append(up.toPlainString());
                if (!down.isZero()) {
                    s.append(" overpaid ").append(down.toPlainString());
                }
            }
        }
        return s.append(']').toString();
    }
}
