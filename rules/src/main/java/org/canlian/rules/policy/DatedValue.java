package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;

/**
 * One value of a parameter for one region: in force from a date, possibly until a date (inclusive), known from a date
 * (its publication: by default the source's date), and citing its source.
 *
 * <pre>{@code
 * DatedValue<Money> v = DatedValue.of(Money.ofYuan(60), LocalDate.of(2015, 1, 1), source);
 * v.appliesOn(LocalDate.of(2020, 3, 1));         // true: no end date
 * v.until(LocalDate.of(2019, 12, 31)).appliesOn(LocalDate.of(2020, 3, 1));   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class DatedValue<T> {
    private final T value;
    private final LocalDate from;
    private final LocalDate until;
    private final LocalDate knownFrom;
    private final Source source;

    private DatedValue(T value, LocalDate from, LocalDate until, LocalDate knownFrom, Source source) {
        this.value = Objects.requireNonNull(value, "value");
        this.from = Objects.requireNonNull(from, "from");
        this.until = until;
        this.knownFrom = Objects.requireNonNull(knownFrom, "knownFrom");
        this.source = Objects.requireNonNull(source, "source");
        if (until != null && until.isBefore(from)) {
            throw InvalidValueException.of(
                    "value end date", "order", until.toString(), "is before its start date " + from);
        }
    }

    /**
     * A value in force from {@code from} with no end, known from its source's date.
     *
     * @param value the value
     * @param from the first day it applies
     * @param source where it comes from
     * @param <T> the value type
     * @return the dated value
     */
    public static <T> DatedValue<T> of(T value, LocalDate from, Source source) {
        return new DatedValue<>(value, from, null, source.date(), source);
    }

    /**
     * {@return a copy that applies until {@code lastDay} inclusive}
     *
     * @param lastDay the last day the value applies, not before its start
     */
    public DatedValue<T> until(LocalDate lastDay) {
        return new DatedValue<>(value, from, Objects.requireNonNull(lastDay, "lastDay"), knownFrom, source);
    }

    /**
     * {@return a copy known (published) from {@code date} rather than from its source's date} A value published after
     * another that covers the same dates is a revision of it (see {@link Timeline}).
     *
     * @param date the publication date
     */
    public DatedValue<T> knownFrom(LocalDate date) {
        return new DatedValue<>(value, from, until, date, source);
    }

    /** {@return the value} */
    public T value() {
        return value;
    }

    /** {@return the first day it applies} */
    public LocalDate from() {
        return from;
    }

    /** {@return the last day it applies, or empty if it has no end} */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /** {@return the day from which it was known (published); a decision made before it could not have used it} */
    public LocalDate knownFrom() {
        return knownFrom;
    }

    /** {@return where it comes from} */
    public Source source() {
        return source;
    }

    /**
     * {@return whether it applies on {@code date}}
     *
     * @param date the day to test
     */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** Whether it ends before {@code date}. */
    boolean endsBefore(LocalDate date) {
        return until != null && until.isBefore(date);
    }

    /** {@return the period as text: {@code 2015-01-01..2019-12-31} or {@code 2015-01-01..}} */
    public String period() {
        return from + ".." + (until == null ? "" : until.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedValue<?> other
                && value.equals(other.value)
                && from.equals(other.from)
                && Objects.equals(until, other.until)
                && knownFrom.equals(other.knownFrom)
                && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, from, until, knownFrom, source);
    }

    @Override
    public String toString() {
        return value + " " + period() + " (" + source.citation() + ")";
    }
}
