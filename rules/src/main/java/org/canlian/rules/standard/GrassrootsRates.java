package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.immutables.value.Value;

/**
 * The grassroots rates of one kind of village-level unit below a federation, as a county reports them kind by kind:
 * e.g. villages 142/190 associations formed (74.7 %), communities 18/18 (100.0 %). Only units that must have an
 * association are counted ({@link OrganisationStandard#associationKinds()}, less the units marked as needing none);
 * units without reported facts count in the totals and not in the counts.
 *
 * <pre>{@code
 * RollUp r = rollUps.of(DivisionCode.parse("620723")).orElseThrow();
 * r.byKind().get(VillageKind.RURAL_VILLAGE).formed();      // 71/71 (100.0 %)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGrassrootsRates.class)
@JsonDeserialize(as = ImmutableGrassrootsRates.class)
public abstract class GrassrootsRates {
    GrassrootsRates() {}

    /** {@return associations formed, of the units of this kind that must have one} */
    public abstract Rate formed();

    /** {@return associations with at least the minimum of officers, of the same units} */
    public abstract Rate officersAppointed();

    /** {@return associations with an activity room, of the same units} */
    public abstract Rate activityRooms();

    /** {@return units of this kind with no facts reported} */
    public abstract long notReported();

    /** {@return a builder} */
    public static Builder builder() {
        return ImmutableGrassrootsRates.builder();
    }

    /** Builds a {@link GrassrootsRates}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them.
         *
         * @param instance the rates to copy
         * @return this builder
         */
        public abstract Builder from(GrassrootsRates instance);

        /**
         * Sets associations formed, of the units of this kind that must have one.
         *
         * @param formed associations formed, of the units of this kind that must have one
         * @return this builder
         */
        public abstract Builder formed(Rate formed);

        /**
         * Sets associations with at least the minimum of officers, of the same units.
         *
         * @param officersAppointed associations with at least the minimum of officers, of the same units
         * @return this builder
         */
        public abstract Builder officersAppointed(Rate officersAppointed);

        /**
         * Sets associations with an activity room, of the same units.
         *
         * @param activityRooms associations with an activity room, of the same units
         * @return this builder
         */
        public abstract Builder activityRooms(Rate activityRooms);

        /**
         * Sets units of this kind with no facts reported.
         *
         * @param notReported units of this kind with no facts reported
         * @return this builder
         */
        public abstract Builder notReported(long notReported);

        /**
         * Builds the rates.
         *
         * @return the new rates, immutable
         * @throws IllegalStateException if a required attribute is not set
         */
        public abstract GrassrootsRates build();
    }
}
