package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What is known about a village's or community's association (村/社区残协, county federations' work reports, 2009-2024): whether it is formed,
 * its officers and whether it has an activity room.
 *
 * <pre>{@code
 * GrassrootsAssociation.builder().formed(true).addOfficers(officer).activityRoom(true).build();
 * GrassrootsAssociation.NOT_FORMED.formed();     // false
 * }</pre>
 *
 * <p>Checked: an association not formed has no officers and no activity room. This class is immutable and
 * thread-safe.
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

    @Value.Check
    void check() {
        if (!formed() && (!officers().isEmpty() || activityRoom())) {
            throw InvalidValueException.of(
                    "grassroots association",
                    "not-formed",
                    "formed=false",
                    "an association not formed has no officers and no activity room");
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
         * Builds the grassroots association.
         *
         * @return the new grassroots association, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract GrassrootsAssociation build();
    }
}
