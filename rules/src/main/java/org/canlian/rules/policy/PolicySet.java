package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.canlian.core.division.DivisionCode;

/**
 * A set of policy parameters, each with dated values per region, answering "what applied here, on that date, and
 * why". A lookup for a region walks up its chain (village, township, county, prefecture, province, nation) to the
 * nearest region with a value on that date.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.read(catalog, json, "county-a.json");
 * Resolved<Money> r = policy.lookup(VILLAGE_LOST_WORK, DivisionCode.parse("629901201203"), LocalDate.of(2020, 3, 1));
 * r.value();      // 60.00, set by 629901 (the county)
 * PolicySet reform = policy.withValueFrom(VILLAGE_LOST_WORK, DivisionCode.parse("629901"),
 *         DatedValue.of(Money.ofYuan(80), LocalDate.of(2024, 1, 1), decree));
 * }</pre>
 *
 * <p>Two time axes are kept apart: the <em>benefit date</em> (the day the law is applied to, e.g. the first day of
 * the benefit month) chooses the value, and the optional <em>decision date</em> hides values published after it, so
 * "what did we know when we decided" has an answer. A decision made today about last March passes last March as the
 * benefit date and so uses last March's values. A value published later for dates already covered is a
 * <em>revision</em> ({@link Timeline}): a decision made on or after its publication uses it, an earlier decision the
 * value it replaced, and {@link Resolved#revised()} names the value replaced.
 *
 * <p>A policy set is immutable and thread-safe. A reform ({@link #withTimeline}, {@link #withValueFrom}) is cheap: it
 * copies only the map of parameters (references) and the changed parameter's map of regions, sharing every other
 * parameter's values with this set. Floor rules are checked on every set built.
 */
public final class PolicySet {
    private final ParameterCatalog catalog;
    private final Map<String, Map<DivisionCode, Timeline<?>>> byKey;
    private final String name;

    private PolicySet(ParameterCatalog catalog, Map<String, Map<DivisionCode, Timeline<?>>> byKey) {
        this(catalog, byKey, "policy set");
    }

