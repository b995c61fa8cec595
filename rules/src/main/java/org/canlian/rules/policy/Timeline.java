package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.canlian.core.InvalidValueException;

/**
 * The dated values one region sets for one parameter, in date order, never overlapping; a value that has an end may be
 * followed by a gap.
 *
 * <pre>{@code
 * Timeline<Money> t = Timeline.of(List.of(
 *         DatedValue.of(Money.ofYuan(60), LocalDate.of(2015, 1, 1), src).until(LocalDate.of(2019, 12, 31)),
 *         DatedValue.of(Money.ofYuan(80), LocalDate.of(2020, 1, 1), src)));
 * t.at(LocalDate.of(2018, 5, 1));    // Optional[60.00 ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {
    private final List<DatedValue<T>> values;

    private Timeline(List<DatedValue<T>> values) {
        this.values = values;
    }

    /**
     * A timeline of values given in date order.
     *
     * @param values at least one value, ordered by start date, each starting after the previous one ends (a value
     *     without an end date can only be last)
     * @param <T> the value type
     * @return the timeline
     * @throws InvalidValueException if the values are empty, unordered or overlap
     */
    public static <T> Timeline<T> of(List<DatedValue<T>> values) {
        if (values.isEmpty()) {
            throw InvalidValueException.of("policy values", "non-empty", "[]", "a timeline needs at least one value");
        }
        for (int i = 1; i < values.size(); i++) {
            overlapProblem(values.get(i - 1), values.get(i)).ifPresent(reason -> {
                throw InvalidValueException.of("policy values", "order", "[" + reason.value + "]", reason.text);
            });
        }
        return new Timeline<>(List.copyOf(values));
    }

    /** A problem between two consecutive values: the value text and why. */
    static final class Problem {
        final String value;
        final String text;

        Problem(String value, String text) {
            this.value = value;
            this.text = text;
        }
    }

    /** Why {@code next} cannot follow {@code previous}, or empty if it may. */
    static Optional<Problem> overlapProblem(DatedValue<?> previous, DatedValue<?> next) {
        if (!next.from().isAfter(previous.from())) {
            return Optional.of(new Problem(
                    next.period(),
                    "starts on " + next.from() + ", not after the previous value's start " + previous.from()
                            + " (values must be in date order)"));
        }
        if (previous.until().isEmpty()) {
            return Optional.of(new Problem(
                    next.period(),
                    "starts on " + next.from() + " while the previous value (from " + previous.from()
                            + ") has no end date: they overlap"));
        }
        if (!next.from().isAfter(previous.until().get())) {
            return Optional.of(new Problem(
                    next.period(),
                    "starts on " + next.from() + ", on or before the previous value's end "
                            + previous.until().get() + ": they overlap"));
        }
        return Optional.empty();
    }

    /** The values, in date order. */
    public List<DatedValue<T>> values() {
        return values;
    }

    /** The value that applies on {@code date}, if any. */
    public Optional<DatedValue<T>> at(LocalDate date) {
        return at(date, LocalDate.MAX);
    }

    /**
     * The value that applies on {@code date} as known on {@code knownOn}: empty if none applies, or if the one that
     * applies was published after {@code knownOn}.
     */
    public Optional<DatedValue<T>> at(LocalDate date, LocalDate knownOn) {
        for (int i = values.size() - 1; i >= 0; i--) {
            DatedValue<T> v = values.get(i);
            if (!date.isBefore(v.from())) {
                return v.appliesOn(date) && !v.knownFrom().isAfter(knownOn) ? Optional.of(v) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The latest value known on {@code knownOn} that started on or before {@code date}: what carrying forward uses. */
    Optional<DatedValue<T>> latestStartedBy(LocalDate date, LocalDate knownOn) {
        for (int i = values.size() - 1; i >= 0; i--) {
            DatedValue<T> v = values.get(i);
            if (!v.from().isAfter(date) && !v.knownFrom().isAfter(knownOn)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** A copy with {@code value} replacing every value from its start date on. */
    Timeline<T> replacedFrom(DatedValue<T> value) {
        List<DatedValue<T>> kept = new ArrayList<>();
        for (DatedValue<T> v : values) {
            if (v.from().isBefore(value.from())) {
                kept.add(
                        v.until().isPresent() && v.until().get().isBefore(value.from())
                                ? v
                                : v.until(value.from().minusDays(1)));
            }
        }
        kept.add(value);
        return of(kept);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline<?> other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
