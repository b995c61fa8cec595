package org.canlian.rules.subsidy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated event after which subsidies stop: death, moving out of the province, fraud, a failed review, withdrawal.
 *
 * <pre>{@code
 * StopEvent e = new StopEvent(StopReason.DEATH, LocalDate.of(2025, 6, 3));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reason what happened
 * @param date when
 */
public record StopEvent(StopReason reason, LocalDate date) {
    /**
     * Checks both parts are given.
     *
     * @param reason what happened
     * @param date when
     */
    public StopEvent {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
    }
}
