package org.canlian.core.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * The federation hierarchy (CDPF charter; county federations' work reports, 2009-2024): an immutable tree of organisation units, from a root (usually the nation,
 * {@link DivisionCode#NATIONAL}) down to the villages' and communities' associations, with lookup by code, parent,
 * children, the path to the root, subtrees and traversal.
 *
 * <pre>{@code
 * Hierarchy h = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国")
 *         .add(DivisionCode.parse("62"), "甘肃省")
 *         .add(DivisionCode.parse("6207"), "张掖市")
 *         .add(DivisionCode.parse("620723"), "临泽县")
 *         .add(DivisionCode.parse("620723101"), "沙河镇")
 *         .build();
 * h.parent(DivisionCode.parse("620723101"));     // Optional[620723]
 * h.pathToRoot(DivisionCode.parse("620723"));    // [620723, 6207, 62, 00]
 * h.children(DivisionCode.parse("620723"));      // [620723101]
 * h.subtree(DivisionCode.parse("620723")).size(); // 2
 * }</pre>
 *
 * <p><b>Storage.</b> All of China has about 665,000 units, so the tree holds no object per unit beyond its
 * {@link DivisionCode}: units sit in arrays in pre-order (the statistics bureau's code order, a parent before its
 * children), each with its kind (a byte), its parent's position and the end of its subtree (ints), and its name in one
 * shared character pool. A subtree is a contiguous range of positions, so roll-ups are single passes over arrays.
 * Facts about units (governance, officers, associations) live apart, in {@link HierarchyFacts}. The position methods
 * ({@link #indexOf}, {@link #codeAt}, {@link #parentIndex}, {@link #subtreeEnd} ...) expose this order for such passes.
 *
 * <p><b>Building</b> rejects, each error naming the code and its line or entry: a code listed twice, a child whose
 * parent is missing (or was itself rejected), a parent at the wrong level for its child, a declared parent whose
 * digits do not contain the child's, a code outside the root, a code whose township or village digits name no kind,
 * a blank name. {@link Builder#build()} throws the first error; {@link Builder#build(org.canlian.core.batch.OnInvalidRow)}
 * reports them all and keeps every valid unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Hierarchy {
    private static final UnitKind[] KINDS = UnitKind.values();

    private final DivisionCode[] codes;
    private final byte[] kinds;
    private final int[] parents;
    private final int[] ends;
    private final int[] nameStarts;
    private final char[] names;

    Hierarchy(DivisionCode[] codes, byte[] kinds, int[] parents, int[] ends, int[] nameStarts, char[] names) {
        this.codes = codes;
        this.kinds = kinds;
        this.parents = parents;
        this.ends = ends;
        this.nameStarts = nameStarts;
        this.names = names;
    }

    /**
     * A builder of a tree under the given root.
     *
     * @param root the root's code, usually {@link DivisionCode#NATIONAL}
     * @param rootName the root's name, e.g. {@code "中华人民共和国"}
     * @return the builder
     */
    public static Builder builder(DivisionCode root, String rootName) {
        return new Builder(root, rootName);
    }

    /** {@return the root's code} */
    public DivisionCode root() {
        return codes[0];
    }

    /** {@return the number of units, the root included} */
    public int size() {
        return codes.length;
    }

    /**
     * {@return whether the tree holds a unit with this code}
     *
     * @param code the division code to look for
     */
    public boolean contains(DivisionCode code) {
        return indexOf(code) >= 0;
    }

    /**
     * The unit with this code.
     *
     * @param code the code
     * @return the unit, or empty if the tree has none with this code
     */
    public Optional<OrganisationUnit> unit(DivisionCode code) {
        int i = indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(unitAt(i));
    }

    /**
     * The parent of a unit of the tree.
     *
     * @param code a code in the tree
     * @return the parent's code, empty for the root
     * @throws InvalidValueException if the tree has no such unit
     */
    public Optional<DivisionCode> parent(DivisionCode code) {
        int p = parents[require(code)];
        return p < 0 ? Optional.empty() : Optional.of(codes[p]);
    }

    /**
     * The children of a unit, in code order.
     *
     * @param code a code in the tree
     * @return the children's codes
     * @throws InvalidValueException if the tree has no such unit
     */
    public List<DivisionCode> children(DivisionCode code) {
        int i = require(code);
        List<DivisionCode> result = new ArrayList<>();
        for (int c = i + 1; c < ends[i]; c = ends[c]) {
            result.add(codes[c]);
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The path from a unit up to the root, the unit first and the root last.
     *
     * @param code a code in the tree
     * @return the codes on the path
     * @throws InvalidValueException if the tree has no such unit
     */
    public List<DivisionCode> pathToRoot(DivisionCode code) {
        List<DivisionCode> path = new ArrayList<>(6);
        for (int i = require(code); i >= 0; i = parents[i]) {
            path.add(codes[i]);
        }
        return Collections.unmodifiableList(path);
    }

    /**
     * The subtree under a unit, as a tree of its own rooted there.
     *
     * @param code a code in the tree
     * @return the subtree
     * @throws InvalidValueException if the tree has no such unit
     */
    public Hierarchy subtree(DivisionCode code) {
        int from = require(code);
        int to = ends[from];
        int n = to - from;
        int[] subParents = new int[n];
        int[] subEnds = new int[n];
        int[] subStarts = new int[n + 1];
        int base = nameStarts[from];
        for (int i = 0; i < n; i++) {
            subParents[i] = i == 0 ? -1 : parents[from + i] - from;
            subEnds[i] = ends[from + i] - from;
            subStarts[i] = nameStarts[from + i] - base;
        }
        subStarts[n] = nameStarts[to] - base;
        return new Hierarchy(
                Arrays.copyOfRange(codes, from, to),
                Arrays.copyOfRange(kinds, from, to),
                subParents,
                subEnds,
                subStarts,
                Arrays.copyOfRange(names, base, nameStarts[to]));
    }

    /** {@return every unit in pre-order: each parent before its children, siblings in code order} */
    public Stream<OrganisationUnit> units() {
        return IntStream.range(0, codes.length).mapToObj(this::unitAt);
    }

    /**
     * Visits every unit in pre-order.
     *
     * @param visitor called once per unit
     */
    public void forEach(Consumer<OrganisationUnit> visitor) {
        for (int i = 0; i < codes.length; i++) {
            visitor.accept(unitAt(i));
        }
    }

    /**
     * How many units of each kind lie in the subtree of a unit (itself included).
     *
     * <pre>{@code
     * h.countByKind(DivisionCode.parse("620723")).get(UnitKind.TOWN_FEDERATION);    // 7
     * }</pre>
     *
     * @param code a code in the tree
     * @return the counts, kinds without units left out
     */
    public Map<UnitKind, Integer> countByKind(DivisionCode code) {
        int i = require(code);
        int[] counts = new int[KINDS.length];
        for (int j = i; j < ends[i]; j++) {
            counts[kinds[j]]++;
        }
        Map<UnitKind, Integer> result = new EnumMap<>(UnitKind.class);
        for (UnitKind k : KINDS) {
            if (counts[k.ordinal()] > 0) {
                result.put(k, counts[k.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * How many units of a level lie in the whole tree.
     *
     * @param level the level
     * @return the count
     */
    public int count(DivisionLevel level) {
        int n = 0;
        for (byte k : kinds) {
            if (KINDS[k].level() == level) {
                n++;
            }
        }
        return n;
    }

    // Positions: the pre-order index of each unit, for single-pass computations over the whole tree.

    /**
     * The position of a unit in pre-order.
     *
     * @param code the code
     * @return the position, 0 for the root, or -1 if the tree has no such unit
     */
    public int indexOf(DivisionCode code) {
        int i = Arrays.binarySearch(codes, Objects.requireNonNull(code, "code"));
        return i < 0 ? -1 : i;
    }

    /**
     * {@return the code at a position}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public DivisionCode codeAt(int index) {
        return codes[index];
    }

    /**
     * {@return the kind at a position}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public UnitKind kindAt(int index) {
        return KINDS[kinds[index]];
    }

    /**
     * {@return the name at a position}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public String nameAt(int index) {
        return new String(names, nameStarts[index], nameStarts[index + 1] - nameStarts[index]);
    }

    /**
     * {@return the unit at a position}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public OrganisationUnit unitAt(int index) {
        return new OrganisationUnit(codes[index], nameAt(index), kindAt(index));
    }

    /**
     * {@return the parent's position, -1 for the root; always less than {@code index}}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public int parentIndex(int index) {
        return parents[index];
    }

    /**
     * {@return the end (exclusive) of the subtree at a position: the subtree is {@code [index, subtreeEnd(index))}}
     *
     * @param index a position in the tree, from 0 (the root) to {@code size() - 1}, parents before children
     */
    public int subtreeEnd(int index) {
        return ends[index];
    }

    private int require(DivisionCode code) {
        int i = indexOf(code);
        if (i < 0) {
            throw InvalidValueException.of(
                    "division code", "unknown-unit", code.value(), "no such unit in the hierarchy under " + root());
        }
        return i;
    }

    @Override
    public String toString() {
        return "Hierarchy[root " + root() + " " + nameAt(0) + ", " + size() + " units]";
    }

    /**
     * Collects units and builds the tree, checking each one. Units may come in any order. Not thread-safe.
     *
     * <pre>{@code
     * HierarchyBuild result = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国")
     *         .add("streets.csv", 2, DivisionCode.parse("620723101"), "沙河镇", DivisionCode.parse("620723"))
     *         .build(OnInvalidRow.REPORT_AND_CONTINUE);
     * result.errors();   // [line 2: Invalid division code 620723101: parent county 620723 is missing (streets.csv line 2)]
     * }</pre>
     */
    public static final class Builder {
        private final DivisionCode root;
        private final String rootName;
        private final List<String> sources = new ArrayList<>();
        private DivisionCode[] codes = new DivisionCode[64];
        private DivisionCode[] declaredParents = new DivisionCode[64];
        /** The names, end to end: unit i's is {@code namePool[nameStarts[i], nameStarts[i + 1])}. */
        private char[] namePool = new char[512];
        /** Where each name starts in the pool, one more than the units (the end of the last name). */
        private int[] nameStarts = new int[65];

        private int[] lines = new int[64];
        private short[] sourceIds = new short[64];
        private int size;
        private final List<RowRejection> rejections = new ArrayList<>();

        /** A row rejected before it reached the builder (e.g. a code that does not parse), kept for the report. */
        record RowRejection(int sourceId, int line, InvalidValueException error) {}

        private Builder(DivisionCode root, String rootName) {
            this.root = Objects.requireNonNull(root, "root");
            this.rootName = Objects.requireNonNull(rootName, "rootName");
            if (rootName.isBlank()) {
                throw InvalidValueException.of("unit name", "blank", "\"\"", "the root " + root + " needs a name");
            }
            UnitKind.of(root)
                    .orElseThrow(() -> InvalidValueException.of(
                            "division code", "kind", root.value(), "its digits name no kind of unit"));
            sources.add("");
        }

        /**
         * Adds a unit whose parent is the one its code implies; errors name it by its entry number (1, 2, ...).
         *
         * @param code the unit's code
         * @param name its name
         * @return this builder
         */
        public Builder add(DivisionCode code, String name) {
            return append(0, size + 1, code, name, null);
        }

        /**
         * Adds a unit read from a file, with the parent the file declares for it.
         *
         * @param source the file's name, e.g. {@code "villages.csv"}, for error messages
         * @param line the line the unit was read from
         * @param code the unit's code
         * @param name its name
         * @param declaredParent the parent's code as the file gives it
         * @return this builder
         */
        public Builder add(String source, int line, DivisionCode code, String name, DivisionCode declaredParent) {
            return append(sourceId(source), line, code, name, Objects.requireNonNull(declaredParent, "declaredParent"));
        }

        /** Registers a source (so sources sort in the order registered) and returns its id. */
        int sourceId(String source) {
            int id = sources.indexOf(Objects.requireNonNull(source, "source"));
            if (id < 0) {
                id = sources.size();
                sources.add(source);
            }
            return id;
        }

        /** Records a row of a source that was rejected before it became a unit. */
        void reject(String source, int line, InvalidValueException error) {
            rejections.add(new RowRejection(sourceId(source), line, error));
        }

        List<RowRejection> rejections() {
            return rejections;
        }

        private Builder append(int sourceId, int line, DivisionCode code, String name, DivisionCode parent) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (size == codes.length) {
                int grown = size * 2;
                codes = Arrays.copyOf(codes, grown);
                declaredParents = Arrays.copyOf(declaredParents, grown);
                nameStarts = Arrays.copyOf(nameStarts, grown + 1);
                lines = Arrays.copyOf(lines, grown);
                sourceIds = Arrays.copyOf(sourceIds, grown);
            }
            // Names go into one pool, not kept as 665,000 strings: fewer objects for the collector to copy.
            int start = nameStarts[size];
            if (start + name.length() > namePool.length) {
                namePool = Arrays.copyOf(namePool, Math.max(namePool.length * 2, start + name.length()));
            }
            name.getChars(0, name.length(), namePool, start);
            nameStarts[size + 1] = start + name.length();
            codes[size] = code;
            declaredParents[size] = parent;
            lines[size] = line;
            sourceIds[size] = (short) sourceId;
            size++;
            return this;
        }

        /**
         * Builds the tree, or throws at the first invalid unit.
         *
         * @return the tree
         * @throws InvalidValueException naming the first invalid unit's code, the rule and its line or entry
         */
        public Hierarchy build() {
            return new HierarchyAssembler(this).assemble(null).hierarchy();
        }

        /**
         * Builds the tree of every valid unit and reports every invalid one, or stops at the first, as the caller
         * chooses. A unit whose parent is rejected is reported too, never dropped silently.
         *
         * @param onInvalidRow stop, or report and continue
         * @return the tree and the errors, sorted by source and line
         * @throws org.canlian.core.batch.BatchFailedException under {@code STOP}, at the first invalid unit
         */
        public HierarchyBuild build(org.canlian.core.batch.OnInvalidRow onInvalidRow) {
            return new HierarchyAssembler(this).assemble(Objects.requireNonNull(onInvalidRow, "onInvalidRow"));
        }

        DivisionCode root() {
            return root;
        }

        String rootName() {
            return rootName;
        }

        int size() {
            return size;
        }

        DivisionCode code(int i) {
            return codes[i];
        }

        DivisionCode declaredParent(int i) {
            return declaredParents[i];
        }

        /** Whether unit i's name is empty or only white space, as {@link String#isBlank()}. */
        boolean nameIsBlank(int i) {
            int end = nameStarts[i + 1];
            for (int at = nameStarts[i]; at < end; ) {
                int c = Character.codePointAt(namePool, at, end);
                if (!Character.isWhitespace(c)) {
                    return false;
                }
                at += Character.charCount(c);
            }
            return true;
        }

        /** The pool holding every name; unit i's is {@code [nameStart(i), nameStart(i + 1))}. */
        char[] namePool() {
            return namePool;
        }

        int nameStart(int i) {
            return nameStarts[i];
        }

        int line(int i) {
            return lines[i];
        }

        String location(int i) {
            int s = sourceIds[i];
            return s == 0 ? "entry " + lines[i] : sources.get(s) + " line " + lines[i];
        }

        int sourceId(int i) {
            return sourceIds[i];
        }
    }

    static UnitKind kind(byte ordinal) {
        return KINDS[ordinal];
    }
}
