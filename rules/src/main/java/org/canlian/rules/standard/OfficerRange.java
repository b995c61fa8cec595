package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How many officers a unit should have: at least {@code minimum}, and at most {@code maximum} where one is set.
 *
 * <pre>{@code
 * OfficerRange.of(3, 5).admits(4);       // true  (a street office with 3-5, county federations' work reports, 2009-2024)
 * OfficerRange.atLeast(1).admits(2);     // true
 * OfficerRange.atLeast(1).describe();    // "at least 1"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableOfficerRange.class)
@JsonDeserialize(as = ImmutableOfficerRange.class)
public abstract class OfficerRange {
    OfficerRange() {}

    /** {@return the fewest officers that meet the standard} */
    public abstract int minimum();

    /** {@return the most officers the standard allows, if it sets a ceiling} */
    public abstract Optional<Integer> maximum();

    /**
     * {@return the range of at least {@code minimum} officers, with no ceiling}
     *
     * @param minimum the least number of officers, not negative
     */
    public static OfficerRange atLeast(int minimum) {
        return ImmutableOfficerRange.builder().minimum(minimum).build();
    }

    /**
     * {@return the range from {@code minimum} to {@code maximum} officers, both included}
     *
     * @param minimum the least number of officers, not negative
     * @param maximum the greatest number of officers, not less than {@code minimum}
     */
    public static OfficerRange of(int minimum, int maximum) {
        return ImmutableOfficerRange.builder().minimum(minimum).maximum(maximum).build();
    }

    /**
     * {@return whether a count of officers meets the range}
     *
     * @param count the number of officers in post
     */
    public boolean admits(int count) {
        return count >= minimum() && maximum().map(m -> count <= m).orElse(true);
    }

    /** {@return the range in words, e.g. {@code "3-5"} or {@code "at least 1"}} */
    public String describe() {
        return maximum().map(m -> minimum() + "-" + m).orElse("at least " + minimum());
    }

    @Value.Check
    void check() {
        if (minimum() < 0) {
            throw InvalidValueException.of(
                    "officer range minimum", "negative", Integer.toString(minimum()), "must be 0 or more");
        }
        if (maximum().isPresent() && maximum().get() < minimum()) {
            throw InvalidValueException.of(
                    "officer range maximum",
                    "range-order",
                    maximum().get().toString(),
                    "must not be below the minimum " + minimum());
        }
    }
}
