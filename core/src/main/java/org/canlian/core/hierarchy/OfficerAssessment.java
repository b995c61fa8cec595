package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.canlian.core.CanlianStyle;
import org.immutables.value.Value;

/**
 * One dated assessment of an officer: its kind (monthly check, quarterly, yearly), the date of the result and whether
 * the officer passed.
 *
 * <pre>{@code
 * OfficerAssessment a = OfficerAssessment.of(AssessmentKind.QUARTERLY, LocalDate.of(2024, 3, 31), true);
 * a.passed();      // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableOfficerAssessment.class)
@JsonDeserialize(as = ImmutableOfficerAssessment.class)
public abstract class OfficerAssessment {
    OfficerAssessment() {}

    /** {@return the kind of assessment} */
    public abstract AssessmentKind kind();

    /** {@return the date of the result} */
    public abstract LocalDate date();

    /** {@return whether the officer passed (合格) or failed (不合格)} */
    public abstract boolean passed();

    /**
     * An assessment.
     *
     * @param kind monthly check, quarterly or yearly
     * @param date the date of the result
     * @param passed whether the officer passed
     * @return the assessment
     */
    public static OfficerAssessment of(AssessmentKind kind, LocalDate date, boolean passed) {
        return builder().kind(kind).date(date).passed(passed).build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return ImmutableOfficerAssessment.builder();
    }

    /** Builds an {@link OfficerAssessment}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the officer assessment to copy
         * @return this builder
         */
        public abstract Builder from(OfficerAssessment instance);

        /**
         * Sets the kind of assessment.
         *
         * @param kind the kind of assessment
         * @return this builder
         */
        public abstract Builder kind(AssessmentKind kind);

        /**
         * Sets the date of the result.
         *
         * @param date the date of the result
         * @return this builder
         */
        public abstract Builder date(LocalDate date);

        /**
         * Sets whether the officer passed (合格) or failed (不合格).
         *
         * @param passed {@code true} if the officer passed (合格) or failed (不合格)
         * @return this builder
         */
        public abstract Builder passed(boolean passed);

        /**
         * Builds the officer assessment.
         *
         * @return the new officer assessment, immutable
         * @throws IllegalStateException if a required attribute is not set
         */
        public abstract OfficerAssessment build();
    }
}
