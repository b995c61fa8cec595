package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader's reading of a decision table, beyond {@link DecisionTableTest}'s cases: each malformed row, condition and
 * outcome is refused at its JSON path with what is wrong, and every error of a table is reported.
 */
class TableReaderTest {
    private static final String P = "$.parameters[0].values[0].value";

    private static String rows(String... rows) {
        return "{\"rows\": [" + String.join(", ", rows) + "]}";
    }

    static Stream<Arguments> badTables() {
        return Stream.of(
                arguments(rows("3"), P + ".rows[0]", "must be a row {\"when\": {...}, \"then\": ...}, not a number"),
                arguments(
                        rows("{\"when\": [], \"then\": \"excluded\"}"),
                        P + ".rows[0].when",
                        "must be an object of conditions by fact name, not an array"),
                arguments(
                        rows("{\"when\": {\"grade\": [1]}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.grade[0]",
                        "a number is not a code of grade [1, 2, 3]"),
                arguments(
                        rows("{\"when\": {\"grade\": " + "[" + "\"1\", ".repeat(62)
                                + "\"1\"]}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.grade",
                        "lists 63 codes; grade has only 3"),
                arguments(
                        rows("{\"when\": {\"age\": {}}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.age",
                        "must be a range {\"min\": n, \"max\": n} (either may be left out), not an object"),
                arguments(
                        rows("{\"when\": {\"age\": 18}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.age",
                        "must be a range {\"min\": n, \"max\": n} (either may be left out), not a number"),
                arguments(
                        rows("{\"when\": {\"age\": {\"min\": 18, \"avg\": 40}}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.age.avg",
                        "unknown property \"avg\" of a range (known: [max, min])"),
                arguments(
                        rows("{\"when\": {\"age\": {\"max\": \"60\"}}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.age.max",
                        "must be a whole number, not a string \"\"60\"\""),
                arguments(
                        rows("{\"when\": {\"age\": {\"max\": 3000000000}}, \"then\": \"excluded\"}"),
                        P + ".rows[0].when.age.max",
                        "must be a whole number, not a number"),
                arguments(
                        rows("{\"when\": {}}"),
                        P + ".rows[0].then",
                        "is required: an amount, a share, or \"excluded\""),
                arguments(rows("{\"then\": {\"unit\": \"CNY/month\"}}"), P + ".rows[0].then.amount", "is required"),
                arguments(
                        rows("{\"then\": {\"amount\": 100, \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.amount",
                        "must be a non-blank string, not a number"),
                arguments(
                        rows("{\"then\": {\"amount\": \"100.001\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.amount",
                        "has more than 2 decimal places"),
                arguments(rows("{\"then\": {\"amount\": \"100.00\"}}"), P + ".rows[0].then.unit", "is required"),
                arguments(
                        rows("{\"then\": {\"amount\": \"100.00\", \"unit\": \"CNY/month\", \"of\": \"x\"}}"),
                        P + ".rows[0].then.of",
                        "unknown property \"of\" of a amount (known: [amount, unit])"),
                arguments(
                        rows("{\"then\": {\"share\": \"25\", \"rounding\": \"up\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.of",
                        "is required"),
                arguments(
                        rows("{\"then\": {\"share\": \"25\", \"of\": \"minimum-living.rural.monthly\", \"unit\":"
                                + " \"CNY/month\"}}"),
                        P + ".rows[0].then.rounding",
                        "is required"),
                arguments(
                        rows("{\"then\": {\"share\": \"" + "1".repeat(25)
                                + "\", \"of\": \"minimum-living.rural.monthly\","
                                + " \"rounding\": \"up\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.share",
                        "is too long for a percentage"),
                arguments(
                        rows("{\"then\": {\"share\": \"25%\", \"of\": \"minimum-living.rural.monthly\", \"rounding\":"
                                + " \"up\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.share",
                        "\"25%\" is not a decimal number such as \"25\" or \"12.5\""),
                arguments(
                        rows("{\"then\": {\"share\": \"-5\", \"of\": \"minimum-living.rural.monthly\", \"rounding\":"
                                + " \"up\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.share",
                        "a share is a percentage from 0 to 1000, not \"-5\""),
                arguments(
                        rows(
                                "{\"then\": {\"share\": \"1000.01\", \"of\": \"minimum-living.rural.monthly\", \"rounding\":"
                                        + " \"up\", \"unit\": \"CNY/month\"}}"),
                        P + ".rows[0].then.share",
                        "a share is a percentage from 0 to 1000, not \"1000.01\""),
                arguments(
                        rows("{\"then\": \"excluded\", \"note\": 5}"),
                        P + ".rows[0].note",
                        "must be a string, not a number"),
                arguments(
                        "{\"rows\": [{\"then\": \"excluded\"}], \"note\": false}",
                        P + ".note",
                        "must be a string, not a boolean"),
                arguments(
                        "{\"rows\": [{\"then\": \"excluded\"}], \"columns\": []}",
                        P + ".columns",
                        "unknown property \"columns\" of a decision table (known: [note, rows])"),
                arguments("{\"rows\": {}}", P + ".rows", "is required: a non-empty array of rows"),
                arguments("{}", P + ".rows", "is required: a non-empty array of rows"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badTables")
    void aMalformedTableIsRefusedAtItsJsonPath(String value, String path, String reason) {
        assertThatThrownBy(() -> PolicyFiles.read(DecisionTableTest.CATALOG, DecisionTableTest.file(value), "t.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors()).anySatisfy(err -> {
                            assertThat(err.location()).isEqualTo(path);
                            assertThat(err.reason()).contains(reason);
                        }));
    }

    @Test
    void everyErrorOfEveryRowIsReported() {
        String value = rows(
                "{\"when\": {\"grade\": [\"4\"], \"age\": {\"min\": \"x\"}}, \"then\": \"excluded\"}",
                "{\"when\": {\"colour\": true}, \"then\": {\"amount\": \"-1.00\", \"unit\": \"CNY/month\"}}");
        assertThatThrownBy(() -> PolicyFiles.read(DecisionTableTest.CATALOG, DecisionTableTest.file(value), "t.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors())
                                .extracting(PolicyError::location)
                                .containsExactly(
                                        P + ".rows[0].when.grade[0]",
                                        P + ".rows[0].when.age.min",
                                        P + ".rows[1].when.colour",
                                        P + ".rows[1].then.amount"));
    }

    @Test
    void aTableReadsEveryKindOfConditionAndOutcome() {
        String value = rows(
                "{\"when\": {\"grade\": [\"1\", \"2\"], \"age\": {\"min\": 18, \"max\": 59}, \"long-term-care\": true},"
                        + " \"then\": {\"amount\": \"300.00\", \"unit\": \"CNY/month\"}, \"note\": \"adults\"}",
                "{\"when\": {\"age\": {\"max\": 17}}, \"then\": \"excluded\"}",
                "{\"when\": {\"long-term-care\": false}, \"then\": {\"share\": \"12.5\", \"of\":"
                        + " \"minimum-living.rural.monthly\", \"rounding\": \"half-up-to-yuan\", \"unit\":"
                        + " \"CNY/month\"}}",
                "{\"when\": {\"grade\": [\"3\"]}, \"then\": {\"share\": \"1000\", \"of\": \"minimum-living.rural.monthly\","
                        + " \"rounding\": \"down\", \"unit\": \"CNY/month\"}}");
        DecisionTable t = PolicyFiles.read(DecisionTableTest.CATALOG, DecisionTableTest.file(value), "t.json")
                .lookup(DecisionTableTest.TABLE, DivisionCode.parse("629901"), LocalDate.of(2024, 6, 1))
                .value();
        FactSet f = DecisionTableTest.FACTS;
        assertThat(t.rows())
                .containsExactly(
                        DecisionTable.Row.of(
                                List.of(
                                        Condition.anyOf(f, "grade", "1", "2"),
                                        Condition.range(f, "age", 18L, 59L),
                                        Condition.is(f, "long-term-care", true)),
                                RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH)),
                        DecisionTable.Row.of(List.of(Condition.range(f, "age", null, 17L)), RowOutcome.excluded()),
                        DecisionTable.Row.of(
                                List.of(Condition.is(f, "long-term-care", false)),
                                RowOutcome.share(
                                        new BigDecimal("12.5"),
                                        DecisionTableTest.BASE,
                                        RoundingRule.HALF_UP_TO_YUAN,
                                        Unit.CNY_PER_MONTH)),
                        DecisionTable.Row.of(
                                List.of(Condition.anyOf(f, "grade", "3")),
                                RowOutcome.share(
                                        new BigDecimal("1000"),
                                        DecisionTableTest.BASE,
                                        RoundingRule.DOWN,
                                        Unit.CNY_PER_MONTH)));
    }
}
