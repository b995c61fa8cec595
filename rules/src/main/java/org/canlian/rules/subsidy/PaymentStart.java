package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;

/**
 * When a subsidy is first paid, as the policy names it: from the month the application was submitted ("自递交申请当月计发") or from the month after.
 *
 * <pre>{@code
 * PaymentStart.ofCode("month-of-application");   // MONTH_OF_APPLICATION
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PaymentStart implements NamedCode {
    /** From the month the application was submitted. */
    MONTH_OF_APPLICATION("month-of-application", "自申请当月起发放", "paid from the month of application"),
    /** From the month after the application. */
    MONTH_AFTER_APPLICATION("month-after-application", "自申请次月起发放", "paid from the month after application");

    private final Names names;

    PaymentStart(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code policy files use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static PaymentStart ofCode(String code) {
        return PolicyCode.of(PaymentStart.class, "payment start rule", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code policy files use
     */
    public static Optional<PaymentStart> find(String code) {
        return PolicyCode.find(PaymentStart.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, as a county spreadsheet writes it
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static PaymentStart ofChineseName(String name) {
        return PolicyCode.ofChineseName(PaymentStart.class, "payment start rule", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
