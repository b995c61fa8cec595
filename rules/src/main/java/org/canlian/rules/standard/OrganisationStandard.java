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
 * produces ({@link StandardPolicy#standard}, from dated, cited policy data; the national values of DOMAIN.md ship as
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

    /** Where the values come from (a citation), carried into every report. */
    public abstract String source();

    /** The fewest officers a village or community association must have (one, by the national policy). */
    public abstract int grassrootsOfficersMinimum();

    /**
     * The kinds of village-level unit that must have an association, with at least {@link
     * #grassrootsOfficersMinimum()} officers: the national policy names urban communities and rural villages (the
     * CDPF charter), not village-like units such as a state farm's living areas. Units of other kinds, and units
     * marked as needing none ({@link org.canlian.core.hierarchy.GrassrootsAssociation#noneNeeded}), are not counted.
     */
    public abstract Set<VillageKind> associationKinds();

    /** Whether every village or community association must have an activity room (DOMAIN.md 1.3). */
    public abstract boolean activityRoomRequired();

    /** How many officers a township-level federation of each kind must have; kinds absent are not checked. */
    public abstract Map<TownshipKind, OfficerRange> townshipOfficers();

    /** The levels whose federations must have special associations (DOMAIN.md 1.2: province, prefecture, county). */
    public abstract Set<DivisionLevel> specialAssociationLevels();

    /** The special associations required at those levels (DOMAIN.md 1.2: all five). */
    public abstract Set<SpecialAssociationKind> specialAssociationKinds();

    /** Whether each special association must have an office of its own (DOMAIN.md 1.2). */
    public abstract boolean specialAssociationOfficeRequired();

    /** The least yearly activity budget of a special association, by level; levels absent have no floor. */
    public abstract Map<DivisionLevel, Money> specialAssociationBudgetFloors();

    /** The levels whose federations' staff must include a share of disabled cadres (DOMAIN.md 1.3: city). */
    public abstract Set<DivisionLevel> disabledStaffShareLevels();

    /** The least share of disabled persons among staff in post, a fraction, e.g. {@code 0.15}. */
    public abstract BigDecimal disabledStaffShareMinimum();

    /** The levels whose federations' service facility is checked against the population bands (county). */
    public abstract Set<DivisionLevel> facilityFloorAreaLevels();

    /** The facility floor-area bands by population, ascending, the first from 0. */
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

    /** The budget floor at a level, if any. */
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

    /** A builder holding this standard's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.from(this);
        return b;
    }

    /** A builder, for a standard of one's own (every attribute required; maps and sets may be empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrganisationStandard}. Not thread-safe. */
    public static final class Builder extends ImmutableOrganisationStandard.Builder {}

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
