package org.canlian.rules.policy;

import java.util.Objects;

/**
 * One condition of a {@link DecisionTable} row on one fact: the fact's codes include one of a set (coded facts), the
 * number lies in a range (numbers, both ends inclusive, either open), or the flag has a value.
 *
 * <pre>{@code
 * Condition c = Condition.anyOf(facts, "grade", "1", "2");
 * c.test(Fact.bit(0));                     // TRUE: grade 1
 * c.test(FactSource.UNKNOWN);              // UNKNOWN
 * Condition.range(facts, "age", 18, null).describe().chinese();   // "年龄不小于18岁"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Condition {
    private final Fact fact;
    private final int index;
    /** Codes: the mask of codes that match; number: the minimum; flag: 1 or 0. */
    private final long a;
    /** Number: the maximum. */
    private final long b;
    /** The condition in words, built once: explanations cite it for every case. */
    private final Phrase description;

    private Condition(Fact fact, int index, long a, long b) {
        this.fact = fact;
        this.index = index;
        this.a = a;
        this.b = b;
        this.description = describe(fact, a, b);
    }

    /** A condition on a coded fact given the mask of the codes that match. */
    static Condition ofMask(FactSet facts, int index, long mask) {
        return new Condition(facts.get(index), index, mask, 0);
    }

    /** A condition on a number fact given its inclusive bounds ({@code Long.MIN_VALUE}/{@code MAX_VALUE}: open). */
    static Condition ofRange(FactSet facts, int index, long min, long max) {
        return new Condition(facts.get(index), index, min, max);
    }

    /** A condition on a flag. */
    static Condition ofFlag(FactSet facts, int index, boolean expected) {
        return new Condition(facts.get(index), index, expected ? 1 : 0, 0);
    }

    /**
     * {@return the fact's codes include one of {@code codes}}
     *
     * @param facts the facts of the table the condition belongs to
     * @param fact the name of the fact tested, e.g. {@code "grade"}
     * @param codes the codes that satisfy the condition, at least one
     * @throws IllegalArgumentException if the fact is not a coded fact of {@code facts} or a code is not one of it
     */
    public static Condition anyOf(FactSet facts, String fact, String... codes) {
        int i = index(facts, fact, Fact.Kind.CODES);
        long mask = 0;
        for (String code : codes) {
            int c = facts.get(i).indexOf(code);
            if (c < 0) {
                throw new IllegalArgumentException("fact " + fact + " has no code \"" + code + "\"");
            }
            mask |= Fact.bit(c);
        }
        return ofMask(facts, i, mask);
    }

    /**
     * {@return the number lies from {@code min} to {@code max}, both inclusive; a null end is open}
     *
     * @param facts the facts of the table the condition belongs to
     * @param fact the name of the fact tested, e.g. {@code "grade"}
     * @param min the smallest value allowed, or null for no lower bound
     * @param max the largest value allowed, or null for no upper bound
     * @throws IllegalArgumentException if the fact is not a number fact of {@code facts}
     */
    public static Condition range(FactSet facts, String fact, Long min, Long max) {
        return ofRange(
                facts,
                index(facts, fact, Fact.Kind.NUMBER),
                min == null ? Long.MIN_VALUE + 1 : min,
                max == null ? Long.MAX_VALUE : max);
    }

    /**
     * {@return the flag has the value {@code expected}}
     *
     * @param facts the facts of the table the condition belongs to
     * @param fact the name of the fact tested, e.g. {@code "grade"}
     * @param expected the value the flag must have
     * @throws IllegalArgumentException if the fact is not a flag of {@code facts}
     */
    public static Condition is(FactSet facts, String fact, boolean expected) {
        return ofFlag(facts, index(facts, fact, Fact.Kind.FLAG), expected);
    }

    private static int index(FactSet facts, String fact, Fact.Kind kind) {
        int i = facts.indexOf(fact);
        if (i < 0 || facts.get(i).kind() != kind) {
            throw new IllegalArgumentException("no " + kind + " fact \"" + fact + "\" in " + facts);
        }
        return i;
    }

    /** {@return the fact tested} */
    public Fact fact() {
        return fact;
    }

    /** {@return the fact's index in its fact set} */
    public int factIndex() {
        return index;
    }

    /**
     * {@return whether a case's encoded value of the fact meets the condition}
     *
     * @param value the case's value of the fact, encoded as {@link FactSource} encodes it
     */
    public Truth test(long value) {
        if (value == FactSource.UNKNOWN) {
            return Truth.UNKNOWN;
        }
        return Truth.of(matches(fact.kind().ordinal(), a, b, value));
    }

    /** The test on raw parts, shared with the table's compiled loop: kind 0 codes, 1 number, 2 flag. */
    static boolean matches(int kind, long a, long b, long value) {
        return kind == 0 ? (value & a) != 0 : kind == 1 ? value >= a && value <= b : value == a;
    }

    long a() {
        return a;
    }

    long b() {
        return b;
    }

    /** {@return whether some value can meet it (a non-empty set of codes, a non-empty range)} */
    public boolean canMatch() {
        return switch (fact.kind()) {
            case CODES -> a != 0;
            case NUMBER -> a <= b;
            case FLAG -> true;
        };
    }

    /** Whether every value meeting this condition meets {@code wider} (same fact). */
    boolean within(Condition wider) {
        if (wider.index != index) {
            return false;
        }
        return switch (fact.kind()) {
            case CODES -> (a & ~wider.a) == 0;
            case NUMBER -> a >= wider.a && b <= wider.b;
            case FLAG -> a == wider.a;
        };
    }

    /** {@return the condition as a phrase: {@code 残疾等级：一级、二级}, {@code 年龄18至59岁}, {@code 需长期照护：是}} */
    public Phrase describe() {
        return description;
    }

    private static Phrase describe(Fact fact, long a, long b) {
        switch (fact.kind()) {
            case CODES:
                return Phrase.of("{0}：{1}", "{0}: {1}", fact, fact.describeCodes(a));
            case NUMBER:
                boolean open = a == Long.MIN_VALUE + 1;
                if (open) {
                    return Phrase.of(
                            "{0}不大于{1}" + fact.chineseUnit(), "{0} at most {1} " + fact.englishUnit(), fact, b);
                }
                if (b == Long.MAX_VALUE) {
                    return Phrase.of(
                            "{0}不小于{1}" + fact.chineseUnit(), "{0} at least {1} " + fact.englishUnit(), fact, a);
                }
                return Phrase.of("{0}{1}至{2}" + fact.chineseUnit(), "{0} {1} to {2} " + fact.englishUnit(), fact, a, b);
            default:
                return a != 0 ? Phrase.of("{0}：是", "{0}: yes", fact) : Phrase.of("{0}：否", "{0}: no", fact);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition other
                && index == other.index
                && a == other.a
                && b == other.b
                && fact.equals(other.fact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, a, b);
    }

    @Override
    public String toString() {
        return describe().english();
    }
}
