package org.canlian.rules.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.division.DivisionCode;

/**
 * The answer to a policy lookup: the value, the region that set it (the asked region or its nearest ancestor that
 * does), the dated value with its source, the dates asked about, whether the value is a revision and of which value,
 * and whether the value was carried forward past its end (with the warning, under {@link GapMode#WARN}).
 *
 * <pre>{@code
 * Resolved<Money> r = policy.lookup(param, DivisionCode.parse("629901203"), LocalDate.of(2020, 3, 1));
 * r.value();                      // 60.00
 * r.region();                     // 629901: the township inherits its county's value
 * r.datedValue().source();        // [seed] county work report ...
 * r.revised();                    // Optional.empty: the value as first published, not a revision
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Resolved<T> {
    private final ParameterDefinition<T> parameter;
    private final DivisionCode requestedRegion;
    private final DivisionCode region;
    private final LocalDate benefitDate;
    private final LocalDate decisionDate;
    private final DatedValue<T> datedValue;
    private final DatedValue<T> revised;
    private final boolean carriedForward;
    private final String warning;

    Resolved(
            ParameterDefinition<T> parameter,
            DivisionCode requestedRegion,
            DivisionCode region,
            LocalDate benefitDate,
            LocalDate decisionDate,
            DatedValue<T> datedValue,
            DatedValue<T> revised,
            boolean carriedForward,
            String warning) {
        this.parameter = parameter;
        this.requestedRegion = requestedRegion;
        this.region = region;
        this.benefitDate = benefitDate;
        this.decisionDate = decisionDate;
        this.datedValue = datedValue;
        this.revised = revised;
        this.carriedForward = carriedForward;
        this.warning = warning;
    }

    /** {@return the parameter looked up} */
    public ParameterDefinition<T> parameter() {
        return parameter;
    }

    /** {@return the value} */
    public T value() {
        return datedValue.value();
    }

    /** {@return the region asked about} */
    public DivisionCode requestedRegion() {
        return requestedRegion;
    }

    /** {@return the region whose value this is: the asked region or its nearest ancestor that sets the parameter} */
    public DivisionCode region() {
        return region;
    }

    /** {@return the date the law is applied to (the benefit month's day)} */
    public LocalDate benefitDate() {
        return benefitDate;
    }

    /** {@return the decision date whose knowledge was used, or empty if the lookup ignored publication dates} */
    public Optional<LocalDate> decisionDate() {
        return Optional.ofNullable(decisionDate);
    }

    /** {@return the dated value, with its period and source} */
    public DatedValue<T> datedValue() {
        return datedValue;
    }

    /** {@return where the value comes from} */
    public Source source() {
        return datedValue.source();
    }

    /**
     * {@return the value this revision replaced: the value of the same region that applied on the benefit date as known
     * the day before the revision was published ({@code datedValue().knownFrom()}); empty if the value used was the
     * first published for that date, so {@code revised().isPresent()} tells a revision} After several revisions of one
     * date, it is the one published just before (itself a revision). For a value carried forward, the date is the last
     * day it applied.
     *
     * <pre>{@code
     * // 100.00 from 2025-01-01, published 2025-01-05; 120.00 from 2025-01-01, published 2025-03-15
     * r.value();                    // 120.00
     * r.revised().get().value();    // 100.00
     * r.datedValue().knownFrom();   // 2025-03-15: "revised on 2025-03-15 (first published: 100.00)"
     * }</pre>
     */
    public Optional<DatedValue<T>> revised() {
        return Optional.ofNullable(revised);
    }

    /** {@return whether the value had ended (or was not yet known) and was carried forward by the caller's gap mode} */
    public boolean carriedForward() {
        return carriedForward;
    }

    /** {@return the warning a {@link GapMode#WARN} lookup gives when it carried a value forward} */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** {@return the value with its unit, e.g. {@code 60.00 CNY/month}} */
    public String formattedValue() {
        return parameter.format(value());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resolved<?> other
                && parameter.equals(other.parameter)
                && requestedRegion.equals(other.requestedRegion)
                && region.equals(other.region)
                && benefitDate.equals(other.benefitDate)
                && Objects.equals(decisionDate, other.decisionDate)
                && datedValue.equals(other.datedValue)
                && Objects.equals(revised, other.revised)
                && carriedForward == other.carriedForward
                && Objects.equals(warning, other.warning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameter, requestedRegion, region, benefitDate, datedValue);
    }

    @Override
    public String toString() {
        return parameter.key() + " = " + formattedValue() + " (" + region + ", " + datedValue.period() + "; "
                + source().citation()
                + (revised == null
                        ? ""
                        : "; revised on " + datedValue.knownFrom() + ", replacing " + parameter.format(revised.value())
                                + " from " + revised.period() + " published " + revised.knownFrom())
                + ")" + (warning == null ? "" : " WARNING: " + warning);
    }
}
