package org.canlian.rules.stipend;

import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerPost;

/**
 * A post a unit is expected to fill, and how many officers it should have (DOMAIN.md 2: one per township federation,
 * village or community association; a street office may have 3-5): a budget counts a month with fewer officers in
 * post as a vacancy.
 *
 * <pre>{@code
 * ExpectedPost.of(DivisionCode.parse("629901001"), OfficerPost.STREET_OFFICE, 3);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedPost {
    private final DivisionCode unit;
    private final OfficerPost post;
    private final int count;

    private ExpectedPost(DivisionCode unit, OfficerPost post, int count) {
        this.unit = unit;
        this.post = post;
        this.count = count;
    }

    /**
     * An expected post.
     *
     * @param unit the township or village-level unit
     * @param post the post, which must agree with the unit's code
     * @param count how many officers, at least 1
     * @return the expected post
     * @throws InvalidValueException if the post does not fit the unit or the count is below 1
     */
    public static ExpectedPost of(DivisionCode unit, OfficerPost post, int count) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(post, "post");
        if (OfficerPost.forUnit(unit).filter(p -> p == post).isEmpty()) {
            throw InvalidValueException.of(
                    "expected post", "post-kind", unit.value(), "is not served by a " + post.englishName());
        }
        if (count < 1) {
            throw InvalidValueException.of(
                    "expected post count", "range", Integer.toString(count), "must be at least 1");
        }
        return new ExpectedPost(unit, post, count);
    }

    /** The unit. */
    public DivisionCode unit() {
        return unit;
    }

    /** The post. */
    public OfficerPost post() {
        return post;
    }

    /** How many officers the unit should have in this post. */
    public int count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedPost other && unit.equals(other.unit) && post == other.post && count == other.count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, post, count);
    }

    @Override
    public String toString() {
        return unit + " " + post + " x" + count;
    }
}
