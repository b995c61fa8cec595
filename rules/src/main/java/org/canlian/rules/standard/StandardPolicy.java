package org.canlian.rules.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.InForce;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.Unit;

/**
 * The organisation standard's thresholds as policy parameters, and the adapter that produces the
 * {@link OrganisationStandard} in force for a region on a date. Its numbers come from the policy, and its
 * {@code source()} lists the citations of the values used. Its structure is the federation system's own (the CDPF
 * charter; city and county federations' work reports): the five special associations, at province, prefecture and county level; the disabled-cadre share
 * for city (prefecture) federations; the service facility's floor area for counties.
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.readResource(StandardPolicy.catalog(), StandardPolicy.NATIONAL_RESOURCE);
 * InForce<OrganisationStandard> in = StandardPolicy.standard(policy, DivisionCode.parse("620723"), LocalDate.of(2024, 1, 1));
 * in.value().budgetFloor(DivisionLevel.COUNTY);     // Optional[5000.00]
 * StandardPolicy.standard(PolicyView.of(policy, county, date).asKnownOn(decided));   // as known on a decision date
 * }</pre>
 *
 * <p>Keys: {@code standard.grassroots-officers.minimum}, {@code standard.association.required.V} (boolean, V =
 * {@code urban-community | rural-village | village-like}: which village-level units must have an association and
 * its officers), {@code standard.township-officers.K.minimum} and
 * {@code .maximum} (K = {@code street-office | town | township | township-like}; no maximum set means none),
 * {@code standard.activity-room.required}, {@code standard.special-association.office-required},
 * {@code standard.special-association.budget-floor.L} (L = {@code province | prefecture | county}, CNY/year; none set
 * means no floor at that level), {@code standard.disabled-staff-share.minimum} (percent),
 * {@code standard.facility.floor-area.small|middle|large} (m2) and {@code standard.facility.population.middle|large}
 * (count). This class is immutable and thread-safe.
 */
public final class StandardPolicy {
    /** The shipped defaults (from city and county federations' work reports, 2009-2024), region {@code 00}. */
    public static final String NATIONAL_RESOURCE = "/org/canlian/rules/policy/examples/national-standard.json";

    /** The fewest officers of a village or community association. */
    public static final ParameterDefinition<Long> GRASSROOTS_OFFICERS = ParameterDefinition.count(
            "standard.grassroots-officers.minimum", Unit.COUNT, "村（社区）专职委员最少人数", "grassroots officers minimum");
    /** Whether every association must have an activity room. */
    public static final ParameterDefinition<Boolean> ACTIVITY_ROOM =
            ParameterDefinition.bool("standard.activity-room.required", "须有活动室", "activity room required");
    /** Whether each special association must have an office. */
    public static final ParameterDefinition<Boolean> OFFICE = ParameterDefinition.bool(
            "standard.special-association.office-required", "专门协会须有办公场所", "special association office required");
    /** The least share of disabled cadres among staff, in percent. */
    public static final ParameterDefinition<BigDecimal> DISABLED_STAFF_SHARE = ParameterDefinition.decimal(
            "standard.disabled-staff-share.minimum", Unit.PERCENT, "残疾人干部最低比例", "disabled staff share minimum");
    /** Facility floor area for the smallest counties. */
    public static final ParameterDefinition<BigDecimal> AREA_SMALL = ParameterDefinition.decimal(
            "standard.facility.floor-area.small", Unit.SQUARE_METRES, "综合服务设施面积（小县）", "facility area, small county");
    /** Facility floor area from the middle population threshold. */
    public static final ParameterDefinition<BigDecimal> AREA_MIDDLE = ParameterDefinition.decimal(
            "standard.facility.floor-area.middle", Unit.SQUARE_METRES, "综合服务设施面积（中县）", "facility area, middle county");
    /** Facility floor area from the large population threshold. */
    public static final ParameterDefinition<BigDecimal> AREA_LARGE = ParameterDefinition.decimal(
            "standard.facility.floor-area.large", Unit.SQUARE_METRES, "综合服务设施面积（大县）", "facility area, large county");
    /** The population from which the middle floor area applies. */
    public static final ParameterDefinition<Long> POPULATION_MIDDLE = ParameterDefinition.count(
            "standard.facility.population.middle", Unit.COUNT, "中县人口起点", "middle county population from");
    /** The population from which the large floor area applies. */
    public static final ParameterDefinition<Long> POPULATION_LARGE = ParameterDefinition.count(
            "standard.facility.population.large", Unit.COUNT, "大县人口起点", "large county population from");

