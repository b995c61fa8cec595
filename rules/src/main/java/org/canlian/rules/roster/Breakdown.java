package org.canlian.rules.roster;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.rules.standard.Rate;

/**
 * The breakdown a county federation reports of its certificate holders (GB/T 26341-2010; a county federation's work report): counts by category and grade,
 * by category, by grade, of the severely disabled (grades 1 and 2), and by township of registration, each as an exact
 * {@link Rate} of all holders (rounded only when shown).
 *
 * <p>Counted in one pass, alongside any other per-row work: feed rows to a {@link Counter} as they are read (it keeps
 * counts, not rows), merge counters of parallel parts, then take the breakdown.
 *
 * <pre>{@code
 * Breakdown.Counter counter = Breakdown.counter();
 * reader.read(path, OnInvalidRow.REPORT_AND_CONTINUE, RosterVisitor.of((line, row) -> counter.add(row), errors::add));
 * Breakdown b = counter.breakdown();
 * b.total();                                              // 1990
 * b.count(DisabilityCategory.VISUAL, DisabilityGrade.ONE); // 79
 * b.byCategory(DisabilityCategory.PHYSICAL);               // 1180/1990 (59.3 %)
 * b.severe().toPercentString();                            // "47.2 %"
 *
 * Breakdown same = rows.parallelStream().collect(Breakdown.collector());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breakdown {
    private static final int CATEGORIES = DisabilityCategory.values().length;
    private static final int GRADES = DisabilityGrade.values().length;

    private final long total;
    private final long[] cells;
    private final Map<DivisionCode, Long> byTownship;

    private Breakdown(long total, long[] cells, Map<DivisionCode, Long> byTownship) {
        this.total = total;
        this.cells = cells;
        this.byTownship = byTownship;
    }

    /** {@return a counter with nothing counted} */
    public static Counter counter() {
        return new Counter();
    }

    /** {@return a collector counting rows into a breakdown, in parallel if the stream is} */
    public static Collector<RosterRow, Counter, Breakdown> collector() {
        return Collector.of(Counter::new, Counter::add, Counter::merge, Counter::breakdown);
    }

    /**
     * The breakdown of some rows.
     *
     * @param rows the rows
     * @return their breakdown
     */
    public static Breakdown of(Iterable<RosterRow> rows) {
        Counter counter = new Counter();
        rows.forEach(counter::add);
        return counter.breakdown();
    }

    /** {@return how many holders were counted} */
    public long total() {
        return total;
    }

    /**
     * {@return how many holders have this category and grade}
     *
     * @param category the disability category
     * @param grade the disability grade
     */
    public long count(DisabilityCategory category, DisabilityGrade grade) {
        return cells[cell(category, grade)];
    }

    /**
     * {@return the holders of this category and grade, out of all}
     *
     * @param category the disability category
     * @param grade the disability grade
     */
    public Rate rate(DisabilityCategory category, DisabilityGrade grade) {
        return Rate.of(count(category, grade), total);
    }

    /**
     * {@return the holders of a category, out of all}
     *
     * @param category the disability category
     */
    public Rate byCategory(DisabilityCategory category) {
        long n = 0;
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            n += count(category, grade);
        }
        return Rate.of(n, total);
    }

    /**
     * {@return the holders of a grade, out of all}
     *
     * @param grade the disability grade
     */
    public Rate byGrade(DisabilityGrade grade) {
        long n = 0;
        for (DisabilityCategory category : DisabilityCategory.values()) {
            n += count(category, grade);
        }
        return Rate.of(n, total);
    }

    /** {@return the severely disabled holders (重度, grades 1 and 2), out of all} */
    public Rate severe() {
        return Rate.of(
                byGrade(DisabilityGrade.ONE).count()
                        + byGrade(DisabilityGrade.TWO).count(),
                total);
    }

    /**
     * {@return the holders registered in each township (or in one of its villages), out of all, in code order}
     * Townships with no holder are absent: {@link #township(DivisionCode)} gives them as 0. Holders registered only at
     * county level are in no township.
     */
    public Map<DivisionCode, Rate> byTownship() {
        Map<DivisionCode, Rate> rates = new TreeMap<>();
        byTownship.forEach((code, n) -> rates.put(code, Rate.of(n, total)));
        return Collections.unmodifiableMap(rates);
    }

    /**
     * The holders registered in a township (or its villages), out of all.
     *
     * @param township a township code
     * @return the rate, 0 of the total if none
     */
    public Rate township(DivisionCode township) {
        return Rate.of(byTownship.getOrDefault(Objects.requireNonNull(township, "township"), 0L), total);
    }

    private static int cell(DisabilityCategory category, DisabilityGrade grade) {
        return category.ordinal() * GRADES + grade.ordinal();
    }

    /** Compares the counts of each category and grade (whose sum is the total) and of each township. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Breakdown b && java.util.Arrays.equals(cells, b.cells) && byTownship.equals(b.byTownship);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(cells), byTownship);
    }

    @Override
    public String toString() {
        return "Breakdown[" + total + " holders]";
    }

    /**
     * Counts rows as they come; the memory it needs grows with the townships seen, not with the rows. Not thread-safe:
     * one counter per thread, then {@link #merge}.
     */
    public static final class Counter {
        private long total;
        private final long[] cells = new long[CATEGORIES * GRADES];
        private final Map<DivisionCode, Long> byTownship = new TreeMap<>();

        private Counter() {}

        /**
         * Counts a row.
         *
         * @param row the row
         * @return this counter
         */
        public Counter add(RosterRow row) {
            return add(row.category(), row.grade(), row.registration());
        }

        /**
         * Counts a holder by category, grade and registration.
         *
         * @param category the category
         * @param grade the grade
         * @param registration the division of registration
         * @return this counter
         */
        public Counter add(DisabilityCategory category, DisabilityGrade grade, DivisionCode registration) {
            cells[cell(category, grade)]++;
            total++;
            if (registration.level() == DivisionLevel.TOWNSHIP || registration.level() == DivisionLevel.VILLAGE) {
                byTownship.merge(registration.ancestorAt(DivisionLevel.TOWNSHIP).orElseThrow(), 1L, Long::sum);
            }
            return this;
        }

        /**
         * Adds another counter's counts to this one's.
         *
         * @param other a counter of other rows
         * @return this counter
         */
        public Counter merge(Counter other) {
            total += other.total;
            for (int i = 0; i < cells.length; i++) {
                cells[i] += other.cells[i];
            }
            other.byTownship.forEach((code, n) -> byTownship.merge(code, n, Long::sum));
            return this;
        }

        /** {@return how many rows were counted so far} */
        public long total() {
            return total;
        }

        /** {@return the breakdown of the rows counted so far} */
        public Breakdown breakdown() {
            return new Breakdown(total, cells.clone(), Collections.unmodifiableMap(new TreeMap<>(byTownship)));
        }
    }
}
