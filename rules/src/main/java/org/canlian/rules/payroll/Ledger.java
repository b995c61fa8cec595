package org.canlian.rules.payroll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.canlian.core.division.DivisionCode;

/**
 * Figures per unit where people are registered (the leaves), per benefit month (plus one column for the whole period),
 * programme and measure, as whole numbers (people, fen). Totals of a unit are the sums of the leaves it contains, so
 * they add up at every level by construction. A ledger being filled belongs to one thread; once {@link #freeze()}n it
 * is never changed, and its totals are computed once, on first use.
 */
final class Ledger {
    final int months;
    final int programmes;
    final int measures;
    /** Cells per leaf: {@code (months + 1) * programmes * measures}. */
    final int width;

    private final DivisionCode region;
    private final Map<DivisionCode, long[]> leaves;
    private boolean frozen;

    /** Totals per unit (leaves and their ancestors up to the region), sorted by code; computed on first use. */
    private transient volatile NavigableMap<DivisionCode, long[]> totals;

    Ledger(DivisionCode region, int months, int programmes, int measures) {
        this(region, months, programmes, measures, new HashMap<>());
    }

    private Ledger(DivisionCode region, int months, int programmes, int measures, Map<DivisionCode, long[]> leaves) {
        this.region = region;
        this.months = months;
        this.programmes = programmes;
        this.measures = measures;
        this.width = (months + 1) * programmes * measures;
        this.leaves = leaves;
    }

    /** The index of a cell in a unit's array; {@code month == months} is the whole period. */
    int index(int month, int programme, int measure) {
        return (month * programmes + programme) * measures + measure;
    }

    /** The period column's index of a measure. */
    int periodIndex(int programme, int measure) {
        return index(months, programme, measure);
    }

    /** The cells of a leaf, created empty on first use. Only while being filled. */
    long[] cells(DivisionCode leaf) {
        if (frozen) {
            throw new IllegalStateException("a frozen ledger is not changed");
        }
        return leaves.computeIfAbsent(leaf, k -> new long[width]);
    }

    /** Adds {@code other}'s figures into this one (being filled). */
    void add(Ledger other) {
        check(other);
        other.leaves.forEach((leaf, cells) -> addInto(cells(leaf), cells));
    }

    Ledger freeze() {
        frozen = true;
        return this;
    }

    /** A new frozen ledger holding both ledgers' figures. */
    static Ledger sum(Ledger a, Ledger b) {
        a.check(b);
        Map<DivisionCode, long[]> sum = new HashMap<>();
        a.leaves.forEach((leaf, cells) -> sum.put(leaf, cells.clone()));
        b.leaves.forEach((leaf, cells) -> addInto(sum.computeIfAbsent(leaf, k -> new long[a.width]), cells));
        return new Ledger(a.region, a.months, a.programmes, a.measures, sum).freeze();
    }

    /** A frozen ledger of given leaves, as read back from its serialized form. */
    static Ledger of(
            DivisionCode region, int months, int programmes, int measures, List<DivisionCode> units, long[][] cells) {
        Map<DivisionCode, long[]> leaves = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            leaves.put(units.get(i), cells[i].clone());
        }
        return new Ledger(region, months, programmes, measures, leaves).freeze();
    }

    private void check(Ledger other) {
        if (!region.equals(other.region)
                || months != other.months
                || programmes != other.programmes
                || measures != other.measures) {
            throw new IllegalArgumentException("ledgers of different shapes: " + this + " and " + other);
        }
    }

    private static void addInto(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], from[i]);
        }
    }

    /** The leaves with their cells, sorted by code (for serialization and equality). */
    NavigableMap<DivisionCode, long[]> leaves() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(leaves));
    }

    /** The figures of people registered at {@code unit} itself; null if none are. */
    long[] registeredAt(DivisionCode unit) {
        return leaves.get(unit);
    }

    /** The figures of {@code unit} and every unit below it; null if no one is registered there. */
    long[] total(DivisionCode unit) {
        return totals().get(unit);
    }

    /** Every unit with people registered in it or below it, with the region, sorted by code. */
    NavigableMap<DivisionCode, long[]> totals() {
        NavigableMap<DivisionCode, long[]> t = totals;
        if (t == null) {
            TreeMap<DivisionCode, long[]> computed = new TreeMap<>();
            computed.put(region, new long[width]);
            leaves.forEach((leaf, cells) -> {
                Optional<DivisionCode> unit = Optional.of(leaf);
                while (unit.isPresent()) {
                    addInto(computed.computeIfAbsent(unit.get(), k -> new long[width]), cells);
                    if (unit.get().equals(region)) {
                        break;
                    }
                    unit = unit.get().parent();
                }
            });
            t = Collections.unmodifiableNavigableMap(computed);
            totals = t;
        }
        return t;
    }

    /** The units directly below {@code unit} that have people registered in or below them, sorted. */
    List<DivisionCode> childrenOf(DivisionCode unit) {
        List<DivisionCode> children = new ArrayList<>();
        for (DivisionCode u : totals().keySet()) {
            if (unit.isParentOf(u)) {
                children.add(u);
            }
        }
        return List.copyOf(children);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Ledger l)
                || !region.equals(l.region)
                || months != l.months
                || programmes != l.programmes
                || measures != l.measures
                || leaves.size() != l.leaves.size()) {
            return false;
        }
        for (Map.Entry<DivisionCode, long[]> e : leaves.entrySet()) {
            if (!Arrays.equals(e.getValue(), l.leaves.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // A sum over the leaves, which does not depend on the map's order.
        return Objects.hash(
                region,
                leaves.entrySet().stream()
                        .mapToInt(e -> Objects.hash(e.getKey(), Arrays.hashCode(e.getValue())))
                        .sum());
    }

    @Override
    public String toString() {
        return "Ledger[" + region + ", " + months + " months, " + leaves.size() + " units]";
    }
}
