package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
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
public enum RegistrationType implements PolicyCode, Bilingual {
    /** Urban household registration. */
    URBAN("urban", "城镇户籍", "urban registration"),
    /** Rural household registration. */
    RURAL("rural", "农村户籍", "rural registration");

    private final String code;
    private final String chineseName;
    private final String englishName;

    RegistrationType(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The constant with this code.
     *
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static RegistrationType ofCode(String code) {
        return PolicyCode.of(RegistrationType.class, "registration type", code);
    }

    /** The constant with this code, if any. */
    public static Optional<RegistrationType> find(String code) {
        return PolicyCode.find(RegistrationType.class, code);
    }

    /**
     * The constant with this Chinese name, as county spreadsheets write it.
     *
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static RegistrationType ofChineseName(String name) {
        for (RegistrationType c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw org.canlian.core.InvalidValueException.of(
                "registration type",
                "unknown-name",
                org.canlian.core.Masking.quote(name),
                "must be one of "
                        + java.util.Arrays.stream(values())
                                .map(RegistrationType::chinese)
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
