package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.canlian.core.CanlianStyle;
import org.canlian.core.division.VillageKind;
import org.immutables.value.Value;

/**
 * The grassroots rates of a subtree (e.g. a province's 99.5 % / 98.4 % / 95.3 %): of the village-level units below a
 * federation that must have an association (the kinds {@link OrganisationStandard#associationKinds()} names, less the
 * units marked as needing none), how many have one formed, officers appointed (at least the standard's minimum) and an
 * activity room, in all and {@link #byKind() kind by kind}; and of its township-level federations, how many have the
 * officers their kind requires. Units without reported facts count in the totals and not in the counts.
 *
 * <pre>{@code
 * RollUp r = report.unit(DivisionCode.parse("620723")).orElseThrow().rollUp().orElseThrow();
 * r.formed();          // 76/76 (100.0 %): 71 villages and 5 communities; the farms' 6 living areas need none
 * r.byKind().get(VillageKind.RURAL_VILLAGE).formed();   // 71/71 (100.0 %)
 * r.notReported();     // 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableRollUp.class)
@JsonDeserialize(as = ImmutableRollUp.class)
public abstract class RollUp {
    RollUp() {}

    /** Associations formed, of all village-level units that must have one. */
    public abstract Rate formed();

    /** Associations with at least the minimum of officers, of all village-level units that must have one. */
    public abstract Rate officersAppointed();

    /** Associations with an activity room, of all village-level units that must have one. */
    public abstract Rate activityRooms();

    /** The same rates for each kind of village-level unit that must have an association, in the kinds' order. */
    public abstract Map<VillageKind, GrassrootsRates> byKind();

    /** Township-level federations with officers in their kind's range, of all township-level units. */
    public abstract Rate townshipOfficers();

    /** Village-level units that must have an association and have no facts reported. */
    public abstract long notReported();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RollUp}. Not thread-safe. */
    public static final class Builder extends ImmutableRollUp.Builder {}
}
