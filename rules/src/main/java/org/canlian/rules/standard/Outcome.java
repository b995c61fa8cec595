package org.canlian.rules.standard;

/**
 * Whether a unit meets a criterion: met, missed, or not reported (the facts needed are missing, which is neither).
 *
 * <pre>{@code
 * finding.outcome() == Outcome.MISSED;
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
    /** The criterion is met (达标). */
    MET("达标", "met"),
    /** The criterion is missed (未达标). */
    MISSED("未达标", "missed"),
    /** The facts needed were not reported (未报). */
    NOT_REPORTED("未报", "not reported");

    private final String chineseName;
    private final String englishName;

    Outcome(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the Chinese name} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name} */
    public String englishName() {
        return englishName;
    }
}
