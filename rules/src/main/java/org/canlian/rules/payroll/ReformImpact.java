package org.canlian.rules.payroll;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Programme;

/**
 * What a reform does to a roster: the same people decided under the current policy and under the reform, per
 * programme, month and unit ({@link ReformTotal}): who gains, who loses, who is newly eligible, who is no longer
 * eligible (how many, and the amounts), and the budget difference, exact to the fen; per person on request.
 *
 * <pre>{@code
 * ReformImpact impact = ReformCalculator.of(current, reformed, PayrollScope.ofYear(shanghai, 2025),
 *         OnInvalidRow.REPORT_AND_CONTINUE).run(roster);
 * impact.total(shanghai, Programme.CARE, YearMonth.of(2025, 7)).gains();   // people, increase
 * impact.budgetDifference(shanghai, YearMonth.of(2025, 7));                 // every programme, that month
 * impact.periodTotal(shanghai, Programme.LIVING).newlyEligible();          // people newly eligible in some month
 * }</pre>
 *
 * <p>Period figures ({@link #periodTotal}) count each person once per kind of change (a person may gain in some months
 * and be newly eligible in others) and add the months' amounts. Figures add up across units; a programme and month
 * undecidable under either policy is an error and left out of both. Impacts of parts of a roster merge
 * ({@link #merge}). Serializable unless it holds per-person results. This class is immutable and thread-safe.
 */
public final class ReformImpact implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RosterPass<ComparedPerson> pass;

    ReformImpact(RosterPass<ComparedPerson> pass) {
        this.pass = pass;
    }

    /** The region and months. */
    public PayrollScope scope() {
        return pass.scope;
    }

    /** The two policies compared. */
    public String policies() {
        return pass.description;
    }

    /** The region and every unit with people registered in it or below it, sorted by code. */
    public SortedSet<DivisionCode> units() {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(pass.ledger.totals().keySet()));
    }

    /** The units directly below {@code unit} with people registered in or below them. */
    public List<DivisionCode> childrenOf(DivisionCode unit) {
        ComparisonFigures.cells(pass, unit, false);
        return pass.ledger.childrenOf(unit);
    }

    /** The reform's effect on one programme in one month, in {@code unit} and below it. */
    public ReformTotal total(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, false), scope().indexOf(month), programme);
    }

    /** The same, for people registered at {@code unit} itself. */
    public ReformTotal registeredAt(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, true), scope().indexOf(month), programme);
    }

    /** Over all the months, in {@code unit} and below: people counted once per kind of change, amounts added. */
    public ReformTotal periodTotal(DivisionCode unit, Programme programme) {
        return figure(ComparisonFigures.cells(pass, unit, false), pass.ledger.months, programme);
    }

    /** The budget difference of every programme together in one month, in {@code unit} and below it. */
    public Money budgetDifference(DivisionCode unit, YearMonth month) {
        Money sum = Money.ZERO;
        for (Programme p : Programme.values()) {
            sum = sum.plus(total(unit, p, month).budgetDifference());
        }
        return sum;
    }

    private ReformTotal figure(long[] cells, int month, Programme programme) {
        return new ReformTotal(
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.BEFORE_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.AFTER_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.GAIN_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.LOSS_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.NEW_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.ENDED_PEOPLE));
    }

    /** Rows read, valid or not. */
    public long rowsRead() {
        return pass.rowsRead;
    }

    /** Rows left out whole: registration unknown or outside the region, or a calculation that failed. */
    public long rowsRejected() {
        return pass.rowsRejected;
    }

    /** Rows with a programme and month that could not be decided under one of the policies. */
    public long rowsWithUndecided() {
        return pass.rowsWithUndecided;
    }

    /** Every error, in line order. */
    public List<RowError> errors() {
        return pass.errors;
    }

    /** Every person the reform changes, in line order, if per-person results were asked for; empty otherwise. */
    public List<ReformPerson> people() {
        return pass.persons.stream().map(ReformPerson::new).toList();
    }

    /**
     * This impact and the impact on other rows of the same roster, as one run over both gives.
     *
     * @throws IllegalArgumentException if the other has another scope, policies or options
     */
    public ReformImpact merge(ReformImpact other) {
        return new ReformImpact(pass.merge(other.pass, BackPay.BY_LINE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReformImpact r && pass.equals(r.pass);
    }

    @Override
    public int hashCode() {
        return pass.hashCode();
    }

    @Override
    public String toString() {
        return "ReformImpact" + pass;
    }
}
