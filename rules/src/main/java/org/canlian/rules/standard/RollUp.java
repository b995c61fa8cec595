package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.canlian.core.CanlianStyle;
import org.canlian.core.division.VillageKind;
import org.immutables.value.Value;

/**
 * The grassroots rates of a subtree (city and county federations' work reports, 2009-2024: e.g. a province's 99.5 % /
 * 98.4 % / 95.3 %): of the village-level units below a federation that must have an association (the kinds {@link
 * OrganisationStandard#associationKinds()} names, less the units marked as needing none), how many have one formed,
 * officers appointed (at least the standard's minimum) and an activity room, in all and {@link #byKind() kind by
 * kind}; and of its township-level federations, how many have the officers their kind requires. Units without
 * reported facts count in the totals and not in the counts.
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

    /** {@return associations formed, of all village-level units that must have one} */
    public abstract Rate formed();

    /** {@return associations with at least the minimum of officers, of all village-level units that must have one} */
    public abstract Rate officersAppointed();

    /** {@return associations with an activity room, of all village-level units that must have one} */
    public abstract Rate activityRooms();

    /** {@return the same rates for each kind of village-level unit that must have an association, in the kinds' order} */
    public abstract Map<VillageKind, GrassrootsRates> byKind();

    /** {@return township-level federations with officers in their kind's range, of all township-level units} */
    public abstract Rate townshipOfficers();

    /** {@return village-level units that must have an association and have no facts reported} */
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
         * Sets associations formed, of all village-level units that must have one.
         *
         * @param formed associations formed, of all village-level units that must have one
         * @return this builder
         */
        public abstract Builder formed(Rate formed);

        /**
         * Sets associations with at least the minimum of officers, of all village-level units that must have one.
         *
         * @param officersAppointed associations with at least the minimum of officers, of all village-level units that must have one
         * @return this builder
         */
        public abstract Builder officersAppointed(Rate officersAppointed);

        /**
         * Sets associations with an activity room, of all village-level units that must have one.
         *
         * @param activityRooms associations with an activity room, of all village-level units that must have one
         * @return this builder
         */
        public abstract Builder activityRooms(Rate activityRooms);

        /**
         * Puts the rates of one kind of village-level unit that must have an association.
         *
         * @param key the kind
         * @param value its rates
         * @return this builder
         */
        public abstract Builder putByKind(VillageKind key, GrassrootsRates value);

        /**
         * Puts the rates of one kind of village-level unit that must have an association.
         *
         * @param entry the kind and its rates
         * @return this builder
         */
        public abstract Builder putByKind(Map.Entry<VillageKind, ? extends GrassrootsRates> entry);

        /**
         * Sets the rates for each kind of village-level unit that must have an association, replacing any entries put
         * before.
         *
         * @param entries the rates by kind
         * @return this builder
         */
        public abstract Builder byKind(Map<VillageKind, ? extends GrassrootsRates> entries);

        /**
         * Puts every entry of a map into the rates for each kind of village-level unit that must have an association.
         *
         * @param entries the rates by kind to add
         * @return this builder
         */
        public abstract Builder putAllByKind(Map<VillageKind, ? extends GrassrootsRates> entries);

        /**
         * Sets township-level federations with officers in their kind's range, of all township-level units.
         *
         * @param townshipOfficers township-level federations with officers in their kind's range, of all township-level
         *     units
         * @return this builder
         */
        public abstract Builder townshipOfficers(Rate townshipOfficers);

        /**
         * Sets village-level units that must have an association and have no facts reported.
         *
         * @param notReported village-level units that must have an association and have no facts reported
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
