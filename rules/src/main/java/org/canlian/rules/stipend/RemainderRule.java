package org.canlian.rules.stipend;

import java.util.List;
import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * Where the remainder fen go when a yearly amount is spread over twelve months, so that the months sum exactly to the
 * year; named by the policy parameter {@code stipend.yearly-floor.remainder}.
 *
 * <pre>{@code
 * // 4,000.00 a year:
 * RemainderRule.FIRST_MONTHS;   // Jan-Apr 333.34, May-Dec 333.33
 * RemainderRule.LAST_MONTHS;    // Jan-Aug 333.33, Sep-Dec 333.34
 * RemainderRule.ofCode("last-months");     // LAST_MONTHS
 * RemainderRule.find("middle-months");     // Optional.empty
 * }</pre>
 *
 * <p>Explanations name a rule by its Chinese or English text ({@link Bilingual}), never by its code. This enum is
 * immutable and thread-safe.
 */
public enum RemainderRule implements PolicyCode, Bilingual {
    /** The first months get one fen more each ({@code Money.split}). */
    FIRST_MONTHS("first-months", "余数分摊至前几个月", "remainder fen to the first months"),
    /** The last months get one fen more each. */
    LAST_MONTHS("last-months", "余数分摊至后几个月", "remainder fen to the last months");

    private final String code;
    private final String chineseText;
    private final String englishText;

    RemainderRule(String code, String chineseText, String englishText) {
        this.code = code;
        this.chineseText = chineseText;
        this.englishText = englishText;
    }

    /**
     * {@return the rule with this code}
     *
     * @param code the code policy files use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static RemainderRule ofCode(String code) {
        return PolicyCode.of(RemainderRule.class, "remainder rule", code);
    }

    /**
     * {@return the rule with this code, if any}
     *
     * @param code the code policy files use
     */
    public static Optional<RemainderRule> find(String code) {
        return PolicyCode.find(RemainderRule.class, code);
    }

    /** {@return every rule's code} */
    public static List<String> codes() {
        return PolicyCode.codes(RemainderRule.class);
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
