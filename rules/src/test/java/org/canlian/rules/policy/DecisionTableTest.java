package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTableTest {
    static final FactSet FACTS = FactSet.of(List.of(
            Fact.codes(
                    "grade",
                    "残疾等级",
                    "disability grade",
                    List.of(
                            FactCode.of("1", "一级", "grade 1"),
                            FactCode.of("2", "二级", "grade 2"),
                            FactCode.of("3", "三级", "grade 3"))),
            Fact.number("age", "年龄", "age", "岁", "years"),
            Fact.flag("long-term-care", "需长期照护", "needs long-term care")));
    static final ParameterDefinition<Money> BASE =
            ParameterDefinition.money("minimum-living.rural.monthly", Unit.CNY_PER_MONTH, "农村低保标准", "rural standard");
    static final ParameterDefinition<DecisionTable> TABLE =
            ParameterDefinition.table("subsidy.care.table", "护理补贴标准", "care table", FACTS, Unit.CNY_PER_MONTH);
    static final ParameterDefinition<DecisionTable> EXCLUSIONS =
            ParameterDefinition.exclusionTable("subsidy.care.exclusions", "排除情形", "exclusions", FACTS);
    static final ParameterCatalog CATALOG = ParameterCatalog.of(List.of(BASE, TABLE, EXCLUSIONS));

    static final DecisionTable CARE = DecisionTable.of(
            FACTS,
            List.of(
                    DecisionTable.Row.of(
                            List.of(Condition.anyOf(FACTS, "grade", "1"), Condition.is(FACTS, "long-term-care", true)),
                            RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH)),
                    DecisionTable.Row.of(
                            List.of(Condition.anyOf(FACTS, "grade", "2"), Condition.range(FACTS, "age", 18L, null)),
                            RowOutcome.amount(Money.ofYuan(150), Unit.CNY_PER_MONTH)),
                    DecisionTable.Row.of(List.of(Condition.range(FACTS, "age", null, 17L)), RowOutcome.excluded())));

    /** A case: grade bit, age, care flag; U = unknown. */
    static final long U = FactSource.UNKNOWN;

    static long[] facts(long grade, long age, long care) {
        return new long[] {grade == U ? U : Fact.bit((int) grade - 1), age, care};
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("grade 1 needing care", facts(1, 40, 1), 0, Truth.TRUE, List.of()),
                Arguments.of("grade 2 adult", facts(2, 40, 0), 1, Truth.TRUE, List.of()),
                Arguments.of("grade 2 child: the excluding row", facts(2, 10, 0), 2, Truth.TRUE, List.of()),
                Arguments.of("grade 3 adult: no row", facts(3, 40, 1), DecisionTable.NO_MATCH, Truth.FALSE, List.of()),
                Arguments.of(
                        "grade 1, care unknown",
                        facts(1, 40, U),
                        DecisionTable.UNDECIDED,
                        Truth.UNKNOWN,
                        List.of("long-term-care")),
                Arguments.of(
                        "grade 1, care unknown, age unknown: both could matter",
                        facts(1, U, U),
                        DecisionTable.UNDECIDED,
                        Truth.UNKNOWN,
                        List.of("long-term-care", "age")),
                Arguments.of(
                        "grade unknown but not needing care: rows 2 and 3 still open",
                        facts(U, 40, 0),
                        DecisionTable.UNDECIDED,
                        Truth.UNKNOWN,
                        List.of("grade")),
                Arguments.of(
                        "grade 3 with age unknown: row 3 could exclude",
                        facts(3, U, 1),
                        DecisionTable.UNDECIDED,
                        Truth.UNKNOWN,
                        List.of("age")),
                Arguments.of(
                        "known failures decide despite unknowns",
                        facts(3, 40, U),
                        DecisionTable.NO_MATCH,
                        Truth.FALSE,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstMatchAndEvaluationAgree(String name, long[] facts, int row, Truth truth, List<String> missing) {
        FactSource<long[]> source = (c, f) -> c[f];
        assertThat(CARE.firstMatch(facts, source)).isEqualTo(row);
        DecisionTable.Evaluation e = CARE.evaluate(facts, source);
        assertThat(e.matchedRow()).isEqualTo(row);
        assertThat(e.truth()).isEqualTo(truth);
        assertThat(e.missingFacts()).extracting(Fact::name).containsExactlyElementsOf(missing);
    }

    @Test
    void explanationSaysWhyEachRowFailedOrMatched() {
        Explanation.Builder b = Explanation.builder();
        CARE.evaluate(facts(2, 40, 0), (c, f) -> c[f])
                .explainInto(
                        b,
                        Phrase.of("护理补贴表", "care table"),
                        Source.of("test", "doc", "art", java.time.LocalDate.of(2024, 1, 1)));
        Explanation e = b.build();
        assertThat(e.toText(java.util.Locale.ENGLISH))
                .contains("care table, row 1 (disability grade: grade 1 and needs long-term care: yes): fails: "
                        + "disability grade is grade 2; needs long-term care is no")
                .contains("care table, row 2 (disability grade: grade 2 and age at least 18 years): matches: "
                        + "¥150.00 a month");
        assertThat(e.toText(java.util.Locale.CHINESE))
                .contains("护理补贴表第1行（残疾等级：一级，且需长期照护：是）：不符合：残疾等级为二级；需长期照护为否")
                .contains("护理补贴表第2行（残疾等级：二级，且年龄不小于18岁）：符合，每月¥150.00");
        assertThat(e.steps()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(StepKind.CONDITION));
    }

    @Test
    void aShadowedRowIsRefused() {
        assertThatThrownBy(() -> DecisionTable.of(
                        FACTS,
                        List.of(
                                DecisionTable.Row.of(
                                        List.of(Condition.anyOf(FACTS, "grade", "1", "2")),
                                        RowOutcome.amount(Money.ofYuan(1), Unit.CNY_PER_MONTH)),
                                DecisionTable.Row.of(
                                        List.of(
                                                Condition.anyOf(FACTS, "grade", "2"),
                                                Condition.is(FACTS, "long-term-care", true)),
                                        RowOutcome.amount(Money.ofYuan(2), Unit.CNY_PER_MONTH)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 2 can never match: row 1 comes first and matches every case it would");
    }

    static String file(String value) {
        return """
                { "policy": "t", "parameters": [ { "parameter": "subsidy.care.table", "region": "629901",
                  "values": [ { "from": "2024-01-01", "unit": "table", "value": %s,
                    "source": { "issuer": "i", "document": "d", "article": "a", "date": "2024-01-01" } } ] } ] }
                """.formatted(value);
    }

    static Stream<Arguments> badTables() {
        String p = "$.parameters[0].values[0].value";
        return Stream.of(
                Arguments.of("[]", p, "must be a decision table"),
                Arguments.of("{\"rows\": []}", p + ".rows", "non-empty array of rows"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"colour\": [\"1\"]}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.colour",
                        "unknown fact \"colour\" (facts: [grade, age, long-term-care])"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"grade\": [\"5\"]}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.grade[0]",
                        "\"5\" is not a code of grade [1, 2, 3]"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"grade\": []}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.grade",
                        "non-empty array of grade codes"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"age\": {\"min\": 60, \"max\": 18}}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.age",
                        "min 60 is above max 18"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"age\": {\"min\": 1.5}}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.age.min",
                        "must be a whole number"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {\"long-term-care\": \"yes\"}, \"then\": \"excluded\"}]}",
                        p + ".rows[0].when.long-term-care",
                        "must be true or false"),
                Arguments.of(
                        "{\"rows\": [{\"when\": {}, \"then\": {\"amount\": \"100.00\", \"unit\": \"CNY/year\"}}]}",
                        p + ".rows[0].then.unit",
                        "does not match subsidy.care.table's amounts in CNY/month"),
                Arguments.of(
                        "{\"rows\": [{\"then\": {\"amount\": \"-1.00\", \"unit\": \"CNY/month\"}}]}",
                        p + ".rows[0].then.amount",
                        "must not be negative"),
                Arguments.of(
                        "{\"rows\": [{\"then\": {\"share\": \"25\", \"of\": \"no.such\", \"rounding\": \"half-up\","
                                + " \"unit\": \"CNY/month\"}}]}",
                        p + ".rows[0].then.of",
                        "unknown parameter \"no.such\""),
                Arguments.of(
                        "{\"rows\": [{\"then\": {\"share\": \"25\", \"of\": \"subsidy.care.exclusions\","
                                + " \"rounding\": \"half-up\", \"unit\": \"CNY/month\"}}]}",
                        p + ".rows[0].then.of",
                        "a share must be of a parameter in CNY/month"),
                Arguments.of(
                        "{\"rows\": [{\"then\": {\"share\": \"25\", \"of\": \"minimum-living.rural.monthly\","
                                + " \"rounding\": \"nearest\", \"unit\": \"CNY/month\"}}]}",
                        p + ".rows[0].then.rounding",
                        "\"nearest\" is not one of [half-up"),
                Arguments.of(
                        "{\"rows\": [{\"then\": {\"share\": \"1e999999999\", \"of\": \"minimum-living.rural.monthly\","
                                + " \"rounding\": \"up\", \"unit\": \"CNY/month\"}}]}",
                        p + ".rows[0].then.share",
                        "a share is a percentage from 0 to 1000"),
                Arguments.of("{\"rows\": [{\"then\": \"maybe\"}]}", p + ".rows[0].then", "must be {\"amount\""),
                Arguments.of(
                        "{\"rows\": [{\"when\": {}, \"then\": \"excluded\", \"colour\": 1}]}",
                        p + ".rows[0].colour",
                        "unknown property \"colour\" of a table row"),
                Arguments.of(
                        "{\"rows\": [{\"then\": \"excluded\"}, {\"when\": {\"grade\": [\"1\"]}, \"then\": \"excluded\"}]}",
                        p + ".rows[1]",
                        "can never match: row 1 comes first"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badTables")
    void theLoaderRefusesBadTablesWithTheirJsonPath(String value, String path, String reason) {
        assertThatThrownBy(() -> PolicyFiles.read(CATALOG, file(value), "t.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors()).anySatisfy(err -> {
                            assertThat(err.location()).isEqualTo(path);
                            assertThat(err.reason()).contains(reason);
                        }));
    }

    @Test
    void aTableWithTooManyRowsIsRefusedWithoutReadingThem() {
        String rows = "{\"rows\": [" + String.join(",", java.util.Collections.nCopies(501, "{\"then\": \"excluded\"}"))
                + "]}";
        assertThatThrownBy(() -> PolicyFiles.read(CATALOG, file(rows), "t.json"))
                .hasMessageContaining("has 501 rows; at most 500 are allowed");
    }

    @Test
    void aMillionDigitPercentageIsRefusedUnread() {
        ParameterDefinition<java.math.BigDecimal> rate =
                ParameterDefinition.decimal("stipend.rate", Unit.PERCENT, "费率", "rate");
        String json = """
                { "policy": "t", "parameters": [ { "parameter": "stipend.rate", "region": "629901",
                  "values": [ { "from": "2024-01-01", "unit": "percent", "value": "%s",
                    "source": { "issuer": "i", "document": "d", "article": "a", "date": "2024-01-01" } } ] } ] }
                """.formatted("1".repeat(1_000_000));
        assertThatThrownBy(() -> PolicyFiles.read(ParameterCatalog.of(List.of(rate)), json, "t.json"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("is longer than 24 characters")
                .hasMessageNotContaining("1".repeat(40));
    }

    @Test
    void anExclusionTableOnlyExcludes() {
        String json = file("{\"rows\": [{\"then\": {\"amount\": \"1.00\", \"unit\": \"CNY/month\"}}]}")
                .replace("subsidy.care.table", "subsidy.care.exclusions");
        assertThatThrownBy(() -> PolicyFiles.read(CATALOG, json, "t.json"))
                .hasMessageContaining("must be \"excluded\": rows of subsidy.care.exclusions can only exclude");
    }

    @Test
    void aValidTableLoadsAndShareRoundsByItsRule() {
        PolicySet set = PolicyFiles.read(
                CATALOG,
                file("{\"rows\": [{\"when\": {\"grade\": [\"1\"]}, \"then\": "
                        + "{\"share\": \"25\", \"of\": \"minimum-living.rural.monthly\", \"rounding\": \"up-to-yuan\","
                        + " \"unit\": \"CNY/month\"}}]}"),
                "t.json");
        DecisionTable t = set.lookup(
                        TABLE,
                        org.canlian.core.division.DivisionCode.parse("629901"),
                        java.time.LocalDate.of(2025, 1, 1))
                .value();
        assertThat(t.rows().get(0).outcome().amountFrom(Money.parse("455.00"))).isEqualTo(Money.parse("114.00"));
        assertThat(RoundingRule.HALF_UP.multiply(Money.parse("455.00"), new java.math.BigDecimal("0.25")))
                .isEqualTo(Money.parse("113.75"));
        assertThat(RoundingRule.DOWN_TO_YUAN.multiply(Money.parse("455.00"), new java.math.BigDecimal("0.25")))
                .isEqualTo(Money.parse("113.00"));
    }
}
