package org.canlian.rules.stipend;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;

/**
 * The stipend budget of a unit and its subtree over a period: totals by funding source, by post and by post and grade
 * (a street office's principal officer and its further officers), the number of officers, and the shortfalls where a
 * post is vacant or pay stays below its floor.
 *
 * <pre>{@code
 * StipendBudget b = StipendBudget.of(calculator, DivisionCode.parse("629902"), officers, expectedPosts,
 *         YearMonth.of(2024, 1), YearMonth.of(2024, 12));
 * b.totalCost();                          // everything, social insurance included
 * b.byFundingSource();                    // {COUNTY_BUDGET=..., EMPLOYMENT_FUND=...}
 * b.byAncestor(DivisionLevel.TOWNSHIP);   // per township, per funding source
 * b.shortfalls();                         // vacant posts and unfunded floors, per month
 * }</pre>
 *
 * <p>The subtree is given as the officers and expected posts, each of which must lie within the unit
 * ({@link DivisionCode#contains}); the hierarchy tree is not needed. Every sum of money is exact
 * ({@link Money#plus}, {@link Money#summing()}): a total beyond what {@code long} fen hold throws
 * {@link ArithmeticException} rather than wrap around. This class is immutable and thread-safe.
 */
public final class StipendBudget {
    private final DivisionCode unit;
    private final YearMonth from;
    private final YearMonth to;
    private final List<StipendMonth> months;
    private final int officerCount;
    private final List<Shortfall> shortfalls;

    private StipendBudget(
            DivisionCode unit,
            YearMonth from,
            YearMonth to,
            List<StipendMonth> months,
            int officerCount,
            List<Shortfall> shortfalls) {
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.months = months;
        this.officerCount = officerCount;
        this.shortfalls = shortfalls;
    }

