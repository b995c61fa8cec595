package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.immutables.value.Value;

/**
 * The organisation standard a federation system is checked against: a plain value that the policy in force
 * produces ({@link StandardPolicy#standard}, from dated, cited policy data; the national values, from city and county federations' work reports, ship as
 * {@code national-standard.json}), or that a caller builds or reads from JSON. No threshold is fixed in code.
 *
 * <pre>{@code
 * OrganisationStandard standard =
 *         StandardPolicy.standard(StandardPolicy.national(), DivisionCode.parse("620723"), LocalDate.of(2024, 6, 1))
 *                 .value();
 * standard.specialAssociationBudgetFloors().get(DivisionLevel.COUNTY);     // 5000.00
 * OrganisationStandard streetOffices35 = standard.withOfficerRanges(Map.of(
 *         TownshipKind.STREET_OFFICE, OfficerRange.of(3, 5), TownshipKind.TOWN, OfficerRange.atLeast(1)));
 * OrganisationStandard fromFile = OrganisationStandard.fromJson(json);
 * }</pre>
 *
 * <p>Checked: at least one kind of village-level unit must have an association; the disabled-staff share is a
 * fraction between 0 and 1; the facility bands start at population 0 and rise strictly; the grassroots officer
 * minimum is not negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableOrganisationStandard.class)
@JsonDeserialize(as = ImmutableOrganisationStandard.class)
public abstract class OrganisationStandard {
    OrganisationStandard() {}

    /** {@return where the values come from (a citation), carried into every report} */
    public abstract String source();

    /**
     * {@return the fewest officers a village or community association must have (county federations' work reports,
     * 2009-2024: one)}
     */
    public abstract int grassrootsOfficersMinimum();

    /**
     * {@return the kinds of village-level unit that must have an association} Each such association must have at
     * least {@link #grassrootsOfficersMinimum()} officers. The national policy names urban communities and rural
     * villages (the CDPF charter), not village-like units such as a state farm's living areas. Units of other kinds,
     * and units marked as needing none ({@link org.canlian.core.hierarchy.GrassrootsAssociation#noneNeeded}), are not
     * counted.
     */
    public abstract Set<VillageKind> associationKinds();

    /**
     * {@return whether every village or community association must have an activity room (city and county
     * federations' work reports, 2009-2024)}
     */
    public abstract boolean activityRoomRequired();

    /** {@return how many officers a township-level federation of each kind must have; kinds absent are not checked} */
    public abstract Map<TownshipKind, OfficerRange> townshipOfficers();

    /** {@return the levels whose federations must have special associations (CDPF charter; city and county federations' work reports, 2009-2024: province, prefecture, county)} */
    public abstract Set<DivisionLevel> specialAssociationLevels();

    /** {@return the special associations required at those levels (CDPF charter; city and county federations' work reports, 2009-2024: all five)} */
    public abstract Set<SpecialAssociationKind> specialAssociationKinds();

    /** {@return whether each special association must have an office of its own (CDPF charter; city and county federations' work reports, 2009-2024)} */
    public abstract boolean specialAssociationOfficeRequired();

    /** {@return the least yearly activity budget of a special association, by level; levels absent have no floor} */
    public abstract Map<DivisionLevel, Money> specialAssociationBudgetFloors();

    /** {@return the levels whose federations' staff must include a share of disabled cadres (city and county federations' work reports, 2009-2024: city)} */
    public abstract Set<DivisionLevel> disabledStaffShareLevels();

    /** {@return the least share of disabled persons among staff in post, a fraction, e.g. {@code 0.15}} */
    public abstract BigDecimal disabledStaffShareMinimum();

    /** {@return the levels whose federations' service facility is checked against the population bands (county)} */
    public abstract Set<DivisionLevel> facilityFloorAreaLevels();

    /** {@return the facility floor-area bands by population, ascending, the first from 0} */
    public abstract List<FloorAreaBand> facilityFloorAreaBands();

    /**
     * The band a population falls in.
     *
     * @param population the unit's population
     * @return the band with the greatest {@code populationFrom} not above it
     */
    public FloorAreaBand bandFor(long population) {
        FloorAreaBand found = facilityFloorAreaBands().get(0);
        for (FloorAreaBand b : facilityFloorAreaBands()) {
            if (b.populationFrom() <= population) {
                found = b;
            }
        }
        return found;
    }

    /**
     * {@return the budget floor at a level, if any}
     *
     * @param level the division level, e.g. county
     */
    public Optional<Money> budgetFloor(DivisionLevel level) {
        return Optional.ofNullable(specialAssociationBudgetFloors().get(level));
    }

    /**
     * This standard with other township officer ranges, e.g. a region's 3-5 per street office.
     *
     * @param ranges the ranges by township kind; kinds absent are not checked
     * @return the changed standard
     */
    public OrganisationStandard withOfficerRanges(Map<TownshipKind, OfficerRange> ranges) {
        return toBuilder().townshipOfficers(ranges).build();
    }

    /** {@return a builder holding this standard's values, to change some of them} */
    public Builder toBuilder() {
        Builder b = builder();
        b.from(this);
        return b;
    }

    /** {@return a builder, for a standard of one's own (every attribute required; maps and sets may be empty)} */
    public static Builder builder() {
        return ImmutableOrganisationStandard.builder();
    }

    /** Builds an {@link OrganisationStandard}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the organisation standard to copy
         * @return this builder
         */
        public abstract Builder from(OrganisationStandard instance);

        /**
         * Sets where the values come from (a citation), carried into every report.
         *
         * @param source where the values come from (a citation), carried into every report
         * @return this builder
         */
        public abstract Builder source(String source);

        /**
         * Sets the fewest officers a village or community association must have (federations' work reports: one).
         *
         * @param grassrootsOfficersMinimum the fewest officers a village or community association must have (federations' work reports: one)
         * @return this builder
         */
        public abstract Builder grassrootsOfficersMinimum(int grassrootsOfficersMinimum);

        /**
         * Adds an element to the kinds of village-level unit that must have an association.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addAssociationKinds(VillageKind element);

        /**
         * Adds elements to the kinds of village-level unit that must have an association.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAssociationKinds(VillageKind... elements);

        /**
         * Sets the kinds of village-level unit that must have an association, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder associationKinds(Iterable<VillageKind> elements);

        /**
         * Adds every element of an iterable to the kinds of village-level unit that must have an association.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllAssociationKinds(Iterable<VillageKind> elements);

        /**
         * Sets whether every village or community association must have an activity room (federations' work reports).
         *
         * @param activityRoomRequired {@code true} if every village or community association must have an activity room
         *     (federations' work reports)
         * @return this builder
         */
        public abstract Builder activityRoomRequired(boolean activityRoomRequired);

        /**
         * Adds an entry to how many officers a township-level federation of each kind must have; kinds absent are not
         * checked.
         *
         * @param key the key, not already present
         * @param value its value
         * @return this builder
         */
        public abstract Builder putTownshipOfficers(TownshipKind key, OfficerRange value);

        /**
         * Adds an entry to how many officers a township-level federation of each kind must have; kinds absent are not
         * checked.
         *
         * @param entry the entry; its key must not already be present
         * @return this builder
         */
        public abstract Builder putTownshipOfficers(Map.Entry<TownshipKind, ? extends OfficerRange> entry);

        /**
         * Sets how many officers a township-level federation of each kind must have; kinds absent are not checked,
         * replacing any entries added before.
         *
         * @param entries the entries
         * @return this builder
         */
        public abstract Builder townshipOfficers(Map<TownshipKind, ? extends OfficerRange> entries);

        /**
         * Adds entries to how many officers a township-level federation of each kind must have; kinds absent are not
         * checked.
         *
         * @param entries the entries; their keys must not already be present
         * @return this builder
         */
        public abstract Builder putAllTownshipOfficers(Map<TownshipKind, ? extends OfficerRange> entries);

        /**
         * Adds an element to the levels whose federations must have special associations (CDPF charter: province,
         * prefecture, county).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addSpecialAssociationLevels(DivisionLevel element);

        /**
         * Adds elements to the levels whose federations must have special associations (CDPF charter: province,
         * prefecture, county).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addSpecialAssociationLevels(DivisionLevel... elements);

        /**
         * Sets the levels whose federations must have special associations (CDPF charter: province, prefecture,
         * county), replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder specialAssociationLevels(Iterable<DivisionLevel> elements);

        /**
         * Adds every element of an iterable to the levels whose federations must have special associations (CDPF charter: province, prefecture, county).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllSpecialAssociationLevels(Iterable<DivisionLevel> elements);

        /**
         * Adds an element to the special associations required at those levels (CDPF charter: all five).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addSpecialAssociationKinds(SpecialAssociationKind element);

        /**
         * Adds elements to the special associations required at those levels (CDPF charter: all five).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addSpecialAssociationKinds(SpecialAssociationKind... elements);

        /**
         * Sets the special associations required at those levels (CDPF charter: all five), replacing any elements
         * added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder specialAssociationKinds(Iterable<SpecialAssociationKind> elements);

        /**
         * Adds every element of an iterable to the special associations required at those levels (CDPF charter: all
         * five).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllSpecialAssociationKinds(Iterable<SpecialAssociationKind> elements);

        /**
         * Sets whether each special association must have an office of its own (CDPF charter).
         *
         * @param specialAssociationOfficeRequired {@code true} if each special association must have an office of its
         *     own (CDPF charter)
         * @return this builder
         */
        public abstract Builder specialAssociationOfficeRequired(boolean specialAssociationOfficeRequired);

        /**
         * Adds an entry to the least yearly activity budget of a special association, by level; levels absent have no
         * floor.
         *
         * @param key the key, not already present
         * @param value its value
         * @return this builder
         */
        public abstract Builder putSpecialAssociationBudgetFloors(DivisionLevel key, Money value);

        /**
         * Adds an entry to the least yearly activity budget of a special association, by level; levels absent have no
         * floor.
         *
         * @param entry the entry; its key must not already be present
         * @return this builder
         */
        public abstract Builder putSpecialAssociationBudgetFloors(Map.Entry<DivisionLevel, ? extends Money> entry);

        /**
         * Sets the least yearly activity budget of a special association, by level; levels absent have no floor,
         * replacing any entries added before.
         *
         * @param entries the entries
         * @return this builder
         */
        public abstract Builder specialAssociationBudgetFloors(Map<DivisionLevel, ? extends Money> entries);

        /**
         * Adds entries to the least yearly activity budget of a special association, by level; levels absent have no
         * floor.
         *
         * @param entries the entries; their keys must not already be present
         * @return this builder
         */
        public abstract Builder putAllSpecialAssociationBudgetFloors(Map<DivisionLevel, ? extends Money> entries);

        /**
         * Adds an element to the levels whose federations' staff must include a share of disabled cadres (federations' work reports: city).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addDisabledStaffShareLevels(DivisionLevel element);

        /**
         * Adds elements to the levels whose federations' staff must include a share of disabled cadres (federations' work reports:
         * city).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addDisabledStaffShareLevels(DivisionLevel... elements);

        /**
         * Sets the levels whose federations' staff must include a share of disabled cadres (federations' work reports: city),
         * replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder disabledStaffShareLevels(Iterable<DivisionLevel> elements);

        /**
         * Adds every element of an iterable to the levels whose federations' staff must include a share of disabled
         * cadres (federations' work reports: city).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllDisabledStaffShareLevels(Iterable<DivisionLevel> elements);

        /**
         * Sets the least share of disabled persons among staff in post, a fraction, e.g. {@code 0.15}.
         *
         * @param disabledStaffShareMinimum the least share of disabled persons among staff in post, a fraction, e.g.
         *     {@code 0.15}
         * @return this builder
         */
        public abstract Builder disabledStaffShareMinimum(BigDecimal disabledStaffShareMinimum);

        /**
         * Adds an element to the levels whose federations' service facility is checked against the population bands
         * (county).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addFacilityFloorAreaLevels(DivisionLevel element);

        /**
         * Adds elements to the levels whose federations' service facility is checked against the population bands
         * (county).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addFacilityFloorAreaLevels(DivisionLevel... elements);

        /**
         * Sets the levels whose federations' service facility is checked against the population bands (county),
         * replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder facilityFloorAreaLevels(Iterable<DivisionLevel> elements);

        /**
         * Adds every element of an iterable to the levels whose federations' service facility is checked against the
         * population bands (county).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllFacilityFloorAreaLevels(Iterable<DivisionLevel> elements);

        /**
         * Adds an element to the facility floor-area bands by population, ascending, the first from 0.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addFacilityFloorAreaBands(FloorAreaBand element);

        /**
         * Adds elements to the facility floor-area bands by population, ascending, the first from 0.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addFacilityFloorAreaBands(FloorAreaBand... elements);

        /**
         * Sets the facility floor-area bands by population, ascending, the first from 0, replacing any elements added
         * before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder facilityFloorAreaBands(Iterable<? extends FloorAreaBand> elements);

        /**
         * Adds every element of an iterable to the facility floor-area bands by population, ascending, the first from
         * 0.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllFacilityFloorAreaBands(Iterable<? extends FloorAreaBand> elements);

        /**
         * Builds the organisation standard.
         *
         * @return the new organisation standard, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract OrganisationStandard build();
    }

    /**
     * Reads a standard from JSON (the form {@code CanlianJson.mapper().writeValueAsString(standard)} writes).
     *
     * @param json the JSON text
     * @return the standard
     * @throws org.canlian.core.json.JsonInputException naming the JSON path of the property that is missing, unknown
     *     or invalid, and the reason
     */
    public static OrganisationStandard fromJson(String json) {
        return CanlianJson.read(json, OrganisationStandard.class);
    }

    @Value.Check
    void check() {
        if (associationKinds().isEmpty()) {
            throw InvalidValueException.of(
                    "association kinds",
                    "empty",
                    "[]",
                    "name at least one kind of village-level unit that must have an association (e.g. RURAL_VILLAGE)");
        }
        if (grassrootsOfficersMinimum() < 0) {
            throw InvalidValueException.of(
                    "grassroots officers minimum",
                    "negative",
                    Integer.toString(grassrootsOfficersMinimum()),
                    "must be 0 or more");
        }
        if (disabledStaffShareMinimum().signum() < 0
                || disabledStaffShareMinimum().compareTo(BigDecimal.ONE) > 0) {
            throw InvalidValueException.of(
                    "disabled staff share minimum",
                    "fraction",
                    disabledStaffShareMinimum().toPlainString(),
                    "must be a fraction from 0 to 1 (0.15 for 15 %)");
        }
        List<FloorAreaBand> bands = facilityFloorAreaBands();
        if (bands.isEmpty() || bands.get(0).populationFrom() != 0) {
            throw InvalidValueException.of(
                    "facility floor area bands",
                    "first-band",
                    bands.isEmpty() ? "[]" : Long.toString(bands.get(0).populationFrom()),
                    "the first band must start at population 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).populationFrom() <= bands.get(i - 1).populationFrom()) {
                throw InvalidValueException.of(
                        "facility floor area bands",
                        "band-order",
                        Long.toString(bands.get(i).populationFrom()),
                        "bands must rise strictly by population, after "
                                + bands.get(i - 1).populationFrom());
            }
        }
    }
}