    private static final Map<VillageKind, ParameterDefinition<Boolean>> ASSOCIATION_REQUIRED =
            new EnumMap<>(VillageKind.class);
    private static final Map<TownshipKind, ParameterDefinition<Long>> OFFICERS_MIN = new EnumMap<>(TownshipKind.class);
    private static final Map<TownshipKind, ParameterDefinition<Long>> OFFICERS_MAX = new EnumMap<>(TownshipKind.class);
    private static final Map<DivisionLevel, ParameterDefinition<Money>> BUDGET_FLOORS =
            new EnumMap<>(DivisionLevel.class);

    static {
        for (VillageKind k : VillageKind.values()) {
            ASSOCIATION_REQUIRED.put(
                    k,
                    ParameterDefinition.bool(
                            "standard.association.required."
                                    + k.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            k.chineseName() + "须建残协并配专职委员",
                            k.englishName() + ": association and officer required"));
        }
        for (TownshipKind k : TownshipKind.values()) {
            String seg = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
            OFFICERS_MIN.put(
                    k,
                    ParameterDefinition.count(
                            "standard.township-officers." + seg + ".minimum",
                            Unit.COUNT,
                            k.chineseName() + "专职委员最少人数",
                            k.englishName() + " officers minimum"));
            OFFICERS_MAX.put(
                    k,
                    ParameterDefinition.count(
                            "standard.township-officers." + seg + ".maximum",
                            Unit.COUNT,
                            k.chineseName() + "专职委员最多人数",
                            k.englishName() + " officers maximum"));
        }
        for (DivisionLevel l : List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY)) {
            BUDGET_FLOORS.put(
                    l,
                    ParameterDefinition.money(
                            "standard.special-association.budget-floor." + l.englishName(),
                            Unit.CNY_PER_YEAR,
                            l.chineseName() + "专门协会年度活动经费下限",
                            l.englishName() + " special association yearly budget floor"));
        }
    }

    private StandardPolicy() {}

    /**
     * The shipped national policy ({@link #NATIONAL_RESOURCE}): the thresholds from city and county federations' work reports, 2009-2024,
     * region {@code 00}, each citing its source. A region's own file overrides them.
     *
     * @return the policy set
     */
    public static PolicySet national() {
        return PolicyFiles.readResource(catalog(), NATIONAL_RESOURCE);
    }

    /**
     * {@return whether village-level units of this kind must have an association with its officers} A unit marked as
     * needing none is exempt whatever its kind.
     *
     * <pre>{@code
     * StandardPolicy.associationRequired(VillageKind.VILLAGE_LIKE).key();   // "standard.association.required.village-like"
     * }</pre>
     *
     * @param kind the kind of village-level unit: rural village, urban community or village-like unit
     */
    public static ParameterDefinition<Boolean> associationRequired(VillageKind kind) {
        return ASSOCIATION_REQUIRED.get(kind);
    }

    /**
     * {@return the minimum officers of a township-level federation of this kind}
     *
     * @param kind the kind of township-level unit: town, township or street office
     */
    public static ParameterDefinition<Long> officersMinimum(TownshipKind kind) {
        return OFFICERS_MIN.get(kind);
    }

    /**
     * {@return the maximum officers of a township-level federation of this kind (optional in a policy)}
     *
     * @param kind the kind of township-level unit: town, township or street office
     */
    public static ParameterDefinition<Long> officersMaximum(TownshipKind kind) {
        return OFFICERS_MAX.get(kind);
    }

    /**
     * {@return the special associations' yearly budget floor at a level (optional in a policy)}
     *
     * @param level the division level of the federation
     */
    public static ParameterDefinition<Money> budgetFloor(DivisionLevel level) {
        return BUDGET_FLOORS.get(level);
    }

    /** {@return the standard's parameters, for a policy loader} */
    public static ParameterCatalog catalog() {
        List<ParameterDefinition<?>> all = new ArrayList<>(List.of(
                GRASSROOTS_OFFICERS,
                ACTIVITY_ROOM,
                OFFICE,
                DISABLED_STAFF_SHARE,
                AREA_SMALL,
                AREA_MIDDLE,
                AREA_LARGE,
                POPULATION_MIDDLE,
                POPULATION_LARGE));
        all.addAll(ASSOCIATION_REQUIRED.values());
        all.addAll(OFFICERS_MIN.values());
        all.addAll(OFFICERS_MAX.values());
        all.addAll(BUDGET_FLOORS.values());
        return ParameterCatalog.of(all);
    }

    /**
     * {@return the standard in force for {@code region} on {@code date}, strictly, whatever the values' publication
     * dates: {@code standard(PolicyView.of(policy, region, date))}}
     *
     * @param policy the policy set that holds the organisation standard
     * @param region the region whose standard applies: its own values, else its ancestors'
     * @param date the day on which the standard must be in force
     * @throws org.canlian.rules.policy.PolicyLookupException if a required threshold has no value then
     * @throws org.canlian.core.InvalidValueException if the values break a rule of {@link OrganisationStandard}
     */
    public static InForce<OrganisationStandard> standard(PolicySet policy, DivisionCode region, LocalDate date) {
        return standard(PolicyView.of(policy, region, date));
    }

    /**
     * {@return the standard in force for {@code region} on {@code date}, with the caller's choice for gaps: {@code
     * standard(PolicyView.of(policy, region, date).withGap(gap))}}
     *
     * @param policy the policy set that holds the organisation standard
     * @param region the region whose standard applies: its own values, else its ancestors'
     * @param date the day on which the standard must be in force
     * @param gap what to do on a date where no value applies
     */
    public static InForce<OrganisationStandard> standard(
            PolicySet policy, DivisionCode region, LocalDate date, GapMode gap) {
        return standard(PolicyView.of(policy, region, date).withGap(gap));
    }

    /**
     * The standard in force as {@code view} reads the policy: its region and benefit date, and, if it has one, its
     * decision date (values published after it are not used) and its gap mode.
     *
     * <pre>{@code
     * PolicyView view = PolicyView.of(policy, DivisionCode.parse("620723"), LocalDate.of(2024, 6, 1))
     *         .asKnownOn(LocalDate.of(2023, 11, 1));
     * StandardPolicy.standard(view).value().townshipOfficers();   // the ranges in force, as known on 2023-11-01
     * }</pre>
     *
     * @param view the policy, region, dates and gap mode to read with
     * @return the standard, with each value used
     * @throws org.canlian.rules.policy.PolicyLookupException if a required threshold has no value then
     * @throws org.canlian.core.InvalidValueException if the values break a rule of {@link OrganisationStandard}
     */
    public static InForce<OrganisationStandard> standard(PolicyView view) {
        PolicyView.Reading l = view.reading();
        OrganisationStandard.Builder b = OrganisationStandard.builder()
                .specialAssociationLevels(
                        EnumSet.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY))
                .specialAssociationKinds(EnumSet.allOf(SpecialAssociationKind.class))
                .disabledStaffShareLevels(EnumSet.of(DivisionLevel.PREFECTURE))
                .facilityFloorAreaLevels(EnumSet.of(DivisionLevel.COUNTY));
        b.grassrootsOfficersMinimum(Math.toIntExact(l.get(GRASSROOTS_OFFICERS).value()));
        Set<VillageKind> kinds = EnumSet.noneOf(VillageKind.class);
        ASSOCIATION_REQUIRED.forEach((kind, p) -> {
            if (l.get(p).value()) {
                kinds.add(kind);
            }
        });
        b.associationKinds(kinds);
        b.activityRoomRequired(l.get(ACTIVITY_ROOM).value());
        b.specialAssociationOfficeRequired(l.get(OFFICE).value());
        b.disabledStaffShareMinimum(l.get(DISABLED_STAFF_SHARE).value().movePointLeft(2));
        Map<TownshipKind, OfficerRange> ranges = new EnumMap<>(TownshipKind.class);
        for (TownshipKind k : TownshipKind.values()) {
            Optional<Resolved<Long>> min = l.find(OFFICERS_MIN.get(k));
            if (min.isEmpty()) {
                continue;
            }
            int least = Math.toIntExact(min.get().value());
            ranges.put(
                    k,
                    l.find(OFFICERS_MAX.get(k))
                            .map(max -> OfficerRange.of(least, Math.toIntExact(max.value())))
                            .orElse(OfficerRange.atLeast(least)));
        }
        b.townshipOfficers(ranges);
        Map<DivisionLevel, Money> floors = new EnumMap<>(DivisionLevel.class);
        BUDGET_FLOORS.forEach((level, p) -> l.find(p).ifPresent(floor -> floors.put(level, floor.value())));
        b.specialAssociationBudgetFloors(floors);
        b.facilityFloorAreaBands(List.of(
                FloorAreaBand.of(0, l.get(AREA_SMALL).value().intValueExact()),
                FloorAreaBand.of(
                        l.get(POPULATION_MIDDLE).value(),
                        l.get(AREA_MIDDLE).value().intValueExact()),
                FloorAreaBand.of(
                        l.get(POPULATION_LARGE).value(),
                        l.get(AREA_LARGE).value().intValueExact())));
        // Each value with the region that set it, then each document once: the articles are in parametersUsed().
        List<Resolved<?>> used = l.used();
        b.source("policy for " + view.region() + " on " + view.benefitDate()
                + view.decisionDate().map(d -> " as known on " + d).orElse("") + ": "
                + used.stream()
                        .map(r -> r.parameter().key() + " = " + r.formattedValue() + " (" + r.region() + ")")
                        .collect(Collectors.joining(", "))
                + "; sources: "
                + used.stream()
                        .map(r -> r.source().issuer() + ", " + r.source().document())
                        .distinct()
                        .collect(Collectors.joining("; ")));
        return l.inForce(b.build());
    }
}
