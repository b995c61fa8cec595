package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;

/**
 * An allowance paid outside these programmes that a person may receive, which policy may set against a subsidy in a "higher of" group (民发〔2021〕70号: old-age, injury-pension and retirement allowances).
 *
 * <pre>{@code
 * Allowance.ofCode("old-age-allowance");   // OLD_AGE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Allowance implements NamedCode {
    /** The old-age (high-age) allowance (高龄津贴). */
    OLD_AGE("old-age-allowance", "高龄津贴", "old-age allowance"),
    /** An injury pension (伤残抚恤金). */
    INJURY_PENSION("injury-pension", "伤残抚恤金", "injury pension"),
    /** The allowance of retired cadres (离休干部护理费等). */
    RETIREMENT("retirement-allowance", "离休人员生活护理费", "retirement allowance"),
    /** An elderly-care service subsidy (养老服务补贴), as Guangzhou names it. */
    ELDERLY_CARE("elderly-care-subsidy", "养老服务补贴", "elderly-care subsidy");

    private final Names names;

    Allowance(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code policy files and rosters use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static Allowance ofCode(String code) {
        return PolicyCode.of(Allowance.class, "allowance", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code policy files and rosters use
     */
    public static Optional<Allowance> find(String code) {
        return PolicyCode.find(Allowance.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, e.g. as a county spreadsheet writes it
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static Allowance ofChineseName(String name) {
        return PolicyCode.ofChineseName(Allowance.class, "allowance", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
