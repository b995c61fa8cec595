package org.canlian.core.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/** Sorts a builder's units into pre-order and checks each against the units before it. Used once, by one thread. */
final class HierarchyAssembler {
    private static final DivisionLevel[] LEVELS = DivisionLevel.values();

    private final Hierarchy.Builder in;
    private final List<long[]> errorOrder = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    // The tree so far, in pre-order: out units placed; stack holds the positions of the current path from the root.
    private final DivisionCode[] codes;
    private final byte[] kinds;
    private final int[] parents;
    private final int[] starts;
    private final char[] names;
    private final int[] stack = new int[LEVELS.length + 1];
    private int out;
    private int depth;
    private int nameLength;
    private final Set<DivisionCode> rejected = new HashSet<>();

    HierarchyAssembler(Hierarchy.Builder in) {
        this.in = in;
        int n = in.size();
        codes = new DivisionCode[n + 1];
        kinds = new byte[n + 1];
        parents = new int[n + 1];
        starts = new int[n + 2];
        names = new char[in.rootName().length() + in.nameStart(n)];
    }

    /**
     * Builds the tree.
     *
     * @param mode null to throw the first error as it is; otherwise the batch's choice
     */
    HierarchyBuild assemble(OnInvalidRow mode) {
        int n = in.size();
        for (Hierarchy.Builder.RowRejection r : in.rejections()) {
            report(mode, r.sourceId(), r.line(), r.error());
        }
        int[] order = sortedOrder(n);
        DivisionCode root = in.root();
        String rootName = in.rootName();
        codes[0] = root;
        kinds[0] = (byte) UnitKind.of(root).orElseThrow().ordinal();
        parents[0] = -1;
        rootName.getChars(0, rootName.length(), names, 0);
        nameLength = rootName.length();
        out = 1;
        depth = 1;
        int runFirst = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            boolean repeat = k > 0 && in.code(i).equals(in.code(order[k - 1]));
            if (!repeat) {
                runFirst = i;
            }
            InvalidValueException error = place(i, repeat ? runFirst : -1);
            if (error != null) {
                rejected.add(in.code(i));
                report(mode, in.sourceId(i), in.line(i), error);
            }
        }
        starts[out] = nameLength;
        int[] ends = new int[out];
        for (int i = out - 1; i >= 0; i--) {
            ends[i] = Math.max(ends[i], i + 1);
            if (parents[i] >= 0) {
                ends[parents[i]] = Math.max(ends[parents[i]], ends[i]);
            }
        }
        Hierarchy hierarchy = new Hierarchy(
                Arrays.copyOf(codes, out),
                Arrays.copyOf(kinds, out),
                Arrays.copyOf(parents, out),
                ends,
                Arrays.copyOf(starts, out + 1),
                nameLength == names.length ? names : Arrays.copyOf(names, nameLength));
        return new HierarchyBuild(hierarchy, sortedErrors(), n + in.rejections().size());
    }

    /**
     * Checks entry i against the tree so far and, if valid, places it as the next unit in pre-order. A method of its
     * own, called once per unit, so that the JIT compiles it early (a loop body in one long method waits for OSR).
     *
     * @param firstOfRepeat the entry of the same code seen first, or -1 if this code is not a repeat
     * @return the error, or null if the unit was placed
     */
    private InvalidValueException place(int i, int firstOfRepeat) {
        DivisionCode code = in.code(i);
        DivisionCode root = codes[0];
        if (firstOfRepeat >= 0) {
            return invalid(code, "duplicate", "listed twice, first at " + in.location(firstOfRepeat), i);
        }
        if (code.equals(root)) {
            return invalid(code, "duplicate", "is the root of the hierarchy", i);
        }
        if (!root.contains(code)) {
            return invalid(code, "outside-root", "is not under the root " + root, i);
        }
        UnitKind kind = UnitKind.of(code).orElse(null);
        if (kind == null) {
            return invalid(code, "kind", "its township or village digits name no kind of unit (001-599)", i);
        }
        if (in.nameIsBlank(i)) {
            return invalid(code, "name", "has a blank name", i);
        }
        DivisionLevel expected = LEVELS[code.level().ordinal() - 1]; // below the root, so never the nation
        DivisionCode declared = in.declaredParent(i);
        if (declared != null && declared.level() != expected) {
            return invalid(
                    code,
                    "parent-level",
                    "a " + code.level().englishName() + "'s parent must be a " + expected.englishName() + ", not "
                            + declared.level().englishName() + " " + declared,
                    i);
        }
        if (declared != null && !declared.contains(code)) {
            return invalid(code, "parent-digits", "its digits are not under its parent " + declared, i);
        }
        while (!codes[stack[depth - 1]].contains(code)) {
            depth--;
        }
        // The innermost unit on the path containing the code is its parent exactly when it is at the parent's level.
        DivisionCode innermost = codes[stack[depth - 1]];
        if (innermost.level() != expected) {
            DivisionCode parent = code.parent().orElseThrow();
            return invalid(
                    code,
                    "parent-missing",
                    "parent " + expected.englishName() + " " + parent + " is missing"
                            + (rejected.contains(parent) ? " (it was rejected)" : ""),
                    i);
        }
        codes[out] = code;
        kinds[out] = (byte) kind.ordinal();
        parents[out] = stack[depth - 1];
        starts[out] = nameLength;
        int from = in.nameStart(i);
        int length = in.nameStart(i + 1) - from;
        System.arraycopy(in.namePool(), from, names, nameLength, length);
        nameLength += length;
        stack[depth++] = out;
        out++;
        return null;
    }

    private InvalidValueException invalid(DivisionCode code, String rule, String reason, int entry) {
        return InvalidValueException.of("division code", rule, code.value(), reason + " (" + in.location(entry) + ")");
    }

    private void report(OnInvalidRow mode, int sourceId, int line, InvalidValueException error) {
        if (mode == null) {
            throw error;
        }
        RowError row = RowError.of(line, error);
        if (mode == OnInvalidRow.STOP) {
            throw new BatchFailedException(row);
        }
        errorOrder.add(new long[] {sourceId, line, errors.size()});
        errors.add(row);
    }

    private List<RowError> sortedErrors() {
        errorOrder.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        List<RowError> sorted = new ArrayList<>(errors.size());
        for (long[] e : errorOrder) {
            sorted.add(errors.get((int) e[2]));
        }
        return List.copyOf(sorted);
    }

    /**
     * The entries' indices in code order (a parent before its children), equal codes in the order added: a stable
     * natural merge sort on plain ints. The statistics bureau's five files are each already in code order, so the
     * entries form five ascending runs and three merge passes sort them, with no boxing of 665,000 indices.
     */
    private int[] sortedOrder(int n) {
        int[] order = new int[n];
        int[] runEnds = new int[n + 1]; // runEnds[0..runs): where each ascending run ends
        int runs = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (i > 0 && in.code(i - 1).compareTo(in.code(i)) > 0) {
                runEnds[runs++] = i;
            }
        }
        if (n > 0) {
            runEnds[runs++] = n;
        }
        int[] scratch = new int[n];
        while (runs > 1) {
            int merged = 0;
            int from = 0;
            for (int r = 0; r < runs; r += 2) {
                int middle = runEnds[r];
                int to = r + 1 < runs ? runEnds[r + 1] : middle;
                merge(order, scratch, from, middle, to);
                runEnds[merged++] = to;
                from = to;
            }
            int[] swap = order;
            order = scratch;
            scratch = swap;
            runs = merged;
        }
        return order;
    }

    /** Merges the sorted ranges [from, middle) and [middle, to) of source into target, the left first on ties. */
    private void merge(int[] source, int[] target, int from, int middle, int to) {
        int a = from;
        int b = middle;
        for (int t = from; t < to; t++) {
            if (b == to || (a < middle && in.code(source[a]).compareTo(in.code(source[b])) <= 0)) {
                target[t] = source[a++];
            } else {
                target[t] = source[b++];
            }
        }
    }
}
