package org.canlian.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday are working days, every week of every year. Immutable and thread-safe. */
enum MondayToFriday implements WorkingCalendar {
    INSTANCE;

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "Monday to Friday";
    }
}
