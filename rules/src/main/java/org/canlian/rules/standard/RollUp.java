package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.immutables.value.Value;

/**
 * The grassroots rates of a subtree (city and county federations' work reports, 2009-2024: e.g. a province's 99.5 % / 98.4 % / 95.3 %): of all village and
 * community units below a federation, how many have an association formed, officers appointed (at least the
 * standard's minimum) and an activity room; and of its township-level federations, how many have the officers their
 * kind requires. Units without reported facts count in the totals and not in the counts.
 *
 * <pre>{@code
 * RollUp r = report.unit(DivisionCode.parse("620723")).orElseThrow().rollUp().orElseThrow();
 * r.formed();          // 82/82 (100.0 %)
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

    /** Associations formed, of all village-level units. */
    public abstract Rate formed();

    /** Associations with at least the minimum of officers, of all village-level units. */
    public abstract Rate officersAppointed();

    /** Associations with an activity room, of all village-level units. */
    public abstract Rate activityRooms();

    /** Township-level federations with officers in their kind's range, of all township-level units. */
    public abstract Rate townshipOfficers();

    /** Village-level units with no facts reported. */
    public abstract long notReported();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RollUp}. Not thread-safe. */
    public static final class Builder extends ImmutableRollUp.Builder {}
}
