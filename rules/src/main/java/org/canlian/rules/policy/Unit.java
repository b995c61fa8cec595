package org.canlian.rules.policy;

import java.util.Optional;

/**
 * The unit of a policy parameter's values; a value given in another unit than its parameter's is refused, so a
 * yearly amount can never be read as a monthly one.
 *
 * <pre>{@code
 * Unit.ofCode("CNY/month");            // CNY_PER_MONTH
 * Unit.find("CNY/day");                // Optional.empty
 * Unit.CNY_PER_YEAR.code();            // "CNY/year"
 * Unit.CNY_PER_MONTH.valueType();      // Money.class
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Unit implements PolicyCode {
    /** Yuan per month, written in JSON as a decimal string {@code "60.00"}. */
    CNY_PER_MONTH("CNY/month", "元/月", "yuan per month", org.canlian.core.money.Money.class),
    /** Yuan per year, {@code "4000.00"}. */
    CNY_PER_YEAR("CNY/year", "元/年", "yuan per year", org.canlian.core.money.Money.class),
    /** A one-off amount of yuan, {@code "10000.00"}. */
    CNY("CNY", "元", "yuan", org.canlian.core.money.Money.class),
    /** A whole number of things (people, posts, officers), a JSON integer. */
    COUNT("count", "个", "count", Long.class),
    /** A percentage, a decimal string {@code "15"} or {@code "99.5"} meaning 15 % or 99.5 %. */
    PERCENT("percent", "%", "percent", java.math.BigDecimal.class),
    /** A period of years, months and days, ISO-8601 {@code "P10Y"}. */
    PERIOD("period", "期限", "period", java.time.Period.class),
    /** A number of working days, a JSON integer. */
    WORKING_DAYS("working-days", "工作日", "working days", Long.class),
    /** A floor area in square metres, a decimal string {@code "1200"}. */
    SQUARE_METRES("m2", "平方米", "square metres", java.math.BigDecimal.class),
    /** Yes or no, a JSON boolean. */
    BOOLEAN("boolean", "是/否", "yes/no", Boolean.class),
    /**
     * One of a parameter's named choices (a named rule), a JSON string such as {@code "first-months"}; read as the
     * constant of the parameter's enum ({@link ParameterDefinition#choiceType()}).
     */
    CHOICE("choice", "规则", "named rule", Enum.class),
    /** A decision table ({@link DecisionTable}), a JSON object {@code {"rows": [...]}}. */
    TABLE("table", "决策表", "decision table", DecisionTable.class),
    /** Groups of codes ({@link CodeGroups}), a JSON array of arrays {@code [["a", "b"], ["a", "c"]]}. */
    GROUPS("groups", "分组", "groups", CodeGroups.class);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final Class<?> valueType;

    Unit(String code, String chineseName, String englishName, Class<?> valueType) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.valueType = valueType;
    }

    /**
     * The unit written as {@code code} in policy files.
     *
     * @param code e.g. {@code "CNY/month"}
     * @return the unit
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static Unit ofCode(String code) {
        return PolicyCode.of(Unit.class, "unit", code);
    }

    /**
     * The unit written as {@code code} in policy files, if any.
     *
     * @param code e.g. {@code "CNY/month"}
     * @return the unit, or empty if no unit has this code
     */
    public static Optional<Unit> find(String code) {
        return PolicyCode.find(Unit.class, code);
    }

    /** The code written in policy files, e.g. {@code "CNY/month"}. */
    @Override
    public String code() {
        return code;
    }

    /** {@return the Chinese name, e.g. {@code 元/月}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code yuan per month}} */
    public String englishName() {
        return englishName;
    }

    /**
     * {@return the Java type of this unit's values: {@code Money}, {@code Long}, {@code BigDecimal}, {@code Period}...}
     */
    public Class<?> valueType() {
        return valueType;
    }

    /** {@return whether values in this unit are amounts of money} */
    public boolean isMoney() {
        return valueType == org.canlian.core.money.Money.class;
    }
}
