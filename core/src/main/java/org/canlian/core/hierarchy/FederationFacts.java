package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What is known about one federation (township level and above): its governance, its special associations, its own
 * officers (a township or street office's 专职委员), its comprehensive service facility's floor area and the
 * registered population it serves. Each may be unknown; a standard reports an unknown figure as not reported.
 *
 * <pre>{@code
 * FederationFacts county = FederationFacts.builder()
 *         .governance(governance)
 *         .addSpecialAssociations(SpecialAssociation.of(SpecialAssociationKind.BLIND, true, 1, Money.ofYuan(5_000)))
 *         .serviceFacilityFloorArea(1_000)
 *         .population(150_000)
 *         .build();
 * }</pre>
 *
 * <p>Checked: each special association kind at most once; floor area and population not negative. Where the facts
 * may be attached (level, officers' unit) is checked by {@link HierarchyFacts}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableFederationFacts.class)
@JsonDeserialize(as = ImmutableFederationFacts.class)
public abstract class FederationFacts {
    FederationFacts() {}

    /** {@return the governance, if reported} */
    public abstract Optional<Governance> governance();

    /** {@return the special associations the federation has (province, prefecture and county only)} */
    public abstract List<SpecialAssociation> specialAssociations();

    /** {@return the federation's own officers (township and street office federations)} */
    public abstract List<Officer> officers();

    /** {@return the comprehensive service facility's floor area in square metres (综合服务设施面积), if reported} */
    public abstract OptionalInt serviceFacilityFloorArea();

    /** {@return the registered population (户籍人口) of the unit, if reported; it sets a county's facility band} */
    public abstract OptionalLong population();

    /**
     * The special association of a kind.
     *
     * @param kind the kind
     * @return it, or empty if the federation has none of that kind
     */
    public Optional<SpecialAssociation> specialAssociation(SpecialAssociationKind kind) {
        return specialAssociations().stream().filter(a -> a.kind() == kind).findFirst();
    }

    @Value.Check
    void check() {
        Set<SpecialAssociationKind> seen = EnumSet.noneOf(SpecialAssociationKind.class);
        for (SpecialAssociation a : specialAssociations()) {
            if (!seen.add(a.kind())) {
                throw InvalidValueException.of(
                        "special association", "duplicate", a.kind().name(), "is listed twice for one federation");
            }
        }
        if (serviceFacilityFloorArea().isPresent() && serviceFacilityFloorArea().getAsInt() < 0) {
            throw InvalidValueException.of(
                    "service facility floor area",
                    "negative",
                    Integer.toString(serviceFacilityFloorArea().getAsInt()),
                    "must be 0 or more square metres");
        }
        if (population().isPresent() && population().getAsLong() < 0) {
            throw InvalidValueException.of(
                    "population", "negative", Long.toString(population().getAsLong()), "must be 0 or more");
        }
    }

    /** {@return a builder; every attribute is optional} */
    public static Builder builder() {
        return ImmutableFederationFacts.builder();
    }

    /** Builds {@link FederationFacts}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the federation facts to copy
         * @return this builder
         */
        public abstract Builder from(FederationFacts instance);

        /**
         * Sets the governance.
         *
         * @param governance the governance
         * @return this builder
         */
        public abstract Builder governance(Governance governance);

        /**
         * Sets the governance, or clears it with an empty value.
         *
         * @param governance the governance, or empty if not reported
         * @return this builder
         */
        public abstract Builder governance(Optional<? extends Governance> governance);

        /**
         * Adds an element to the special associations the federation has (province, prefecture and county only).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addSpecialAssociations(SpecialAssociation element);

        /**
         * Adds elements to the special associations the federation has (province, prefecture and county only).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addSpecialAssociations(SpecialAssociation... elements);

        /**
         * Sets the special associations the federation has (province, prefecture and county only), replacing any
         * elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder specialAssociations(Iterable<? extends SpecialAssociation> elements);

        /**
         * Adds every element of an iterable to the special associations the federation has (province, prefecture and
         * county only).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllSpecialAssociations(Iterable<? extends SpecialAssociation> elements);

        /**
         * Adds an element to the federation's own officers (township and street office federations).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addOfficers(Officer element);

        /**
         * Adds elements to the federation's own officers (township and street office federations).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addOfficers(Officer... elements);

        /**
         * Sets the federation's own officers (township and street office federations), replacing any elements added
         * before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder officers(Iterable<? extends Officer> elements);

        /**
         * Adds every element of an iterable to the federation's own officers (township and street office federations).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllOfficers(Iterable<? extends Officer> elements);

        /**
         * Sets the comprehensive service facility's floor area in square metres (综合服务设施面积).
         *
         * @param serviceFacilityFloorArea the comprehensive service facility's floor area in square metres (综合服务设施面积)
         * @return this builder
         */
        public abstract Builder serviceFacilityFloorArea(int serviceFacilityFloorArea);

        /**
         * Sets the comprehensive service facility's floor area in square metres (综合服务设施面积), or clears it with an empty
         * value.
         *
         * @param serviceFacilityFloorArea the comprehensive service facility's floor area in square metres (综合服务设施面积),
         *     or empty if not reported
         * @return this builder
         */
        public abstract Builder serviceFacilityFloorArea(OptionalInt serviceFacilityFloorArea);

        /**
         * Sets the registered population (户籍人口) of the unit; it sets a county's facility band.
         *
         * @param population the registered population (户籍人口) of the unit; it sets a county's facility band
         * @return this builder
         */
        public abstract Builder population(long population);

        /**
         * Sets the registered population (户籍人口) of the unit; it sets a county's facility band, or clears it with an
         * empty value.
         *
         * @param population the registered population (户籍人口) of the unit; it sets a county's facility band, or empty if
         *     not reported
         * @return this builder
         */
        public abstract Builder population(OptionalLong population);

        /**
         * Builds the federation facts.
         *
         * @return the new federation facts, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract FederationFacts build();
    }
}
