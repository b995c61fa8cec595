package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.immutables.value.Value;

/**
 * The organisation standard a federation system is checked against: a plain value, so that a policy lookup (dated,
 * regional) can produce it; {@link #defaults()} holds the values of DOMAIN.md, each citing its section.
 *
 * <pre>{@code
 * OrganisationStandard standard = OrganisationStandard.defaults();
 * standard.specialAssociationBudgetFloors().get(DivisionLevel.COUNTY);     // 5000.00
 * OrganisationStandard streetOffices35 = standard.withOfficerRanges(Map.of(
 *         TownshipKind.STREET_OFFICE, OfficerRange.of(3, 5), TownshipKind.TOWN, OfficerRange.atLeast(1)));
 * OrganisationStandard fromFile = OrganisationStandard.fromJson(json);
 * }</pre>
 *
 * <p>Checked: the disabled-staff share is a fraction between 0 and 1; the facility bands start at population 0 and
 * rise strictly; the grassroots officer minimum is not negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableOrganisationStandard.class)
@JsonDeserialize(as = ImmutableOrganisationStandard.class)
public abstract class OrganisationStandard {
    /** Where the defaults come from. */
    static final String DEFAULT_SOURCE = "DOMAIN.md 1.2 (special associations: an office, a yearly activity budget of"
            + " at least 10,000 yuan at city and 5,000 yuan at county level), 1.3 (grassroots formation, officers and"
            + " activity rooms; disabled cadres at least 15 % of a city federation's staff; service facility floor"
            + " area by county population: under 600,000 at least 800 m², 600,000-800,000 at least 1,000 m², 800,000"
            + " or more at least 1,200 m²), 2 (one officer per township federation and per village or community"
            + " association; a street office may have 3-5) [seed]";

    OrganisationStandard() {}

    /** Where the values come from (a citation), carried into every report. */
    public abstract String source();

    /** The fewest officers a village or community association must have (DOMAIN.md 2: one). */
    public abstract int grassrootsOfficersMinimum();

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
     * The standard with DOMAIN.md's values: sections 1.2 (special associations, budget floors 10,000 yuan at city and
     * 5,000 at county level; no province floor is given, so none is checked), 1.3 (formation, officers, activity
     * rooms; disabled cadres at least 15 % of a city federation's staff; facility floor area 800 / 1,000 / 1,200 m²
     * for counties under 600,000 / from 600,000 / from 800,000 people) and 2 (one officer per township federation
     * and per association; a street office at least one and at most five).
     *
     * @return the default standard
     */
    public static OrganisationStandard defaults() {
        return ImmutableOrganisationStandard.builder()
                .source(DEFAULT_SOURCE)
                .grassrootsOfficersMinimum(1)
                .activityRoomRequired(true)
                .putTownshipOfficers(TownshipKind.STREET_OFFICE, OfficerRange.of(1, 5))
                .putTownshipOfficers(TownshipKind.TOWN, OfficerRange.atLeast(1))
                .putTownshipOfficers(TownshipKind.TOWNSHIP, OfficerRange.atLeast(1))
                .putTownshipOfficers(TownshipKind.TOWNSHIP_LIKE, OfficerRange.atLeast(1))
                .specialAssociationLevels(
                        EnumSet.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY))
                .specialAssociationKinds(EnumSet.allOf(SpecialAssociationKind.class))
                .specialAssociationOfficeRequired(true)
                .putSpecialAssociationBudgetFloors(DivisionLevel.PREFECTURE, Money.ofYuan(10_000))
                .putSpecialAssociationBudgetFloors(DivisionLevel.COUNTY, Money.ofYuan(5_000))
                .disabledStaffShareLevels(EnumSet.of(DivisionLevel.PREFECTURE))
                .disabledStaffShareMinimum(new BigDecimal("0.15"))
                .facilityFloorAreaLevels(EnumSet.of(DivisionLevel.COUNTY))
                .addFacilityFloorAreaBands(
                        FloorAreaBand.of(0, 800), FloorAreaBand.of(600_000, 1_000), FloorAreaBand.of(800_000, 1_200))
                .build();
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
     * @throws InvalidValueException naming the property that is missing, unknown or invalid
     */
    public static OrganisationStandard fromJson(String json) {
        try {
            return CanlianJson.mapper().readValue(json, OrganisationStandard.class);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidValueException.of(
                    "organisation standard",
                    "unknown-property",
                    Masking.quote(e.getPropertyName()),
                    "is not a property of OrganisationStandard");
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid;
            }
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            int bracket = reason.indexOf('[');
            String missing = bracket >= 0 ? reason.substring(bracket) : reason;
            throw InvalidValueException.of(
                    "organisation standard", "missing", missing, "required properties are not set");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw InvalidValueException.of(
                    "organisation standard", "json", Masking.quote(e.getPathReference()), e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidValueException.of("organisation standard", "json", "(text)", e.getMessage());
        }
    }

    @Value.Check
    void check() {
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
