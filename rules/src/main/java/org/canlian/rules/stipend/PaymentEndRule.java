package org.canlian.rules.stipend;

import java.util.List;
import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * From which month payment stops after an ending event (a contract's last day, a failed yearly assessment); named by
 * the policy parameters {@code stipend.contract-end.payment-ends} and {@code stipend.assessment-failure.payment-ends}.
 *
 * <pre>{@code
 * // contract ends 2024-06-15:
 * PaymentEndRule.MONTH_AFTER_EVENT;   // June is paid (by the partial-month rule), nothing from July
 * PaymentEndRule.MONTH_OF_EVENT;      // nothing from June
 * PaymentEndRule.ofCode("month-of-event");    // MONTH_OF_EVENT
 * PaymentEndRule.find("never");               // Optional.empty
 * }</pre>
 *
 * <p>Explanations name a rule by its Chinese or English text ({@link Bilingual}), never by its code. This enum is
 * immutable and thread-safe.
 */
public enum PaymentEndRule implements PolicyCode, Bilingual {
    /** Nothing is paid from the month of the event (当月起停发). */
    MONTH_OF_EVENT("month-of-event", "当月起停发", "no payment from the month of the event"),
    /** The month of the event is still paid; nothing from the next month (次月起停发). */
    MONTH_AFTER_EVENT("month-after-event", "次月起停发", "no payment from the month after the event");

    private final String code;
    private final String chineseText;
    private final String englishText;

    PaymentEndRule(String code, String chineseText, String englishText) {
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
    public static PaymentEndRule ofCode(String code) {
        return PolicyCode.of(PaymentEndRule.class, "payment-end rule", code);
    }

    /**
     * {@return the rule with this code, if any}
     *
     * @param code the code policy files use
     */
    public static Optional<PaymentEndRule> find(String code) {
        return PolicyCode.find(PaymentEndRule.class, code);
    }

    /** {@return every rule's code} */
    public static List<String> codes() {
        return PolicyCode.codes(PaymentEndRule.class);
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
