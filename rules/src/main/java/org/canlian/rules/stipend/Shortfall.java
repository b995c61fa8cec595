package org.canlian.rules.stipend;

import java.time.YearMonth;
import java.util.Objects;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;

/**
 * A gap a budget finds for one unit, post (and grade) and month: a vacant post (what filling it would cost) or pay below the
 * floor that the policy leaves unfunded (by how much).
 *
 * <pre>{@code
 * budget.shortfalls().get(0);   // VACANT_POST 629902201205 VILLAGE 2024-01 x1 333.34
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Shortfall {
    /**
     * The kind of gap: {@code budget.shortfallTotal(Shortfall.Kind.VACANT_POST)}. This enum is immutable and
     * thread-safe.
     */
    public enum Kind {
        /** Fewer officers in post than expected; the amount is the cost of filling the post for the month. */
        VACANT_POST,
        /** Pay below its floor with no payer for the top-up; the amount is the difference. */
        BELOW_FLOOR
    }

    private final Kind kind;
    private final DivisionCode unit;
    private final OfficerPost post;
    private final OfficerGrade grade;
    private final YearMonth month;
    private final int posts;
    private final Money amount;

    Shortfall(
            Kind kind,
            DivisionCode unit,
            OfficerPost post,
            OfficerGrade grade,
            YearMonth month,
            int posts,
            Money amount) {
        this.kind = kind;
        this.unit = unit;
        this.post = post;
        this.grade = grade;
        this.month = month;
        this.posts = posts;
        this.amount = amount;
    }

    /** {@return vacancy or pay below floor} */
    public Kind kind() {
        return kind;
    }

    /** {@return the unit} */
    public DivisionCode unit() {
        return unit;
    }

    /** {@return the post} */
    public OfficerPost post() {
        return post;
    }

    /** {@return the grade of the posts: the unit's principal, or its further officers} */
    public OfficerGrade grade() {
        return grade;
    }

    /** {@return the month} */
    public YearMonth month() {
        return month;
    }

    /** {@return how many posts: vacant ones, or officers paid below the floor} */
    public int posts() {
        return posts;
    }

    /** {@return the money the gap represents} */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shortfall other
                && kind == other.kind
                && unit.equals(other.unit)
                && post == other.post
                && grade == other.grade
                && month.equals(other.month)
                && posts == other.posts
                && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, unit, post, grade, month, posts, amount);
    }

    @Override
    public String toString() {
        return kind + " " + unit + " " + post + (grade == OfficerGrade.PRINCIPAL ? "" : " " + grade) + " " + month
                + " x" + posts + " " + amount.toPlainString();
    }
}
