package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.immutables.value.Value;

/**
 * What is known about a village's or community's association (村/社区残协, county federations' work reports,
 * 2009-2024): whether it is formed, its officers and whether it has an activity room; or that the unit has no
 * association and needs none, and why (e.g. a state farm's living area whose residents the farm's federation serves),
 * which leaves it out of the formation rates whatever its kind.
 *
 * <pre>{@code
 * GrassrootsAssociation.builder().formed(true).addOfficers(officer).activityRoom(true).build();
 * GrassrootsAssociation.NOT_FORMED.formed();     // false
 * GrassrootsAssociation.noneNeeded("farm living area, served by the farm's federation").isNoneNeeded();   // true
 * }</pre>
 *
 * <p>Checked: an association not formed has no officers and no activity room; a unit that needs none has none
 * formed, and the reason is not blank. This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGrassrootsAssociation.class)
@JsonDeserialize(as = ImmutableGrassrootsAssociation.class)
public abstract class GrassrootsAssociation {
    /** An association reported as not formed. */
    public static final GrassrootsAssociation NOT_FORMED = ImmutableGrassrootsAssociation.builder()
            .formed(false)
            .activityRoom(false)
            .build();

    GrassrootsAssociation() {}

    /** {@return whether the association is formed (成立)} */
    public abstract boolean formed();

    /** {@return its officers (专职委员), each serving this association's unit} */
    public abstract List<Officer> officers();

    /** {@return whether it has an activity room (活动室)} */
    public abstract boolean activityRoom();

    /** {@return why the unit has no association and needs none, as reported; empty for an association formed or missing} */
    public abstract Optional<String> noneNeededBecause();

    /**
     * A unit marked as having no association and needing none.
     *
     * @param reason why, e.g. {@code "农场生活区，由农场残联服务"}; not blank
     * @return the facts: not formed, no officers, no activity room, with the reason
     * @throws InvalidValueException if the reason is blank
     */
    public static GrassrootsAssociation noneNeeded(String reason) {
        return builder()
                .formed(false)
                .activityRoom(false)
                .noneNeededBecause(reason)
                .build();
    }

    /** {@return whether the unit is marked as needing no association} */
    public boolean isNoneNeeded() {
        return noneNeededBecause().isPresent();
    }

    @Value.Check
    void check() {
        if (!formed() && (!officers().isEmpty() || activityRoom())) {
            throw InvalidValueException.of(
                    "grassroots association",
                    "not-formed",
                    "formed=false",
                    "an association not formed has no officers and no activity room");
        }
        if (noneNeededBecause().isPresent()) {
            String reason = noneNeededBecause().get();
            if (formed()) {
                throw InvalidValueException.of(
                        "grassroots association",
                        "none-needed-formed",
                        "formed=true",
                        "a unit marked as needing no association has none formed");
            }
            if (reason.isBlank()) {
                throw InvalidValueException.of(
                        "grassroots association reason",
                        "blank",
                        Masking.quote(reason),
                        "say why the unit needs no association");
            }
        }
    }

    /** {@return a builder; {@code formed} and {@code activityRoom} are required} */
    public static Builder builder() {
        return ImmutableGrassrootsAssociation.builder();
    }

    /** Builds a {@link GrassrootsAssociation}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the grassroots association to copy
         * @return this builder
         */
        public abstract Builder from(GrassrootsAssociation instance);

        /**
         * Sets whether the association is formed (成立).
         *
         * @param formed {@code true} if the association is formed (成立)
         * @return this builder
         */
        public abstract Builder formed(boolean formed);

        /**
         * Adds an element to its officers (专职委员), each serving this association's unit.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addOfficers(Officer element);

        /**
         * Adds elements to its officers (专职委员), each serving this association's unit.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addOfficers(Officer... elements);

        /**
         * Sets its officers (专职委员), each serving this association's unit, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder officers(Iterable<? extends Officer> elements);

        /**
         * Adds every element of an iterable to its officers (专职委员), each serving this association's unit.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllOfficers(Iterable<? extends Officer> elements);

        /**
         * Sets whether it has an activity room (活动室).
         *
         * @param activityRoom {@code true} if it has an activity room (活动室)
         * @return this builder
         */
        public abstract Builder activityRoom(boolean activityRoom);

        /**
         * Sets why the unit has no association and needs none, as reported.
         *
         * @param noneNeededBecause why the unit needs no association; not blank
         * @return this builder
         */
        public abstract Builder noneNeededBecause(String noneNeededBecause);

        /**
         * Sets why the unit has no association and needs none, or clears it with an empty value.
         *
         * @param noneNeededBecause why the unit needs no association, or empty for an association formed or missing
         * @return this builder
         */
        public abstract Builder noneNeededBecause(Optional<String> noneNeededBecause);

        /**
         * Builds the grassroots association.
         *
         * @return the new grassroots association, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract GrassrootsAssociation build();
    }
}
