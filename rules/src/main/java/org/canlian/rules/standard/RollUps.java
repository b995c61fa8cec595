package org.canlian.rules.standard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.Hierarchy;

/**
 * The {@link RollUp} of every federation of a hierarchy, computed in one pass and kept as counts by the tree's
 * positions; {@link RollUp} values are made on demand.
 *
 * <pre>{@code
 * RollUps rollUps = StandardCheck.rollUps(hierarchy, facts, standard);
 * rollUps.of(DivisionCode.parse("62")).orElseThrow().formed().toPercentString();     // e.g. "99.5 %"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUps {
    static final VillageKind[] KINDS = VillageKind.values();

    private final Hierarchy hierarchy;
    private final VillageKind[] required;
    private final int[] villages;
    private final int[] notReported;
    private final int[] formed;
    private final int[] officers;
    private final int[] rooms;
    private final int[] townships;
    private final int[] townshipsMet;
    /** Each federation's row in the per-kind counts, -1 for a village-level unit (it has one kind, its own). */
    private final int[] row;
    /** Per federation row and kind ({@code row * KINDS.length + kind}): the same five counts. */
    private final int[][] byKind;

    RollUps(Hierarchy hierarchy, VillageKind[] required, int[][] counts, int[] row, int[][] byKind) {
        this.hierarchy = hierarchy;
        this.required = required;
        this.villages = counts[Count.UNITS];
        this.notReported = counts[Count.NOT_REPORTED];
        this.formed = counts[Count.FORMED];
        this.officers = counts[Count.OFFICERS];
        this.rooms = counts[Count.ROOMS];
        this.townships = counts[Count.TOWNSHIPS];
        this.townshipsMet = counts[Count.TOWNSHIPS_MET];
        this.row = row;
        this.byKind = byKind;
    }

    /** The indices of the count arrays: the five grassroots counts (also kept per kind), then the townships'. */
    static final class Count {
        static final int UNITS = 0;
        static final int NOT_REPORTED = 1;
        static final int FORMED = 2;
        static final int OFFICERS = 3;
        static final int ROOMS = 4;
        /** How many counts are kept per kind. */
        static final int GRASSROOTS = 5;

        static final int TOWNSHIPS = 5;
        static final int TOWNSHIPS_MET = 6;
        static final int ALL = 7;

        private Count() {}
    }

    /**
     * The roll-up of a federation's subtree.
     *
     * @param code a federation's code
     * @return the roll-up, or empty if the tree has no such unit or it is a village-level unit
     */
    public Optional<RollUp> of(DivisionCode code) {
        int i = hierarchy.indexOf(code);
        return i < 0 || !hierarchy.kindAt(i).isFederation() ? Optional.empty() : Optional.of(at(i));
    }

    /**
     * {@return the roll-up of the subtree at a position of the tree (a village-level unit's is its own)}
     *
     * @param index a position in the tree, as {@link org.canlian.core.hierarchy.Hierarchy} numbers it
     */
    public RollUp at(int index) {
        Map<VillageKind, GrassrootsRates> kinds = new EnumMap<>(VillageKind.class);
        for (VillageKind k : required) {
            kinds.put(k, kindAt(index, k));
        }
        return RollUp.builder()
                .formed(Rate.of(formed[index], villages[index]))
                .officersAppointed(Rate.of(officers[index], villages[index]))
                .activityRooms(Rate.of(rooms[index], villages[index]))
                .byKind(kinds)
                .townshipOfficers(Rate.of(townshipsMet[index], townships[index]))
                .notReported(notReported[index])
                .build();
    }

    private GrassrootsRates kindAt(int index, VillageKind kind) {
        int units;
        int unreported;
        int f;
        int o;
        int r;
        if (row[index] < 0) {
            // A village-level unit: its counts are its own kind's, zero for the others.
            boolean own = StandardCheck.villageKind(hierarchy.kindAt(index)) == kind;
            units = own ? villages[index] : 0;
            unreported = own ? notReported[index] : 0;
            f = own ? formed[index] : 0;
            o = own ? officers[index] : 0;
            r = own ? rooms[index] : 0;
        } else {
            int at = row[index] * KINDS.length + kind.ordinal();
            units = byKind[Count.UNITS][at];
            unreported = byKind[Count.NOT_REPORTED][at];
            f = byKind[Count.FORMED][at];
            o = byKind[Count.OFFICERS][at];
            r = byKind[Count.ROOMS][at];
        }
        return GrassrootsRates.builder()
                .formed(Rate.of(f, units))
                .officersAppointed(Rate.of(o, units))
                .activityRooms(Rate.of(r, units))
                .notReported(unreported)
                .build();
    }

    /**
     * {@return the associations formed in the subtree at a position (a count, for single-pass use)}
     *
     * @param index a position in the tree, as {@link org.canlian.core.hierarchy.Hierarchy} numbers it
     */
    public int formedAt(int index) {
        return formed[index];
    }

    /**
     * {@return the village-level units in the subtree at a position that must have an association}
     *
     * @param index a position in the tree, as {@link org.canlian.core.hierarchy.Hierarchy} numbers it
     */
    public int villagesAt(int index) {
        return villages[index];
    }
}
