package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * When a subsidy stops after a stopping event, as the policy names it: from the month after the event (paid for the month of the event) or from the month of the event.
 *
 * <pre>{@code
 * PaymentStop.ofCode("month-after-event");     // MONTH_AFTER_EVENT
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PaymentStop implements PolicyCode, Bilingual {
    /** Stopped from the month after the event; the month of the event is paid. */
    MONTH_AFTER_EVENT("month-after-event", "自事由发生次月起停发", "stopped from the month after the event"),
    /** Stopped from the month of the event. */
    MONTH_OF_EVENT("month-of-event", "自事由发生当月起停发", "stopped from the month of the event");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PaymentStop(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The constant with this code.
     *
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static PaymentStop ofCode(String code) {
        return PolicyCode.of(PaymentStop.class, "payment stop rule", code);
    }

    /** The constant with this code, if any. */
    public static Optional<PaymentStop> find(String code) {
        return PolicyCode.find(PaymentStop.class, code);
    }

    /**
     * The constant with this Chinese name, as county spreadsheets write it.
     *
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static PaymentStop ofChineseName(String name) {
        for (PaymentStop c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw org.canlian.core.InvalidValueException.of(
                "payment stop rule",
                "unknown-name",
                org.canlian.core.Masking.quote(name),
                "must be one of "
                        + java.util.Arrays.stream(values())
                                .map(PaymentStop::chinese)
                                .toList());
    }

    @Override
    public String code() {
        return code;
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
