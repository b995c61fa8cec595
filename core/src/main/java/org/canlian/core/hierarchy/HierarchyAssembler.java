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
    private final Hierarchy.Builder in;
    private final List<long[]> errorOrder = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    HierarchyAssembler(Hierarchy.Builder in) {
        this.in = in;
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
        DivisionCode[] codes = new DivisionCode[n + 1];
        byte[] kinds = new byte[n + 1];
        int[] parents = new int[n + 1];
        int[] starts = new int[n + 2];
        StringBuilder names = new StringBuilder(n * 8 + 16);
        codes[0] = root;
        kinds[0] = (byte) UnitKind.of(root).orElseThrow().ordinal();
        parents[0] = -1;
        names.append(in.rootName());
        int out = 1;
        int[] stack = new int[DivisionLevel.values().length + 1];
        int depth = 1;
        Set<DivisionCode> rejected = new HashSet<>();
        int runFirst = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            DivisionCode code = in.code(i);
            boolean repeat = k > 0 && code.equals(in.code(order[k - 1]));
            if (!repeat) {
                runFirst = i;
            }
            InvalidValueException error = null;
            if (repeat) {
                error = invalid(code, "duplicate", "listed twice, first at " + in.location(runFirst), i);
            } else if (code.equals(root)) {
                error = invalid(code, "duplicate", "is the root of the hierarchy", i);
            } else if (!root.contains(code)) {
                error = invalid(code, "outside-root", "is not under the root " + root, i);
            } else if (UnitKind.of(code).isEmpty()) {
                error = invalid(code, "kind", "its township or village digits name no kind of unit (001-599)", i);
            } else if (in.name(i).isBlank()) {
                error = invalid(code, "name", "has a blank name", i);
            } else {
                DivisionLevel expected = code.level().parent().orElseThrow();
                DivisionCode declared = in.declaredParent(i);
                if (declared != null && declared.level() != expected) {
                    error = invalid(
                            code,
                            "parent-level",
                            "a " + code.level().englishName() + "'s parent must be a " + expected.englishName()
                                    + ", not " + declared.level().englishName() + " " + declared,
                            i);
                } else if (declared != null && !declared.contains(code)) {
                    error = invalid(code, "parent-digits", "its digits are not under its parent " + declared, i);
                } else {
                    while (!codes[stack[depth - 1]].contains(code)) {
                        depth--;
                    }
                    DivisionCode parent = code.parent().orElseThrow();
                    if (!codes[stack[depth - 1]].equals(parent)) {
                        error = invalid(
                                code,
                                "parent-missing",
                                "parent " + expected.englishName() + " " + parent + " is missing"
                                        + (rejected.contains(parent) ? " (it was rejected)" : ""),
                                i);
                    } else {
                        codes[out] = code;
                        kinds[out] = (byte) UnitKind.of(code).orElseThrow().ordinal();
                        parents[out] = stack[depth - 1];
                        starts[out] = names.length();
                        names.append(in.name(i));
                        stack[depth++] = out;
                        out++;
                    }
                }
            }
            if (error != null) {
                rejected.add(code);
                report(mode, in.sourceId(i), in.line(i), error);
            }
        }
        starts[out] = names.length();
        int[] ends = new int[out];
        for (int i = out - 1; i >= 0; i--) {
            ends[i] = Math.max(ends[i], i + 1);
            if (parents[i] >= 0) {
                ends[parents[i]] = Math.max(ends[parents[i]], ends[i]);
            }
        }
        char[] pool = new char[names.length()];
        names.getChars(0, names.length(), pool, 0);
        Hierarchy hierarchy = new Hierarchy(
                Arrays.copyOf(codes, out),
                Arrays.copyOf(kinds, out),
                Arrays.copyOf(parents, out),
                ends,
                Arrays.copyOf(starts, out + 1),
                pool);
        return new HierarchyBuild(hierarchy, sortedErrors(), n + in.rejections().size());
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
     * The entries' indices in code order (a parent before its children), equal codes in the order added. The sort is
     * stable and the statistics bureau's files are each already in code order, so TimSort only merges a few runs.
     */
    private int[] sortedOrder(int n) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> in.code(a).compareTo(in.code(b)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
