package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
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
public enum PaymentStop implements NamedCode {
    /** Stopped from the month after the event; the month of the event is paid. */
    MONTH_AFTER_EVENT("month-after-event", "自事由发生次月起停发", "stopped from the month after the event"),
    /** Stopped from the month of the event. */
    MONTH_OF_EVENT("month-of-event", "自事由发生当月起停发", "stopped from the month of the event");

    private final Names names;

    PaymentStop(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code policy files use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static PaymentStop ofCode(String code) {
        return PolicyCode.of(PaymentStop.class, "payment stop rule", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code policy files use
     */
    public static Optional<PaymentStop> find(String code) {
        return PolicyCode.find(PaymentStop.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, as a county spreadsheet writes it
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static PaymentStop ofChineseName(String name) {
        return PolicyCode.ofChineseName(PaymentStop.class, "payment stop rule", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
