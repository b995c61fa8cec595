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

    /** {@return associations formed, of all village-level units} */
    public abstract Rate formed();

    /** {@return associations with at least the minimum of officers, of all village-level units} */
    public abstract Rate officersAppointed();

    /** {@return associations with an activity room, of all village-level units} */
    public abstract Rate activityRooms();

    /** {@return township-level federations with officers in their kind's range, of all township-level units} */
    public abstract Rate townshipOfficers();

    /** {@return village-level units with no facts reported} */
    public abstract long notReported();

    /** {@return a builder} */
    public static Builder builder() {
        return ImmutableRollUp.builder();
    }

    /** Builds a {@link RollUp}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the roll up to copy
         * @return this builder
         */
        public abstract Builder from(RollUp instance);

        /**
         * Sets associations formed, of all village-level units.
         *
         * @param formed associations formed, of all village-level units
         * @return this builder
         */
        public abstract Builder formed(Rate formed);

        /**
         * Sets associations with at least the minimum of officers, of all village-level units.
         *
         * @param officersAppointed associations with at least the minimum of officers, of all village-level units
         * @return this builder
         */
        public abstract Builder officersAppointed(Rate officersAppointed);

        /**
         * Sets associations with an activity room, of all village-level units.
         *
         * @param activityRooms associations with an activity room, of all village-level units
         * @return this builder
         */
        public abstract Builder activityRooms(Rate activityRooms);

        /**
         * Sets township-level federations with officers in their kind's range, of all township-level units.
         *
         * @param townshipOfficers township-level federations with officers in their kind's range, of all township-level
         *     units
         * @return this builder
         */
        public abstract Builder townshipOfficers(Rate townshipOfficers);

        /**
         * Sets village-level units with no facts reported.
         *
         * @param notReported village-level units with no facts reported
         * @return this builder
         */
        public abstract Builder notReported(long notReported);

        /**
         * Builds the roll up.
         *
         * @return the new roll up, immutable
         * @throws IllegalStateException if a required attribute is not set
         */
        public abstract RollUp build();
    }
}
