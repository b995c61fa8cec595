package org.canlian.rules.policy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.money.Money;

/**
 * A parameter a policy may set: its key, its unit (and so the Java type of its values), what it means in Chinese and
 * English, the named choices a {@link Unit#CHOICE} parameter allows, and whether a lower region's value must not be
 * below its parent region's (a floor rule).
 *
 * <pre>{@code
 * ParameterDefinition<Money> floor = ParameterDefinition.money(
 *         "stipend.community.floor.monthly", Unit.CNY_PER_MONTH, "社区专职委员月保底", "community officer monthly floor")
 *     .withFloorRule();
 * floor.unit();                 // CNY_PER_MONTH
 * floor.notBelowParent();       // true
 * }</pre>
 *
 * <p>Two definitions are equal when their keys are equal. This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the values
 */
public final class ParameterDefinition<T> {
    private static final String KEY_PATTERN = "[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*";

    private final String key;
    private final Unit unit;
    private final Class<T> type;
    private final String chineseName;
    private final String englishName;
    private final List<String> choices;
    private final boolean notBelowParent;
    private final boolean zeroAllowed;
    /** The enum of a typed choice, or null. */
    private final Class<? extends Enum<?>> choiceType;
    /** The facts a table parameter's rows may test, or null. */
    private final FactSet tableFacts;
    /** The money unit of a table's amounts, or null for a table whose rows can only exclude. */
    private final Unit tableAmountUnit;
    /** The codes a groups parameter's groups list. */
    private final List<FactCode> groupCodes;

    private ParameterDefinition(
            String key,
            Unit unit,
            Class<T> type,
            String chineseName,
            String englishName,
            List<String> choices,
            boolean notBelowParent) {
        this(key, unit, type, chineseName, englishName, choices, notBelowParent, unit != Unit.PERIOD);
    }

    private ParameterDefinition(
            String key,
            Unit unit,
            Class<T> type,
            String chineseName,
            String englishName,
            List<String> choices,
            boolean notBelowParent,
            boolean zeroAllowed) {
        this(key, unit, type, chineseName, englishName, choices, notBelowParent, zeroAllowed, null);
    }

    private ParameterDefinition(
            String key,
            Unit unit,
            Class<T> type,
            String chineseName,
            String englishName,
            List<String> choices,
            boolean notBelowParent,
            boolean zeroAllowed,
            Class<? extends Enum<?>> choiceType) {
        this(
                key,
                unit,
                type,
                chineseName,
                englishName,
                choices,
                notBelowParent,
                zeroAllowed,
                choiceType,
                null,
                null,
                List.of());
    }

    private ParameterDefinition(
            String key,
            Unit unit,
            Class<T> type,
            String chineseName,
            String englishName,
            List<String> choices,
            boolean notBelowParent,
            boolean zeroAllowed,
            Class<? extends Enum<?>> choiceType,
            FactSet tableFacts,
            Unit tableAmountUnit,
            List<FactCode> groupCodes) {
        if (!key.matches(KEY_PATTERN)) {
            throw InvalidValueException.of(
                    "parameter key", "format", Masking.quote(key), "must be dotted lower-case words, e.g. a.b-c.d");
        }
        this.key = key;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.type = type;
        this.chineseName = Objects.requireNonNull(chineseName, "chineseName");
        this.englishName = Objects.requireNonNull(englishName, "englishName");
        this.choices = List.copyOf(choices);
        this.notBelowParent = notBelowParent;
        this.zeroAllowed = zeroAllowed;
        this.choiceType = choiceType;
        this.tableFacts = tableFacts;
        this.tableAmountUnit = tableAmountUnit;
        this.groupCodes = List.copyOf(groupCodes);
    }

