package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;

/**
 * The household's hardship status, which the living subsidy and many regional amounts depend on: a minimum-living-guarantee (低保) household, a near-poverty (低保边缘) household, a low-income household, or none of these.
 *
 * <pre>{@code
 * HouseholdStatus.ofCode("dibao");          // DIBAO
 * HouseholdStatus.ofChineseName("低保边缘");  // NEAR_DIBAO
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HouseholdStatus implements NamedCode {
    /** A minimum-living-guarantee household (低保户). */
    DIBAO("dibao", "低保", "minimum-living-guarantee (dibao) household"),
    /** A near-poverty household, just above the 低保 line (低保边缘户). */
    NEAR_DIBAO("near-dibao", "低保边缘", "near-poverty (dibao-edge) household"),
    /** Another low-income household (低收入家庭). */
    LOW_INCOME("low-income", "低收入", "low-income household"),
    /** Not a household in hardship. */
    NONE("none", "非困难家庭", "household not in hardship");

    private final Names names;

    HouseholdStatus(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code policy files and rosters use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static HouseholdStatus ofCode(String code) {
        return PolicyCode.of(HouseholdStatus.class, "household status", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code policy files and rosters use
     */
    public static Optional<HouseholdStatus> find(String code) {
        return PolicyCode.find(HouseholdStatus.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, e.g. {@code 低保}
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static HouseholdStatus ofChineseName(String name) {
        return PolicyCode.ofChineseName(HouseholdStatus.class, "household status", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
