package org.canlian.rules.policy;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A decision table of at most 64 rows turned around: per fact, which rows a value lets through, as a bit set. The rows
 * a case can still match are the intersection over the facts it gives; the first of them decides, unless one of its
 * conditions reads a fact the case does not give. It answers exactly as the row-by-row loop of
 * {@link DecisionTable#firstMatch(long[])} but reads each fact once, whatever the number of rows and conditions: a
 * compiled month evaluates millions of claimants through it.
 *
 * <pre>{@code
 * RowIndex index = RowIndex.of(rowEnd, conditionFact, conditionKind, conditionA, conditionB);
 * int row = index == null ? loop(facts) : index.firstMatch(facts);
 * }</pre>
 *
 * <p>Codes facts keep, per code bit, the rows whose condition admits that code; number and flag facts (a flag is the
 * range {@code [a, a]}) keep the sorted starts of the intervals that the conditions' bounds cut the line into, and per
 * interval the rows it lets through. This class is immutable and thread-safe.
 */
final class RowIndex {
    private static final byte CODES = 0;

    /** The facts read by some condition, in the order they are tested. */
    private final int[] facts;

    private final boolean[] coded;
    /** Per fact read: the rows with no condition on it (codes), or nothing (numbers: see {@link #masks}). */
    private final long[] free;
    /** Per fact read: the rows with a condition on it, for facts a case does not give. */
    private final long[] constrained;
    /** Codes: per fact read and code bit, the rows whose condition admits that code ({@code [fact * 64 + bit]}). */
    private final long[] byCode;
    /** Numbers: per fact read, the sorted starts of the intervals (the first is {@code Long.MIN_VALUE + 1}). */
    private final long[][] starts;
    /** Numbers: per fact read and interval, the rows it lets through. */
    private final long[][] masks;

    private final long all;

    private RowIndex(int[] facts, int rows) {
        this.facts = facts;
        this.coded = new boolean[facts.length];
        this.free = new long[facts.length];
        this.constrained = new long[facts.length];
        this.byCode = new long[facts.length * 64];
        this.starts = new long[facts.length][];
        this.masks = new long[facts.length][];
        this.all = rows == 64 ? -1L : (1L << rows) - 1;
    }

    /**
     * The index of a table's flat conditions (a row has at most one condition per fact), or null for a table of more
     * than 64 rows.
     */
    static RowIndex of(int[] rowEnd, int[] conditionFact, byte[] conditionKind, long[] conditionA, long[] conditionB) {
        int rows = rowEnd.length;
        if (rows == 0 || rows > 64) {
            return null;
        }
        int[] used = Arrays.stream(conditionFact).distinct().sorted().toArray();
        RowIndex index = new RowIndex(used, rows);
        for (int u = 0; u < used.length; u++) {
            index.build(u, rowEnd, conditionFact, conditionKind, conditionA, conditionB);
        }
        return index;
    }

    private void build(
            int u, int[] rowEnd, int[] conditionFact, byte[] conditionKind, long[] conditionA, long[] conditionB) {
        int fact = facts[u];
        int k = 0;
        for (int row = 0; row < rowEnd.length; row++) {
            for (; k < rowEnd[row]; k++) {
                if (conditionFact[k] != fact) {
                    continue;
                }
                constrained[u] |= 1L << row;
                if (conditionKind[k] == CODES) {
                    coded[u] = true;
                    for (long bits = conditionA[k]; bits != 0; bits &= bits - 1) {
                        byCode[u * 64 + Long.numberOfTrailingZeros(bits)] |= 1L << row;
                    }
                }
            }
        }
        free[u] = all & ~constrained[u];
        if (coded[u]) {
            return;
        }
        TreeSet<Long> cuts = new TreeSet<>();
        addCuts(cuts, fact, conditionFact, conditionKind, conditionA, conditionB);
        starts[u] = cuts.stream().mapToLong(Long::longValue).toArray();
        masks[u] = new long[starts[u].length];
        for (int i = 0; i < starts[u].length; i++) {
            // Every value of an interval meets the same conditions: test its first.
            long value = starts[u][i];
            long through = all;
            k = 0;
            for (int row = 0; row < rowEnd.length; row++) {
                for (; k < rowEnd[row]; k++) {
                    if (conditionFact[k] == fact
                            && !Condition.matches(conditionKind[k], conditionA[k], conditionB[k], value)) {
                        through &= ~(1L << row);
                    }
                }
            }
            masks[u][i] = through;
        }
    }

    /**
     * Adds the starts of the intervals that the range and flag conditions on a number fact cut the line into: every
     * value of one interval meets the same of those conditions. The first start is {@code Long.MIN_VALUE + 1}
     * ({@code MIN_VALUE} itself is {@link FactSource#UNKNOWN}, tested before an index is read).
     */
    static void addCuts(
            TreeSet<Long> cuts,
            int fact,
            int[] conditionFact,
            byte[] conditionKind,
            long[] conditionA,
            long[] conditionB) {
        cuts.add(Long.MIN_VALUE + 1);
        for (int k = 0; k < conditionFact.length; k++) {
            if (conditionFact[k] != fact || conditionKind[k] == CODES) {
                continue;
            }
            long lo = conditionA[k];
            long hi = conditionKind[k] == 1 ? conditionB[k] : conditionA[k];
            if (lo <= hi) {
                cuts.add(Math.max(lo, Long.MIN_VALUE + 1));
                if (hi != Long.MAX_VALUE) {
                    cuts.add(hi + 1);
                }
            }
        }
    }

    /** As {@link DecisionTable#firstMatch(long[])}. */
    int firstMatch(long[] values) {
        long possible = possible(values);
        if (possible == 0) {
            return DecisionTable.NO_MATCH;
        }
        int first = Long.numberOfTrailingZeros(possible);
        return (unknown(values) >>> first & 1) != 0 ? DecisionTable.UNDECIDED : first;
    }

    /** The rows that no known fact of the case fails (a fact the case does not give fails none). */
    long possible(long[] values) {
        long possible = all;
        for (int u = 0; u < facts.length && possible != 0; u++) {
            long v = values[facts[u]];
            if (v != FactSource.UNKNOWN) {
                possible &= coded[u] ? codeMask(u, v) : numberMask(u, v);
            }
        }
        return possible;
    }

    /** The rows with a condition on a fact the case does not give. */
    long unknown(long[] values) {
        long unknown = 0;
        for (int u = 0; u < facts.length; u++) {
            if (values[facts[u]] == FactSource.UNKNOWN) {
                unknown |= constrained[u];
            }
        }
        return unknown;
    }

    private long codeMask(int u, long codes) {
        if ((codes & (codes - 1)) == 0 && codes != 0) {
            return free[u] | byCode[u * 64 + Long.numberOfTrailingZeros(codes)]; // one code: the usual case
        }
        long through = free[u];
        int base = u * 64;
        for (long bits = codes; bits != 0; bits &= bits - 1) {
            through |= byCode[base + Long.numberOfTrailingZeros(bits)];
        }
        return through;
    }

    private long numberMask(int u, long value) {
        long[] s = starts[u];
        int i = s.length - 1;
        if (s.length <= 8) {
            while (s[i] > value) {
                i--;
            }
        } else {
            int found = Arrays.binarySearch(s, value);
            i = found >= 0 ? found : -found - 2;
        }
        return masks[u][i];
    }
}