    private PolicySet(ParameterCatalog catalog, Map<String, Map<DivisionCode, Timeline<?>>> byKey, String name) {
        this.catalog = catalog;
        this.byKey = byKey;
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * {@return the set's name, as its file's {@code policy} member gives it (merged sets: the names joined by " + ")}
     */
    public String name() {
        return name;
    }

    /**
     * {@return a copy with this name, e.g. the title of the documents it holds}
     *
     * @param newName the new name, e.g. the title of the documents the set holds
     */
    public PolicySet named(String newName) {
        return new PolicySet(catalog, byKey, newName);
    }

    /**
     * A policy set with no values yet, for the parameters of {@code catalog}.
     *
     * @param catalog the parameters it may hold
     * @return the empty set
     */
    public static PolicySet empty(ParameterCatalog catalog) {
        return new PolicySet(Objects.requireNonNull(catalog, "catalog"), Map.of());
    }

    /** Builds a set from parsed values and checks it; used by the loader, whose errors carry JSON paths. */
    static PolicySet ofChecked(ParameterCatalog catalog, Map<String, Map<DivisionCode, Timeline<?>>> values) {
        Map<String, Map<DivisionCode, Timeline<?>>> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return new PolicySet(catalog, Collections.unmodifiableMap(copy));
    }

    /** {@return the parameters this set may hold} */
    public ParameterCatalog catalog() {
        return catalog;
    }

    /**
     * {@return the value of {@code parameter} for {@code region} on {@code benefitDate} by the latest publication
     * (revisions included), strictly: no value, no answer}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     * @param benefitDate the day the value must apply on
     * @throws PolicyLookupException if no region in the chain has a value on that date
     */
    public <T> Resolved<T> lookup(ParameterDefinition<T> parameter, DivisionCode region, LocalDate benefitDate) {
        return lookup(parameter, region, benefitDate, GapMode.STRICT);
    }

    /**
     * {@return the value of {@code parameter} for {@code region} on {@code benefitDate}, with the caller's choice for
     * gaps}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     * @param benefitDate the day the value must apply on
     * @param gap what to do on a date where no value applies
     * @throws PolicyLookupException if no value applies and {@code gap} cannot carry one forward
     */
    public <T> Resolved<T> lookup(
            ParameterDefinition<T> parameter, DivisionCode region, LocalDate benefitDate, GapMode gap) {
        return resolve(parameter, region, benefitDate, null, gap);
    }

    /**
     * {@return the value of {@code parameter} for {@code region} on {@code benefitDate} as known on {@code
     * decisionDate}: values published after the decision date are not seen, so a revision published later does not
     * replace the value it revises}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     * @param benefitDate the day the value must apply on
     * @param decisionDate the day of the decision: values published later are not seen
     * @param gap what to do on a date where no value applies
     * @throws PolicyLookupException if no known value applies and {@code gap} cannot carry one forward
     */
    public <T> Resolved<T> lookup(
            ParameterDefinition<T> parameter,
            DivisionCode region,
            LocalDate benefitDate,
            LocalDate decisionDate,
            GapMode gap) {
        return resolve(parameter, region, benefitDate, Objects.requireNonNull(decisionDate, "decisionDate"), gap);
    }

    private <T> Resolved<T> resolve(
            ParameterDefinition<T> parameter,
            DivisionCode region,
            LocalDate benefitDate,
            LocalDate decisionDate,
            GapMode gap) {
        Objects.requireNonNull(benefitDate, "benefitDate");
        Objects.requireNonNull(gap, "gap");
        if (!catalog.contains(parameter)) {
            throw new PolicyLookupException(
                    parameter.key(), region, benefitDate, "the parameter is not in this policy set's catalog");
        }
        Map<DivisionCode, Timeline<?>> regions = byKey.getOrDefault(parameter.key(), Map.of());
        LocalDate knownOn = decisionDate == null ? LocalDate.MAX : decisionDate;
        DivisionCode carriedRegion = null;
        DatedValue<T> carried = null;
        DatedValue<T> carriedRevised = null;
        DivisionCode unknownRegion = null;
        DatedValue<T> unknown = null;
        LocalDate firstStart = null;
        DivisionCode firstRegion = null;
        for (DivisionCode r = region; r != null; r = r.parent().orElse(null)) {
            @SuppressWarnings("unchecked")
            Timeline<T> timeline = (Timeline<T>) regions.get(r);
            if (timeline == null) {
                continue;
            }
            Optional<DatedValue<T>> applying = timeline.at(benefitDate, knownOn);
            if (applying.isPresent()) {
                DatedValue<T> v = applying.get();
                return new Resolved<>(
                        parameter,
                        region,
                        r,
                        benefitDate,
                        decisionDate,
                        v,
                        timeline.replacedBy(v, benefitDate).orElse(null),
                        false,
                        null);
            }
            if (unknown == null) {
                Optional<DatedValue<T>> notYetKnown = timeline.firstPublishedAt(benefitDate);
                if (notYetKnown.isPresent()) {
                    unknown = notYetKnown.get();
                    unknownRegion = r;
                }
            }
            if (carried == null) {
                Optional<DatedValue<T>> previous = timeline.latestStartedBy(benefitDate, knownOn);
                if (previous.isPresent()) {
                    carried = previous.get();
                    carriedRegion = r;
                    // The day it was last in force: the date whose earlier publication it may have revised.
                    carriedRevised = timeline.replacedBy(
                                    carried, carried.until().orElse(benefitDate))
                            .orElse(null);
                }
            }
            LocalDate start = timeline.values().get(0).from();
            if (firstStart == null || start.isBefore(firstStart)) {
                firstStart = start;
                firstRegion = r;
            }
        }
        String why;
        if (unknown != null) {
            why = "the value in force (" + parameter.format(unknown.value()) + " from " + unknown.from() + ", "
                    + unknownRegion + ") was published on " + unknown.knownFrom() + ", after the decision date "
                    + decisionDate;
        } else if (carried != null) {
            why = "the last value (" + parameter.format(carried.value()) + ", " + carriedRegion + ") ended on "
                    + carried.until().map(LocalDate::toString).orElse("?");
        } else if (firstStart != null) {
            why = "its first value is from " + firstStart + " (" + firstRegion + ")";
        } else {
            why = "no region from " + region + " up to the nation sets it";
        }
        if (carried == null || gap == GapMode.STRICT) {
            throw new PolicyLookupException(parameter.key(), region, benefitDate, why);
        }
        String warning = gap == GapMode.WARN
                ? "no value applies on " + benefitDate + " (" + why + "); carried forward "
                        + parameter.format(carried.value()) + " from " + carried.period() + " of " + carriedRegion
                : null;
        return new Resolved<>(
                parameter, region, carriedRegion, benefitDate, decisionDate, carried, carriedRevised, true, warning);
    }

    /**
     * {@return whether {@code region} or one of its ancestors sets {@code parameter} at all (on any date)} A calculator
     * uses it to tell a part the policy does not pay here (never set) from a gap in dates (an error by the caller's
     * mode).
     *
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     */
    public boolean isSetFor(ParameterDefinition<?> parameter, DivisionCode region) {
        Map<DivisionCode, Timeline<?>> regions = byKey.get(parameter.key());
        if (regions == null) {
            return false;
        }
        for (DivisionCode r = region; r != null; r = r.parent().orElse(null)) {
            if (regions.containsKey(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the values {@code region} itself sets for {@code parameter}, if it sets any}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     */
    public <T> Optional<Timeline<T>> timeline(ParameterDefinition<T> parameter, DivisionCode region) {
        @SuppressWarnings("unchecked")
        Timeline<T> t =
                (Timeline<T>) byKey.getOrDefault(parameter.key(), Map.of()).get(region);
        return Optional.ofNullable(t);
    }

    /**
     * {@return the regions that set {@code parameter}, in code order}
     *
     * @param parameter the parameter, from this set's catalog
     */
    public Set<DivisionCode> regions(ParameterDefinition<?> parameter) {
        return Collections.unmodifiableSet(
                new TreeSet<>(byKey.getOrDefault(parameter.key(), Map.of()).keySet()));
    }

    /** {@return the keys of the parameters that have at least one value, sorted} */
    public Set<String> parameterKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(byKey.keySet()));
    }

    /**
     * {@return a reform: a copy in which {@code region}'s values for {@code parameter} are {@code timeline}} Everything
     * else is shared with this set.
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     * @param timeline the region's new values for the parameter
     * @throws InvalidPolicyException if the parameter is not in the catalog, or the change breaks a floor rule
     */
    public <T> PolicySet withTimeline(ParameterDefinition<T> parameter, DivisionCode region, Timeline<T> timeline) {
        if (!catalog.contains(parameter)) {
            throw new InvalidPolicyException(
                    "reform",
                    List.of(PolicyError.of(parameter.key() + "@" + region, "unknown parameter: not in the catalog")));
        }
        Map<DivisionCode, Timeline<?>> regions = new LinkedHashMap<>(byKey.getOrDefault(parameter.key(), Map.of()));
        regions.put(region, Objects.requireNonNull(timeline, "timeline"));
        Map<String, Map<DivisionCode, Timeline<?>>> keys = new HashMap<>(byKey);
        keys.put(parameter.key(), Collections.unmodifiableMap(regions));
        PolicySet reformed = new PolicySet(catalog, Collections.unmodifiableMap(keys), name);
        List<FloorViolation> violations = reformed.floorViolations(parameter);
        if (!violations.isEmpty()) {
            List<PolicyError> errors = new ArrayList<>();
            violations.forEach(v -> errors.add(PolicyError.of(v.parameter().key() + "@" + v.region(), v.reason())));
            throw new InvalidPolicyException("reform", errors);
        }
        return reformed;
    }

    /**
     * {@return a reform: {@code value} replaces whatever {@code region} set for {@code parameter} from its start date
     * on; a value running at that date is ended the day before}
     *
     * @param <T> the type of the parameter's values
     * @param parameter the parameter, from this set's catalog
     * @param region the region: its own values apply, else its ancestors'
     * @param value the new value, applying from its start date
     */
    public <T> PolicySet withValueFrom(ParameterDefinition<T> parameter, DivisionCode region, DatedValue<T> value) {
        Optional<Timeline<T>> existing = timeline(parameter, region);
        Timeline<T> next = existing.map(t -> t.replacedFrom(value)).orElseGet(() -> Timeline.of(List.of(value)));
        return withTimeline(parameter, region, next);
    }

    /**
     * {@return this set with a reform given as a policy set of its own (a reform file) applied: each value
     * {@code reform} sets, for each parameter and region, replaces this set's values from its start date on, in the
     * order the reform lists them ({@link #withValueFrom}); named "this set's name with the reform's name"}
     *
     * <pre>{@code
     * PolicySet reformed = linze.withValuesFrom(PolicyFiles.read(catalog, reformJson, "linze-care-reform.json"));
     * }</pre>
     *
     * @param reform the reform, read with this set's catalog
     * @throws InvalidPolicyException if the reform sets a parameter this set's catalog lacks, or breaks a floor rule
     */
    public PolicySet withValuesFrom(PolicySet reform) {
        PolicySet result = this;
        for (String key : reform.parameterKeys()) {
            ParameterDefinition<?> parameter = catalog.find(key)
                    .orElseThrow(() -> new InvalidPolicyException(
                            reform.name(), List.of(PolicyError.of(key, "unknown parameter: not in the catalog"))));
            for (DivisionCode region : reform.regions(parameter)) {
                result = result.withValuesOf(parameter, region, reform);
            }
        }
        return result.named(name + " with " + reform.name());
    }

    private <T> PolicySet withValuesOf(ParameterDefinition<T> parameter, DivisionCode region, PolicySet reform) {
        PolicySet result = this;
        for (DatedValue<T> value :
                reform.timeline(parameter, region).orElseThrow().values()) {
            result = result.withValueFrom(parameter, region, value);
        }
        return result;
    }

    /**
     * {@return this set and {@code other} together (e.g. a province's file and a county's); both must use the same
     * catalog and no parameter may be set for the same region in both} Floor rules are checked across the two.
     *
     * @param other the set to add, with the same catalog
     * @throws InvalidPolicyException naming each clash and each floor broken
     */
    public PolicySet merge(PolicySet other) {
        List<PolicyError> errors = new ArrayList<>();
        Map<String, Map<DivisionCode, Timeline<?>>> keys = new HashMap<>(byKey);
        other.byKey.forEach((key, regions) -> {
            Map<DivisionCode, Timeline<?>> mine = keys.get(key);
            if (mine == null) {
                keys.put(key, regions);
                return;
            }
            Map<DivisionCode, Timeline<?>> merged = new LinkedHashMap<>(mine);
            regions.forEach((region, timeline) -> {
                if (merged.putIfAbsent(region, timeline) != null) {
                    errors.add(PolicyError.of(key + "@" + region, "set in both policy sets"));
                }
            });
            keys.put(key, Collections.unmodifiableMap(merged));
        });
        PolicySet merged = new PolicySet(
                catalog.plusMissing(other.catalog), Collections.unmodifiableMap(keys), name + " + " + other.name);
        for (FloorViolation v : merged.floorViolations()) {
            errors.add(PolicyError.of(v.parameter().key() + "@" + v.region(), v.reason()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPolicyException("merge", errors);
        }
        return merged;
    }

    /**
     * Every value, for every parameter with a floor rule, that is below its nearest ancestor's value (see
     * {@link #floorViolations(ParameterDefinition)}).
     */
    List<FloorViolation> floorViolations() {
        List<FloorViolation> all = new ArrayList<>();
        for (ParameterDefinition<?> d : catalog.definitions()) {
            all.addAll(floorViolations(d));
        }
        return all;
    }

    /**
     * The floor violations of one parameter, at most one a value. A value is checked in two publication states: the
     * latest, on the dates where it is still in force (not revised), against the ancestors' values as now published;
     * and its own publication date, on all its dates, against the ancestors' values as then known (a region cannot
     * publish a value below a floor it could see). A region's value left below a floor its ancestor raised later is
     * allowed until the region revises it, but not in the latest state.
     */
    <T> List<FloorViolation> floorViolations(ParameterDefinition<T> parameter) {
        if (!parameter.notBelowParent()) {
            return List.of();
        }
        Map<DivisionCode, Timeline<?>> regions = byKey.getOrDefault(parameter.key(), Map.of());
        List<FloorViolation> out = new ArrayList<>();
        for (Map.Entry<DivisionCode, Timeline<?>> e : regions.entrySet()) {
            DivisionCode region = e.getKey();
            Optional<DivisionCode> parent = region.parent();
            if (parent.isEmpty()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Timeline<T> timeline = (Timeline<T>) e.getValue();
            for (int i = 0; i < timeline.values().size(); i++) {
                DatedValue<T> v = timeline.values().get(i);
                List<LocalDate> dates = breakpoints(regions, region, v);
                Optional<Resolved<T>> floor = dates.stream()
                        .filter(d -> timeline.at(d).filter(v::equals).isPresent())
                        .map(d -> floorAbove(parameter, v, parent.get(), d, null))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .or(() -> dates.stream()
                                .map(d -> floorAbove(parameter, v, parent.get(), d, v.knownFrom()))
                                .flatMap(Optional::stream)
                                .findFirst());
                if (floor.isPresent()) {
                    out.add(new FloorViolation(parameter, region, i, v, floor.get()));
                }
            }
        }
        return out;
    }

    /** The floor {@code parent}'s chain sets on {@code date} as known on {@code knownOn}, if {@code v} is below it. */
    private <T> Optional<Resolved<T>> floorAbove(
            ParameterDefinition<T> parameter, DatedValue<T> v, DivisionCode parent, LocalDate date, LocalDate knownOn) {
        Resolved<T> floor;
        try {
            floor = knownOn == null
                    ? lookup(parameter, parent, date)
                    : lookup(parameter, parent, date, knownOn, GapMode.STRICT);
        } catch (PolicyLookupException noFloor) {
            return Optional.empty();
        }
        return parameter.compare(v.value(), floor.value()) < 0 ? Optional.of(floor) : Optional.empty();
    }

    /**
     * The dates within {@code v}'s period at which the floor, or whether {@code v} is in force, may change: v's start
     * and the edges of the values of {@code region} and its ancestors.
     */
    private static List<LocalDate> breakpoints(
            Map<DivisionCode, Timeline<?>> regions, DivisionCode region, DatedValue<?> v) {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(v.from());
        for (DivisionCode r = region; r != null; r = r.parent().orElse(null)) {
            Timeline<?> t = regions.get(r);
            if (t == null) {
                continue;
            }
            for (DatedValue<?> a : t.values()) {
                if (v.appliesOn(a.from())) {
                    dates.add(a.from());
                }
                a.until()
                        .filter(u -> u.isBefore(LocalDate.MAX))
                        .map(u -> u.plusDays(1))
                        .filter(v::appliesOn)
                        .ifPresent(dates::add);
            }
        }
        return new ArrayList<>(dates);
    }

    /** A value below its parent region's floor. */
    static final class FloorViolation {
        private final ParameterDefinition<?> parameter;
        private final DivisionCode region;
        private final int index;
        private final DatedValue<?> value;
        private final Resolved<?> floor;

        FloorViolation(
                ParameterDefinition<?> parameter,
                DivisionCode region,
                int index,
                DatedValue<?> value,
                Resolved<?> floor) {
            this.parameter = parameter;
            this.region = region;
            this.index = index;
            this.value = value;
            this.floor = floor;
        }

        ParameterDefinition<?> parameter() {
            return parameter;
        }

        DivisionCode region() {
            return region;
        }

        /** The index of the offending value in its region's timeline. */
        int index() {
            return index;
        }

        String reason() {
            return region + " sets " + parameter.format(value.value()) + " from " + value.from()
                    + (value.knownFrom().equals(value.source().date()) ? "" : " (published " + value.knownFrom() + ")")
                    + ", below the floor " + floor.formattedValue() + " that " + floor.region() + " sets from "
                    + floor.datedValue().from() + " (" + floor.source().citation() + ") on "
                    + floor.benefitDate()
                    + floor.decisionDate().map(d -> " as known on " + d).orElse("")
                    + ": " + parameter.key() + " must not be below its parent's value";
        }
    }
}
