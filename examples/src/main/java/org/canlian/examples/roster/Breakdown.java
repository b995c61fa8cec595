package org.canlian.examples.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * The counts a county federation reports of its valid certificate holders: by category and grade (the cross table),
 * by grade, and by township. Counts are exact; see {@link Share} for percentages.
 *
 * <pre>{@code
 * Breakdown b = Breakdown.of(holders, CountyDivisions.linze());
 * b.total();                                                   // 1990
 * b.byCategory(DisabilityCategory.PHYSICAL);                   // Share[count=1180, total=1990]
 * b.count(DisabilityCategory.VISUAL, DisabilityGrade.ONE);     // 79
 * b.severe().percentText();                                    // "47.2 %" (grades 1 and 2)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breakdown {
    private final int total;
    private final Map<DisabilityCategory, Map<DisabilityGrade, Integer>> cross;
    private final Map<DivisionCode, Integer> byTownship;

    private Breakdown(
            int total,
            Map<DisabilityCategory, Map<DisabilityGrade, Integer>> cross,
            Map<DivisionCode, Integer> byTownship) {
        this.total = total;
        this.cross = cross;
        this.byTownship = byTownship;
    }

    /**
     * Counts holders.
     *
     * @param holders the valid holders, at least one (a share of nobody has no percentage)
     * @param county their county: every township of its list appears, with 0 where no holder lives
     * @return the counts
     * @throws IllegalArgumentException if there are no holders
     */
    public static Breakdown of(List<Holder> holders, CountyDivisions county) {
        Objects.requireNonNull(holders, "holders");
        if (holders.isEmpty()) {
            throw new IllegalArgumentException("a breakdown needs at least one holder");
        }
        Map<DisabilityCategory, Map<DisabilityGrade, Integer>> cross = new EnumMap<>(DisabilityCategory.class);
        for (DisabilityCategory category : DisabilityCategory.values()) {
            Map<DisabilityGrade, Integer> row = new EnumMap<>(DisabilityGrade.class);
            for (DisabilityGrade grade : DisabilityGrade.values()) {
                row.put(grade, 0);
            }
            cross.put(category, row);
        }
        Map<DivisionCode, Integer> byTownship = new LinkedHashMap<>();
        county.townships().forEach(t -> byTownship.put(t, 0));
        for (Holder h : holders) {
            cross.get(h.category()).merge(h.grade(), 1, Integer::sum);
            DivisionCode township =
                    h.division().ancestorAt(DivisionLevel.TOWNSHIP).orElseThrow();
            byTownship.merge(township, 1, Integer::sum);
        }
        cross.replaceAll((category, row) -> Collections.unmodifiableMap(row));
        return new Breakdown(
                holders.size(), Collections.unmodifiableMap(cross), Collections.unmodifiableMap(byTownship));
    }

    /** How many valid holders. */
    public int total() {
        return total;
    }

    /** How many holders have this category and grade. */
    public int count(DisabilityCategory category, DisabilityGrade grade) {
        return cross.get(category).get(grade);
    }

    /** The holders of a category, out of all. */
    public Share byCategory(DisabilityCategory category) {
        return share(cross.get(category).values().stream()
                .mapToInt(Integer::intValue)
                .sum());
    }

    /** The holders of a grade, out of all. */
    public Share byGrade(DisabilityGrade grade) {
        return share(cross.values().stream().mapToInt(row -> row.get(grade)).sum());
    }

    /** The severely disabled holders (重度, grades 1 and 2), out of all. */
    public Share severe() {
        return share(byGrade(DisabilityGrade.ONE).count()
                + byGrade(DisabilityGrade.TWO).count());
    }

    /** Holders by township, in code order; every township of the county's list is present. */
    public Map<DivisionCode, Share> byTownship() {
        Map<DivisionCode, Share> shares = new LinkedHashMap<>();
        byTownship.forEach((code, n) -> shares.put(code, share(n)));
        return Collections.unmodifiableMap(shares);
    }

    private Share share(int count) {
        return new Share(count, total);
    }

    @Override
    public String toString() {
        return "Breakdown[" + total + " holders]";
    }
}
