package org.canlian.rules.payroll;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.Programme;

/**
 * What a roster is paid, per programme, benefit month and unit of the hierarchy (the region, and every township,
 * village or other unit below it where someone on the roster is registered): the number of people paid and the
 * amount, exact to the fen, after the "higher of" groups. A unit's figure counts everyone registered in it or below
 * it, so figures add up at every level by construction: a unit's total is the total of the people registered at the
 * unit itself ({@link #registeredAt}) plus its children's totals.
 *
 * <p>Every amount is in its programme's unit ({@link Programme#unit()}), in the month the calculator decides it: a
 * monthly programme's figure is that month's payment; a yearly programme (fuel, school, medical insurance) is paid its
 * yearly amount once a calendar year, in the first month of the period in which the person is eligible (later months
 * of that year pay nothing for it), and a one-off grant (college) in the month it is paid. A period figure
 * ({@link #periodTotal}) counts the people paid in at least one month and adds the months' amounts.
 *
 * <p>Rows that could not be processed (registration unknown or outside the region, a calculation that failed) are
 * left out whole; a programme that cannot be decided in a month is left out of that month; each is an error in
 * {@link #errors()} with its line and reason, none is dropped silently.
 *
 * <pre>{@code
 * Payroll payroll = PayrollCalculator.of(
 *                 calculator, PayrollScope.ofYear(linze, 2025), OnInvalidRow.REPORT_AND_CONTINUE)
 *         .run(roster);
 * payroll.total(linze, Programme.CARE, YearMonth.of(2025, 3));       // 412 people, 41200.00
 * payroll.total(DivisionCode.parse("620723101"), Programme.CARE, YearMonth.of(2025, 3));   // one township
 * payroll.childrenOf(linze);                                          // the townships with people on the roster
 * payroll.errors();                                                   // [line 17: living subsidy ...]
 * Payroll all = firstHalf.merge(secondHalf);                          // as one run over both
 * }</pre>
 *
 * <p>A payroll of part of a roster is a value that merges with the payroll of another part ({@link #merge}): merging
 * is associative and order-independent and gives the payroll of one run over both parts. It is serializable (plain
 * fields, codes as text) unless it holds per-person results. This class is immutable and thread-safe.
 */
public final class Payroll implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Comparator<PersonPayroll> BY_LINE = Comparator.comparingInt(PersonPayroll::line);

    /** The results of the pass over the roster: totals by unit and month, row errors, any per-person results. */
    private final RosterPass<PersonPayroll> pass;

    Payroll(RosterPass<PersonPayroll> pass) {
        this.pass = pass;
    }

    /** {@return the region and months paid} */
    public PayrollScope scope() {
        return pass.scope;
    }

    /** {@return the policy the roster was paid under, and the date it was known on} */
    public String policy() {
        return pass.description;
    }

    /** {@return the region and every unit with people registered in it or below it, sorted by code (a parent first)} */
    public SortedSet<DivisionCode> units() {
        return java.util.Collections.unmodifiableSortedSet(
                new TreeSet<>(pass.ledger.totals().keySet()));
    }

    /**
     * {@return the units directly below {@code unit} with people registered in or below them, sorted by code}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     */
    public List<DivisionCode> childrenOf(DivisionCode unit) {
        checkUnit(unit);
        return pass.ledger.childrenOf(unit);
    }

    /**
     * {@return the people paid and the amount for one programme and month, in {@code unit} and every unit below it}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     * @throws InvalidValueException if the unit is outside the region or the month outside the period
     */
    public PeopleAndAmount total(DivisionCode unit, Programme programme, YearMonth month) {
        checkUnit(unit);
        return figure(pass.ledger.total(unit), scope().indexOf(month), programme);
    }

    /**
     * {@return the people paid and the amount for one programme and month in the whole region}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public PeopleAndAmount total(Programme programme, YearMonth month) {
        return total(scope().region(), programme, month);
    }

    /**
     * {@return the people paid and the amount for one programme and month among people registered at {@code unit}
     * itself (a township's own registrations, not its villages')}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public PeopleAndAmount registeredAt(DivisionCode unit, Programme programme, YearMonth month) {
        checkUnit(unit);
        return figure(pass.ledger.registeredAt(unit), scope().indexOf(month), programme);
    }

    /**
     * {@return the totals over the whole period, in {@code unit} and below it: the people paid in at least one month and the
     * months' amounts added (see the class comment for yearly programmes)}
     *
     * @param unit a unit of the scope's region (the region itself or a unit below it)
     * @param programme the subsidy programme
     */
    public PeopleAndAmount periodTotal(DivisionCode unit, Programme programme) {
        checkUnit(unit);
        return figure(pass.ledger.total(unit), pass.ledger.months, programme);
    }

    private PeopleAndAmount figure(long[] cells, int month, Programme programme) {
        if (cells == null) {
            return PeopleAndAmount.NONE;
        }
        int i = pass.ledger.index(
                month, Objects.requireNonNull(programme, "programme").ordinal(), PayrollTally.PEOPLE);
        return PeopleAndAmount.of(cells[i], cells[i + PayrollTally.FEN]);
    }

    private void checkUnit(DivisionCode unit) {
        if (!scope().region().contains(Objects.requireNonNull(unit, "unit"))) {
            throw InvalidValueException.of(
                    "unit", "region", unit.value(), "is outside the payroll's region " + scope().region());
        }
    }

    /** {@return rows read, valid or not} */
    public long rowsRead() {
        return pass.rowsRead;
    }

    /** {@return rows left out whole: registration unknown or outside the region, or a calculation that failed} */
    public long rowsRejected() {
        return pass.rowsRejected;
    }

    /** {@return rows counted with at least one programme and month that could not be decided (and is left out)} */
    public long rowsWithUndecided() {
        return pass.rowsWithUndecided;
    }

    /**
     * {@return every error, in line order: rows rejected (field {@code registration} or {@code claimant}), and
     * programmes that cannot be decided (field: the programme's code; rule {@code cannot-decide}) with their months and
     * the facts missing, as the interpreted decision names them for the first month of each run of consecutive months}
     */
    public List<RowError> errors() {
        return pass.errors;
    }

    /** {@return per-person results in line order, if they were asked for; empty otherwise} */
    public List<PersonPayroll> people() {
        return pass.persons;
    }

    /**
     * {@return this payroll and the payroll of other rows of the same roster, as one run over both gives} Associative
     * and order-independent; each row must be in one part only.
     *
     * @param other the payroll of other rows, with the same scope and options
     * @throws IllegalArgumentException if the other payroll has another scope, policy or options
     */
    public Payroll merge(Payroll other) {
        return new Payroll(pass.merge(other.pass, BY_LINE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Payroll p && pass.equals(p.pass);
    }

    @Override
    public int hashCode() {
        return pass.hashCode();
    }

    @Override
    public String toString() {
        return "Payroll" + pass;
    }
}
