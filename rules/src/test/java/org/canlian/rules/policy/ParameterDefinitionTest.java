package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A parameter's definition: its value's forms (as policy files write it, with its unit's code, and for a person in
 * Chinese and English), what each factory accepts, and the catalog that holds definitions.
 */
class ParameterDefinitionTest {
    static final ParameterDefinition<Money> ONE_OFF =
            ParameterDefinition.money("test.grant", Unit.CNY, "一次性补助", "one-off grant");
    static final ParameterDefinition<Long> DAYS =
            ParameterDefinition.count("test.deadline", Unit.WORKING_DAYS, "办理时限", "deadline");
    static final ParameterDefinition<Period> WINDOW =
            ParameterDefinition.periodOrZero("test.window", "换证窗口", "renewal window");
    static final List<FactCode> BENEFITS = List.of(
            FactCode.of("old-age", "高龄津贴", "old-age allowance"),
            FactCode.of("living", "生活补贴", "living subsidy"),
            FactCode.of("care", "护理补贴", "care subsidy"));
    static final ParameterDefinition<CodeGroups> HIGHER_OF =
            ParameterDefinition.groups("test.higher-of", "择高享受", "higher of", BENEFITS);

    static Stream<Arguments> formats() {
        return Stream.of(
                // definition, value, as a policy file writes it with its unit, in Chinese, in English
                arguments(TestPolicies.ALLOWANCE, Money.ofYuan(60), "60.00 CNY/month", "¥60.00/月", "¥60.00/month"),
                arguments(TestPolicies.YEARLY, Money.ofYuan(4000), "4000.00 CNY/year", "¥4,000.00/年", "¥4,000.00/year"),
                arguments(ONE_OFF, Money.ofYuan(10000), "10000.00 CNY", "¥10,000.00", "¥10,000.00"),
                arguments(TestPolicies.COUNT, 30L, "30 count", "30", "30"),
                arguments(DAYS, 15L, "15 working-days", "15个工作日", "15 working days"),
                arguments(TestPolicies.RATE, new BigDecimal("99.5"), "99.5 percent", "99.5%", "99.5%"),
                arguments(TestPolicies.AREA, new BigDecimal("1200"), "1200 m2", "1200平方米", "1200 m²"),
                arguments(TestPolicies.VALIDITY, Period.ofYears(10), "P10Y period", "10年", "P10Y"),
                arguments(TestPolicies.VALIDITY, Period.of(1, 6, 0), "P1Y6M period", "1年6个月", "P1Y6M"),
                arguments(TestPolicies.VALIDITY, Period.ofDays(15), "P15D period", "15天", "P15D"),
                arguments(WINDOW, Period.ZERO, "P0D period", "0天", "P0D"),
                arguments(TestPolicies.FLAG, true, "true", "是", "yes"),
                arguments(TestPolicies.FLAG, false, "false", "否", "no"),
                arguments(
                        TestPolicies.RULE,
                        TestPolicies.TestRule.LAST_MONTHS,
                        "last-months",
                        "余数归后几个月",
                        "remainder to the last months"),
                arguments(
                        DecisionTableTest.TABLE,
                        DecisionTableTest.CARE,
                        "table of 3 rows",
                        "决策表（3行）",
                        "table of 3 rows"),
                arguments(
                        HIGHER_OF,
                        CodeGroups.of(List.of(List.of("old-age", "living"), List.of("old-age", "care"))),
                        "[[old-age, living], [old-age, care]]",
                        "高龄津贴与生活补贴；高龄津贴与护理补贴",
                        "old-age allowance or living subsidy; old-age allowance or care subsidy"),
                arguments(HIGHER_OF, CodeGroups.of(List.of()), "[]", "无", "none"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("formats")
    void aValueReadsAsAFileWritesItAndAsAPersonReadsIt(
            ParameterDefinition<?> d, Object value, String withUnit, String chinese, String english) {
        assertThat(d.format(value)).isEqualTo(withUnit);
        assertThat(d.format(value, true)).isEqualTo(chinese);
        assertThat(d.format(value, false)).isEqualTo(english);
    }

    @Test
    void aGroupOfCodesTheParameterDoesNotNameReadsByItsCode() {
        assertThat(HIGHER_OF.format(CodeGroups.of(List.of(List.of("care", "rent"))), true))
                .isEqualTo("护理补贴与rent");
        assertThat(CodeGroups.of(List.of(List.of("care", "rent"))).contains("rent"))
                .isTrue();
        assertThat(CodeGroups.of(List.of(List.of("care", "rent"))).contains("living"))
                .isFalse();
        assertThat(CodeGroups.of(List.of(List.of("care", "rent"))).groups()).containsExactly(List.of("care", "rent"));
    }

    static Stream<Arguments> badGroups() {
        return Stream.of(
                arguments(List.of(List.of("care")), "a group has two or more distinct codes: [care]"),
                arguments(
                        List.of(List.of("care", "living"), List.of("care", "care")),
                        "a group has two or more distinct codes: [care, care]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badGroups")
    void aGroupHasTwoOrMoreDistinctCodes(List<List<String>> groups, String message) {
        assertThatThrownBy(() -> CodeGroups.of(groups))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> definitions() {
        return Stream.of(
                // definition, unit, type, choices, floor rule, zero allowed, table facts, table amount unit
                arguments(TestPolicies.ALLOWANCE, Unit.CNY_PER_MONTH, Money.class, List.of(), true, true, null, null),
                arguments(TestPolicies.COUNT, Unit.COUNT, Long.class, List.of(), false, true, null, null),
                arguments(TestPolicies.VALIDITY, Unit.PERIOD, Period.class, List.of(), false, false, null, null),
                arguments(WINDOW, Unit.PERIOD, Period.class, List.of(), false, true, null, null),
                arguments(
                        TestPolicies.RULE,
                        Unit.CHOICE,
                        TestPolicies.TestRule.class,
                        List.of("first-months", "last-months"),
                        false,
                        true,
                        null,
                        null),
                arguments(
                        DecisionTableTest.TABLE,
                        Unit.TABLE,
                        DecisionTable.class,
                        List.of(),
                        false,
                        true,
                        DecisionTableTest.FACTS,
                        Unit.CNY_PER_MONTH),
                arguments(
                        DecisionTableTest.EXCLUSIONS,
                        Unit.TABLE,
                        DecisionTable.class,
                        List.of(),
                        false,
                        true,
                        DecisionTableTest.FACTS,
                        null),
                arguments(
                        HIGHER_OF,
                        Unit.GROUPS,
                        CodeGroups.class,
                        List.of("old-age", "living", "care"),
                        false,
                        true,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void eachFactoryMakesTheDefinitionOfItsUnit(
            ParameterDefinition<?> d,
            Unit unit,
            Class<?> type,
            List<String> choices,
            boolean floor,
            boolean zeroAllowed,
            FactSet facts,
            Unit amountUnit) {
        assertThat(d.unit()).isEqualTo(unit);
        assertThat(d.type()).isEqualTo(type);
        assertThat(d.choices()).isEqualTo(choices);
        assertThat(d.notBelowParent()).isEqualTo(floor);
        assertThat(d.zeroAllowed()).isEqualTo(zeroAllowed);
        assertThat(d.tableFacts()).isEqualTo(Optional.ofNullable(facts));
        assertThat(d.tableAmountUnit()).isEqualTo(Optional.ofNullable(amountUnit));
        assertThat(d.choiceType().isPresent()).isEqualTo(unit == Unit.CHOICE);
        assertThat(d.groupCodes()).isEqualTo(unit == Unit.GROUPS ? BENEFITS : List.of());
        assertThat(d.toString()).isEqualTo(d.key() + " (" + unit.code() + ")");
    }

    @Test
    void aFloorRuleKeepsEverythingElseOfTheDefinition() {
        ParameterDefinition<Long> posts = TestPolicies.COUNT.withFloorRule();
        assertThat(posts.notBelowParent()).isTrue();
        assertThat(posts.key()).isEqualTo("test.count");
        assertThat(posts.unit()).isEqualTo(Unit.COUNT);
        assertThat(posts.chineseName()).isEqualTo("人数");
        assertThat(posts.englishName()).isEqualTo("count");
        assertThat(TestPolicies.RATE.withFloorRule().notBelowParent()).isTrue();
        assertThat(posts.compare(30L, 31L)).isNegative();
        assertThat(posts.compare(31L, 30L)).isPositive();
    }

    static Stream<Arguments> badDefinitions() {
        return Stream.of(
                arguments(
                        (Supplier<?>) () -> ParameterDefinition.money("test.x", Unit.COUNT, "x", "x"),
                        "Invalid parameter unit \"count\": is not money"),
                arguments(
                        (Supplier<?>) () -> ParameterDefinition.count("test.x", Unit.PERCENT, "x", "x"),
                        "Invalid parameter unit \"percent\": is not a count"),
                arguments(
                        (Supplier<?>) () -> ParameterDefinition.decimal("test.x", Unit.COUNT, "x", "x"),
                        "Invalid parameter unit \"count\": is not a percentage or an area"),
                arguments(
                        (Supplier<?>) () ->
                                ParameterDefinition.table("test.x", "x", "x", DecisionTableTest.FACTS, Unit.PERCENT),
                        "Invalid parameter unit \"percent\": table amounts are money"),
                arguments(
                        (Supplier<?>) () -> TestPolicies.FLAG.withFloorRule(),
                        "Invalid parameter floor rule \"test.flag\": only ordered values can have a floor"),
                arguments(
                        (Supplier<?>) () -> TestPolicies.VALIDITY.withFloorRule(),
                        "Invalid parameter floor rule \"test.validity\": only ordered values can have a floor"),
                arguments(
                        (Supplier<?>) () -> ParameterDefinition.bool("Test.Flag", "开关", "flag"),
                        "Invalid parameter key \"Test.Flag\": must be dotted lower-case words, e.g. a.b-c.d"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDefinitions")
    void aDefinitionOfTheWrongUnitIsRefused(Supplier<?> make, String message) {
        assertThatThrownBy(make::get).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void aCatalogFindsDefinitionsByKeyAndRefusesAKeyTwice() {
        ParameterCatalog more = ParameterCatalog.of(List.of(ONE_OFF, DAYS));
        ParameterCatalog both = TestPolicies.CATALOG.plus(more);
        assertThat(both.definitions()).hasSize(10).endsWith(ONE_OFF, DAYS);
        assertThat(both.find("test.grant")).contains(ONE_OFF);
        assertThat(both.find("test.unknown")).isEmpty();
        assertThat(both.contains(DAYS)).isTrue();
        assertThat(TestPolicies.CATALOG.contains(DAYS)).isFalse();
        assertThat(more.toString()).isEqualTo("[test.grant, test.deadline]");
        assertThatThrownBy(() -> both.plus(more))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid parameter key \"test.grant\": is defined twice in the catalog");
    }

    @Test
    void plusMissingAddsOnlyTheDefinitionsItLacks() {
        ParameterCatalog more = ParameterCatalog.of(List.of(TestPolicies.ALLOWANCE, ONE_OFF));
        assertThat(TestPolicies.CATALOG.plusMissing(TestPolicies.CATALOG)).isSameAs(TestPolicies.CATALOG);
        assertThat(TestPolicies.CATALOG.plusMissing(ParameterCatalog.of(List.of(TestPolicies.COUNT))))
                .isSameAs(TestPolicies.CATALOG);
        assertThat(TestPolicies.CATALOG.plusMissing(more).definitions())
                .hasSize(9)
                .endsWith(ONE_OFF);
    }

    static Stream<Arguments> factories() {
        return Stream.of(
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.money("t.money", Unit.CNY, "金额", "amount"),
                        Unit.CNY,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.count("t.count", Unit.WORKING_DAYS, "天数", "days"),
                        Unit.WORKING_DAYS,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.decimal("t.area", Unit.SQUARE_METRES, "面积", "area"),
                        Unit.SQUARE_METRES,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>) () -> ParameterDefinition.period("t.period", "期限", "period"),
                        Unit.PERIOD,
                        false),
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.periodOrZero("t.window", "窗口", "window"),
                        Unit.PERIOD,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>) () -> ParameterDefinition.bool("t.flag", "开关", "flag"),
                        Unit.BOOLEAN,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.choice("t.rule", "规则", "rule", RoundingRule.class),
                        Unit.CHOICE,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>) () -> ParameterDefinition.table(
                                "t.table", "表", "table", DecisionTableTest.FACTS, Unit.CNY_PER_YEAR),
                        Unit.TABLE,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>) () -> ParameterDefinition.exclusionTable(
                                "t.exclusions", "排除", "exclusions", DecisionTableTest.FACTS),
                        Unit.TABLE,
                        true),
                arguments(
                        (Supplier<ParameterDefinition<?>>)
                                () -> ParameterDefinition.groups("t.groups", "分组", "groups", BENEFITS),
                        Unit.GROUPS,
                        true));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("factories")
    void eachFactoryMakesADefinitionInItsUnit(Supplier<ParameterDefinition<?>> make, Unit unit, boolean zeroAllowed) {
        // Made in the test itself: mutation testing credits only code a test runs, not a provider's or a constant's.
        ParameterDefinition<?> d = make.get();
        assertThat(d.unit()).isEqualTo(unit);
        assertThat(d.zeroAllowed()).isEqualTo(zeroAllowed);
        assertThat(d.key()).startsWith("t.");
    }
}
