package org.canlian.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Which days are working days (工作日), and the time limits counted in them.
 *
 * <p>A period of {@code n} working days from a date starts on the next day, as Chinese law counts periods (the day
 * of the act is not counted, 民法典 art. 201): {@link #plusWorkingDays(LocalDate, int)} gives its last day.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.mondayToFriday();
 * cal.plusWorkingDays(LocalDate.of(2025, 1, 3), 5);      // 2025-01-10 (Friday 3rd, then Mon 6th to Fri 10th)
 * cal.isWorkingDay(LocalDate.of(2025, 1, 4));            // false, a Saturday
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface WorkingCalendar {

    /**
     * Whether a date is a working day.
     *
     * @param date the date
     * @return true on a working day
     * @throws InvalidValueException if the calendar does not know that date (e.g. a year without a holiday table)
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The last day of a period of {@code days} working days that starts after {@code start}.
     *
     * @param start the day of the act (not counted)
     * @param days 0 or more; 0 gives {@code start}
     * @return the {@code days}-th working day after {@code start}
     */
    default LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw InvalidValueException.of(
                    "working days", "range", Masking.quote(Integer.toString(days)), "must be 0 or more");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code start} up to and including {@code end}.
     *
     * @param start the first day, not counted
     * @param end the last day, counted; not before {@code start}
     * @return the count, 0 if {@code end} equals {@code start}
     */
    default int workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw InvalidValueException.of(
                    "working days", "order", Masking.quote(start + ".." + end), "end must not be before start");
        }
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The calendar of Monday to Friday, without public holidays: the default where no official table is given.
     *
     * @return the calendar
     */
    static WorkingCalendar mondayToFriday() {
        return MondayToFriday.INSTANCE;
    }
}
