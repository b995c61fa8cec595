package org.canlian.rules.standard;

import java.util.Optional;
import org.canlian.core.division.DivisionCode;
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
    private final Hierarchy hierarchy;
    private final int[] villages;
    private final int[] notReported;
    private final int[] formed;
    private final int[] officers;
    private final int[] rooms;
    private final int[] townships;
    private final int[] townshipsMet;

    RollUps(
            Hierarchy hierarchy,
            int[] villages,
            int[] notReported,
            int[] formed,
            int[] officers,
            int[] rooms,
            int[] townships,
            int[] townshipsMet) {
        this.hierarchy = hierarchy;
        this.villages = villages;
        this.notReported = notReported;
        this.formed = formed;
        this.officers = officers;
        this.rooms = rooms;
        this.townships = townships;
        this.townshipsMet = townshipsMet;
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
     * {@return the roll-up of the subtree at a position of the tree}
     *
     * @param index a position in the tree, as {@link org.canlian.core.hierarchy.Hierarchy} numbers it
     */
    public RollUp at(int index) {
        return RollUp.builder()
                .formed(Rate.of(formed[index], villages[index]))
                .officersAppointed(Rate.of(officers[index], villages[index]))
                .activityRooms(Rate.of(rooms[index], villages[index]))
                .townshipOfficers(Rate.of(townshipsMet[index], townships[index]))
                .notReported(notReported[index])
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
     * {@return the village-level units in the subtree at a position}
     *
     * @param index a position in the tree, as {@link org.canlian.core.hierarchy.Hierarchy} numbers it
     */
    public int villagesAt(int index) {
        return villages[index];
    }
}
