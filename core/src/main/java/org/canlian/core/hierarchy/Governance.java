package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How a federation is run (CDPF charter; county federations' work reports, 2009-2024): its chair and vice-chairs, its staffing quota (编制) and the staff actually
 * in post (disabled and not), its internal departments and affiliated institutions.
 *
 * <pre>{@code
 * Governance linze = Governance.builder()
 *         .chair(Leader.of("理事长", false))
 *         .addViceChairs(Leader.of("副理事长甲", true), Leader.of("副理事长乙", false))
 *         .staffingQuota(8)
 *         .staffDisabled(2)
 *         .staffNotDisabled(6)
 *         .addDepartments("办公室", "康复就业部")
 *         .build();
 * linze.staffInPost();           // 8
 * linze.disabledViceChairs();    // 1
 * }</pre>
 *
 * <p>Checked: counts are 0 or more. Staff above the quota is allowed (it happens; a standard may flag it). This class
 * is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGovernance.class)
@JsonDeserialize(as = ImmutableGovernance.class)
public abstract class Governance {
    Governance() {}

    /** {@return the chair (理事长), if the post is filled} */
    public abstract Optional<Leader> chair();

    /** {@return the vice-chairs (副理事长)} */
    public abstract List<Leader> viceChairs();

    /** {@return the staffing quota (编制) of the federation itself} */
    public abstract int staffingQuota();

    /** {@return staff in post who are disabled persons} */
    public abstract int staffDisabled();

    /** {@return staff in post who are not disabled} */
    public abstract int staffNotDisabled();

    /** {@return internal departments (内设机构), by name} */
    public abstract List<String> departments();

    /** {@return affiliated institutions (直属单位) with their own quotas} */
    public abstract List<AffiliatedInstitution> affiliatedInstitutions();

    /** {@return all staff in post} */
    public int staffInPost() {
        return staffDisabled() + staffNotDisabled();
    }

    /** {@return how many vice-chairs are disabled persons} */
    public int disabledViceChairs() {
        return (int) viceChairs().stream().filter(Leader::disabled).count();
    }

    @Value.Check
    void check() {
        nonNegative("staffing quota", staffingQuota());
        nonNegative("disabled staff", staffDisabled());
        nonNegative("non-disabled staff", staffNotDisabled());
    }

    private static void nonNegative(String field, int value) {
        if (value < 0) {
            throw InvalidValueException.of(field, "negative", Integer.toString(value), "must be 0 or more");
        }
    }

    /** {@return a builder; counts are required, leaders and lists optional} */
    public static Builder builder() {
        return ImmutableGovernance.builder();
    }

    /** Builds a {@link Governance}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the governance to copy
         * @return this builder
         */
        public abstract Builder from(Governance instance);

        /**
         * Sets the chair (理事长).
         *
         * @param chair the chair (理事长)
         * @return this builder
         */
        public abstract Builder chair(Leader chair);

        /**
         * Sets the chair (理事长), or clears it with an empty value.
         *
         * @param chair the chair (理事长), or empty if not reported
         * @return this builder
         */
        public abstract Builder chair(Optional<? extends Leader> chair);

        /**
         * Adds an element to the vice-chairs (副理事长).
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addViceChairs(Leader element);

        /**
         * Adds elements to the vice-chairs (副理事长).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addViceChairs(Leader... elements);

        /**
         * Sets the vice-chairs (副理事长), replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder viceChairs(Iterable<? extends Leader> elements);

        /**
         * Adds every element of an iterable to the vice-chairs (副理事长).
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllViceChairs(Iterable<? extends Leader> elements);

        /**
         * Sets the staffing quota (编制) of the federation itself.
         *
         * @param staffingQuota the staffing quota (编制) of the federation itself
         * @return this builder
         */
        public abstract Builder staffingQuota(int staffingQuota);

        /**
         * Sets staff in post who are disabled persons.
         *
         * @param staffDisabled staff in post who are disabled persons
         * @return this builder
         */
        public abstract Builder staffDisabled(int staffDisabled);

        /**
         * Sets staff in post who are not disabled.
         *
         * @param staffNotDisabled staff in post who are not disabled
         * @return this builder
         */
        public abstract Builder staffNotDisabled(int staffNotDisabled);

        /**
         * Adds an element to internal departments (内设机构), by name.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addDepartments(String element);

        /**
         * Adds elements to internal departments (内设机构), by name.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addDepartments(String... elements);

        /**
         * Sets internal departments (内设机构), by name, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder departments(Iterable<String> elements);

        /**
         * Adds every element of an iterable to internal departments (内设机构), by name.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllDepartments(Iterable<String> elements);

        /**
         * Adds an element to affiliated institutions (直属单位) with their own quotas.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addAffiliatedInstitutions(AffiliatedInstitution element);

        /**
         * Adds elements to affiliated institutions (直属单位) with their own quotas.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAffiliatedInstitutions(AffiliatedInstitution... elements);

        /**
         * Sets affiliated institutions (直属单位) with their own quotas, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder affiliatedInstitutions(Iterable<? extends AffiliatedInstitution> elements);

        /**
         * Adds every element of an iterable to affiliated institutions (直属单位) with their own quotas.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllAffiliatedInstitutions(Iterable<? extends AffiliatedInstitution> elements);

        /**
         * Builds the governance.
         *
         * @return the new governance, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract Governance build();
    }
}
