package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
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
public enum PaymentStart implements PolicyCode, Bilingual {
    /** From the month the application was submitted. */
    MONTH_OF_APPLICATION("month-of-application", "自申请当月起发放", "paid from the month of application"),
    /** From the month after the application. */
    MONTH_AFTER_APPLICATION("month-after-application", "自申请次月起发放", "paid from the month after application");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PaymentStart(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The constant with this code.
     *
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static PaymentStart ofCode(String code) {
        return PolicyCode.of(PaymentStart.class, "payment start rule", code);
    }

    /** The constant with this code, if any. */
    public static Optional<PaymentStart> find(String code) {
        return PolicyCode.find(PaymentStart.class, code);
    }

    /**
     * The constant with this Chinese name, as county spreadsheets write it.
     *
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static PaymentStart ofChineseName(String name) {
        for (PaymentStart c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw org.canlian.core.InvalidValueException.of(
                "payment start rule",
                "unknown-name",
                org.canlian.core.Masking.quote(name),
                "must be one of "
                        + java.util.Arrays.stream(values())
                                .map(PaymentStart::chinese)
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
