package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyMonth;

/**
 * How a reform changes one person: per programme and month, what the current policy pays, what the reform pays, and
 * the kind of change; kept, when per-person results are asked for, for every person the reform changes.
 *
 * <pre>{@code
 * ReformPerson p = reform.people().get(0);
 * p.change(Programme.CARE, YearMonth.of(2025, 7));    // GAINS
 * p.before(Programme.CARE, YearMonth.of(2025, 7));    // 150.00
 * p.after(Programme.CARE, YearMonth.of(2025, 7));     // 180.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReformPerson {
    private final ComparedPerson person;

    ReformPerson(ComparedPerson person) {
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
     * {@return what the current policy pays for the programme in the month, in its unit: zero if not eligible}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money before(Programme programme, YearMonth month) {
        return ComparedPerson.fen(person.before(programme, month));
    }

    /**
     * {@return what the reform pays for the programme in the month, in its unit: zero if not eligible}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money after(Programme programme, YearMonth month) {
        return ComparedPerson.fen(person.after(programme, month));
    }

    /**
     * {@return how the reform changes the programme in the month}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public ReformChange change(Programme programme, YearMonth month) {
        return ReformChange.of(person.before(programme, month), person.after(programme, month));
    }

    /**
     * {@return the month's decisions under the current policy, with explanations, if asked for and the month changes}
     *
     * @param month a benefit month of the scope
     */
    public Optional<SubsidyMonth> explainedBefore(YearMonth month) {
        return ComparedPerson.find(person.beforeExplained, month);
    }

    /**
     * {@return the month's decisions under the reform, with explanations, if asked for and the month changes}
     *
     * @param month a benefit month of the scope
     */
    public Optional<SubsidyMonth> explainedAfter(YearMonth month) {
        return ComparedPerson.find(person.afterExplained, month);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReformPerson p && person.equals(p.person);
    }

    @Override
    public int hashCode() {
        return person.hashCode();
    }

    /** The line and each programme's increase and decrease over the months; no personal number. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ReformPerson[line ").append(person.line);
        for (Programme p : Programme.values()) {
            long up = person.differenceFen(p, true);
            long down = person.differenceFen(p, false);
            if (up != 0 || down != 0) {
                s.append(", ")
                        .append(p.code())
                        .append(" +")
                        .append(Money.ofFen(up).toPlainString());
                s.append(" -").append(Money.ofFen(down).toPlainString());
            }
        }
        return s.append(']').toString();
    }
}
