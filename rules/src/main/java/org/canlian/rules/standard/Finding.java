package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.immutables.value.Value;

/**
 * One criterion checked for one unit: the outcome, with the figures found and required.
 *
 * <pre>{@code
 * Finding f = report.unit(DivisionCode.parse("620723101")).orElseThrow().findings().get(0);
 * f.criterion();    // TOWNSHIP_OFFICERS
 * f.outcome();      // MET
 * f.actual();       // "1"
 * f.required();     // "at least 1"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
    Finding() {}

    /** {@return the criterion} */
    public abstract Criterion criterion();

    /** {@return the special association concerned, for the special association criteria} */
    public abstract Optional<SpecialAssociationKind> specialAssociation();

    /** {@return whether the criterion is met, missed or not reported} */
    public abstract Outcome outcome();

    /** {@return the figure found, e.g. {@code "2 of 12 (16.7 %)"}; {@code "-"} when not reported} */
    public abstract String actual();

    /** {@return the figure required, e.g. {@code "at least 15 %"}} */
    public abstract String required();

    /**
     * A finding.
     *
     * @param criterion the criterion
     * @param outcome the outcome
     * @param actual the figure found
     * @param required the figure required
     * @return the finding
     */
    public static Finding of(Criterion criterion, Outcome outcome, String actual, String required) {
        return ImmutableFinding.builder()
                .criterion(criterion)
                .outcome(outcome)
                .actual(actual)
                .required(required)
                .build();
    }

    /**
     * A finding about one special association.
     *
     * @param criterion the criterion
     * @param kind the association
     * @param outcome the outcome
     * @param actual the figure found
     * @param required the figure required
     * @return the finding
     */
    public static Finding of(
            Criterion criterion, SpecialAssociationKind kind, Outcome outcome, String actual, String required) {
        return ImmutableFinding.builder()
                .criterion(criterion)
                .specialAssociation(kind)
                .outcome(outcome)
                .actual(actual)
                .required(required)
                .build();
    }
}
