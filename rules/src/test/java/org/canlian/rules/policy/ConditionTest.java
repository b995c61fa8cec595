package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts and the conditions of table rows on them: what each condition admits (a case's value by value, unknown
 * included), how it reads in both languages, and the errors of a condition or fact that cannot be.
 */
class ConditionTest {
    private static final FactSet FACTS = DecisionTableTest.FACTS;
    private static final long U = FactSource.UNKNOWN;

    private static long grades(int... grades) {
        long bits = 0;
        for (int g : grades) {
            bits |= Fact.bit(g - 1);
        }
        return bits;
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                // condition, its text in Chinese and English, then values with the truth each gives
                arguments(
                        Condition.anyOf(FACTS, "grade", "1", "2"),
                        "残疾等级：一级、二级",
                        "disability grade: grade 1, grade 2",
                        new long[] {grades(1), grades(2), grades(3), grades(2, 3), grades(), U},
                        List.of(Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)),
                arguments(
                        Condition.anyOf(FACTS, "grade", "3"),
                        "残疾等级：三级",
                        "disability grade: grade 3",
                        new long[] {grades(3), grades(1), grades(1, 3)},
                        List.of(Truth.TRUE, Truth.FALSE, Truth.TRUE)),
                arguments(
                        Condition.range(FACTS, "age", 18L, 59L),
                        "年龄18至59岁",
                        "age 18 to 59 years",
                        new long[] {17, 18, 40, 59, 60, U},
                        List.of(Truth.FALSE, Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)),
                arguments(
                        Condition.range(FACTS, "age", 60L, null),
                        "年龄不小于60岁",
                        "age at least 60 years",
                        new long[] {59, 60, Long.MAX_VALUE},
                        List.of(Truth.FALSE, Truth.TRUE, Truth.TRUE)),
                arguments(
                        Condition.range(FACTS, "age", null, 17L),
                        "年龄不大于17岁",
                        "age at most 17 years",
                        new long[] {Long.MIN_VALUE + 1, 0, 17, 18},
                        List.of(Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.FALSE)),
                arguments(
                        Condition.is(FACTS, "long-term-care", true),
                        "需长期照护：是",
                        "needs long-term care: yes",
                        new long[] {1, 0, U},
                        List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)),
                arguments(
                        Condition.is(FACTS, "long-term-care", false),
                        "需长期照护：否",
                        "needs long-term care: no",
                        new long[] {1, 0},
                        List.of(Truth.FALSE, Truth.TRUE)));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("conditions")
    void aConditionAdmitsItsValuesAndSaysWhichInWords(
            Condition c, String chinese, String english, long[] values, List<Truth> truths) {
        assertThat(c.describe().chinese()).isEqualTo(chinese);
        assertThat(c.describe().english()).isEqualTo(english);
        assertThat(c.toString()).isEqualTo(english);
        assertThat(c.canMatch()).isTrue();
        assertThat(c.fact()).isEqualTo(FACTS.get(c.factIndex()));
        List<Truth> got = new ArrayList<>();
        for (long v : values) {
            got.add(c.test(v));
        }
        assertThat(got).isEqualTo(truths);
    }

    static Stream<Arguments> emptyConditions() {
        return Stream.of(
                arguments(Condition.ofMask(FACTS, 0, 0), false, "残疾等级：无"),
                arguments(Condition.ofRange(FACTS, 1, 60, 59), false, "年龄60至59岁"),
                arguments(Condition.ofRange(FACTS, 1, 60, 60), true, "年龄60至60岁"),
                arguments(Condition.ofMask(FACTS, 0, Fact.bit(5)), true, "残疾等级：无"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("emptyConditions")
    void aConditionNoValueMeetsCannotMatch(Condition c, boolean canMatch, String chinese) {
        assertThat(c.canMatch()).isEqualTo(canMatch);
        assertThat(c.describe().chinese()).isEqualTo(chinese);
    }

    static Stream<Arguments> badConditions() {
        return Stream.of(
                arguments(
                        (Supplier<?>) () -> Condition.anyOf(FACTS, "grade", "1", "5"), "fact grade has no code \"5\""),
                arguments(
                        (Supplier<?>) () -> Condition.anyOf(FACTS, "age", "1"),
                        "no CODES fact \"age\" in [grade, age, long-term-care]"),
                arguments(
                        (Supplier<?>) () -> Condition.range(FACTS, "colour", 1L, 2L),
                        "no NUMBER fact \"colour\" in [grade, age, long-term-care]"),
                arguments(
                        (Supplier<?>) () -> Condition.is(FACTS, "grade", true),
                        "no FLAG fact \"grade\" in [grade, age, long-term-care]"),
                arguments(
                        (Supplier<?>) () -> DecisionTable.Row.of(
                                List.of(Condition.range(FACTS, "age", 1L, 2L), Condition.range(FACTS, "age", 5L, 6L)),
                                RowOutcome.excluded()),
                        "two conditions on age in one row"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badConditions")
    void aConditionOnAFactTheTableDoesNotHaveIsRefused(Supplier<?> make, String message) {
        assertThatThrownBy(make::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> factValues() {
        Fact grade = FACTS.get(0);
        Fact age = FACTS.get(1);
        Fact care = FACTS.get(2);
        return Stream.of(
                arguments(grade, grades(2), "二级", "grade 2"),
                arguments(grade, grades(1, 3), "一级、三级", "grade 1, grade 3"),
                arguments(grade, grades(1, 2, 3), "一级、二级、三级", "grade 1, grade 2, grade 3"),
                arguments(grade, 0L, "无", "none"),
                arguments(grade, Fact.bit(5), "无", "none"),
                arguments(grade, U, "不详", "unknown"),
                arguments(age, 67L, "67岁", "67 years"),
                arguments(age, 0L, "0岁", "0 years"),
                arguments(care, 1L, "是", "yes"),
                arguments(care, 0L, "否", "no"),
                arguments(care, U, "不详", "unknown"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("factValues")
    void aCasesValueOfAFactReadsInBothLanguages(Fact fact, long value, String chinese, String english) {
        assertThat(fact.describeValue(value).chinese()).isEqualTo(chinese);
        assertThat(fact.describeValue(value).english()).isEqualTo(english);
    }

    @Test
    void aFactKnowsItsKindCodesAndNames() {
        Fact grade = FACTS.get(0);
        assertThat(grade.kind()).isEqualTo(Fact.Kind.CODES);
        assertThat(grade.codes()).extracting(FactCode::code).containsExactly("1", "2", "3");
        assertThat(grade.indexOf("3")).isEqualTo(2);
        assertThat(grade.indexOf("4")).isEqualTo(-1);
        assertThat(grade.name()).isEqualTo("grade");
        assertThat(grade.chinese()).isEqualTo("残疾等级");
        assertThat(grade.english()).isEqualTo("disability grade");
        assertThat(grade.toString()).isEqualTo("grade");
        assertThat(grade.codes().get(1).chinese()).isEqualTo("二级");
        assertThat(grade.codes().get(1).english()).isEqualTo("grade 2");
        assertThat(grade.codes().get(1).toString()).isEqualTo("2");
        assertThat(FACTS.get(1).codes()).isEmpty();
        assertThat(FACTS.size()).isEqualTo(3);
        assertThat(FACTS.names()).containsExactly("grade", "age", "long-term-care");
        assertThat(FACTS.facts()).extracting(Fact::kind).containsExactly(Fact.Kind.values());
        assertThat(FACTS.find("age")).contains(FACTS.get(1));
        assertThat(FACTS.find("colour")).isEmpty();
        assertThat(FACTS.indexOf("long-term-care")).isEqualTo(2);
        assertThat(FACTS.indexOf("colour")).isEqualTo(-1);
        assertThat(FACTS.toString()).isEqualTo("[grade, age, long-term-care]");
    }

    private static List<FactCode> codes(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> FactCode.of("c" + i, "码" + i, "code " + i))
                .toList();
    }

    @Test
    void aCodedFactHasOneToSixtyTwoCodes() {
        assertThat(Fact.codes("status", "状态", "status", codes(Fact.MAX_CODES)).codes())
                .hasSize(62);
        assertThat(Fact.codes("status", "状态", "status", codes(1)).codes()).hasSize(1);
    }

    static Stream<Arguments> badFacts() {
        return Stream.of(
                arguments(
                        (Supplier<?>) () -> Fact.codes("status", "状态", "status", codes(0)),
                        "Invalid fact codes 0: a coded fact has 1 to 62 codes"),
                arguments(
                        (Supplier<?>) () -> Fact.codes("status", "状态", "status", codes(63)),
                        "Invalid fact codes 63: a coded fact has 1 to 62 codes"),
                arguments(
                        (Supplier<?>) () -> Fact.codes(
                                "status",
                                "状态",
                                "status",
                                List.of(FactCode.of("dibao", "低保", "dibao"), FactCode.of("dibao", "低保户", "dibao"))),
                        "Invalid fact codes \"dibao\": appears twice"),
                arguments(
                        (Supplier<?>) () -> Fact.flag("Long_Term", "需长期照护", "care"),
                        "Invalid fact name \"Long_Term\": must be lower-case words joined by hyphens"),
                arguments(
                        (Supplier<?>) () ->
                                FactSet.of(List.of(Fact.flag("care", "需照护", "care"), Fact.flag("care", "照护", "care"))),
                        "Invalid fact name \"care\": appears twice in the fact set"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFacts")
    void aFactThatCannotBeIsRefusedNamingTheRule(Supplier<?> make, String message) {
        assertThatThrownBy(make::get).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void conditionsOnFactsMadeHereReadWithTheirUnits() {
        // Built in the test itself, not in a provider or a constant: mutation testing credits only code a test runs.
        Fact income = Fact.number("income", "月收入", "monthly income", "元", "yuan");
        Fact alone = Fact.flag("alone", "独居", "lives alone");
        Fact status = Fact.codes(
                "status",
                "家庭类别",
                "household",
                List.of(FactCode.of("dibao", "低保", "dibao"), FactCode.of("destitute", "特困", "destitute")));
        FactSet facts = FactSet.of(List.of(income, alone, status));
        assertThat(income.kind()).isEqualTo(Fact.Kind.NUMBER);
        assertThat(income.describeValue(800).chinese()).isEqualTo("800元");
        assertThat(Condition.range(facts, "income", 0L, 800L).describe().chinese())
                .isEqualTo("月收入0至800元");
        assertThat(Condition.range(facts, "income", null, 800L).describe().english())
                .isEqualTo("monthly income at most 800 yuan");
        assertThat(Condition.range(facts, "income", 800L, null).describe().english())
                .isEqualTo("monthly income at least 800 yuan");
        assertThat(Condition.is(facts, "alone", false).describe().chinese()).isEqualTo("独居：否");
        assertThat(Condition.is(facts, "alone", false).test(0)).isEqualTo(Truth.TRUE);
        assertThat(Condition.is(facts, "alone", true).test(0)).isEqualTo(Truth.FALSE);
        assertThat(Condition.anyOf(facts, "status", "destitute", "dibao")
                        .describe()
                        .english())
                .isEqualTo("household: dibao, destitute");
        assertThat(Condition.anyOf(facts, "status", "destitute").describe().chinese())
                .isEqualTo("家庭类别：特困");
    }
}
