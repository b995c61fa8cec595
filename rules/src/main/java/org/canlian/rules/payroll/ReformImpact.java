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

    /** The results of the pass over the roster: totals by unit and month, row errors, any per-person results. */
    private final RosterPass<ComparedPerson> pass;

    ReformImpact(RosterPass<ComparedPerson> pass) {
        this.pass = pass;
    }

    /** {@return the region and months} */
    public PayrollScope scope() {
        return pass.scope;
    }

    /** {@return the two policies compared} */
    public String policies() {
        return pass.description;
    }

    /** {@return the region and every unit with people registered in it or below it, sorted by code} */
    public SortedSet<DivisionCode> units() {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(pass.ledger.totals().keySet()));
    }

    /**
     * {@return the units directly below {@code unit} with people registered in or below them}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     */
    public List<DivisionCode> childrenOf(DivisionCode unit) {
        ComparisonFigures.cells(pass, unit, false);
        return pass.ledger.childrenOf(unit);
    }

    /**
     * {@return the reform's effect on one programme in one month, in {@code unit} and below it}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public ReformTotal total(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, false), scope().indexOf(month), programme);
    }

    /**
     * {@return the same, for people registered at {@code unit} itself}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public ReformTotal registeredAt(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, true), scope().indexOf(month), programme);
    }

    /**
     * {@return the totals over all the months, in {@code unit} and below: people counted once per kind of change, amounts added}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     */
    public ReformTotal periodTotal(DivisionCode unit, Programme programme) {
        return figure(ComparisonFigures.cells(pass, unit, false), pass.ledger.months, programme);
    }

    /**
     * {@return the budget difference of every programme together in one month, in {@code unit} and below it}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param month a benefit month of the scope
     */
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

    /** {@return rows read, valid or not} */
    public long rowsRead() {
        return pass.rowsRead;
    }

    /** {@return rows left out whole: registration unknown or outside the region, or a calculation that failed} */
    public long rowsRejected() {
        return pass.rowsRejected;
    }

    /** {@return rows with a programme and month that could not be decided under one of the policies} */
    public long rowsWithUndecided() {
        return pass.rowsWithUndecided;
    }

    /** {@return every error, in line order} */
    public List<RowError> errors() {
        return pass.errors;
    }

    /**
     * {@return every person the reform changes, in line order, if per-person results were asked for; empty otherwise}
     */
    public List<ReformPerson> people() {
        return pass.persons.stream().map(ReformPerson::new).toList();
    }

    /**
     * {@return this impact and the impact on other rows of the same roster, as one run over both gives}
     *
     * @param other the impact on other rows, with the same scope and options
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
