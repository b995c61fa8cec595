package org.canlian.rules.subsidy;

import org.canlian.rules.policy.Bilingual;

/**
 * The answer of a subsidy decision: eligible, not eligible (a known condition fails), or cannot decide (facts that
 * could change the answer are missing).
 *
 * <pre>{@code
 * decision.eligibility();                 // ELIGIBLE
 * Eligibility.CANNOT_DECIDE.chinese();    // "无法判断"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Eligibility implements Bilingual {
    /** Eligible: an amount is due. */
    ELIGIBLE("符合条件", "eligible"),
    /** Not eligible: a known condition fails. */
    NOT_ELIGIBLE("不符合条件", "not eligible"),
    /** Cannot decide: facts that could change the answer are missing. */
    CANNOT_DECIDE("无法判断", "cannot decide");

    private final String chineseName;
    private final String englishName;

    Eligibility(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    @Override
    public String chinese() {
        return chineseName;
    }

    @Override
    public String english() {
        return englishName;
    }
}
