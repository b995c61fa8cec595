package org.canlian.rules.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A rate as an exact fraction: {@code count} units of {@code total} (e.g. 82 of 82 associations formed). It is
 * rounded only for display, by {@link #percent(int)} and {@link #toPercentString()}, which declare their rounding.
 *
 * <pre>{@code
 * Rate r = Rate.of(995, 1000);
 * r.toPercentString();          // "99.5 %"
 * Rate.of(2, 3).percent(1);     // 66.7 (HALF_UP)
 * Rate.of(0, 0).toPercentString();   // "-" (no units to count)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableRate.class)
@JsonDeserialize(as = ImmutableRate.class)
public abstract class Rate {
    Rate() {}

    /** {@return the units that meet the criterion} */
    public abstract long count();

    /** {@return all units counted} */
    public abstract long total();

    /**
     * A rate.
     *
     * @param count the units that meet the criterion, 0 to {@code total}
     * @param total all units counted, 0 or more
     * @return the rate
     */
    public static Rate of(long count, long total) {
        return ImmutableRate.builder().count(count).total(total).build();
    }

    /**
     * The rate in percent, rounded HALF_UP to {@code scale} decimals (the rounding is for display only).
     *
     * @param scale the decimals kept
     * @return the percentage, or zero when there is nothing to count
     */
    public BigDecimal percent(int scale) {
        if (total() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(count())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total()), scale, RoundingMode.HALF_UP);
    }

    /** {@return whether every unit counted meets the criterion (true when none is counted)} */
    @JsonIgnore
    public boolean isComplete() {
        return count() == total();
    }

    /** {@return the percentage rounded HALF_UP to one decimal, e.g. {@code "98.4 %"}; {@code "-"} when total is 0} */
    public String toPercentString() {
        return total() == 0 ? "-" : percent(1).toPlainString() + " %";
    }

    /** The count, total and percentage, e.g. {@code "81/82 (98.8 %)"}. */
    @Override
    public String toString() {
        return count() + "/" + total() + " (" + toPercentString() + ")";
    }

    @Value.Check
    void check() {
        if (total() < 0 || count() < 0 || count() > total()) {
            throw InvalidValueException.of(
                    "rate", "fraction", count() + "/" + total(), "count must be from 0 to total, total 0 or more");
        }
    }
}
