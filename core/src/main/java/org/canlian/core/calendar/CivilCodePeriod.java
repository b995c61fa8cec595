package org.canlian.core.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Where a period counted in years, months or days ends, by the Civil Code of the People's Republic of China
 * (中华人民共和国民法典, adopted 2020-05-28, in force 2021-01-01): the one rule every period of canlian in calendar units
 * follows (a certificate's validity, the bar on a new application after a cancellation, a renewal window).
 *
 * <ul>
 *   <li>Art. 201: the day on which the period starts (the day of the act or event) is not counted; the period runs
 *       from the next day.
 *   <li>Art. 202: a period in years or months ends on the corresponding day of its last month; when that month has
 *       no such day, on the last day of that month.
 * </ul>
 *
 * <p>So a year from 2037-03-01 ends on 2038-03-01 (not 2038-02-28), a year from 2024-02-29 ends on 2025-02-28, a month
 * from 2025-01-31 ends on 2025-02-28, and ten days from 2025-03-01 end on 2025-03-11. Periods in working days follow
 * the same art. 201 in {@link WorkingCalendar#plusWorkingDays}. Art. 203 (a last day that is a statutory holiday moves
 * to the day after the holiday) applies to time limits for acts, which canlian counts in working days; it is not
 * applied here.
 *
 * <pre>{@code
 * CivilCodePeriod.lastDay(LocalDate.of(2037, 3, 1), Period.ofYears(1));     // 2038-03-01
 * CivilCodePeriod.lastDay(LocalDate.of(2024, 2, 29), Period.ofYears(1));    // 2025-02-28
 * CivilCodePeriod.firstStartReaching(LocalDate.of(2035, 3, 31), Period.ofMonths(1));   // 2035-03-01
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class CivilCodePeriod {
    private CivilCodePeriod() {}

    /**
     * The last day of a period that starts on {@code start}: years and months first (art. 202: the corresponding
     * day, or the month's last day), then days (art. 201: counted from the next day).
     *
     * @param start the day of the act or event, not counted (art. 201)
     * @param period the period, zero or more in each unit
     * @return the period's last day, included in the period; {@code start} for a zero period
     * @throws InvalidValueException if the period has a negative part
     */
    public static LocalDate lastDay(LocalDate start, Period period) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(period);
        // LocalDate.plusMonths keeps the day of month, or takes the month's last day when it has no such day:
        // art. 202 exactly. Days are added after the months, as art. 201 counts them from the next day.
        return start.plusMonths(period.toTotalMonths()).plusDays(period.getDays());
    }

    /**
     * The earliest day from which a period reaches {@code day}: the first {@code d} whose {@link #lastDay(LocalDate,
     * Period)} is {@code day} or later. A renewal window of one month before a last valid day of 2035-03-31 opens on
     * 2035-03-01 (a month from 2035-02-28 ends on 2035-03-28, short of the 31st).
     *
     * @param day the day to reach
     * @param period the period, zero or more in each unit
     * @return the first start whose period covers {@code day}
     * @throws InvalidValueException if the period has a negative part
     */
    public static LocalDate firstStartReaching(LocalDate day, Period period) {
        Objects.requireNonNull(day, "day");
        requireNotNegative(period);
        // Going back by the period lands at most three days early (month ends of 28-31 days): step forward.
        LocalDate start = day.minusDays(period.getDays()).minusMonths(period.toTotalMonths());
        while (lastDay(start, period).isBefore(day)) {
            start = start.plusDays(1);
        }
        while (!lastDay(start.minusDays(1), period).isBefore(day)) {
            start = start.minusDays(1);
        }
        return start;
    }

    private static void requireNotNegative(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw InvalidValueException.of(
                    "period", "negative", Masking.quote(period.toString()), "must not have a negative part");
        }
    }
}
