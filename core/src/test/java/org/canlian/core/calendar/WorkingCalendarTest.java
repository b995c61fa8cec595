package org.canlian.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingCalendarTest {
    private static final WorkingCalendar MON_FRI = WorkingCalendar.mondayToFriday();
    /** 国办发明电〔2024〕12号, the State Council's 2025 holiday arrangement. */
    private static final OfficialCalendar CHINA_2025 = OfficialCalendar.china(2025);

    static Stream<Arguments> mondayToFridayPeriods() {
        return Stream.of(
                Arguments.of("2025-01-03", 5, "2025-01-10"), // Friday: Mon 6th .. Fri 10th
                Arguments.of("2025-01-04", 1, "2025-01-06"), // Saturday: next Monday
                Arguments.of("2025-01-06", 0, "2025-01-06"),
                Arguments.of("2025-01-06", 10, "2025-01-20"),
                Arguments.of("2024-12-30", 5, "2025-01-06")); // Mon-Fri ignores New Year's Day
    }

    @ParameterizedTest
    @MethodSource("mondayToFridayPeriods")
    void mondayToFridayCountsFromTheNextDay(String start, int days, String end) {
        assertThat(MON_FRI.plusWorkingDays(LocalDate.parse(start), days)).isEqualTo(LocalDate.parse(end));
        assertThat(MON_FRI.workingDaysBetween(LocalDate.parse(start), LocalDate.parse(end)))
                .isEqualTo(days);
    }

    static Stream<Arguments> officialDays2025() {
        return Stream.of(
                Arguments.of("2025-01-01", false), // 元旦, a Wednesday
                Arguments.of("2025-01-02", true),
                Arguments.of("2025-01-26", true), // Sunday worked for the Spring Festival
                Arguments.of("2025-01-27", true),
                Arguments.of("2025-01-28", false), // 除夕
                Arguments.of("2025-02-04", false), // 正月初七, last day off
                Arguments.of("2025-02-05", true),
                Arguments.of("2025-02-08", true), // Saturday worked
                Arguments.of("2025-02-09", false), // ordinary Sunday
                Arguments.of("2025-04-04", false), // 清明节, Friday
                Arguments.of("2025-04-27", true), // Sunday worked for Labour Day
                Arguments.of("2025-05-05", false), // Monday, Labour Day holiday
                Arguments.of("2025-06-02", false), // Monday, Dragon Boat holiday
                Arguments.of("2025-09-28", true), // Sunday worked for National Day
                Arguments.of("2025-10-08", false), // Wednesday, National Day and Mid-Autumn
                Arguments.of("2025-10-09", true),
                Arguments.of("2025-10-11", true), // Saturday worked
                Arguments.of("2025-12-31", true));
    }

    @ParameterizedTest
    @MethodSource("officialDays2025")
    void officialCalendarFollowsTheStateCouncilTableFor2025(String date, boolean working) {
        assertThat(CHINA_2025.isWorkingDay(LocalDate.parse(date))).isEqualTo(working);
    }

    @Test
    void the2025TableHas28DaysOffAndFiveMakeUpWorkingDaysAllOnWeekends() {
        int off = 0;
        int madeUp = 0;
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (CHINA_2025.nameOf(d).isPresent()) {
                if (CHINA_2025.isWorkingDay(d)) {
                    assertThat(weekend).as("make-up day %s is a weekend day", d).isTrue();
                    madeUp++;
                } else {
                    off++;
                }
            }
        }
        // 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 3 + 国庆中秋 8 = 28; 1-26, 2-8, 4-27, 9-28, 10-11 worked.
        assertThat(off).isEqualTo(28);
        assertThat(madeUp).isEqualTo(5);
        assertThat(CHINA_2025.nameOf(LocalDate.of(2025, 1, 28))).contains("春节");
    }

    static Stream<Arguments> officialPeriods2025() {
        return Stream.of(
                // Friday before the Spring Festival: Sun 26th, Mon 27th, then Wed 5th, Thu 6th, Fri 7th Feb
                Arguments.of("2025-01-24", 5, "2025-02-07"),
                Arguments.of("2025-04-25", 5, "2025-05-06"), // Sun 4-27 worked, 28, 29, 30, then 5-1..5 off, Tue 5-6
                Arguments.of("2025-09-26", 10, "2025-10-16"), // Sun 9-28, 29, 30; 10-1..8 off; 9, 10, Sat 11, 13-16
                Arguments.of("2025-03-11", 5, "2025-03-18"));
    }

    @ParameterizedTest
    @MethodSource("officialPeriods2025")
    void officialCalendarSkipsHolidaysAndCountsMakeUpDays(String start, int days, String end) {
        assertThat(CHINA_2025.plusWorkingDays(LocalDate.parse(start), days)).isEqualTo(LocalDate.parse(end));
        assertThat(CHINA_2025.workingDaysBetween(LocalDate.parse(start), LocalDate.parse(end)))
                .isEqualTo(days);
    }

    @Test
    void officialCalendarRefusesADateOutsideItsYears() {
        assertThatThrownBy(() -> CHINA_2025.plusWorkingDays(LocalDate.of(2025, 12, 29), 5))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-01-01")
                .hasMessageContaining("covers only [2025]");
    }

    @Test
    void rejectsAYearWithoutAShippedTable() {
        assertThatThrownBy(() -> OfficialCalendar.china(1999))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1999");
    }

    static Stream<Arguments> badTables() {
        return Stream.of(
                Arguments.of("date,kind,name\n2026-01-01,off,元旦\n", "line 2", "kind must be holiday or workday"),
                Arguments.of("date,kind,name\n2026-13-01,holiday,x\n", "line 2", "ISO"),
                Arguments.of("date,kind,name\n2026-01-01,holiday,a\n2026-01-05,workday,b\n", "line 3", "MONDAY"),
                Arguments.of("date,kind,name\n2026-01-01,holiday,a\n2026-01-01,holiday,b\n", "line 3", "twice"),
                Arguments.of("date,kind,name\n", "t.csv", "no date"));
    }

    @ParameterizedTest
    @MethodSource("badTables")
    void rejectsABadHolidayTableNamingTheLine(String csv, String where, String reason) {
        assertThatThrownBy(() -> OfficialCalendar.load(new StringReader(csv), "t.csv"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(reason);
    }

    @Test
    void calendarsOfTwoYearsCombine() {
        OfficialCalendar y2026 = OfficialCalendar.load(
                new StringReader("date,kind,name\n2026-01-01,holiday,元旦\n2026-01-04,workday,元旦调休上班\n"), "t.csv");
        OfficialCalendar both = CHINA_2025.with(y2026);
        assertThat(both.years()).containsExactly(2025, 2026);
        assertThat(both.plusWorkingDays(LocalDate.of(2025, 12, 31), 2)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThatThrownBy(() -> both.with(y2026)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsNegativeWorkingDays() {
        assertThatThrownBy(() -> MON_FRI.plusWorkingDays(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("working days");
    }
}
