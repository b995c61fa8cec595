package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;
import org.canlian.rules.policy.Unit;

/**
 * A benefit programme for disabled people whose eligibility and amounts policy files set as decision tables: the two
 * national subsidies (国发〔2015〕52号) and the other benefits county federations pay.
 *
 * <pre>{@code
 * Programme.CARE.chinese();         // "重度残疾人护理补贴"
 * Programme.FUEL.unit();            // CNY_PER_YEAR
 * Programme.ofCode("living");       // LIVING
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Programme implements NamedCode {
    /** The living subsidy for people in hardship (困难残疾人生活补贴), monthly. */
    LIVING("living", "困难残疾人生活补贴", "living subsidy for disabled people in hardship", Unit.CNY_PER_MONTH),
    /** The care subsidy for the severely disabled (重度残疾人护理补贴), monthly. */
    CARE("care", "重度残疾人护理补贴", "care subsidy for the severely disabled", Unit.CNY_PER_MONTH),
    /** The living allowance for disabled elderly people (残疾老人生活补助), monthly. */
    ELDERLY("elderly", "残疾老人生活补助", "living allowance for disabled elderly people", Unit.CNY_PER_MONTH),
    /** The fuel subsidy for disabled people's motor vehicles (残疾人机动车燃油补贴), yearly. */
    FUEL("fuel", "残疾人机动车燃油补贴", "fuel subsidy for disabled people's motor vehicles", Unit.CNY_PER_YEAR),
    /** The school grant for disabled pupils (残疾学生助学补助), yearly. */
    SCHOOL("school", "残疾学生助学补助", "school grant for disabled pupils", Unit.CNY_PER_YEAR),
    /** The grant for disabled students admitted to college (残疾大学新生入学补助), once. */
    COLLEGE("college", "残疾大学新生入学补助", "grant for disabled students admitted to college", Unit.CNY),
    /** The medical-insurance premium the government pays (残疾人医疗保险个人缴费资助), yearly. */
    MEDICAL_INSURANCE(
            "medical-insurance", "残疾人医保个人缴费资助", "government-paid medical-insurance premium", Unit.CNY_PER_YEAR);

    private final Names names;
    private final Unit unit;

    Programme(String code, String chineseName, String englishName, Unit unit) {
        this.names = new Names(code, chineseName, englishName);
        this.unit = unit;
    }

    /**
     * {@return the programme with this code}
     *
     * @param code the code policy files use, e.g. {@code living}
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static Programme ofCode(String code) {
        return PolicyCode.of(Programme.class, "programme", code);
    }

    /**
     * {@return the programme with this code, if any}
     *
     * @param code the code policy files use, e.g. {@code living}
     */
    public static Optional<Programme> find(String code) {
        return PolicyCode.find(Programme.class, code);
    }

    @Override
    public Names names() {
        return names;
    }

    /** {@return how its amounts are given: {@code CNY/month}, {@code CNY/year} or {@code CNY} (once)} */
    public Unit unit() {
        return unit;
    }

    /** {@return whether it pays once (a grant), rather than for every month or year of eligibility} */
    public boolean isOneOff() {
        return unit == Unit.CNY;
    }
}
