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
        return new Builder();
    }

    /** Builds an {@link OfficerAssessment}. Not thread-safe. */
    public static final class Builder extends ImmutableOfficerAssessment.Builder {}
}
