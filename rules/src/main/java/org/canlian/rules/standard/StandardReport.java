package org.canlian.rules.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * The outcome of checking a hierarchy against an {@link OrganisationStandard}: every unit's findings in the tree's
 * order (a parent before its children), with the standard's source. Render it with {@link StandardReportText}.
 *
 * <pre>{@code
 * StandardReport report = StandardCheck.check(hierarchy, facts, standard);
 * report.unit(DivisionCode.parse("620723")).orElseThrow().rollUp();   // the county's rates
 * CanlianJson.mapper().writeValueAsString(report);                    // JSON
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableStandardReport.class)
@JsonDeserialize(as = ImmutableStandardReport.class)
public abstract class StandardReport {
    StandardReport() {}

    /** {@return the standard's source, as cited by it} */
    public abstract String standardSource();

    /** {@return every unit's findings, in the tree's pre-order} */
    public abstract List<UnitFindings> units();

    /** The units in order of their codes, for lookup. */
    @Value.Lazy
    @JsonIgnore
    Map<DivisionCode, Integer> index() {
        Map<DivisionCode, Integer> index = new HashMap<>(units().size() * 2);
        for (int i = 0; i < units().size(); i++) {
            index.put(units().get(i).code(), i);
        }
        return index;
    }

    /**
     * One unit's findings.
     *
     * @param code the unit's code
     * @return its findings, or empty if the report has no such unit
     */
    public Optional<UnitFindings> unit(DivisionCode code) {
        Integer i = index().get(code);
        return i == null ? Optional.empty() : Optional.of(units().get(i));
    }

    /** {@return the units that missed at least one criterion} */
    public List<UnitFindings> unitsMissing() {
        return units().stream().filter(u -> !u.missed().isEmpty()).toList();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return ImmutableStandardReport.builder();
    }

    /** Builds a {@link StandardReport}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the standard report to copy
         * @return this builder
         */
        public abstract Builder from(StandardReport instance);

        /**
         * Sets the standard's source, as cited by it.
         *
         * @param standardSource the standard's source, as cited by it
         * @return this builder
         */
        public abstract Builder standardSource(String standardSource);

        /**
         * Adds an element to every unit's findings, in the tree's pre-order.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addUnits(UnitFindings element);

        /**
         * Adds elements to every unit's findings, in the tree's pre-order.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addUnits(UnitFindings... elements);

        /**
         * Sets every unit's findings, in the tree's pre-order, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder units(Iterable<? extends UnitFindings> elements);

        /**
         * Adds every element of an iterable to every unit's findings, in the tree's pre-order.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllUnits(Iterable<? extends UnitFindings> elements);

        /**
         * Builds the standard report.
         *
         * @return the new standard report, immutable
         * @throws IllegalStateException if a required attribute is not set
         */
        public abstract StandardReport build();
    }
}
