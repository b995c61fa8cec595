package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.UnitKind;
import org.immutables.value.Value;

/**
 * A unit's part of a {@link StandardReport}: every criterion that applies to it with its outcome, and for a
 * federation the roll-up of its subtree.
 *
 * <pre>{@code
 * UnitFindings town = report.unit(DivisionCode.parse("620723101")).orElseThrow();
 * town.missed();     // the findings missed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableUnitFindings.class)
@JsonDeserialize(as = ImmutableUnitFindings.class)
public abstract class UnitFindings {
    UnitFindings() {}

    /** {@return the unit's code} */
    public abstract DivisionCode code();

    /** {@return the unit's name} */
    public abstract String name();

    /** {@return the unit's kind} */
    public abstract UnitKind kind();

    /** {@return the criteria that apply to the unit, each with its outcome} */
    public abstract List<Finding> findings();

    /** {@return the rates of the subtree, for a federation} */
    public abstract Optional<RollUp> rollUp();

    /** {@return the findings missed} */
    public List<Finding> missed() {
        return findings().stream().filter(f -> f.outcome() == Outcome.MISSED).toList();
    }

    /** {@return the findings not reported} */
    public List<Finding> notReported() {
        return findings().stream()
                .filter(f -> f.outcome() == Outcome.NOT_REPORTED)
                .toList();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return ImmutableUnitFindings.builder();
    }

    /** Builds {@link UnitFindings}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the unit findings to copy
         * @return this builder
         */
        public abstract Builder from(UnitFindings instance);

        /**
         * Sets the unit's code.
         *
         * @param code the unit's code
         * @return this builder
         */
        public abstract Builder code(DivisionCode code);

        /**
         * Sets the unit's name.
         *
         * @param name the unit's name
         * @return this builder
         */
        public abstract Builder name(String name);

        /**
         * Sets the unit's kind.
         *
         * @param kind the unit's kind
         * @return this builder
         */
        public abstract Builder kind(UnitKind kind);

        /**
         * Adds an element to the criteria that apply to the unit, each with its outcome.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addFindings(Finding element);

        /**
         * Adds elements to the criteria that apply to the unit, each with its outcome.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addFindings(Finding... elements);

        /**
         * Sets the criteria that apply to the unit, each with its outcome, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder findings(Iterable<? extends Finding> elements);

        /**
         * Adds every element of an iterable to the criteria that apply to the unit, each with its outcome.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllFindings(Iterable<? extends Finding> elements);

        /**
         * Sets for a federation, the rates of its subtree.
         *
         * @param rollUp for a federation, the rates of its subtree
         * @return this builder
         */
        public abstract Builder rollUp(RollUp rollUp);

        /**
         * Sets for a federation, the rates of its subtree, or clears it with an empty value.
         *
         * @param rollUp for a federation, the rates of its subtree, or empty if not reported
         * @return this builder
         */
        public abstract Builder rollUp(Optional<? extends RollUp> rollUp);

        /**
         * Builds the unit findings.
         *
         * @return the new unit findings, immutable
         * @throws IllegalStateException if a required attribute is not set
         */
        public abstract UnitFindings build();
    }
}
