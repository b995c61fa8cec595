package org.canlian.rules.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy model's values compare by value: each equals a twin built the same way, and differs from a value that
 * differs in one attribute (a policy file read twice must give equal parameters, tables and explanations; a changed
 * one must not).
 */
class PolicyValueEqualityTest {
    private static final FactSet FACTS = DecisionTableTest.FACTS;
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final Source DECREE = Source.of("临泽县民政局", "临民发〔2024〕1号", "第三条", JAN);
    private static final DivisionCode LINZE = DivisionCode.parse("620723");

    private static DatedValue<Money> dated(long yuan) {
        return DatedValue.of(Money.ofYuan(yuan), JAN, DECREE);
    }

    private static Resolved<Money> resolved(DivisionCode region, DatedValue<Money> value, boolean carriedForward) {
        return new Resolved<>(
                TestPolicies.ALLOWANCE,
                LINZE,
                region,
                LocalDate.of(2024, 3, 1),
                null,
                value,
                null,
                carriedForward,
                null);
    }

    private static DecisionTable.Row row(String grade, long yuan) {
        return DecisionTable.Row.of(
                List.of(Condition.anyOf(FACTS, "grade", grade)),
                RowOutcome.amount(Money.ofYuan(yuan), Unit.CNY_PER_MONTH));
    }

