package org.canlian.core.certificate;

/**
 * Where an appeal against an assessment goes: first the city (prefecture) federation, then the provincial expert
 * committee, whose decision is final.
 *
 * <pre>{@code
 * AppealLevel.CITY_FEDERATION.next();        // Optional[PROVINCIAL_COMMITTEE]
 * AppealLevel.PROVINCIAL_COMMITTEE.next();   // Optional.empty(): final
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AppealLevel {
    /** The city (prefecture-level) federation (市残联). */
    CITY_FEDERATION,
    /** The provincial expert committee (省级专家委员会); its decision is final. */
    PROVINCIAL_COMMITTEE;

    /** {@return the level a decision at this level can be appealed to, or empty when it is final} */
    public java.util.Optional<AppealLevel> next() {
        return this == CITY_FEDERATION ? java.util.Optional.of(PROVINCIAL_COMMITTEE) : java.util.Optional.empty();
    }
}
