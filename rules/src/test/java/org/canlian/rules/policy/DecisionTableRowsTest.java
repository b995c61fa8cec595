package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.canlian.rules.policy.DecisionTableTest.CARE;
import static org.canlian.rules.policy.DecisionTableTest.FACTS;
import static org.canlian.rules.policy.DecisionTableTest.U;
import static org.canlian.rules.policy.DecisionTableTest.facts;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table's rows: which rows can never match (an empty condition, or an earlier row covering every case), what an
 * evaluation keeps of each row tried, a copy with its number ranges re-encoded, and tables evaluated in a batch.
 */
class DecisionTableRowsTest {
    private static final Source NOTICE = Source.of("护理补贴办", "通知", "第二条", LocalDate.of(2024, 1, 1));
    private static final FactSource<long[]> READ = (c, f) -> c[f];

    private static DecisionTable.Row row(RowOutcome outcome, Condition... conditions) {
        return DecisionTable.Row.of(List.of(conditions), outcome);
    }

    private static DecisionTable.Row row(Condition... conditions) {
        return row(RowOutcome.excluded(), conditions);
    }

    private static Condition grade(String... codes) {
        return Condition.anyOf(FACTS, "grade", codes);
    }

    private static Condition age(Long min, Long max) {
        return Condition.range(FACTS, "age", min, max);
    }

