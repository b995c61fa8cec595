package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random small timelines, with revisions, checked against brute-force oracles that read the rule directly:
 * which lists are timelines, and which value applies on a date as known on another.
 */
class TimelinePropertyTest {
    private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);
    private static final Source SOURCE = Source.of("test issuer", "doc", "art. 1", DAY0);

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 20250315L + i);
    }

    /** A value named by {@code id}: from day 0..15, without end (1 in 4) or 1..9 days long, published on day 0..12. */
    private static DatedValue<Integer> randomValue(Random random, int id) {
        LocalDate from = DAY0.plusDays(random.nextInt(16));
        DatedValue<Integer> v = DatedValue.of(id, from, SOURCE).knownFrom(DAY0.plusDays(random.nextInt(13)));
        return random.nextInt(4) == 0 ? v : v.until(from.plusDays(random.nextInt(9)));
    }

    private static final Comparator<DatedValue<Integer>> LISTING =
            Comparator.comparing((DatedValue<Integer> v) -> v.from()).thenComparing(v -> v.knownFrom());

    private static final Comparator<DatedValue<Integer>> PUBLICATION = Comparator.comparing(v -> v.knownFrom());

    /** A timeline built by keeping each random value (in listing order) that the rule allows after those kept. */
    private static List<DatedValue<Integer>> randomTimeline(long seed) {
        Random random = new Random(seed);
        List<DatedValue<Integer>> candidates = new ArrayList<>();
        int n = 1 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            candidates.add(randomValue(random, i));
        }
        candidates.sort(LISTING);
        List<DatedValue<Integer>> kept = new ArrayList<>();
        for (DatedValue<Integer> c : candidates) {
            kept.add(c);
            if (!allowedByRule(kept)) {
                kept.remove(kept.size() - 1);
            }
        }
        return kept;
    }

    /** The rule, pair by pair: in order of start then publication; overlapping only if the later one is later known. */
    private static boolean allowedByRule(List<DatedValue<Integer>> values) {
        for (int j = 0; j < values.size(); j++) {
            for (int i = 0; i < j; i++) {
                DatedValue<Integer> a = values.get(i);
                DatedValue<Integer> b = values.get(j);
                boolean publishedLater = b.knownFrom().isAfter(a.knownFrom());
                if (b.from().isBefore(a.from())
                        || (b.from().equals(a.from()) && !publishedLater)
                        || (overlap(a, b) && !publishedLater)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlap(DatedValue<?> a, DatedValue<?> b) {
        return !a.endsBefore(b.from()) && !b.endsBefore(a.from());
    }

    /** The oracle: of the values applying on {@code date} and known on {@code knownOn}, the one published last. */
    private static Optional<DatedValue<Integer>> oracleAt(
            List<DatedValue<Integer>> values, LocalDate date, LocalDate knownOn) {
        List<DatedValue<Integer>> candidates = values.stream()
                .filter(v -> v.appliesOn(date) && !v.knownFrom().isAfter(knownOn))
                .collect(Collectors.toList());
        Optional<DatedValue<Integer>> latest = candidates.stream().max(PUBLICATION);
        latest.ifPresent(l -> assertThat(candidates)
                .filteredOn(v -> v.knownFrom().equals(l.knownFrom()))
                .as("one publication gives one value a day")
                .hasSize(1));
        return latest;
    }

    private static List<LocalDate> days() {
        return IntStream.rangeClosed(-1, 27).mapToObj(DAY0::plusDays).collect(Collectors.toList());
    }

    private static List<LocalDate> knownOns() {
        List<LocalDate> out =
                IntStream.rangeClosed(-1, 14).mapToObj(DAY0::plusDays).collect(Collectors.toList());
        out.add(LocalDate.MAX);
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aValueAppliesAsKnownOnADateExactlyWhenTheOracleSaysSo(long seed) {
        List<DatedValue<Integer>> values = randomTimeline(seed);
        Timeline<Integer> timeline = Timeline.of(values);
        for (LocalDate date : days()) {
            for (LocalDate knownOn : knownOns()) {
                assertThat(timeline.at(date, knownOn))
                        .as("at(%s, %s) of %s", date, knownOn, values)
                        .isEqualTo(oracleAt(values, date, knownOn));
            }
            assertThat(timeline.at(date)).isEqualTo(oracleAt(values, date, LocalDate.MAX));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void revisionsCarryForwardAndFirstPublicationAgreeWithTheOracle(long seed) {
        List<DatedValue<Integer>> values = randomTimeline(seed);
        Timeline<Integer> timeline = Timeline.of(values);
        for (LocalDate date : days()) {
            List<DatedValue<Integer>> applying =
                    values.stream().filter(v -> v.appliesOn(date)).collect(Collectors.toList());
            for (DatedValue<Integer> v : applying) {
                Optional<DatedValue<Integer>> replaced = applying.stream()
                        .filter(a -> a.knownFrom().isBefore(v.knownFrom()))
                        .max(PUBLICATION);
                assertThat(timeline.replacedBy(v, date))
                        .as("replacedBy(%s, %s)", v, date)
                        .isEqualTo(replaced);
            }
            assertThat(timeline.firstPublishedAt(date))
                    .isEqualTo(applying.stream().min(PUBLICATION));
            for (LocalDate knownOn : knownOns()) {
                // The last day up to the date on which some known value applied, and what applied then.
                Optional<LocalDate> lastCovered = values.stream()
                        .filter(v -> !v.from().isAfter(date) && !v.knownFrom().isAfter(knownOn))
                        .map(v -> v.endsBefore(date) ? v.until().orElseThrow() : date)
                        .max(Comparator.naturalOrder());
                assertThat(timeline.latestStartedBy(date, knownOn))
                        .as("latestStartedBy(%s, %s) of %s", date, knownOn, values)
                        .isEqualTo(lastCovered.flatMap(d -> oracleAt(values, d, knownOn)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aListIsATimelineExactlyWhenTheRuleAllowsIt(long seed) {
        Random random = new Random(seed);
        List<DatedValue<Integer>> values = new ArrayList<>();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            values.add(randomValue(random, i));
        }
        if (random.nextInt(4) != 0) {
            values.sort(LISTING);
        }
        Throwable refused = catchThrowable(() -> Timeline.of(values));
        if (allowedByRule(values)) {
            assertThat(refused).as("%s", values).isNull();
        } else {
            assertThat(refused).as("%s", values).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theGeneratedTimelinesExerciseRevisions() {
        long withRevision = seeds().filter(seed -> {
                    List<DatedValue<Integer>> values = randomTimeline(seed);
                    return LongStream.range(0, values.size())
                            .anyMatch(j -> LongStream.range(0, j)
                                    .anyMatch(i -> overlap(values.get((int) i), values.get((int) j))));
                })
                .count();
        assertThat(withRevision).isGreaterThan(seeds().count() / 3);
    }
}