    /**
     * A parameter whose values are amounts of money.
     *
     * @param key e.g. {@code "stipend.village.lost-work-allowance"}
     * @param unit {@link Unit#CNY_PER_MONTH}, {@link Unit#CNY_PER_YEAR} or {@link Unit#CNY}
     * @param chineseName what it means, in Chinese
     * @param englishName what it means, in English
     * @return the definition
     */
    public static ParameterDefinition<Money> money(String key, Unit unit, String chineseName, String englishName) {
        if (!unit.isMoney()) {
            throw InvalidValueException.of("parameter unit", "money", Masking.quote(unit.code()), "is not money");
        }
        return new ParameterDefinition<>(key, unit, Money.class, chineseName, englishName, List.of(), false);
    }

    /**
     * {@return a whole-number parameter in {@link Unit#COUNT} or {@link Unit#WORKING_DAYS}}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param unit the unit of the values
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     */
    public static ParameterDefinition<Long> count(String key, Unit unit, String chineseName, String englishName) {
        if (unit != Unit.COUNT && unit != Unit.WORKING_DAYS) {
            throw InvalidValueException.of("parameter unit", "count", Masking.quote(unit.code()), "is not a count");
        }
        return new ParameterDefinition<>(key, unit, Long.class, chineseName, englishName, List.of(), false);
    }

    /**
     * {@return a decimal parameter in {@link Unit#PERCENT} or {@link Unit#SQUARE_METRES}}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param unit the unit of the values
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     */
    public static ParameterDefinition<BigDecimal> decimal(
            String key, Unit unit, String chineseName, String englishName) {
        if (unit != Unit.PERCENT && unit != Unit.SQUARE_METRES) {
            throw InvalidValueException.of(
                    "parameter unit", "decimal", Masking.quote(unit.code()), "is not a percentage or an area");
        }
        return new ParameterDefinition<>(key, unit, BigDecimal.class, chineseName, englishName, List.of(), false);
    }

    /**
     * {@return a period parameter ({@link Unit#PERIOD}), e.g. a certificate's validity {@code P10Y}}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     */
    public static ParameterDefinition<Period> period(String key, String chineseName, String englishName) {
        return new ParameterDefinition<>(key, Unit.PERIOD, Period.class, chineseName, englishName, List.of(), false);
    }

    /**
     * {@return a period parameter that may be zero ({@code "P0D"}), e.g. a renewal window that opens on the expiry date
     * itself}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     */
    public static ParameterDefinition<Period> periodOrZero(String key, String chineseName, String englishName) {
        return new ParameterDefinition<>(
                key, Unit.PERIOD, Period.class, chineseName, englishName, List.of(), false, true);
    }

    /**
     * {@return a yes/no parameter ({@link Unit#BOOLEAN})}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     */
    public static ParameterDefinition<Boolean> bool(String key, String chineseName, String englishName) {
        return new ParameterDefinition<>(key, Unit.BOOLEAN, Boolean.class, chineseName, englishName, List.of(), false);
    }

    /**
     * A named-rule parameter ({@link Unit#CHOICE}) whose values are the constants of an enum, written in policy files
     * by their codes; a lookup yields the constant, so callers never parse the code again.
     *
     * <pre>{@code
     * ParameterDefinition<RoundingRule> r = ParameterDefinition.choice(
     *         "stipend.rounding", "计算取整规则", "rounding to the fen", RoundingRule.class);
     * r.choices();      // [half-up, down, half-even, ...]
     * }</pre>
     *
     * @param key the key
     * @param chineseName what it means, in Chinese
     * @param englishName what it means, in English
     * @param type the enum of the choices
     * @param <E> the enum type
     * @return the definition
     */
    public static <E extends Enum<E> & PolicyCode> ParameterDefinition<E> choice(
            String key, String chineseName, String englishName, Class<E> type) {
        return new ParameterDefinition<>(
                key, Unit.CHOICE, type, chineseName, englishName, PolicyCode.codes(type), false, true, type);
    }

