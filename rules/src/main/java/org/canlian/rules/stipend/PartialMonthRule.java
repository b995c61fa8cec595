package org.canlian.rules.stipend;

import java.util.List;
import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * How a month the officer served only part of (appointed or leaving mid-month) is paid; named by the policy
 * parameter {@code stipend.partial-month}.
 *
 * <pre>{@code
 * PartialMonthRule.ofCode("pro-rata-days");     // PRO_RATA_DAYS: 16 days of 31 pay 16/31 of the month
 * PartialMonthRule.find("by-the-week");         // Optional.empty
 * }</pre>
 *
 * <p>Explanations name a rule by its Chinese or English text ({@link Bilingual}), never by its code. This enum is
 * immutable and thread-safe.
 */
public enum PartialMonthRule implements PolicyCode, Bilingual {
    /** Any day in post pays the whole month (按月全额). */
    FULL_MONTH("full-month", "在岗即按整月计发", "any day in post pays the whole month"),
    /** Calendar days in post over days in the month, rounded by {@code stipend.rounding} (按日折算). */
    PRO_RATA_DAYS("pro-rata-days", "按在岗天数折算", "days in post / days in the month"),
    /** Only months served from the first to the last day are paid (不足整月不计发). */
    WHOLE_MONTHS_ONLY("whole-months-only", "不足整月不计发", "only whole months in post are paid");

    private final String code;
    private final String chineseText;
    private final String englishText;

    PartialMonthRule(String code, String chineseText, String englishText) {
        this.code = code;
        this.chineseText = chineseText;
        this.englishText = englishText;
    }

    /**
     * {@return the rule with this code}
     *
     * @param code the code policy files use, e.g. {@code full-month}
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static PartialMonthRule ofCode(String code) {
        return PolicyCode.of(PartialMonthRule.class, "partial-month rule", code);
    }

    /**
     * {@return the rule with this code, if any}
     *
     * @param code the code policy files use, e.g. {@code full-month}
     */
    public static Optional<PartialMonthRule> find(String code) {
        return PolicyCode.find(PartialMonthRule.class, code);
    }

    /** {@return every rule's code} */
    public static List<String> codes() {
        return PolicyCode.codes(PartialMonthRule.class);
    }

    /** The code used in policy files. */
    @Override
    public String code() {
        return code;
    }

    /** The rule in Chinese, e.g. as explanations name it. */
    @Override
    public String chinese() {
        return chineseText;
    }

    /** The rule in English. */
    @Override
    public String english() {
        return englishText;
    }
}
