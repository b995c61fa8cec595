package org.canlian.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;

/**
 * A working calendar built from official holiday arrangements (国务院办公厅关于部分节假日安排的通知): the days off
 * (放假) and the weekend days worked in exchange (调休上班), over the years the tables cover.
 *
 * <p>The table is data, a CSV with columns {@code date,kind,name}, {@code kind} being {@code holiday} or
 * {@code workday}. canlian ships the State Council's tables for 2025 (国办发明电〔2024〕12号, 2024-11-12) and 2026
 * (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04) as {@code org/canlian/core/calendar/china-YYYY.csv};
 * other years are loaded by the caller with
 * {@link #load(Reader, String)}. A date outside the covered years is refused rather than guessed.
 *
 * <pre>{@code
 * WorkingCalendar cal = OfficialCalendar.china(2025);
 * cal.isWorkingDay(LocalDate.of(2025, 1, 26));           // true: a Sunday worked for the Spring Festival
 * cal.isWorkingDay(LocalDate.of(2025, 1, 28));           // false: Spring Festival eve, a holiday
 * cal.plusWorkingDays(LocalDate.of(2025, 1, 24), 5);     // 2025-02-07
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficialCalendar implements WorkingCalendar {
    private static final String FIELD = "holiday table";

    private final Set<Integer> years;
    /** true = make-up working day, false = holiday. */
    private final Map<LocalDate, Boolean> exceptions;

    private final Map<LocalDate, String> names;

    private OfficialCalendar(Set<Integer> years, Map<LocalDate, Boolean> exceptions, Map<LocalDate, String> names) {
        this.years = Collections.unmodifiableSet(years);
        this.exceptions = Collections.unmodifiableMap(exceptions);
        this.names = Collections.unmodifiableMap(names);
    }

    /**
     * The calendar of the official tables canlian ships for these years.
     *
     * @param firstYear a year with a shipped table (2025 or 2026)
     * @param moreYears further years, each with a shipped table
     * @return the calendar covering all of them
     * @throws InvalidValueException naming a year without a table
     */
    public static OfficialCalendar china(int firstYear, int... moreYears) {
        OfficialCalendar result = chinaYear(firstYear);
        for (int year : moreYears) {
            result = result.with(chinaYear(year));
        }
        return result;
    }

    private static OfficialCalendar chinaYear(int year) {
        String resource = "china-" + year + ".csv";
        InputStream in = OfficialCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw InvalidValueException.of(
                    "holiday table year",
                    "unknown-year",
                    Masking.quote(Integer.toString(year)),
                    "canlian ships no official holiday table for this year; load one with OfficialCalendar.load");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a holiday table: CSV with a header {@code date,kind,name}; the years covered are those of its dates.
     *
     * @param csv the table
     * @param source a name for the table in error messages, e.g. the file name
     * @return the calendar
     * @throws InvalidValueException naming the line and the rule broken: a bad date or kind, a date listed twice, a
     *     make-up working day that is not a Saturday or Sunday
     */
    public static OfficialCalendar load(Reader csv, String source) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        Set<Integer> years = new TreeSet<>();
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        Map<LocalDate, String> names = new TreeMap<>();
        try (CsvReader reader = CsvReader.withHeader(csv)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                String where = source + " line " + r.line();
                LocalDate date;
                try {
                    date = LocalDate.parse(r.get("date"));
                } catch (DateTimeParseException e) {
                    throw invalid(where, "date", r.get("date"), "date must be ISO yyyy-MM-dd");
                }
                String kind = r.get("kind");
                boolean workday;
                if (kind.equals("holiday")) {
                    workday = false;
                } else if (kind.equals("workday")) {
                    workday = true;
                    DayOfWeek d = date.getDayOfWeek();
                    if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                        throw invalid(
                                where,
                                "workday-on-weekday",
                                date.toString(),
                                "a make-up working day is a " + "Saturday or Sunday, this is a " + d);
                    }
                } else {
                    throw invalid(where, "kind", kind, "kind must be holiday or workday");
                }
                if (exceptions.containsKey(date)) {
                    throw invalid(where, "duplicate-date", date.toString(), "date listed twice");
                }
                exceptions.put(date, workday);
                names.put(date, r.get("name"));
                years.add(date.getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (years.isEmpty()) {
            throw invalid(source, "empty", "", "the table lists no date");
        }
        return new OfficialCalendar(years, exceptions, names);
    }

    private static InvalidValueException invalid(String where, String rule, String value, String reason) {
        return InvalidValueException.of(FIELD + " " + where, rule, Masking.quote(value), reason);
    }

    /**
     * This calendar together with another covering other years.
     *
     * @param other a calendar for other years
     * @return the calendar covering both
     * @throws InvalidValueException if both cover the same year
     */
    public OfficialCalendar with(OfficialCalendar other) {
        Set<Integer> both = new TreeSet<>(years);
        for (int year : other.years) {
            if (!both.add(year)) {
                throw invalid("", "duplicate-year", Integer.toString(year), "two tables for the same year");
            }
        }
        Map<LocalDate, Boolean> ex = new TreeMap<>(exceptions);
        ex.putAll(other.exceptions);
        Map<LocalDate, String> nm = new TreeMap<>(names);
        nm.putAll(other.names);
        return new OfficialCalendar(both, ex, nm);
    }

    /** {@return the years this calendar covers, in order} */
    public Set<Integer> years() {
        return years;
    }

    /**
     * Whether a date is a working day: a make-up working day, or a Monday to Friday that is not a holiday.
     *
     * @throws InvalidValueException if the date's year has no table here
     */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw InvalidValueException.of(
                    "working-day date",
                    "year-not-covered",
                    Masking.quote(date.toString()),
                    "the official calendar covers only " + years + "; load that year's holiday table");
        }
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        return MondayToFriday.INSTANCE.isWorkingDay(date);
    }

    /**
     * The holiday or make-up working day on a date, as the table names it ({@code 春节}, {@code 春节调休上班}).
     *
     * @param date the date
     * @return its name, or empty on an ordinary day
     */
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    @Override
    public String toString() {
        return "official calendar " + years;
    }
}