    /**
     * A decision-table parameter ({@link Unit#TABLE}): its values are {@link DecisionTable}s whose conditions name
     * {@code facts} and whose rows give amounts in {@code amountUnit} (fixed, or a share of another money parameter in
     * the same unit) or exclude.
     *
     * <pre>{@code
     * ParameterDefinition<DecisionTable> care = ParameterDefinition.table(
     *         "subsidy.care.table", "重度残疾人护理补贴标准", "care subsidy table", facts, Unit.CNY_PER_MONTH);
     * }</pre>
     *
     * @param key the key
     * @param chineseName what it means, in Chinese
     * @param englishName what it means, in English
     * @param facts the facts rows may test
     * @param amountUnit the money unit of amounts
     * @return the definition
     */
    public static ParameterDefinition<DecisionTable> table(
            String key, String chineseName, String englishName, FactSet facts, Unit amountUnit) {
        if (!amountUnit.isMoney()) {
            throw InvalidValueException.of(
                    "parameter unit", "money", Masking.quote(amountUnit.code()), "table amounts are money");
        }
        return tableOf(key, chineseName, englishName, facts, amountUnit);
    }

    /**
     * {@return a decision-table parameter whose rows can only exclude: a case matching any row is not eligible (e.g.
     * the national exclusions of a subsidy)}
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     * @param facts the facts the table's rows may test
     */
    public static ParameterDefinition<DecisionTable> exclusionTable(
            String key, String chineseName, String englishName, FactSet facts) {
        return tableOf(key, chineseName, englishName, facts, null);
    }

    private static ParameterDefinition<DecisionTable> tableOf(
            String key, String chineseName, String englishName, FactSet facts, Unit amountUnit) {
        return new ParameterDefinition<>(
                key,
                Unit.TABLE,
                DecisionTable.class,
                chineseName,
                englishName,
                List.of(),
                false,
                true,
                null,
                Objects.requireNonNull(facts, "facts"),
                amountUnit,
                List.of());
    }

    /**
     * {@return a groups parameter ({@link Unit#GROUPS}): its values are lists of groups of two or more of {@code
     * codes}, e.g. the benefits of which a person keeps only the higher}
     *
     * <pre>{@code
     * ParameterDefinition<CodeGroups> higherOf = ParameterDefinition.groups(
     *         "subsidy.higher-of", "择高享受", "higher of", benefitCodes);
     * }</pre>
     *
     * @param key the key policy files use, e.g. {@code stipend.village.lost-work-allowance}
     * @param chineseName what the parameter is, in Chinese
     * @param englishName what the parameter is, in English
     * @param codes the codes that groups may list
     */
    public static ParameterDefinition<CodeGroups> groups(
            String key, String chineseName, String englishName, List<FactCode> codes) {
        return new ParameterDefinition<>(
                key,
                Unit.GROUPS,
                CodeGroups.class,
                chineseName,
                englishName,
                codes.stream().map(FactCode::code).toList(),
                false,
                true,
                null,
                null,
                null,
                codes);
    }

    /** {@return the facts a table parameter's rows may test, if it is a table} */
    public Optional<FactSet> tableFacts() {
        return Optional.ofNullable(tableFacts);
    }

    /** {@return the money unit of a table's amounts; empty for an exclusion table or another unit} */
    public Optional<Unit> tableAmountUnit() {
        return Optional.ofNullable(tableAmountUnit);
    }

    /** {@return the codes a groups parameter may list, with their names; empty for other units} */
    public List<FactCode> groupCodes() {
        return groupCodes;
    }

    /**
     * A copy with the floor rule: a region's value must not be below the value its nearest ancestor region sets for
     * the same dates. Only for money, count, percentage and area parameters.
     *
     * @return the copy
     */
    public ParameterDefinition<T> withFloorRule() {
        if (!unit.isMoney() && type != Long.class && type != BigDecimal.class) {
            throw InvalidValueException.of(
                    "parameter floor rule", "ordered", Masking.quote(key), "only ordered values can have a floor");
        }
        return new ParameterDefinition<>(
                key,
                unit,
                type,
                chineseName,
                englishName,
                choices,
                true,
                zeroAllowed,
                choiceType,
                tableFacts,
                tableAmountUnit,
                groupCodes);
    }

