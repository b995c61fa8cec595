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
    /** The same conditions by fact, for tables it can answer (null otherwise): {@link #firstMatch(long[])}. */
    private final RowIndex index;
    /** The explanation steps of matched rows, built once per table name and source (racy but safe: immutable). */
    private volatile MatchedSteps matchedSteps;

    private record MatchedSteps(Phrase name, Source source, Explanation.Step[] steps) {}

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
        index = RowIndex.of(rowEnd, conditionFact, conditionKind, conditionA, conditionB);
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
     * the fact set: for compiled rules. A table of up to 64 rows answers from an index of its rows by fact value,
     * reading each fact once; a longer one tries its rows in order.
     *
     * @param facts the case's encoded fact values ({@link FactSource#UNKNOWN} where unknown)
     * @return the row index, {@link #NO_MATCH} or {@link #UNDECIDED}
     */
    public int firstMatch(long[] facts) {
        return index != null ? index.firstMatch(facts) : firstMatchRowByRow(facts);
    }

    /** {@link #firstMatch(long[])} trying the rows in order: for long tables, and the index's test oracle. */
    int firstMatchRowByRow(long[] facts) {
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
     * Tables over the same facts evaluated together, for rules that decide each case by several tables (a month's
     * subsidy rules: each programme's exclusions and eligibility): when they have at most 64 rows in all, one index of
     * all their rows reads each fact of a case once for every table; otherwise each table answers on its own.
     *
     * <pre>{@code
     * DecisionTable.Batch batch = DecisionTable.batch(List.of(exclusions, eligibility));
     * long possible = batch.possible(facts);
     * long unknown = batch.unknown(facts);          // 0 if the case gives every fact
     * int row = batch.firstMatch(1, facts, possible, unknown);    // as eligibility.firstMatch(facts)
     * }</pre>
     *
     * @param tables the tables, over one fact set
     * @return the batch
     * @throws IllegalArgumentException if the tables read different fact sets
     */
    public static Batch batch(List<DecisionTable> tables) {
        return new Batch(tables);
    }

    /**
     * Tables evaluated together: see {@link #batch}. This class is immutable and thread-safe.
     *
     * <pre>{@code
     * int row = batch.firstMatch(0, facts, batch.possible(facts), batch.unknown(facts));
     * }</pre>
     */
    public static final class Batch {
        private final DecisionTable[] tables;
        /** All rows of all tables, table after table; null if they are more than 64. */
        private final RowIndex index;

        private final int[] offset;
        private final long[] rowsOf;

        private Batch(List<DecisionTable> list) {
            tables = list.toArray(DecisionTable[]::new);
            offset = new int[tables.length];
            rowsOf = new long[tables.length];
            int rows = 0;
            int conditions = 0;
            for (int t = 0; t < tables.length; t++) {
                if (!tables[t].facts.equals(tables[0].facts)) {
                    throw new IllegalArgumentException("tables of a batch must read the same facts");
                }
                offset[t] = rows;
                rows += tables[t].rowEnd.length;
                conditions += tables[t].conditionFact.length;
            }
            if (rows == 0 || rows > 64) {
                index = null;
                return;
            }
            int[] rowEnd = new int[rows];
            int[] fact = new int[conditions];
            byte[] kind = new byte[conditions];
            long[] a = new long[conditions];
            long[] b = new long[conditions];
            int k = 0;
            for (int t = 0; t < tables.length; t++) {
                DecisionTable table = tables[t];
                int n = table.conditionFact.length;
                System.arraycopy(table.conditionFact, 0, fact, k, n);
                System.arraycopy(table.conditionKind, 0, kind, k, n);
                System.arraycopy(table.conditionA, 0, a, k, n);
                System.arraycopy(table.conditionB, 0, b, k, n);
                for (int i = 0; i < table.rowEnd.length; i++) {
                    rowEnd[offset[t] + i] = k + table.rowEnd[i];
                }
                k += n;
                int count = table.rowEnd.length;
                rowsOf[t] = (count == 64 ? -1L : (1L << count) - 1) << offset[t];
            }
            index = RowIndex.of(rowEnd, fact, kind, a, b);
        }

        /**
         * {@return the rows (bit {@code i} for the batch's row {@code i}, tables one after another) that no known fact
         * of the case fails; a fact the case does not give fails none}
         *
         * @param facts the case's encoded facts ({@link FactSource#UNKNOWN} where unknown)
         */
        public long possible(long[] facts) {
            return index == null ? 0 : index.possible(facts);
        }

        /**
         * {@return the rows with a condition on a fact the case does not give; 0 when it gives all}
         *
         * @param facts the case's encoded facts ({@link FactSource#UNKNOWN} where unknown)
         */
        public long unknown(long[] facts) {
            return index == null ? 0 : index.unknown(facts);
        }

        /**
         * {@return the sorted starts of the intervals that the batch's conditions cut number fact {@code fact}'s line
         * into: two values of one interval pass the same conditions of every table, so every table answers alike for
         * them; the first start is {@code Long.MIN_VALUE + 1}}
         *
         * <pre>{@code
         * long[] starts = batch.intervalStarts(ageFact);     // e.g. [MIN_VALUE + 1, 19650302]: born before or after
         * }</pre>
         *
         * @param fact the index of a number or flag fact
         */
        public long[] intervalStarts(int fact) {
            java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
            for (DecisionTable t : tables) {
                RowIndex.addCuts(cuts, fact, t.conditionFact, t.conditionKind, t.conditionA, t.conditionB);
            }
            return cuts.stream().mapToLong(Long::longValue).toArray();
        }

        /**
         * Table {@code table}'s answer for the case, as {@link DecisionTable#firstMatch(long[])} gives it.
         *
         * @param table the table's position in the batch
         * @param facts the case's encoded facts
         * @param possible {@link #possible} of the case
         * @param unknown {@link #unknown} of the case
         * @return the row index in that table, {@link #NO_MATCH} or {@link #UNDECIDED}
         */
        public int firstMatch(int table, long[] facts, long possible, long unknown) {
            if (index == null) {
                return tables[table].firstMatch(facts);
            }
            long open = possible & rowsOf[table];
            if (open == 0) {
                return NO_MATCH;
            }
            int first = Long.numberOfTrailingZeros(open);
            return (unknown >>> first & 1) != 0 ? UNDECIDED : first - offset[table];
        }
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
        this.index = RowIndex.of(rowEnd, conditionFact, conditionKind, conditionA, conditionB);
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
        Truth[] rowTruths = new Truth[rows.size()];
        int tried = 0;
        int decided = NO_MATCH;
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
            rowTruths[tried++] = t;
            if (t == Truth.UNKNOWN) {
                undecided = true;
            } else if (t == Truth.TRUE) {
                decided = undecided ? UNDECIDED : tried - 1;
                break;
            }
        }
        if (!undecided) {
            return new Evaluation(this, rowTruths, tried, values, read, decided, List.of());
        }
        Set<Fact> missing = new LinkedHashSet<>();
        for (int i = 0; i < tried; i++) {
            if (rowTruths[i] == Truth.UNKNOWN) {
                for (Condition c : rows.get(i).conditions()) {
                    if (values[c.factIndex()] == FactSource.UNKNOWN) {
                        missing.add(c.fact());
                    }
                }
            }
        }
        return new Evaluation(this, rowTruths, tried, values, read, UNDECIDED, List.copyOf(missing));
    }

    /** The step of row {@code row} matched, as {@link Evaluation#explainInto} writes it; the same object each time. */
    Explanation.Step matchedStep(int row, Phrase name, Source source) {
        MatchedSteps cache = matchedSteps;
        if (cache == null || !cache.name().equals(name) || !cache.source().equals(source)) {
            cache = new MatchedSteps(name, source, new Explanation.Step[rows.size()]);
            matchedSteps = cache;
        }
        Explanation.Step step = cache.steps()[row];
        if (step == null) {
            Row r = rows.get(row);
            step = Explanation.Step.condition(
                    Phrase.ofTrusted(
                            "{0}第{1}行（{2}）：符合，{3}",
                            "{0}, row {1} ({2}): matches: {3}",
                            name,
                            row + 1,
                            r.describe(),
                            r.outcome().describe()),
                    source,
                    row + 1,
                    "true");
            cache.steps()[row] = step;
        }
        return step;
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
        /** The answers of the rows tried, in order: the first {@link #tried}. */
        private final Truth[] rowTruths;

        private final int tried;
        private final long[] values;
        private final boolean[] read;
        private final int decided;
        private final List<Fact> missing;

        Evaluation(
                DecisionTable table,
                Truth[] rowTruths,
                int tried,
                long[] values,
                boolean[] read,
                int decided,
                List<Fact> missing) {
            this.table = table;
            this.rowTruths = rowTruths;
            this.tried = tried;
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
            return List.of(java.util.Arrays.copyOf(rowTruths, tried));
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
            for (int i = 0; i < tried; i++) {
                Truth t = rowTruths[i];
                into.step(
                        t == Truth.TRUE
                                ? table.matchedStep(i, name, source)
                                : Explanation.Step.condition(
                                        t == Truth.FALSE
                                                ? Phrase.ofTrusted(
                                                        "{0}第{1}行（{2}）：不符合：{3}",
                                                        "{0}, row {1} ({2}): fails: {3}",
                                                        name,
                                                        i + 1,
                                                        table.rows.get(i).describe(),
                                                        new FactValues(failedConditions(i), values))
                                                : Phrase.ofTrusted(
                                                        "{0}第{1}行（{2}）：无法判断：{3}",
                                                        "{0}, row {1} ({2}): cannot tell: {3}",
                                                        name,
                                                        i + 1,
                                                        table.rows.get(i).describe(),
                                                        new FactValues(unknownConditions(i), values)),
                                        source,
                                        i + 1,
                                        t == Truth.FALSE ? "false" : "unknown"));
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

        /**
         * The case's values of the facts of some conditions, rendered when read: {@code 残疾等级为三级；年龄为12岁} /
         * {@code disability grade is grade 3; age is 12 years}.
         */
        private static final class FactValues implements Bilingual {
            private final Fact[] facts;
            private final long[] values;

            FactValues(List<Condition> conditions, long[] caseValues) {
                facts = new Fact[conditions.size()];
                values = new long[facts.length];
                for (int i = 0; i < facts.length; i++) {
                    facts[i] = conditions.get(i).fact();
                    values[i] = caseValues[conditions.get(i).factIndex()];
                }
            }

            @Override
            public String chinese() {
                return render(true);
            }

            @Override
            public String english() {
                return render(false);
            }

            private String render(boolean zh) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < facts.length; i++) {
                    out.append(i == 0 ? "" : zh ? "；" : "; ")
                            .append(zh ? facts[i].chinese() : facts[i].english())
                            .append(zh ? "为" : " is ")
                            .append(facts[i].describeValue(values[i]).render(zh));
                }
                return out.toString();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof FactValues other
                        && java.util.Arrays.equals(facts, other.facts)
                        && java.util.Arrays.equals(values, other.values);
            }

            @Override
            public int hashCode() {
                return java.util.Arrays.hashCode(values);
            }

            @Override
            public String toString() {
                return english();
            }
        }
    }
}