    private static Condition care(boolean needs) {
        return Condition.is(FACTS, "long-term-care", needs);
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                arguments(
                        "codes within codes",
                        List.of(row(grade("1", "2")), row(grade("2"), care(true))),
                        List.of("row 2 can never match: row 1 comes first and matches every case it would")),
                arguments("codes beyond codes", List.of(row(grade("2")), row(grade("1", "2"))), List.of()),
                arguments(
                        "a range within a range",
                        List.of(row(age(18L, 60L)), row(age(18L, 59L))),
                        List.of("row 2 can never match: row 1 comes first and matches every case it would")),
                arguments("a range reaching above", List.of(row(age(18L, 59L)), row(age(18L, 60L))), List.of()),
                arguments("a range reaching below", List.of(row(age(18L, 59L)), row(age(17L, 59L))), List.of()),
                arguments(
                        "the same flag",
                        List.of(row(care(true)), row(care(true), grade("1"))),
                        List.of("row 2 can never match: row 1 comes first and matches every case it would")),
                arguments("the other flag", List.of(row(care(true)), row(care(false))), List.of()),
                arguments(
                        "a row without conditions first",
                        List.of(row(), row(grade("1"))),
                        List.of("row 2 can never match: row 1 comes first and matches every case it would")),
                arguments("a row without conditions last", List.of(row(grade("1")), row()), List.of()),
                arguments("another fact", List.of(row(grade("1")), row(age(18L, null))), List.of()),
                arguments(
                        "an empty range, and the first covering row named",
                        List.of(
                                row(grade("3")),
                                row(grade("1", "2")),
                                row(age(60L, 60L), grade("3")),
                                row(Condition.ofRange(FACTS, 1, 60, 59)),
                                row(grade("1"))),
                        List.of(
                                "row 3 can never match: row 1 comes first and matches every case it would",
                                "row 4 can never match: its condition on age admits no value",
                                "row 5 can never match: row 2 comes first and matches every case it would")),
                arguments(
                        "an empty set of codes",
                        List.of(row(Condition.ofMask(FACTS, 0, 0))),
                        List.of("row 1 can never match: its condition on grade admits no value")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void aRowThatCanNeverMatchIsNamedWithWhy(String name, List<DecisionTable.Row> rows, List<String> problems) {
        assertThat(DecisionTable.unchecked(FACTS, rows).problems()).isEqualTo(problems);
        if (problems.isEmpty()) {
            assertThat(DecisionTable.of(FACTS, rows).rows()).isEqualTo(rows);
        } else {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> DecisionTable.of(FACTS, rows))
                    .withMessage(problems.get(0));
        }
    }

    @Test
    void aTableHasRows() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecisionTable.of(FACTS, List.of()))
                .withMessage("a decision table needs at least one row");
        assertThat(DecisionTable.of(FACTS, List.of(row())).toString()).isEqualTo("table of 1 row");
        assertThat(CARE.toString()).isEqualTo("table of 3 rows");
        assertThat(CARE.facts()).isSameAs(FACTS);
        assertThat(row().describe().chinese()).isEqualTo("所有情形");
        assertThat(row().describe().english()).isEqualTo("every case");
        DecisionTable.Row adult =
                row(RowOutcome.amount(Money.ofYuan(150), Unit.CNY_PER_MONTH), grade("2"), age(18L, null), care(false));
        assertThat(adult.describe().chinese()).isEqualTo("残疾等级：二级，且年龄不小于18岁，且需长期照护：否");
        assertThat(adult.describe().english())
                .isEqualTo("disability grade: grade 2 and age at least 18 years and needs long-term care: no");
        DecisionTable made = DecisionTable.of(FACTS, List.of(adult, row(age(null, 17L))));
        assertThat(made.firstMatch(facts(2, 18, 0))).isEqualTo(0);
        assertThat(made.firstMatch(facts(2, 17, 0))).isEqualTo(1);
        assertThat(made.firstMatch(facts(2, 18, 1))).isEqualTo(DecisionTable.NO_MATCH);
        assertThat(made.firstMatch(facts(2, 18, 0), READ)).isEqualTo(0);
        assertThat(CARE.rows().get(0).toString())
                .isEqualTo("disability grade: grade 1 and needs long-term care: yes -> ¥300.00 a month");
    }

    static Stream<Arguments> evaluations() {
        return Stream.of(
                // case, rows' answers, deciding row, its outcome (null: none), per row tried the conditions failed
                arguments(
                        facts(1, 40, 1),
                        List.of(Truth.TRUE),
                        0,
                        RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH),
                        List.of(List.of())),
                arguments(
                        facts(2, 40, 0),
                        List.of(Truth.FALSE, Truth.TRUE),
                        1,
                        RowOutcome.amount(Money.ofYuan(150), Unit.CNY_PER_MONTH),
                        List.of(List.of("disability grade: grade 1", "needs long-term care: yes"), List.of())),
                arguments(
                        facts(1, 40, U),
                        List.of(Truth.UNKNOWN, Truth.FALSE, Truth.FALSE),
                        DecisionTable.UNDECIDED,
                        null,
                        List.of(List.of(), List.of("disability grade: grade 2"), List.of("age at most 17 years"))),
                arguments(
                        facts(3, 40, 1),
                        List.of(Truth.FALSE, Truth.FALSE, Truth.FALSE),
                        DecisionTable.NO_MATCH,
                        null,
                        List.of(
                                List.of("disability grade: grade 1"),
                                List.of("disability grade: grade 2"),
                                List.of("age at most 17 years"))));
    }

    @ParameterizedTest
    @MethodSource("evaluations")
    void anEvaluationKeepsEachRowTriedAndTheConditionsItFailed(
            long[] facts, List<Truth> truths, int row, RowOutcome outcome, List<List<String>> failed) {
        DecisionTable.Evaluation e = CARE.evaluate(facts, READ);
        assertThat(e.rowTruths()).isEqualTo(truths);
        assertThat(e.matchedRow()).isEqualTo(row);
        assertThat(e.outcome().orElse(null)).isEqualTo(outcome);
        List<List<String>> got = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            got.add(e.failedConditions(i).stream().map(Condition::toString).toList());
        }
        assertThat(got).isEqualTo(failed);
    }

    @Test
    void aRowAfterTheDecidingOneIsNotReadSoNoConditionOfItIsKnownToFail() {
        DecisionTable.Evaluation e = CARE.evaluate(facts(1, 40, 1), READ);
        // Row 3 tests the age, which the first row did not need: 40 would fail it, but it was never read.
        assertThat(e.failedConditions(2)).isEmpty();
    }

    @Test
    void anUndecidedRowSaysWhichFactsItLacks() {
        Explanation.Builder b = Explanation.builder();
        CARE.evaluate(facts(1, U, U), READ).explainInto(b, Phrase.of("护理补贴表", "care table"), NOTICE);
        Explanation e = b.build();
        assertThat(e.toText(Locale.ENGLISH))
                .isEqualTo(
                        "1. care table, row 1 (disability grade: grade 1 and needs long-term care: yes): cannot tell:"
                                + " needs long-term care is unknown\n"
                                + "2. care table, row 2 (disability grade: grade 2 and age at least 18 years): fails:"
                                + " disability grade is grade 1\n"
                                + "3. care table, row 3 (age at most 17 years): cannot tell: age is unknown\n");
        assertThat(e.toText(Locale.CHINESE)).startsWith("1. 护理补贴表第1行（残疾等级：一级，且需长期照护：是）：无法判断：需长期照护为不详\n");
        assertThat(e.steps())
                .extracting(s -> s.detail("result").orElseThrow())
                .containsExactly("unknown", "false", "unknown");
    }

    @Test
    void theStepOfAMatchedRowIsBuiltOncePerTableNameAndSource() {
        Phrase name = Phrase.of("护理补贴表", "care table");
        Explanation.Step first = CARE.matchedStep(1, name, NOTICE);
        assertThat(CARE.matchedStep(1, Phrase.of("护理补贴表", "care table"), NOTICE))
                .isSameAs(first);
        Explanation.Step renamed = CARE.matchedStep(1, Phrase.of("护理表", "care"), NOTICE);
        assertThat(renamed.english())
                .isEqualTo("care, row 2 (disability grade: grade 2 and age at least 18 years):"
                        + " matches: ¥150.00 a month");
        Source other = NOTICE.withNote("revised");
        Explanation.Step cited = CARE.matchedStep(1, Phrase.of("护理表", "care"), other);
        assertThat(cited.source()).contains(other);
        assertThat(cited).isNotSameAs(renamed);
        assertThat(CARE.matchedStep(1, name, NOTICE)).isEqualTo(first).isNotSameAs(first);
    }

    /** Ages in years re-encoded as ages in months: a condition from 18 years admits 216 months. */
    private static final DecisionTable IN_MONTHS = CARE.withRangesMapped(1, (min, max) ->
            new long[] {min == Long.MIN_VALUE + 1 ? min : min * 12, max == Long.MAX_VALUE ? max : max * 12 + 11});

    static Stream<Arguments> months() {
        return Stream.of(
                arguments(facts(2, 216, 0), 1, 1),
                arguments(facts(2, 215, 0), 2, 1),
                arguments(facts(2, 17, 0), 2, 2),
                arguments(facts(2, 18, 0), 2, 1),
                arguments(facts(3, 215, 1), 2, DecisionTable.NO_MATCH),
                arguments(facts(1, 100, 1), 0, 0));
    }

    @ParameterizedTest
    @MethodSource("months")
    void aCopyWithMappedRangesMatchesTheNewEncodingOnly(long[] facts, int inMonths, int inYears) {
        assertThat(IN_MONTHS.firstMatch(facts)).isEqualTo(inMonths);
        assertThat(IN_MONTHS.firstMatchRowByRow(facts)).isEqualTo(inMonths);
        assertThat(CARE.firstMatch(facts)).isEqualTo(inYears);
        assertThat(IN_MONTHS.rows()).isSameAs(CARE.rows());
    }

    @Test
    void mappingAFactThatIsNotANumberChangesNothing() {
        DecisionTable same = CARE.withRangesMapped(0, (min, max) -> new long[] {0, 0});
        for (long[] c : List.of(facts(1, 40, 1), facts(2, 40, 0), facts(2, 10, 0), facts(3, 40, 1))) {
            assertThat(same.firstMatch(c)).isEqualTo(CARE.firstMatch(c));
        }
    }

    @Test
    void aBatchReadsOneFactSet() {
        FactSet other = FactSet.of(List.of(Fact.flag("alone", "独居", "lives alone")));
        DecisionTable alone = DecisionTable.of(other, List.of(row(Condition.is(other, "alone", true))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecisionTable.batch(List.of(CARE, alone)))
                .withMessage("tables of a batch must read the same facts");
    }

    @Test
    void aBatchOfMoreThanSixtyFourRowsAnswersTableByTable() {
        List<DecisionTable.Row> rows = new ArrayList<>();
        for (long a = 0; a < 40; a++) {
            rows.add(row(RowOutcome.amount(Money.ofYuan(a), Unit.CNY_PER_MONTH), age(a, a)));
        }
        DecisionTable ages = DecisionTable.of(FACTS, rows);
        DecisionTable.Batch batch = DecisionTable.batch(List.of(CARE, ages, ages));
        long[] c = facts(2, 30, 0);
        assertThat(batch.possible(c)).isZero();
        assertThat(batch.unknown(facts(U, U, U))).isZero();
        assertThat(batch.firstMatch(0, c, 0, 0)).isEqualTo(1);
        assertThat(batch.firstMatch(2, c, 0, 0)).isEqualTo(30);
    }

    static Stream<Arguments> batched() {
        // Two copies of the care table: its rows are bits 0-2, the copy's bits 3-5; row 1 of each reads the care flag.
        return Stream.of(
                arguments(facts(1, 30, U), 0b001001L, 0b001001L, DecisionTable.UNDECIDED),
                arguments(facts(2, 30, U), 0b010010L, 0b001001L, 1),
                arguments(facts(2, 10, 1), 0b100100L, 0L, 2),
                arguments(facts(3, 30, U), 0L, 0b001001L, DecisionTable.NO_MATCH));
    }

    @ParameterizedTest
    @MethodSource("batched")
    void aBatchOfSmallTablesAnswersFromOneIndex(long[] c, long possible, long unknown, int row) {
        DecisionTable.Batch batch = DecisionTable.batch(List.of(CARE, CARE));
        assertThat(batch.possible(c)).isEqualTo(possible);
        assertThat(batch.unknown(c)).isEqualTo(unknown);
        assertThat(batch.firstMatch(0, c, possible, unknown)).isEqualTo(row);
        assertThat(batch.firstMatch(1, c, possible, unknown)).isEqualTo(row);
        assertThat(CARE.firstMatch(c)).isEqualTo(row);
    }

    @Test
    void aBatchOfOneTableOfSixtyFourRowsAnswersForEachRow() {
        List<DecisionTable.Row> rows = new ArrayList<>();
        for (long a = 0; a < 64; a++) {
            rows.add(row(RowOutcome.amount(Money.ofYuan(a), Unit.CNY_PER_MONTH), age(a, a)));
        }
        DecisionTable ages = DecisionTable.of(FACTS, rows);
        DecisionTable.Batch batch = DecisionTable.batch(List.of(ages));
        // Sixty-four rows still fit one index: the last row is the sign bit.
        assertThat(batch.possible(facts(1, 63, 0))).isEqualTo(Long.MIN_VALUE);
        for (long[] c : List.of(facts(1, 0, 0), facts(1, 63, 0), facts(1, 64, 0))) {
            int expected = c[1] < 64 ? (int) c[1] : DecisionTable.NO_MATCH;
            assertThat(batch.firstMatch(0, c, batch.possible(c), batch.unknown(c)))
                    .isEqualTo(expected);
            assertThat(ages.firstMatch(c)).isEqualTo(expected);
        }
    }

    private static Explanation explain(long[] c) {
        Explanation.Builder b = Explanation.builder();
        CARE.evaluate(c, READ).explainInto(b, Phrase.of("护理补贴表", "care table"), NOTICE);
        return b.build();
    }

    @Test
    void explanationsCompareTheCasesValuesTheyQuote() {
        // Aged 40 and 41, grade 3, needing care: every row fails alike, row 3 on the age each quotes.
        org.canlian.core.ValueSemantics.assertValue(
                explain(facts(3, 40, 1)), explain(facts(3, 40, 1)), List.of(explain(facts(3, 41, 1))));
    }
}
