package org.canlian.rules.standard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.FederationFacts;
import org.canlian.core.hierarchy.Governance;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.core.hierarchy.SpecialAssociation;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.hierarchy.UnitKind;
import org.canlian.core.money.Money;

/**
 * Checks a hierarchy with its facts against an {@link OrganisationStandard}: for each unit, each criterion that
 * applies, met or missed with the figures (or not reported), and for each federation the rates of its subtree.
 *
 * <pre>{@code
 * StandardReport report = StandardCheck.check(hierarchy, facts, standard);   // standard: StandardPolicy.standard(...).value()
 * RollUps rates = StandardCheck.rollUps(hierarchy, facts, standard);   // the rates only
 * }</pre>
 *
 * <p>The criteria by unit: a village-level unit of a kind the standard requires an association of ({@link
 * OrganisationStandard#associationKinds()}), unless its facts mark it as needing none, has one formed, with at least
 * the minimum of officers and an activity room (if required); other village-level units have no findings and are
 * not counted (a county counts the associations that must exist: 临泽县's 71 villages and 5 communities, not its
 * farms' living areas); a township-level federation has officers in its kind's range; a federation at a
 * special-association level has each required association, with an office (if required) and at least its level's
 * budget floor; at a disabled-staff level, disabled staff reach the minimum share of staff in post; at a facility
 * level, the service facility's floor area reaches the band of the unit's population. Missing facts give
 * {@link Outcome#NOT_REPORTED} and count in the rates' totals, never in their counts.
 *
 * <p>A pure function of its three inputs: no clock, no files, no state. This class is immutable and thread-safe.
 */
public final class StandardCheck {
    private static final int CACHED_OFFICER_COUNTS = 8;
    private static final String NONE = "-";

    private StandardCheck() {}

    /**
     * The rates of every federation's subtree.
     *
     * @param hierarchy the tree
     * @param facts facts about the tree's units
     * @param standard the standard
     * @return the roll-ups
     * @throws InvalidValueException if the facts are about another tree
     */
    public static RollUps rollUps(Hierarchy hierarchy, HierarchyFacts facts, OrganisationStandard standard) {
        requireSameTree(hierarchy, facts);
        int n = hierarchy.size();
        int kinds = RollUps.KINDS.length;
        // Per position: the five grassroots counts and the townships'. Per federation and kind: the five again, kept
        // only for federations (a village is a leaf of one kind), so national trees need no n x kinds arrays.
        int[][] counts = new int[RollUps.Count.ALL][n];
        int[] row = new int[n];
        int rows = 0;
        for (int i = 0; i < n; i++) {
            row[i] = hierarchy.kindAt(i).isFederation() ? rows++ : -1;
        }
        int[][] byKind = new int[RollUps.Count.GRASSROOTS][rows * kinds];
        boolean[] required = requiredKinds(standard);
        OfficerRange[] ranges = townshipRanges(standard);
        int minimum = standard.grassrootsOfficersMinimum();
        for (int i = 0; i < n; i++) {
            UnitKind kind = hierarchy.kindAt(i);
            if (kind.isAssociation()) {
                GrassrootsAssociation a = facts.associationAt(i);
                if (!counted(required, kind, a)) {
                    continue; // needs no association: outside the rates
                }
                int unreported = a == null ? 1 : 0;
                int formed = a != null && a.formed() ? 1 : 0;
                int appointed = formed == 1 && a.officers().size() >= minimum ? 1 : 0;
                int room = a != null && a.activityRoom() ? 1 : 0;
                add(counts, i, unreported, formed, appointed, room);
                if (i > 0) { // a tree rooted at a village has no federation above it
                    int at = row[hierarchy.parentIndex(i)] * kinds
                            + villageKind(kind).ordinal();
                    add(byKind, at, unreported, formed, appointed, room);
                }
            } else if (kind.level() == DivisionLevel.TOWNSHIP) {
                OfficerRange range = ranges[townshipKind(kind).ordinal()];
                if (range != null) {
                    counts[RollUps.Count.TOWNSHIPS][i] = 1;
                    FederationFacts f = facts.federationAt(i);
                    counts[RollUps.Count.TOWNSHIPS_MET][i] =
                            f != null && range.admits(f.officers().size()) ? 1 : 0;
                }
            }
        }
        // Pre-order puts every child after its parent: one backward pass adds each subtree into its parent.
        for (int i = n - 1; i > 0; i--) {
            int p = hierarchy.parentIndex(i);
            for (int[] count : counts) {
                count[p] += count[i];
            }
            if (row[i] >= 0) {
                int from = row[i] * kinds;
                int to = row[p] * kinds;
                for (int[] count : byKind) {
                    for (int k = 0; k < kinds; k++) {
                        count[to + k] += count[from + k];
                    }
                }
            }
        }
        VillageKind[] requiredKinds =
                standard.associationKinds().stream().sorted().toArray(VillageKind[]::new);
        return new RollUps(hierarchy, requiredKinds, counts, row, byKind);
    }