    private static Explanation.Step step(StepKind kind, String zh) {
        return Explanation.Step.of(kind, Phrase.of(zh, "english"));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "FactCode",
                        (Supplier<?>) () -> FactCode.of("1", "一级", "grade 1"),
                        List.of(FactCode.of("2", "一级", "grade 1"))),
                Arguments.of(
                        "Fact",
                        (Supplier<?>) () -> Fact.codes("grade", "残疾等级", "grade", List.of(FactCode.of("1", "一级", "1"))),
                        List.of(
                                Fact.codes("grade", "残疾等级", "grade", List.of(FactCode.of("2", "二级", "2"))),
                                Fact.flag("grade", "残疾等级", "grade"),
                                Fact.codes("level", "残疾等级", "grade", List.of(FactCode.of("1", "一级", "1"))))),
                Arguments.of(
                        "FactSet",
                        (Supplier<?>) () -> FactSet.of(List.of(Fact.flag("care", "需照护", "care"))),
                        List.of(FactSet.of(List.of(Fact.flag("alone", "独居", "alone"))), FACTS)),
                Arguments.of(
                        "Condition",
                        (Supplier<?>) () -> Condition.anyOf(FACTS, "grade", "1", "2"),
                        List.of(
                                Condition.anyOf(FACTS, "grade", "1"),
                                Condition.range(FACTS, "age", 18L, null),
                                Condition.range(FACTS, "age", 18L, 60L),
                                Condition.range(FACTS, "age", 19L, 60L),
                                Condition.is(FACTS, "long-term-care", true))),
                Arguments.of(
                        "RowOutcome",
                        (Supplier<?>) () -> RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH),
                        List.of(
                                RowOutcome.amount(Money.ofYuan(150), Unit.CNY_PER_MONTH),
                                RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_YEAR),
                                RowOutcome.share(
                                        new BigDecimal("25"),
                                        DecisionTableTest.BASE,
                                        RoundingRule.HALF_UP,
                                        Unit.CNY_PER_MONTH),
                                RowOutcome.excluded())),
                Arguments.of(
                        "RowOutcome (a share)",
                        (Supplier<?>) () -> RowOutcome.share(
                                new BigDecimal("25"), DecisionTableTest.BASE, RoundingRule.HALF_UP, Unit.CNY_PER_MONTH),
                        List.of(
                                RowOutcome.share(
                                        new BigDecimal("30"),
                                        DecisionTableTest.BASE,
                                        RoundingRule.HALF_UP,
                                        Unit.CNY_PER_MONTH),
                                RowOutcome.share(
                                        new BigDecimal("25"),
                                        TestPolicies.ALLOWANCE,
                                        RoundingRule.HALF_UP,
                                        Unit.CNY_PER_MONTH),
                                RowOutcome.share(
                                        new BigDecimal("25"),
                                        DecisionTableTest.BASE,
                                        RoundingRule.DOWN,
                                        Unit.CNY_PER_MONTH))),
                Arguments.of(
                        "DecisionTable.Row", (Supplier<?>) () -> row("1", 300), List.of(row("2", 300), row("1", 150))),
                Arguments.of(
                        "DecisionTable",
                        (Supplier<?>) () -> DecisionTable.of(FACTS, List.of(row("1", 300), row("2", 150))),
                        List.of(
                                DecisionTable.of(FACTS, List.of(row("1", 300))),
                                DecisionTable.of(FACTS, List.of(row("1", 300), row("2", 160))))),
                Arguments.of(
                        "CodeGroups",
                        (Supplier<?>) () -> CodeGroups.of(List.of(List.of("care", "severe"))),
                        List.of(CodeGroups.of(List.of(List.of("care", "living"))), CodeGroups.of(List.of()))),
                Arguments.of(
                        "PolicyError",
                        (Supplier<?>) () -> PolicyError.of("values[0].from", "must be a date"),
                        List.of(
                                PolicyError.of("values[1].from", "must be a date"),
                                PolicyError.of("values[0].from", "must not be empty"))),
                Arguments.of(
                        "Phrase",
                        (Supplier<?>) () -> Phrase.of("{0}元", "{0} yuan", 60),
                        List.of(
                                Phrase.of("{0}元", "{0} yuan", 70),
                                Phrase.of("{0}圆", "{0} yuan", 60),
                                Phrase.of("{0}元", "CNY {0}", 60))),
                Arguments.of(
                        "ParameterDefinition (by key)",
                        (Supplier<?>) () -> ParameterDefinition.money(
                                "test.allowance", Unit.CNY_PER_MONTH, "测试津贴", "test allowance"),
                        List.of(TestPolicies.YEARLY, TestPolicies.COUNT)),
                Arguments.of(
                        "DatedValue",
                        (Supplier<?>) () -> dated(300),
                        List.of(
                                dated(310),
                                DatedValue.of(Money.ofYuan(300), JAN.plusDays(1), DECREE),
                                dated(300).until(LocalDate.of(2024, 12, 31)),
                                dated(300).knownFrom(LocalDate.of(2024, 2, 1)),
                                DatedValue.of(Money.ofYuan(300), JAN, Source.of("临泽县民政局", "另一文件", "第三条", JAN)))),
                Arguments.of(
                        "Timeline",
                        (Supplier<?>) () -> Timeline.of(List.of(dated(300))),
                        List.of(Timeline.of(List.of(dated(310))))),
                Arguments.of(
                        "Resolved",
                        (Supplier<?>) () -> resolved(LINZE, dated(300), false),
                        List.of(
                                resolved(DivisionCode.parse("6207"), dated(300), false),
                                resolved(LINZE, dated(310), false),
                                resolved(LINZE, dated(300), true))),
                Arguments.of(
                        "InForce",
                        (Supplier<?>) () -> InForce.of("care table", List.of(resolved(LINZE, dated(300), false))),
                        List.of(
                                InForce.of("living table", List.of(resolved(LINZE, dated(300), false))),
                                InForce.of("care table", List.of()))),
                Arguments.of(
                        "Explanation.Step",
                        (Supplier<?>) () -> step(StepKind.RULE, "规则"),
                        List.of(step(StepKind.FACT, "规则"), step(StepKind.RULE, "另一规则"))),
                Arguments.of(
                        "Explanation",
                        (Supplier<?>) () -> Explanation.builder("临泽县")
                                .step(step(StepKind.RULE, "规则"))
                                .build(),
                        List.of(
                                Explanation.builder("肃南县")
                                        .step(step(StepKind.RULE, "规则"))
                                        .build(),
                                Explanation.builder()
                                        .step(step(StepKind.RULE, "规则"))
                                        .build(),
                                Explanation.builder("临泽县")
                                        .step(step(StepKind.FACT, "规则"))
                                        .build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
