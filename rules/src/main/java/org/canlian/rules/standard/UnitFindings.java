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

    /** {@return for a federation, the rates of its subtree} */
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
        return new Builder();
    }

    /** Builds {@link UnitFindings}. Not thread-safe. */
    public static final class Builder extends ImmutableUnitFindings.Builder {}
}
