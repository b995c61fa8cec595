package org.canlian.examples.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a total, kept exact; a percentage is rounded only when shown.
 *
 * <pre>{@code
 * Share s = new Share(1, 3);
 * s.percent(1);        // 33.3 (half-up, to one decimal)
 * s.percentText();     // "33.3 %"
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param count how many
 * @param total out of how many, positive
 */
public record Share(int count, int total) {
    /** Checks {@code 0 <= count <= total} and {@code total > 0}. */
    public Share {
        if (total <= 0 || count < 0 || count > total) {
            throw new IllegalArgumentException(
                    "a share needs 0 <= count <= total and total > 0, not " + count + "/" + total);
        }
    }

    /**
     * The percentage, rounded half-up to {@code decimals} places: the only rounding of a roster report.
     *
     * @param decimals how many decimal places
     * @return e.g. {@code 17.9} for 321 of 1,794 with one decimal
     */
    public BigDecimal percent(int decimals) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), decimals, RoundingMode.HALF_UP);
    }

    /** The percentage rounded half-up to one decimal, with its sign: {@code "17.9 %"}. */
    public String percentText() {
        return percent(1).toPlainString() + " %";
    }
}
