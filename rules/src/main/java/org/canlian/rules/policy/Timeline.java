package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.canlian.core.InvalidValueException;

/**
 * The dated values one region sets for one parameter, including <em>revisions</em>: a value published later that
 * replaces, for the dates it covers, values published before it (a notice of March 2025 raising an amount from
 * 2025-01-01). A decision made on a date sees what was published by then; without a decision date the latest
 * publication applies.
 *
 * <p>The values are ordered by start date ({@code from}), values with the same start by publication date
 * ({@code knownFrom}, strictly increasing). Two values may overlap in dates only if the later-listed one was published
 * strictly later than every value it overlaps; one publication cannot give two values for one day. A value that has
 * an end may be followed by a gap.
 *
 * <pre>{@code
 * Timeline<Money> t = Timeline.of(List.of(
 *         DatedValue.of(Money.ofYuan(100), LocalDate.of(2025, 1, 1), notice2024),          // published 2024-12-01
 *         DatedValue.of(Money.ofYuan(120), LocalDate.of(2025, 1, 1), notice2025)));        // published 2025-03-15
 * t.at(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 10));   // Optional[100.00 ...]: as known in February
 * t.at(LocalDate.of(2025, 2, 1));                              // Optional[120.00 ...]: the revision
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {
    private final List<DatedValue<T>> values;
    /** {@code reach[i]}: the latest end date of {@code values[0..i]} ({@link LocalDate#MAX} if one has no end). */
    private final LocalDate[] reach;

    private Timeline(List<DatedValue<T>> values) {
        this.values = values;
        this.reach = new LocalDate[values.size()];
        LocalDate latest = LocalDate.MIN;
        for (int i = 0; i < values.size(); i++) {
            LocalDate end = values.get(i).until().orElse(LocalDate.MAX);
            latest = end.isAfter(latest) ? end : latest;
            reach[i] = latest;
        }
    }

    /**
     * A timeline of values given in order.
     *
     * @param values at least one value, ordered by start date and, for the same start, by publication date; a value
     *     overlapping earlier-listed ones must be published after each of them (it revises them)
     * @param <T> the value type
     * @return the timeline
     * @throws InvalidValueException if the values are empty, unordered, or overlap without being published later
     */
    public static <T> Timeline<T> of(List<DatedValue<T>> values) {
        if (values.isEmpty()) {
            throw InvalidValueException.of("policy values", "non-empty", "[]", "a timeline needs at least one value");
        }
        Checker checker = new Checker();
        for (DatedValue<T> v : values) {
            checker.add(v).ifPresent(reason -> {
                throw InvalidValueException.of("policy values", "order", "[" + reason.value + "]", reason.text);
            });
        }
        return new Timeline<>(List.copyOf(values));
    }

    /** A problem with a value given after others: the value text and why. */
    static final class Problem {
        final String value;
        final String text;

        Problem(String value, String text) {
            this.value = value;
            this.text = text;
        }
    }

    /**
     * Checks values one at a time, in the order given, against those accepted before: O(log n) a value. The values
     * accepted so far that still run at the latest start date are kept by publication date; by the rule they were all
     * published on different dates, so the one a newcomer must follow is the latest published.
     */
    static final class Checker {
        private DatedValue<?> last;
        private final TreeMap<LocalDate, DatedValue<?>> runningByKnownFrom = new TreeMap<>();
        private final PriorityQueue<DatedValue<?>> ending =
                new PriorityQueue<>(Comparator.comparing(v -> v.until().orElseThrow()));

        /** Accepts {@code next}, or says why it cannot follow the values accepted so far (it is then not accepted). */
        Optional<Problem> add(DatedValue<?> next) {
            if (last != null) {
                if (next.from().isBefore(last.from())) {
                    return Optional.of(new Problem(
                            next.period(),
                            "starts on " + next.from() + ", not after the previous value's start " + last.from()
                                    + " (values must be in date order)"));
                }
                if (next.from().equals(last.from()) && next.knownFrom().isBefore(last.knownFrom())) {
                    return Optional.of(new Problem(
                            next.period(),
                            "starts on " + next.from() + " like the previous value but was published on "
                                    + next.knownFrom() + ", before it (" + last.knownFrom()
                                    + "): values with the same start must be in publication order (knownFrom)"));
                }
            }
            while (!ending.isEmpty() && ending.peek().until().orElseThrow().isBefore(next.from())) {
                runningByKnownFrom.remove(ending.poll().knownFrom());
            }
            Map.Entry<LocalDate, DatedValue<?>> latest = runningByKnownFrom.lastEntry();
            if (latest != null && !latest.getKey().isBefore(next.knownFrom())) {
                DatedValue<?> other = latest.getValue();
                String otherText = "the value from " + other.from()
                        + (other.until().isEmpty()
                                ? " (no end date)"
                                : " (until " + other.until().get() + ")");
                return Optional.of(new Problem(
                        next.period(),
                        "starts on " + next.from() + " and overlaps " + otherText
                                + (other.knownFrom().equals(next.knownFrom())
                                        ? " published on the same date " + next.knownFrom()
                                        : " published later, on " + other.knownFrom() + " (this one: "
                                                + next.knownFrom() + ")")
                                + ": a revision must be published later (knownFrom)"));
            }
            last = next;
            runningByKnownFrom.put(next.knownFrom(), next);
            if (next.until().isPresent()) {
                ending.add(next);
            }
            return Optional.empty();
        }
    }

    /** {@return the values, ordered by start date, then by publication date} */
    public List<DatedValue<T>> values() {
        return values;
    }

    /**
     * {@return the value that applies on {@code date} by the latest publication, if any}
     *
     * @param date the day the value must apply on
     */
    public Optional<DatedValue<T>> at(LocalDate date) {
        return at(date, LocalDate.MAX);
    }

    /**
     * {@return the value that applies on {@code date} as known on {@code knownOn}: among the values that apply on that
     * date and were published on or before {@code knownOn}, the one published latest} Empty if none applies, or if
     * those that apply were all published after {@code knownOn}.
     *
     * @param date the day the value must apply on
     * @param knownOn the day of the decision: values published later are not seen
     */
    public Optional<DatedValue<T>> at(LocalDate date, LocalDate knownOn) {
        // Values that apply on one date overlap, so they are listed in publication order: the last known one wins.
        for (int i = lastStartedBy(date); i >= 0 && !reach[i].isBefore(date); i--) {
            DatedValue<T> v = values.get(i);
            if (v.appliesOn(date) && !v.knownFrom().isAfter(knownOn)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The value that {@code revision} replaced on {@code date}: among the values that apply on that date and were
     * published before it, the one published latest; empty if {@code revision} was the first value published for it.
     */
    Optional<DatedValue<T>> replacedBy(DatedValue<T> revision, LocalDate date) {
        for (int i = lastStartedBy(date); i >= 0 && !reach[i].isBefore(date); i--) {
            DatedValue<T> v = values.get(i);
            if (v.appliesOn(date) && v.knownFrom().isBefore(revision.knownFrom())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The value first published among those applying on {@code date} (what a decision date before it missed). */
    Optional<DatedValue<T>> firstPublishedAt(LocalDate date) {
        Optional<DatedValue<T>> first = Optional.empty();
        for (int i = lastStartedBy(date); i >= 0 && !reach[i].isBefore(date); i--) {
            if (values.get(i).appliesOn(date)) {
                first = Optional.of(values.get(i));
            }
        }
        return first;
    }

    /**
     * What carrying forward uses: the value in force, as known on {@code knownOn}, on the last day up to {@code date}
     * on which a known value applied; empty if no known value started by {@code date}.
     */
    Optional<DatedValue<T>> latestStartedBy(LocalDate date, LocalDate knownOn) {
        LocalDate lastCovered = null;
        for (int i = lastStartedBy(date); i >= 0; i--) {
            DatedValue<T> v = values.get(i);
            if (!v.knownFrom().isAfter(knownOn)) {
                LocalDate end = v.until().filter(u -> u.isBefore(date)).orElse(date);
                lastCovered = lastCovered == null || end.isAfter(lastCovered) ? end : lastCovered;
            }
        }
        return lastCovered == null ? Optional.empty() : at(lastCovered, knownOn);
    }

    /** The index of the last value starting on or before {@code date}, or -1. */
    private int lastStartedBy(LocalDate date) {
        int lo = 0;
        int hi = values.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (values.get(mid).from().isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    /**
     * A copy with {@code value} replacing every value from its start date on, whenever published: values starting on
     * or after it are dropped, values running into it end the day before.
     */
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