    /**
     * Computes a budget.
     *
     * @param calculator the calculator, with the policy in force
     * @param unit the unit at the top of the subtree
     * @param officers the officers of the subtree
     * @param expected the posts the subtree's units should fill
     * @param from the first month
     * @param to the last month, not before {@code from}
     * @return the budget
     * @throws InvalidValueException if an officer or expected post lies outside the unit, or {@code to} is before
     *     {@code from}
     */
    public static StipendBudget of(
            StipendCalculator calculator,
            DivisionCode unit,
            Collection<Officer> officers,
            Collection<ExpectedPost> expected,
            YearMonth from,
            YearMonth to) {
        Objects.requireNonNull(calculator, "calculator");
        if (to.isBefore(from)) {
            throw InvalidValueException.of("budget period", "order", from + ".." + to, "ends before it starts");
        }
        for (Officer o : officers) {
            if (!unit.contains(o.unit())) {
                throw InvalidValueException.of(
                        "budget officer", "subtree", o.unit().value(), "is not within the budget's unit " + unit);
            }
        }
        for (ExpectedPost e : expected) {
            if (!unit.contains(e.unit())) {
                throw InvalidValueException.of(
                        "budget expected post", "subtree", e.unit().value(), "is not within the budget's unit " + unit);
            }
        }
        List<StipendMonth> months = new ArrayList<>();
        Map<PostMonth, Integer> inPost = new HashMap<>();
        Map<PostMonth, BelowFloor> belowFloor = new HashMap<>();
        for (Officer o : officers) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                StipendMonth sm = calculator.month(o, m);
                months.add(sm);
                PostMonth key = new PostMonth(o.unit(), o.post(), o.grade(), m);
                if (sm.daysInPost() > 0) {
                    inPost.merge(key, 1, Integer::sum);
                }
                if (sm.shortfall().isPositive()) {
                    belowFloor.merge(key, new BelowFloor(1, sm.shortfall()), BelowFloor::plus);
                }
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (ExpectedPost e : expected) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                int present = inPost.getOrDefault(new PostMonth(e.unit(), e.post(), e.grade(), m), 0);
                int vacant = e.count() - present;
                if (vacant > 0) {
                    StipendTerms t = calculator.terms(e.unit(), e.post(), e.grade(), m);
                    shortfalls.add(new Shortfall(
                            Shortfall.Kind.VACANT_POST,
                            e.unit(),
                            e.post(),
                            e.grade(),
                            m,
                            vacant,
                            t.fullCost.plus(t.fullShortfall).multipliedBy(vacant)));
                }
            }
        }
        belowFloor.forEach((k, acc) -> shortfalls.add(
                new Shortfall(Shortfall.Kind.BELOW_FLOOR, k.unit, k.post, k.grade, k.month, acc.posts, acc.amount)));
        shortfalls.sort((a, b) -> {
            int c = a.unit().compareTo(b.unit());
            if (c != 0) {
                return c;
            }
            c = a.month().compareTo(b.month());
            return c != 0 ? c : a.kind().compareTo(b.kind());
        });
        return new StipendBudget(
                unit,
                from,
                to,
                Collections.unmodifiableList(months),
                officers.size(),
                Collections.unmodifiableList(shortfalls));
    }

    private record PostMonth(DivisionCode unit, OfficerPost post, OfficerGrade grade, YearMonth month) {}

    /** The officers below their floor at one post and month, and their shortfall, summed exactly. */
    private record BelowFloor(int posts, Money amount) {
        BelowFloor plus(BelowFloor other) {
            return new BelowFloor(Math.addExact(posts, other.posts), amount.plus(other.amount));
        }
    }

    /** {@return the unit at the top of the subtree} */
    public DivisionCode unit() {
        return unit;
    }

    /** {@return the first month} */
    public YearMonth from() {
        return from;
    }

    /** {@return the last month} */
    public YearMonth to() {
        return to;
    }

    /** {@return how many officers the budget covers} */
    public int officerCount() {
        return officerCount;
    }

    /** {@return every officer-month computed, each with its explanation} */
    public List<StipendMonth> months() {
        return months;
    }

    /** {@return the total paid to officers} */
    public Money totalDue() {
        return months.stream().map(StipendMonth::amountDue).collect(Money.summing());
    }

    /** {@return the total cost, social insurance included} */
    public Money totalCost() {
        return months.stream().map(StipendMonth::totalCost).collect(Money.summing());
    }

    /** {@return the total cost per funding source} */
    public Map<FundingSource, Money> byFundingSource() {
        Map<FundingSource, Money> out = new EnumMap<>(FundingSource.class);
        for (StipendMonth m : months) {
            for (StipendPart p : m.parts()) {
                out.merge(p.payer(), p.amount(), Money::plus);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return the total cost per post} */
    public Map<OfficerPost, Money> byPost() {
        Map<OfficerPost, Money> out = new EnumMap<>(OfficerPost.class);
        for (StipendMonth m : months) {
            out.merge(m.officer().post(), m.totalCost(), Money::plus);
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return the number of officers per post} */
    public Map<OfficerPost, Integer> officersByPost() {
        Map<OfficerPost, Integer> out = new EnumMap<>(OfficerPost.class);
        months.stream().map(StipendMonth::officer).distinct().forEach(o -> out.merge(o.post(), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The total cost per post and grade: a street office's principal officer apart from its further officers, who may
     * be paid on other terms and by another payer.
     *
     * <pre>{@code
     * budget.byPostAndGrade().get(OfficerPost.STREET_OFFICE);   // {PRINCIPAL=..., ADDITIONAL=...}
     * }</pre>
     *
     * @return the totals, posts and grades in their declared order
     */
    public Map<OfficerPost, Map<OfficerGrade, Money>> byPostAndGrade() {
        Map<OfficerPost, Map<OfficerGrade, Money>> out = new EnumMap<>(OfficerPost.class);
        for (StipendMonth m : months) {
            out.computeIfAbsent(m.officer().post(), p -> new EnumMap<>(OfficerGrade.class))
                    .merge(m.officer().grade(), m.totalCost(), Money::plus);
        }
        out.replaceAll((post, grades) -> Collections.unmodifiableMap(grades));
        return Collections.unmodifiableMap(out);
    }

    /** {@return the number of officers per post and grade} */
    public Map<OfficerPost, Map<OfficerGrade, Integer>> officersByPostAndGrade() {
        Map<OfficerPost, Map<OfficerGrade, Integer>> out = new EnumMap<>(OfficerPost.class);
        months.stream()
                .map(StipendMonth::officer)
                .distinct()
                .forEach(o -> out.computeIfAbsent(o.post(), p -> new EnumMap<>(OfficerGrade.class))
                        .merge(o.grade(), 1, Integer::sum));
        out.replaceAll((post, grades) -> Collections.unmodifiableMap(grades));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The total cost per unit at {@code level} (e.g. per township) and funding source, in code order.
     *
     * @param level a level at or above the officers' units and below or at the budget's unit
     * @return the totals
     */
    public Map<DivisionCode, Map<FundingSource, Money>> byAncestor(DivisionLevel level) {
        Map<DivisionCode, Map<FundingSource, Money>> out = new TreeMap<>();
        for (StipendMonth m : months) {
            DivisionCode key =
                    m.officer().unit().ancestorAt(level).orElse(m.officer().unit());
            Map<FundingSource, Money> row = out.computeIfAbsent(key, k -> new EnumMap<>(FundingSource.class));
            for (StipendPart p : m.parts()) {
                row.merge(p.payer(), p.amount(), Money::plus);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return the vacant posts and unfunded floors, by unit, month and kind} */
    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    /**
     * {@return the total of the shortfalls of one kind}
     *
     * @param kind the kind of shortfall
     */
    public Money shortfallTotal(Shortfall.Kind kind) {
        return shortfalls.stream()
                .filter(s -> s.kind() == kind)
                .map(Shortfall::amount)
                .collect(Money.summing());
    }
}
