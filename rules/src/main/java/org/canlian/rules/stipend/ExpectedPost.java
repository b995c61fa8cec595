package org.canlian.rules.stipend;

import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;

/**
 * A post a unit is expected to fill, at a grade, and how many officers it should have (county federations' work
 * reports, 2009-2024: one principal officer per township federation, village or community association; a street
 * office may have 3-5, one principal and the others further officers, who may be paid on other terms): a budget counts
 * a month with fewer officers of that grade in post as a vacancy, costed at that grade's terms.
 *
 * <pre>{@code
 * ExpectedPost.of(DivisionCode.parse("629901001"), OfficerPost.STREET_OFFICE, 1);                           // the principal
 * ExpectedPost.of(DivisionCode.parse("629901001"), OfficerPost.STREET_OFFICE, OfficerGrade.ADDITIONAL, 2);  // two more
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedPost {
    private final DivisionCode unit;
    private final OfficerPost post;
    private final OfficerGrade grade;
    private final int count;

    private ExpectedPost(DivisionCode unit, OfficerPost post, OfficerGrade grade, int count) {
        this.unit = unit;
        this.post = post;
        this.grade = grade;
        this.count = count;
    }

    /**
     * An expected principal post.
     *
     * @param unit the township or village-level unit
     * @param post the post, which must agree with the unit's code
     * @param count how many officers, at least 1
     * @return the expected post
     * @throws InvalidValueException if the post does not fit the unit or the count is below 1
     */
    public static ExpectedPost of(DivisionCode unit, OfficerPost post, int count) {
        return of(unit, post, OfficerGrade.PRINCIPAL, count);
    }

    /**
     * An expected post at a grade.
     *
     * @param unit the township or village-level unit
     * @param post the post, which must agree with the unit's code
     * @param grade the grade: the principal post, or further posts of the unit
     * @param count how many officers, at least 1
     * @return the expected post
     * @throws InvalidValueException if the post does not fit the unit or the count is below 1
     */
    public static ExpectedPost of(DivisionCode unit, OfficerPost post, OfficerGrade grade, int count) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(grade, "grade");
        if (OfficerPost.forUnit(unit).filter(p -> p == post).isEmpty()) {
            throw InvalidValueException.of(
                    "expected post", "post-kind", unit.value(), "is not served by a " + post.englishName());
        }
        if (count < 1) {
            throw InvalidValueException.of(
                    "expected post count", "range", Integer.toString(count), "must be at least 1");
        }
        return new ExpectedPost(unit, post, grade, count);
    }

    /**
     * The posts of every township-level federation and village or community association in a hierarchy's subtree:
     * one principal officer each (county federations' work reports, 2009-2024), and per street office {@code
     * streetOfficeOfficers} in all (a street office may have 3-5): its principal and {@code streetOfficeOfficers - 1}
     * further officers ({@link OfficerGrade#ADDITIONAL}).
     *
     * <pre>{@code
     * List<ExpectedPost> posts = ExpectedPost.fromHierarchy(hierarchy, DivisionCode.parse("620723"), 3);
     * }</pre>
     *
     * @param hierarchy the federation hierarchy
     * @param unit the top of the subtree, a unit of the hierarchy
     * @param streetOfficeOfficers how many officers a street office should have, at least 1
     * @return the expected posts, in the hierarchy's order
     * @throws InvalidValueException if the unit is not in the hierarchy or the count is below 1
     */
    public static java.util.List<ExpectedPost> fromHierarchy(
            org.canlian.core.hierarchy.Hierarchy hierarchy, DivisionCode unit, int streetOfficeOfficers) {
        if (!hierarchy.contains(unit)) {
            throw InvalidValueException.of("budget unit", "hierarchy", unit.value(), "is not in the hierarchy");
        }
        java.util.List<ExpectedPost> out = new java.util.ArrayList<>();
        if (streetOfficeOfficers < 1) {
            throw InvalidValueException.of(
                    "expected post count", "range", Integer.toString(streetOfficeOfficers), "must be at least 1");
        }
        hierarchy
                .subtree(unit)
                .forEach(u -> OfficerPost.forUnit(u.code()).ifPresent(post -> {
                    out.add(of(u.code(), post, 1));
                    if (post == OfficerPost.STREET_OFFICE && streetOfficeOfficers > 1) {
                        out.add(of(u.code(), post, OfficerGrade.ADDITIONAL, streetOfficeOfficers - 1));
                    }
                }));
        return java.util.List.copyOf(out);
    }

    /** {@return the unit} */
    public DivisionCode unit() {
        return unit;
    }

    /** {@return the post} */
    public OfficerPost post() {
        return post;
    }

    /** {@return the grade: the unit's principal post, or its further posts} */
    public OfficerGrade grade() {
        return grade;
    }

    /** {@return how many officers the unit should have in this post at this grade} */
    public int count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedPost other
                && unit.equals(other.unit)
                && post == other.post
                && grade == other.grade
                && count == other.count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, post, grade, count);
    }

    @Override
    public String toString() {
        return unit + " " + post + (grade == OfficerGrade.PRINCIPAL ? "" : " " + grade) + " x" + count;
    }
}
