package org.canlian.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One band of the comprehensive service facility standard: from a population (inclusive) upwards, the floor area the
 * facility must have at least, until the next band begins (city and county federations' work reports, 2009-2024).
 *
 * <pre>{@code
 * FloorAreaBand.of(800_000, 1_200);     // 800,000 people or more: at least 1,200 m²
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableFloorAreaBand.class)
@JsonDeserialize(as = ImmutableFloorAreaBand.class)
public abstract class FloorAreaBand {
    FloorAreaBand() {}

    /** {@return the smallest population of the band} */
    public abstract long populationFrom();

    /** {@return the least floor area in square metres for the band} */
    public abstract int minimumFloorArea();

    /**
     * A band.
     *
     * @param populationFrom the smallest population of the band, 0 or more
     * @param minimumFloorArea the least floor area in m², 0 or more
     * @return the band
     */
    public static FloorAreaBand of(long populationFrom, int minimumFloorArea) {
        return ImmutableFloorAreaBand.builder()
                .populationFrom(populationFrom)
                .minimumFloorArea(minimumFloorArea)
                .build();
    }

    @Value.Check
    void check() {
        if (populationFrom() < 0) {
            throw InvalidValueException.of(
                    "floor area band population", "negative", Long.toString(populationFrom()), "must be 0 or more");
        }
        if (minimumFloorArea() < 0) {
            throw InvalidValueException.of(
                    "floor area band minimum", "negative", Integer.toString(minimumFloorArea()), "must be 0 or more");
        }
    }
}