    /** {@return the key, e.g. {@code "stipend.village.lost-work-allowance"}} */
    public String key() {
        return key;
    }

    /** {@return the unit its values must be given in} */
    public Unit unit() {
        return unit;
    }

    /** {@return the Java type of its values} */
    public Class<T> type() {
        return type;
    }

    /** {@return what it means, in Chinese} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return what it means, in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return the allowed codes of a {@link Unit#CHOICE} parameter; empty for other units} */
    public List<String> choices() {
        return choices;
    }

    /** {@return whether a region's value must not be below its nearest ancestor's value (a floor rule)} */
    public boolean notBelowParent() {
        return notBelowParent;
    }

    /** {@return whether a period parameter may be zero; periods are positive unless made with {@link #periodOrZero}} */
    public boolean zeroAllowed() {
        return zeroAllowed;
    }

    /** Compares two values of this parameter; only for parameters that may have a floor rule. */
    @SuppressWarnings("unchecked")
    int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    /**
     * Formats a value with its unit, e.g. {@code 60.00 CNY/month}; a choice or a yes/no stands alone.
     *
     * @param value a value of this parameter's type
     * @return the value and its unit's code
     */
    public String format(Object value) {
        return unit == Unit.CHOICE || unit == Unit.BOOLEAN || unit == Unit.TABLE || unit == Unit.GROUPS
                ? plain(value)
                : plain(value) + " " + unit.code();
    }

    /**
     * Formats a value for a person, in Chinese or English: {@code ¥60.00/月} or {@code ¥60.00/month}, {@code 25%},
     * {@code 10年} or {@code P10Y}, a choice by its name where it has one, {@code 是}/{@code yes}.
     *
     * @param value a value of this parameter's type
     * @param chinese true for Chinese, false for English
     * @return the value as a person reads it
     */
    public String format(Object value, boolean chinese) {
        if (value instanceof Money m) {
            return switch (unit) {
                case CNY_PER_MONTH -> m.format() + (chinese ? "/月" : "/month");
                case CNY_PER_YEAR -> m.format() + (chinese ? "/年" : "/year");
                default -> m.format();
            };
        }
        if (value instanceof Bilingual b) {
            return chinese ? b.chinese() : b.english();
        }
        if (value instanceof DecisionTable t) {
            return chinese ? "决策表（" + t.rows().size() + "行）" : t.toString();
        }
        if (value instanceof CodeGroups g) {
            return g.describe(groupCodes, chinese);
        }
        if (value instanceof Boolean b) {
            return chinese ? (b ? "是" : "否") : (b ? "yes" : "no");
        }
        if (value instanceof java.time.Period p && chinese) {
            return (p.getYears() != 0 ? p.getYears() + "年" : "")
                    + (p.getMonths() != 0 ? p.getMonths() + "个月" : "")
                    + (p.getDays() != 0 || p.isZero() ? p.getDays() + "天" : "");
        }
        return switch (unit) {
            case PERCENT -> plain(value) + "%";
            case SQUARE_METRES -> plain(value) + (chinese ? "平方米" : " m²");
            case WORKING_DAYS -> plain(value) + (chinese ? "个工作日" : " working days");
            default -> plain(value);
        };
    }

    /**
     * Formats a value as policy files write it, without unit: {@code 60.00}, {@code P10Y}, {@code first-months}.
     *
     * @param value a value of this parameter's type
     * @return the value as a policy file writes it
     */
    public String plain(Object value) {
        if (value instanceof Money m) {
            return m.toPlainString();
        }
        if (value instanceof PolicyCode c) {
            return c.code();
        }
        return String.valueOf(value);
    }

    /** {@return the enum of a typed choice parameter, if it is one} */
    public Optional<Class<? extends Enum<?>>> choiceType() {
        return Optional.ofNullable(choiceType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterDefinition<?> other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " (" + unit.code() + ")";
    }
}
