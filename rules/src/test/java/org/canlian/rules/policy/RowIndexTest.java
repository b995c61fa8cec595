package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index of a table's rows by fact value answers exactly as trying the rows in order: seeded random tables (codes,
 * number ranges, flags, rows without conditions, tables up to 64 rows) against random cases with unknown facts.
 */
class RowIndexTest {
    private static final FactSet FACTS = FactSet.of(List.of(
            Fact.codes(
                    "grade",
                    "残疾等级",
                    "disability grade",
                    List.of(
                            FactCode.of("1", "一级", "grade 1"),
                            FactCode.of("2", "二级", "grade 2"),
                            FactCode.of("3", "三级", "grade 3"),
                            FactCode.of("4", "四级", "grade 4"))),
            Fact.number("age", "年龄", "age", "岁", "years"),
            Fact.flag("long-term-care", "需长期照护", "needs long-term care"),
            Fact.number("income", "收入", "income", "元", "yuan")));

    private static final String[] GRADES = {"1", "2", "3", "4"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void answersAsTheRowsInOrder(long seed) {
        Random r = new Random(seed);
        DecisionTable table = DecisionTable.unchecked(FACTS, randomRows(r, 1 + r.nextInt(r.nextBoolean() ? 6 : 64)));
        for (int i = 0; i < 300; i++) {
            long[] facts = randomCase(r);
            assertThat(table.firstMatch(facts))
                    .as("case %s", java.util.Arrays.toString(facts))
                    .isEqualTo(table.firstMatchRowByRow(facts));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBatchAnswersAsEachTableAlone(long seed) {
        Random r = new Random(seed);
        List<DecisionTable> tables = new ArrayList<>();
        int count = 1 + r.nextInt(5);
        for (int t = 0; t < count; t++) {
            // Mostly small tables (one index for all), sometimes more than 64 rows in all (each table alone).
            tables.add(DecisionTable.unchecked(FACTS, randomRows(r, 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 10))));
        }
        DecisionTable.Batch batch = DecisionTable.batch(tables);
        for (int i = 0; i < 300; i++) {
            long[] facts = randomCase(r);
            long possible = batch.possible(facts);
            long unknown = batch.unknown(facts);
            for (int t = 0; t < count; t++) {
                assertThat(batch.firstMatch(t, facts, possible, unknown))
                        .as("table %d, case %s", t, java.util.Arrays.toString(facts))
                        .isEqualTo(tables.get(t).firstMatchRowByRow(facts));
            }
        }
    }

    @Test
    void aTableOfMoreThanSixtyFourRowsIsTriedRowByRow() {
        List<DecisionTable.Row> rows = new ArrayList<>();
        for (long age = 0; age < 70; age++) {
            rows.add(DecisionTable.Row.of(
                    List.of(Condition.range(FACTS, "age", age, age)),
                    RowOutcome.amount(Money.ofFen(100 + age), Unit.CNY_PER_MONTH)));
        }
        DecisionTable table = DecisionTable.unchecked(FACTS, rows);
        assertThat(table.firstMatch(new long[] {FactSource.UNKNOWN, 66, 0, 0})).isEqualTo(66);
        assertThat(table.firstMatch(new long[] {FactSource.UNKNOWN, 80, 0, 0})).isEqualTo(DecisionTable.NO_MATCH);
        assertThat(table.firstMatch(new long[] {0, FactSource.UNKNOWN, 0, 0})).isEqualTo(DecisionTable.UNDECIDED);
    }

    private static List<DecisionTable.Row> randomRows(Random r, int n) {
        List<DecisionTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Condition> conditions = new ArrayList<>();
            if (r.nextInt(3) > 0) {
                List<String> codes = new ArrayList<>();
                for (String g : GRADES) {
                    if (r.nextInt(3) == 0) {
                        codes.add(g);
                    }
                }
                if (codes.isEmpty()) {
                    codes.add(GRADES[r.nextInt(GRADES.length)]);
                }
                conditions.add(Condition.anyOf(FACTS, "grade", codes.toArray(String[]::new)));
            }
            if (r.nextInt(2) == 0) {
                Long min = r.nextInt(3) == 0 ? null : (long) r.nextInt(90);
                Long max = r.nextInt(3) == 0 ? null : (min == null ? 0 : min) + r.nextInt(40);
                conditions.add(Condition.range(FACTS, "age", min, max));
            }
            if (r.nextInt(3) == 0) {
                conditions.add(Condition.is(FACTS, "long-term-care", r.nextBoolean()));
            }
            if (r.nextInt(4) == 0) {
                long min = r.nextInt(500);
                conditions.add(Condition.range(FACTS, "income", min, min + r.nextInt(800)));
            }
            rows.add(DecisionTable.Row.of(
                    conditions,
                    r.nextInt(5) == 0
                            ? RowOutcome.excluded()
                            : RowOutcome.amount(Money.ofFen(100 + i), Unit.CNY_PER_MONTH)));
        }
        return rows;
    }

    private static long[] randomCase(Random r) {
        long grades = 0;
        int count = r.nextInt(10) == 0 ? 2 : r.nextInt(15) == 0 ? 0 : 1;
        for (int i = 0; i < count; i++) {
            grades |= Fact.bit(r.nextInt(GRADES.length));
        }
        return new long[] {
            r.nextInt(6) == 0 ? FactSource.UNKNOWN : grades,
            r.nextInt(6) == 0 ? FactSource.UNKNOWN : r.nextInt(130) - 5,
            r.nextInt(6) == 0 ? FactSource.UNKNOWN : r.nextInt(2),
            r.nextInt(6) == 0
                    ? FactSource.UNKNOWN
                    : r.nextInt(20) == 0 ? (r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE + 1) : r.nextInt(1200)
        };
    }
}
