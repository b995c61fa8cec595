package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;

/**
 * Whether the household registration (户籍) is urban or rural: some regions pay different amounts (Jiangsu's care subsidy) or take shares of different 低保 standards.
 *
 * <pre>{@code
 * RegistrationType.ofCode("rural");       // RURAL
 * RegistrationType.RURAL.chinese();       // "农村户籍"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegistrationType implements NamedCode {
    /** Urban household registration. */
    URBAN("urban", "城镇户籍", "urban registration"),
    /** Rural household registration. */
    RURAL("rural", "农村户籍", "rural registration");

    private final Names names;

    RegistrationType(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code rosters use, {@code urban} or {@code rural}
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static RegistrationType ofCode(String code) {
        return PolicyCode.of(RegistrationType.class, "registration type", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code rosters use, {@code urban} or {@code rural}
     */
    public static Optional<RegistrationType> find(String code) {
        return PolicyCode.find(RegistrationType.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, {@code 城镇户籍} or {@code 农村户籍}
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static RegistrationType ofChineseName(String name) {
        return PolicyCode.ofChineseName(RegistrationType.class, "registration type", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
