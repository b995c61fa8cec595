package org.canlian.rules.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule whose outcome depends on several facts of a case, as data: ordered rows, each with conditions on named facts
 * and an outcome; the first row whose conditions all hold wins (hit policy FIRST, as in DMN). No row: no outcome. It is
 * the value of a {@link Unit#TABLE} parameter, so it is dated, regional and cited like any policy value.
 *
 * <pre>{@code
 * "value": { "rows": [
 *   { "when": { "grade": ["1"], "long-term-care": true }, "then": { "amount": "300.00", "unit": "CNY/month" } },
 *   { "when": { "grade": ["2"], "long-term-care": true }, "then": { "amount": "150.00", "unit": "CNY/month" } } ] }
 * }</pre>
 *
 * <pre>{@code
 * DecisionTable table = policy.lookup(CARE_TABLE, region, date).value();
 * int row = table.firstMatch(claimant, source);     // 0, NO_MATCH or UNDECIDED; no allocation
 * DecisionTable.Evaluation e = table.evaluate(claimant, source);   // every row tried, and why
 * }</pre>
 *
 * <p>Facts may be unknown: a row is true, false or unknown ({@link Truth}); the table's answer is the first row that
 * is not false, if it is true; if that row is unknown the table cannot decide, and the facts that could change the
 * answer are those unknown in the rows from it up to the first true row. This class is immutable and thread-safe.
 */
public final class DecisionTable {
    /** {@link #firstMatch} when every row is known to fail. */
    public static final int NO_MATCH = -1;
    /** {@link #firstMatch} when a row before any match cannot be decided for lack of facts. */
    public static final int UNDECIDED = -2;

    private final FactSet facts;
    private final List<Row> rows;
    // The compiled form: every condition in flat arrays, rows as ranges of them.
    private final int[] rowEnd;
    private final int[] conditionFact;
    private final byte[] conditionKind;
    private final long[] conditionA;
    private final long[] conditionB;

    private DecisionTable(FactSet facts, List<Row> rows) {
        this.facts = facts;
        this.rows = List.copyOf(rows);
        int n = 0;
        for (Row r : rows) {
            n += r.conditions().size();
        }
        rowEnd = new int[rows.size()];
        conditionFact = new int[n];
        conditionKind = new byte[n];
        conditionA = new long[n];
        conditionB = new long[n];
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (Condition c : rows.get(i).conditions()) {
                conditionFact[k] = c.factIndex();
                conditionKind[k] = (byte) c.fact().kind().ordinal();
                conditionA[k] = c.a();
                conditionB[k] = c.b();
                k++;
            }
            rowEnd[i] = k;
        }
    }

    /**
     * {@return a table of these rows over {@code facts}}
     *
     * @param facts the facts the rows' conditions test
     * @param rows the rows, tried in order; the first that matches decides
     * @throws IllegalArgumentException if there are no rows, or a row can never match ({@link #problems})
     */
    public static DecisionTable of(FactSet facts, List<Row> rows) {
        DecisionTable t = new DecisionTable(Objects.requireNonNull(facts, "facts"), rows);
        List<String> problems = t.problems();
        if (rows.isEmpty() || !problems.isEmpty()) {
            throw new IllegalArgumentException(
                    rows.isEmpty() ? "a decision table needs at least one row" : problems.get(0));
        }
        return t;
    }

    /** Builds without checks; the loader reports {@link #problems} with their JSON paths. */
    static DecisionTable unchecked(FactSet facts, List<Row> rows) {
        return new DecisionTable(facts, rows);
    }

    /**
     * {@return why rows can never match, one message per such row starting {@code row N}: a condition no value meets,
     * or an earlier row that matches every case this one would (it shadows it)}
     */
    public List<String> problems() {
        return rowProblems().stream()
                .map(p -> "row " + (p.row() + 1) + " " + p.reason())
                .toList();
    }

    /** A row that can never match (index from 0) and why. */
    record RowProblem(int row, String reason) {}

    List<RowProblem> rowProblems() {
        List<RowProblem> out = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            Row row = rows.get(j);
            Optional<Condition> empty =
                    row.conditions().stream().filter(c -> !c.canMatch()).findFirst();
            if (empty.isPresent()) {
                out.add(new RowProblem(
                        j,
                        "can never match: its condition on "
                                + empty.get().fact().name() + " admits no value"));
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (rows.get(i).covers(row)) {
                    out.add(new RowProblem(
                            j, "can never match: row " + (i + 1) + " comes first and matches every case it would"));
                    break;
                }
            }
        }
        return out;
    }

    /** {@return the facts its conditions may name} */
    public FactSet facts() {
        return facts;
    }

    /** {@return the rows, in order} */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The index of the row that decides a case, with no allocation: the first row whose conditions all hold, if every
     * row before it is known to fail.
     *
     * @param <S> the type of the case, e.g. {@code Claimant}
     * @param subject the case to decide
     * @param source reads the case's facts, encoded
     * @return the row index, {@link #NO_MATCH} or {@link #UNDECIDED}
     */
    public <S> int firstMatch(S subject, FactSource<S> source) {
        int k = 0;
        for (int i = 0; i < rowEnd.length; i++) {
            boolean unknown = false;
            boolean failed = false;
            for (; k < rowEnd[i]; k++) {
                long v = source.value(subject, conditionFact[k]);
                if (v == FactSource.UNKNOWN) {
                    unknown = true;
                } else if (!Condition.matches(conditionKind[k], conditionA[k], conditionB[k], v)) {
                    failed = true;
                    k = rowEnd[i];
                    break;
                }
            }
            if (!failed) {
                return unknown ? UNDECIDED : i;
            }
        }
        return NO_MATCH;
    }

    /**
     * As {@link #firstMatch(Object, FactSource)}, for a case whose facts are already encoded in an array indexed like
     * the fact set: the tightest loop, for compiled rules.
     *
     * @param facts the case's encoded fact values ({@link FactSource#UNKNOWN} where unknown)
     * @return the row index, {@link #NO_MATCH} or {@link #UNDECIDED}
     */
    public int firstMatch(long[] facts) {
        int k = 0;
        for (int i = 0; i < rowEnd.length; i++) {
            boolean unknown = false;
            boolean failed = false;
            int end = rowEnd[i];
            for (; k < end; k++) {
                long v = facts[conditionFact[k]];
                if (v == FactSource.UNKNOWN) {
                    unknown = true;
                } else if (!Condition.matches(conditionKind[k], conditionA[k], conditionB[k], v)) {
                    failed = true;
                    k = end;
                    break;
                }
            }
            if (!failed) {
                return unknown ? UNDECIDED : i;
            }
        }
        return NO_MATCH;
    }

    /**
     * A copy in which every range condition on the number fact {@code fact} has its bounds mapped, for rules compiled
     * against another encoding of that fact (an age on a date becomes a range of birth dates).
     *
     * @param fact the index of a number fact
     * @param bounds maps a condition's {@code [min, max]} to the new inclusive bounds, as a two-element array
     * @return the copy, for matching only ({@link #firstMatch(long[])}); its rows' texts still describe the original
     */
    public DecisionTable withRangesMapped(int fact, java.util.function.BiFunction<Long, Long, long[]> bounds) {
        return new DecisionTable(this, fact, bounds);
    }

    /** A copy with one number fact's ranges mapped; done in a constructor so its arrays are safely published. */
    private DecisionTable(DecisionTable source, int fact, java.util.function.BiFunction<Long, Long, long[]> bounds) {
        this.facts = source.facts;
        this.rows = source.rows;
        this.rowEnd = source.rowEnd;
        this.conditionFact = source.conditionFact;
        this.conditionKind = source.conditionKind;
        this.conditionA = source.conditionA.clone();
        this.conditionB = source.conditionB.clone();
        for (int k = 0; k < conditionFact.length; k++) {
            if (conditionFact[k] == fact && conditionKind[k] == 1) {
                long[] mapped = bounds.apply(conditionA[k], conditionB[k]);
                conditionA[k] = mapped[0];
                conditionB[k] = mapped[1];
            }
        }
    }

    /**
     * Evaluates a case row by row, keeping every row's answer and the facts read, for an explanation.
     *
     * @param <S> the type of the case, e.g. {@code Claimant}
     * @param subject the case to decide
     * @param source reads the case's facts, encoded
     * @return every row's answer, the deciding row if any, and the facts read
     */
    public <S> Evaluation evaluate(S subject, FactSource<S> source) {
        long[] values = new long[facts.size()];
        boolean[] read = new boolean[facts.size()];
        List<Truth> rowTruths = new ArrayList<>();
        int decided = NO_MATCH;
        Set<Fact> missing = new LinkedHashSet<>();
        boolean undecided = false;
        for (Row row : rows) {
            Truth t = Truth.TRUE;
            for (Condition c : row.conditions()) {
                int f = c.factIndex();
                if (!read[f]) {
                    values[f] = source.value(subject, f);
                    read[f] = true;
                }
                t = t.and(c.test(values[f]));
            }
            rowTruths.add(t);
            if (t == Truth.UNKNOWN) {
                undecided = true;
                for (Condition c : row.conditions()) {
                    if (values[c.factIndex()] == FactSource.UNKNOWN) {
                        missing.add(c.fact());
                    }
                }
            } else if (t == Truth.TRUE) {
                decided = undecided ? UNDECIDED : rowTruths.size() - 1;
                break;
            }
        }
        if (undecided) {
            decided = UNDECIDED;
        }
        return new Evaluation(this, rowTruths, values, read, decided, List.copyOf(missing));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionTable other && facts.equals(other.facts) && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "table of " + rows.size() + (rows.size() == 1 ? " row" : " rows");
    }

    /**
     * One row: its conditions (all must hold; none means every case) and its outcome.
     *
     * <pre>{@code
     * DecisionTable.Row r = DecisionTable.Row.of(List.of(Condition.anyOf(facts, "grade", "1")),
     *         RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH));
     * r.describe().chinese();    // "残疾等级：一级"
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Row {
        private final List<Condition> conditions;
        private final RowOutcome outcome;
        private final Phrase description;

        private Row(List<Condition> conditions, RowOutcome outcome) {
            this.conditions = List.copyOf(conditions);
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.description = describe(this.conditions);
        }

        /**
         * {@return a row of these conditions, at most one per fact, and this outcome}
         *
         * @param conditions the conditions, all of which must hold
         * @param outcome what the row decides when it matches
         */
        public static Row of(List<Condition> conditions, RowOutcome outcome) {
            Set<Integer> seen = new java.util.HashSet<>();
            for (Condition c : conditions) {
                if (!seen.add(c.factIndex())) {
                    throw new IllegalArgumentException(
                            "two conditions on " + c.fact().name() + " in one row");
                }
            }
            return new Row(conditions, outcome);
        }

        /** {@return the conditions, all of which must hold} */
        public List<Condition> conditions() {
            return conditions;
        }

        /** {@return what the row gives} */
        public RowOutcome outcome() {
            return outcome;
        }

        /** Whether every case meeting {@code later}'s conditions meets this row's. */
        boolean covers(Row later) {
            for (Condition mine : conditions) {
                boolean within = false;
                for (Condition theirs : later.conditions) {
                    if (theirs.within(mine)) {
                        within = true;
                        break;
                    }
                }
                if (!within) {
                    return false;
                }
            }
            return true;
        }

        /** {@return the conditions as a phrase: {@code 残疾等级：一级，且需长期照护：是}, or {@code 所有情形}} */
        public Phrase describe() {
            return description;
        }

        private static Phrase describe(List<Condition> conditions) {
            if (conditions.isEmpty()) {
                return Phrase.of("所有情形", "every case");
            }
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            Object[] args = new Object[conditions.size()];
            for (int i = 0; i < conditions.size(); i++) {
                zh.append(i == 0 ? "" : "，且").append('{').append(i).append('}');
                en.append(i == 0 ? "" : " and ").append('{').append(i).append('}');
                args[i] = conditions.get(i).describe();
            }
            return Phrase.of(zh.toString(), en.toString(), args);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row other && conditions.equals(other.conditions) && outcome.equals(other.outcome);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conditions, outcome);
        }

        @Override
        public String toString() {
            return describe().english() + " -> " + outcome;
        }
    }

    /**
     * A table's answer for one case, with each row tried: the row that decided, or none, or undecided with the facts
     * that could change the answer.
     *
     * <pre>{@code
     * DecisionTable.Evaluation e = table.evaluate(claimant, source);
     * e.truth();           // TRUE: a row matched
     * e.matchedRow();      // 1
     * e.missingFacts();    // [] (or the facts whose absence leaves it undecided)
     * e.explainInto(builder, Phrase.of("护理补贴表", "care subsidy table"), source);
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Evaluation {
        private final DecisionTable table;
        private final List<Truth> rowTruths;
        private final long[] values;
        private final boolean[] read;
        private final int decided;
        private final List<Fact> missing;

        Evaluation(
                DecisionTable table,
                List<Truth> rowTruths,
                long[] values,
                boolean[] read,
                int decided,
                List<Fact> missing) {
            this.table = table;
            this.rowTruths = List.copyOf(rowTruths);
            this.values = values;
            this.read = read;
            this.decided = decided;
            this.missing = missing;
        }

        /** {@return TRUE if a row decided, FALSE if every row failed, UNKNOWN if the facts do not decide} */
        public Truth truth() {
            return decided >= 0 ? Truth.TRUE : decided == NO_MATCH ? Truth.FALSE : Truth.UNKNOWN;
        }

        /**
         * {@return the index of the row that decided, {@link #NO_MATCH} or {@link #UNDECIDED}: as {@link #firstMatch}}
         */
        public int matchedRow() {
            return decided;
        }

        /** {@return the outcome of the row that decided, if one did} */
        public Optional<RowOutcome> outcome() {
            return decided >= 0 ? Optional.of(table.rows.get(decided).outcome()) : Optional.empty();
        }

        /** {@return the answer of each row tried, in order (rows after the deciding one are not tried)} */
        public List<Truth> rowTruths() {
            return rowTruths;
        }

        /** {@return the facts whose values could change an undecided answer; empty when decided} */
        public List<Fact> missingFacts() {
            return decided == UNDECIDED ? missing : List.of();
        }

        /**
         * {@return the conditions of row {@code row} that the case is known to fail}
         *
         * @param row the index of a row, from 0
         */
        public List<Condition> failedConditions(int row) {
            List<Condition> out = new ArrayList<>();
            for (Condition c : table.rows.get(row).conditions()) {
                if (read[c.factIndex()] && c.test(values[c.factIndex()]) == Truth.FALSE) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * Adds a step per row tried: the row's conditions and the case's values that failed them (or were unknown), or
         * that it matched.
         *
         * @param into the explanation being built
         * @param name the table's name, e.g. the parameter's name
         * @param source the source of the table value
         */
        public void explainInto(Explanation.Builder into, Phrase name, Source source) {
            for (int i = 0; i < rowTruths.size(); i++) {
                DecisionTable.Row row = table.rows.get(i);
                Truth t = rowTruths.get(i);
                Phrase verdict;
                if (t == Truth.TRUE) {
                    verdict = Phrase.of("符合，{0}", "matches: {0}", row.outcome().describe());
                } else if (t == Truth.FALSE) {
                    verdict = Phrase.of("不符合：{0}", "fails: {0}", valuesOf(failedConditions(i)));
                } else {
                    verdict = Phrase.of("无法判断：{0}", "cannot tell: {0}", valuesOf(unknownConditions(i)));
                }
                into.step(Explanation.Step.of(
                                StepKind.CONDITION,
                                Phrase.of(
                                        "{0}第{1}行（{2}）：{3}",
                                        "{0}, row {1} ({2}): {3}", name, i + 1, row.describe(), verdict))
                        .withSource(source)
                        .withDetail("row", i + 1)
                        .withDetail("result", t.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }

        private List<Condition> unknownConditions(int row) {
            List<Condition> out = new ArrayList<>();
            for (Condition c : table.rows.get(row).conditions()) {
                if (values[c.factIndex()] == FactSource.UNKNOWN) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The case's values of the facts of {@code conditions}: {@code 残疾等级为三级；年龄为12岁}. */
        private Phrase valuesOf(List<Condition> conditions) {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            Object[] args = new Object[conditions.size() * 2];
            for (int i = 0; i < conditions.size(); i++) {
                Condition c = conditions.get(i);
                zh.append(i == 0 ? "" : "；")
                        .append('{')
                        .append(2 * i)
                        .append("}为{")
                        .append(2 * i + 1)
                        .append('}');
                en.append(i == 0 ? "" : "; ")
                        .append('{')
                        .append(2 * i)
                        .append("} is {")
                        .append(2 * i + 1)
                        .append('}');
                args[2 * i] = c.fact();
                args[2 * i + 1] = c.fact().describeValue(values[c.factIndex()]);
            }
            return Phrase.of(zh.toString(), en.toString(), args);
        }
    }
}
