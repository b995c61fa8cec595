package org.canlian.rules.payroll;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.Programme;

/**
 * The back pay (补发) of a roster after a retroactive revision: for months already paid, per programme, month and unit,
 * what was paid (decided as known on each month's payment date) against what is owed (as known on the back-pay
 * decision date), with the arrears and the overpayments kept apart ({@link BackPayTotal}), exact to the fen; and per
 * person, every person whose payments differ ({@link #people()}).
 *
 * <pre>{@code
 * PayrollScope q1 = PayrollScope.of(county, YearMonth.of(2025, 1), YearMonth.of(2025, 3));
 * BackPay arrears = BackPayCalculator.of(calculator, q1, month -> month.atDay(10), LocalDate.of(2025, 4, 1),
 *                 OnInvalidRow.REPORT_AND_CONTINUE)
 *         .run(roster);
 * arrears.total(county, Programme.CARE, YearMonth.of(2025, 1)).arrears();   // 2 people, 250.00
 * arrears.periodTotal(county, Programme.CARE).arrears();                     // over the three months
 * arrears.people();                                                           // who is owed what, line by line
 * }</pre>
 *
 * <p>Figures add up across units as a {@link Payroll}'s do, amounts in the programme's unit in the month decided. A
 * programme and month that cannot be decided as paid or as owed is an error ({@link #errors()}) and is left out of
 * both. Back pays of parts of a roster merge ({@link #merge}) into the back pay of the whole. Serializable unless it
 * holds per-person results. This class is immutable and thread-safe.
 */
public final class BackPay implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Comparator<ComparedPerson> BY_LINE = Comparator.comparingInt(p -> p.line);

    /** The results of the pass over the roster: totals by unit and month, row errors, any per-person results. */
    private final RosterPass<ComparedPerson> pass;

    BackPay(RosterPass<ComparedPerson> pass) {
        this.pass = pass;
    }

    /** {@return the region and the months paid} */
    public PayrollScope scope() {
        return pass.scope;
    }

    /** {@return the policy, and the dates payments and arrears were decided as known on} */
    public String policy() {
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
     * Paid, owed, arrears and overpayments for one programme and month, in {@code unit} and below it.
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     * @return the people concerned and the amounts paid, owed, in arrears and overpaid
     */
    public BackPayTotal total(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, false), scope().indexOf(month), programme);
    }

    /**
     * {@return the same, for people registered at {@code unit} itself}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public BackPayTotal registeredAt(DivisionCode unit, Programme programme, YearMonth month) {
        return figure(ComparisonFigures.cells(pass, unit, true), scope().indexOf(month), programme);
    }

    /**
     * {@return the totals over all the months, in {@code unit} and below: people counted once, amounts added}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     */
    public BackPayTotal periodTotal(DivisionCode unit, Programme programme) {
        return figure(ComparisonFigures.cells(pass, unit, false), pass.ledger.months, programme);
    }

    private BackPayTotal figure(long[] cells, int month, Programme programme) {
        return new BackPayTotal(
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.BEFORE_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.AFTER_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.UP_PEOPLE),
                ComparisonFigures.figure(pass, cells, month, programme, ComparisonTally.DOWN_PEOPLE));
    }

    /** {@return rows read, valid or not} */
    public long rowsRead() {
        return pass.rowsRead;
    }

    /** {@return rows left out whole: registration unknown or outside the region, or a calculation that failed} */
    public long rowsRejected() {
        return pass.rowsRejected;
    }

    /** {@return rows with a programme and month that could not be decided as paid or as owed} */
    public long rowsWithUndecided() {
        return pass.rowsWithUndecided;
    }

    /** {@return every error, in line order} */
    public List<RowError> errors() {
        return pass.errors;
    }

    /** {@return every person whose payments differ, in line order (empty if the run was told to keep none)} */
    public List<BackPayPerson> people() {
        return pass.persons.stream().map(BackPayPerson::new).toList();
    }

    /**
     * {@return this back pay and the back pay of other rows of the same roster, as one run over both gives}
     *
     * @param other the back pay of other rows, with the same scope and options
     * @throws IllegalArgumentException if the other has another scope, policy, dates or options
     */
    public BackPay merge(BackPay other) {
        return new BackPay(pass.merge(other.pass, BY_LINE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackPay b && pass.equals(b.pass);
    }

    @Override
    public int hashCode() {
        return pass.hashCode();
    }

    @Override
    public String toString() {
        return "BackPay" + pass;
    }
}
