package org.canlian.rules.stipend;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.money.Money;

/**
 * An officer's stipend for each month of a year, with the year's totals.
 *
 * <pre>{@code
 * StipendYear y = calculator.year(villageOfficer, Year.of(2024));
 * y.amountDue();                  // 4000.00: twelve shares of the yearly floor, exactly
 * y.months().get(0).amountDue();  // 333.34
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StipendYear {
    private final Officer officer;
    private final Year year;
    private final List<StipendMonth> months;

    private final Money amountDue;
    private final Money totalCost;

    StipendYear(Officer officer, Year year, List<StipendMonth> months) {
        this.officer = officer;
        this.year = year;
        this.months = List.copyOf(months);
        long due = 0;
        long cost = 0;
        for (StipendMonth m : this.months) {
            due = Math.addExact(due, m.amountDue().toFen());
            cost = Math.addExact(cost, m.totalCost().toFen());
        }
        this.amountDue = Money.ofFen(due);
        this.totalCost = Money.ofFen(cost);
    }

    /** {@return the officer} */
    public Officer officer() {
        return officer;
    }

    /** {@return the year} */
    public Year year() {
        return year;
    }

    /** {@return the twelve months, January to December} */
    public List<StipendMonth> months() {
        return months;
    }

    /** {@return the year's amount paid to the officer} */
    public Money amountDue() {
        return amountDue;
    }

    /** {@return the year's total cost, social insurance included} */
    public Money totalCost() {
        return totalCost;
    }

    /** {@return the year's unfunded shortfall below floors} */
    public Money shortfall() {
        return months.stream().map(StipendMonth::shortfall).collect(Money.summing());
    }

    /** {@return the year's cost per funding source} */
    public Map<FundingSource, Money> byFundingSource() {
        Map<FundingSource, Money> out = new EnumMap<>(FundingSource.class);
        for (StipendMonth m : months) {
            for (StipendPart p : m.parts()) {
                out.merge(p.payer(), p.amount(), Money::plus);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return officer.unit() + " " + officer.post() + " " + year + " due "
                + amountDue().toPlainString() + " cost " + totalCost().toPlainString();
    }
}
