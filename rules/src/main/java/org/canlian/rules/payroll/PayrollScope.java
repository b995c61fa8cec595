package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;

/**
 * What a payroll covers: the region whose roster it pays (a county, say) and the benefit months, from one month to
 * another inclusive. Claimants must be registered in the region or below it.
 *
 * <pre>{@code
 * PayrollScope year = PayrollScope.of(DivisionCode.parse("620723"), YearMonth.of(2025, 1), YearMonth.of(2025, 12));
 * year.monthCount();                        // 12
 * year.months().get(2);                     // 2025-03
 * PayrollScope.ofYear(DivisionCode.parse("620723"), 2025).equals(year);   // true
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param region the region paid, at any level
 * @param from the first benefit month
 * @param to the last benefit month, not before {@code from}
 */
public record PayrollScope(DivisionCode region, YearMonth from, YearMonth to) {
    /** More months than this (a century) are refused: a payroll keeps figures per month. */
    static final int MAX_MONTHS = 1200;

    /**
     * Validates the components.
     *
     * @throws InvalidValueException if {@code to} is before {@code from}, or the period is longer than a century
     * @param region the region paid, at any level
     * @param from the first benefit month
     * @param to the last benefit month, not before {@code from}
     */
    public PayrollScope {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidValueException.of(
                    "payroll period", "order", to.toString(), "the last month is before the first month " + from);
        }
        long months = (to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
        if (months > MAX_MONTHS) {
            throw InvalidValueException.of(
                    "payroll period",
                    "length",
                    from + " to " + to,
                    "covers " + months + " months, more than " + MAX_MONTHS);
        }
    }

    /**
     * {@return the region paid over the months from {@code from} to {@code to}, inclusive}
     *
     * <pre>{@code
     * PayrollScope.of(DivisionCode.parse("31"), YearMonth.of(2025, 1), YearMonth.of(2025, 12));
     * }</pre>
     *
     * @param region the region paid: the people registered in it or below it
     * @param from the first benefit month
     * @param to the last benefit month, not before {@code from}
     */
    public static PayrollScope of(DivisionCode region, YearMonth from, YearMonth to) {
        return new PayrollScope(region, from, to);
    }

    /**
     * {@return the region paid over one calendar year}
     *
     * <pre>{@code
     * PayrollScope.ofYear(DivisionCode.parse("620723"), 2025).to();   // 2025-12
     * }</pre>
     *
     * @param region the region paid: the people registered in it or below it
     * @param year the calendar year, e.g. 2025
     */
    public static PayrollScope ofYear(DivisionCode region, int year) {
        return new PayrollScope(region, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** {@return how many benefit months: 12 for a year} */
    public int monthCount() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    /** {@return the benefit months in order} */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(monthCount());
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /**
     * {@return whether {@code month} is one of the benefit months}
     *
     * @param month the month to test
     */
    public boolean includes(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** The position of {@code month} among the benefit months, from 0. */
    int indexOf(YearMonth month) {
        if (!includes(month)) {
            throw InvalidValueException.of(
                    "benefit month", "period", month.toString(), "is outside the payroll period " + from + " to " + to);
        }
        return (month.getYear() - from.getYear()) * 12 + month.getMonthValue() - from.getMonthValue();
    }

    @Override
    public String toString() {
        return region + " " + from + " to " + to;
    }
}