    /**
     * The full report: every unit's findings, and every federation's roll-up.
     *
     * @param hierarchy the tree
     * @param facts facts about the tree's units
     * @param standard the standard
     * @return the report, units in the tree's pre-order
     * @throws InvalidValueException if the facts are about another tree
     */
    public static StandardReport check(Hierarchy hierarchy, HierarchyFacts facts, OrganisationStandard standard) {
        RollUps rollUps = rollUps(hierarchy, facts, standard);
        OfficerRange[] ranges = townshipRanges(standard);
        boolean[] required = requiredKinds(standard);
        VillageFindings villageFindings = new VillageFindings(standard);
        int n = hierarchy.size();
        List<UnitFindings> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UnitKind kind = hierarchy.kindAt(i);
            UnitFindings.Builder unit = UnitFindings.builder()
                    .code(hierarchy.codeAt(i))
                    .name(hierarchy.nameAt(i))
                    .kind(kind);
            if (kind.isAssociation()) {
                GrassrootsAssociation a = facts.associationAt(i);
                unit.findings(counted(required, kind, a) ? villageFindings.of(a) : List.of());
            } else {
                FederationFacts f = facts.federationAt(i);
                List<Finding> findings = new ArrayList<>();
                if (kind.level() == DivisionLevel.TOWNSHIP) {
                    OfficerRange range = ranges[townshipKind(kind).ordinal()];
                    if (range != null) {
                        findings.add(townshipOfficers(f, range));
                    }
                }
                DivisionLevel level = kind.level();
                if (standard.specialAssociationLevels().contains(level)) {
                    specialAssociations(f, level, standard, findings);
                }
                if (standard.disabledStaffShareLevels().contains(level)) {
                    findings.add(disabledStaffShare(f, standard.disabledStaffShareMinimum()));
                }
                if (standard.facilityFloorAreaLevels().contains(level)) {
                    findings.add(facilityArea(f, standard));
                }
                unit.findings(findings).rollUp(rollUps.at(i));
            }
            units.add(unit.build());
        }
        return StandardReport.builder()
                .standardSource(standard.source())
                .units(units)
                .build();
    }

    private static void requireSameTree(Hierarchy hierarchy, HierarchyFacts facts) {
        Objects.requireNonNull(hierarchy, "hierarchy");
        if (facts.hierarchy() != hierarchy) {
            throw InvalidValueException.of(
                    "hierarchy facts",
                    "other-tree",
                    facts.hierarchy().toString(),
                    "are about another hierarchy than " + hierarchy);
        }
    }

    private static OfficerRange[] townshipRanges(OrganisationStandard standard) {
        OfficerRange[] ranges = new OfficerRange[TownshipKind.values().length];
        standard.townshipOfficers().forEach((k, r) -> ranges[k.ordinal()] = r);
        return ranges;
    }

    /** Adds one counted village-level unit's figures at {@code at} of the five grassroots counts. */
    private static void add(int[][] counts, int at, int unreported, int formed, int appointed, int room) {
        counts[RollUps.Count.UNITS][at]++;
        counts[RollUps.Count.NOT_REPORTED][at] += unreported;
        counts[RollUps.Count.FORMED][at] += formed;
        counts[RollUps.Count.OFFICERS][at] += appointed;
        counts[RollUps.Count.ROOMS][at] += room;
    }

    /** Whether a village-level unit counts: its kind must have an association and it is not marked as needing none. */
    private static boolean counted(boolean[] required, UnitKind kind, GrassrootsAssociation facts) {
        return required[villageKind(kind).ordinal()] && (facts == null || !facts.isNoneNeeded());
    }

    private static boolean[] requiredKinds(OrganisationStandard standard) {
        boolean[] required = new boolean[RollUps.KINDS.length];
        standard.associationKinds().forEach(k -> required[k.ordinal()] = true);
        return required;
    }

    static VillageKind villageKind(UnitKind kind) {
        return switch (kind) {
            case COMMUNITY_ASSOCIATION -> VillageKind.URBAN_COMMUNITY;
            case VILLAGE_ASSOCIATION -> VillageKind.RURAL_VILLAGE;
            case VILLAGE_LIKE_ASSOCIATION -> VillageKind.VILLAGE_LIKE;
            default -> throw new IllegalArgumentException(kind + " is not a village-level kind");
        };
    }

    private static TownshipKind townshipKind(UnitKind kind) {
        return switch (kind) {
            case STREET_OFFICE_FEDERATION -> TownshipKind.STREET_OFFICE;
            case TOWN_FEDERATION -> TownshipKind.TOWN;
            case TOWNSHIP_FEDERATION -> TownshipKind.TOWNSHIP;
            case TOWNSHIP_LIKE_FEDERATION -> TownshipKind.TOWNSHIP_LIKE;
            default -> throw new IllegalArgumentException(kind + " is not a township-level kind");
        };
    }

    private static Finding townshipOfficers(FederationFacts f, OfficerRange range) {
        if (f == null) {
            return Finding.of(Criterion.TOWNSHIP_OFFICERS, Outcome.NOT_REPORTED, NONE, range.describe());
        }
        int count = f.officers().size();
        return Finding.of(
                Criterion.TOWNSHIP_OFFICERS,
                range.admits(count) ? Outcome.MET : Outcome.MISSED,
                Integer.toString(count),
                range.describe());
    }

    private static void specialAssociations(
            FederationFacts f, DivisionLevel level, OrganisationStandard standard, List<Finding> findings) {
        Money floor = standard.budgetFloor(level).orElse(null);
        for (SpecialAssociationKind kind : SpecialAssociationKind.values()) {
            if (!standard.specialAssociationKinds().contains(kind)) {
                continue;
            }
            if (f == null) {
                findings.add(
                        Finding.of(Criterion.SPECIAL_ASSOCIATION_PRESENT, kind, Outcome.NOT_REPORTED, NONE, "present"));
                continue;
            }
            SpecialAssociation a = f.specialAssociation(kind).orElse(null);
            if (a == null) {
                findings.add(
                        Finding.of(Criterion.SPECIAL_ASSOCIATION_PRESENT, kind, Outcome.MISSED, "absent", "present"));
                continue;
            }
            findings.add(Finding.of(Criterion.SPECIAL_ASSOCIATION_PRESENT, kind, Outcome.MET, "present", "present"));
            if (standard.specialAssociationOfficeRequired()) {
                findings.add(Finding.of(
                        Criterion.SPECIAL_ASSOCIATION_OFFICE,
                        kind,
                        a.hasOffice() ? Outcome.MET : Outcome.MISSED,
                        a.hasOffice() ? "office" : "no office",
                        "office"));
            }
            if (floor != null) {
                findings.add(Finding.of(
                        Criterion.SPECIAL_ASSOCIATION_BUDGET,
                        kind,
                        a.yearlyActivityBudget().compareTo(floor) >= 0 ? Outcome.MET : Outcome.MISSED,
                        a.yearlyActivityBudget().format() + " a year",
                        "at least " + floor.format() + " a year"));
            }
        }
    }

    private static Finding disabledStaffShare(FederationFacts f, BigDecimal minimum) {
        String required = "at least " + percent(minimum);
        Governance g = f == null ? null : f.governance().orElse(null);
        if (g == null) {
            return Finding.of(Criterion.DISABLED_STAFF_SHARE, Outcome.NOT_REPORTED, NONE, required);
        }
        Rate share = Rate.of(g.staffDisabled(), g.staffInPost());
        // Exact comparison: disabled >= minimum * staff, no rounding.
        boolean met = g.staffInPost() > 0
                && BigDecimal.valueOf(g.staffDisabled())
                                .compareTo(minimum.multiply(BigDecimal.valueOf(g.staffInPost())))
                        >= 0;
        return Finding.of(
                Criterion.DISABLED_STAFF_SHARE,
                met ? Outcome.MET : Outcome.MISSED,
                g.staffDisabled() + " of " + g.staffInPost() + " staff (" + share.toPercentString() + ")",
                required);
    }

    private static Finding facilityArea(FederationFacts f, OrganisationStandard standard) {
        if (f == null || f.population().isEmpty()) {
            return Finding.of(Criterion.SERVICE_FACILITY_AREA, Outcome.NOT_REPORTED, NONE, "by population band");
        }
        long population = f.population().getAsLong();
        FloorAreaBand band = standard.bandFor(population);
        String required =
                "at least " + group(band.minimumFloorArea()) + " m² (population " + describe(band, standard) + ")";
        if (f.serviceFacilityFloorArea().isEmpty()) {
            return Finding.of(Criterion.SERVICE_FACILITY_AREA, Outcome.NOT_REPORTED, NONE, required);
        }
        int area = f.serviceFacilityFloorArea().getAsInt();
        return Finding.of(
                Criterion.SERVICE_FACILITY_AREA,
                area >= band.minimumFloorArea() ? Outcome.MET : Outcome.MISSED,
                group(area) + " m² (population " + group(population) + ")",
                required);
    }

    private static String describe(FloorAreaBand band, OrganisationStandard standard) {
        List<FloorAreaBand> bands = standard.facilityFloorAreaBands();
        int i = bands.indexOf(band);
        if (i == bands.size() - 1) {
            return group(band.populationFrom()) + " or more";
        }
        long next = bands.get(i + 1).populationFrom();
        return band.populationFrom() == 0
                ? "under " + group(next)
                : group(band.populationFrom()) + " to under " + group(next);
    }

    private static String group(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** The findings of village-level units, shared: they depend only on a few facts, and China has 620,000 such. */
    private static final class VillageFindings {
        private final OrganisationStandard standard;
        private final List<Finding> notReported;
        private final List<Finding>[] cache;

        @SuppressWarnings("unchecked")
        VillageFindings(OrganisationStandard standard) {
            this.standard = standard;
            List<Finding> none = new ArrayList<>();
            none.add(Finding.of(Criterion.ASSOCIATION_FORMED, Outcome.NOT_REPORTED, NONE, "formed"));
            none.add(Finding.of(Criterion.ASSOCIATION_OFFICERS, Outcome.NOT_REPORTED, NONE, required()));
            if (standard.activityRoomRequired()) {
                none.add(Finding.of(Criterion.ACTIVITY_ROOM, Outcome.NOT_REPORTED, NONE, "activity room"));
            }
            this.notReported = List.copyOf(none);
            this.cache = new List[2 * 2 * CACHED_OFFICER_COUNTS];
        }

        private String required() {
            return "at least " + standard.grassrootsOfficersMinimum();
        }

        List<Finding> of(GrassrootsAssociation a) {
            if (a == null) {
                return notReported;
            }
            int count = a.officers().size();
            if (count >= CACHED_OFFICER_COUNTS) {
                return build(a.formed(), count, a.activityRoom());
            }
            int key = ((a.formed() ? 1 : 0) * 2 + (a.activityRoom() ? 1 : 0)) * CACHED_OFFICER_COUNTS + count;
            List<Finding> found = cache[key];
            if (found == null) {
                found = build(a.formed(), count, a.activityRoom());
                cache[key] = found;
            }
            return found;
        }

        private List<Finding> build(boolean formed, int officers, boolean room) {
            List<Finding> list = new ArrayList<>(3);
            list.add(Finding.of(
                    Criterion.ASSOCIATION_FORMED,
                    formed ? Outcome.MET : Outcome.MISSED,
                    formed ? "formed" : "not formed",
                    "formed"));
            list.add(Finding.of(
                    Criterion.ASSOCIATION_OFFICERS,
                    formed && officers >= standard.grassrootsOfficersMinimum() ? Outcome.MET : Outcome.MISSED,
                    Integer.toString(officers),
                    required()));
            if (standard.activityRoomRequired()) {
                list.add(Finding.of(
                        Criterion.ACTIVITY_ROOM,
                        room ? Outcome.MET : Outcome.MISSED,
                        room ? "activity room" : "none",
                        "activity room"));
            }
            return List.copyOf(list);
        }
    }
}
