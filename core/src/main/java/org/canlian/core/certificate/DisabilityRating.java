package org.canlian.core.certificate;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;

/**
 * A disability as assessed: its category and grade and, for multiple disability (多重残疾), its components, the grade
 * being that of the most severe component (GB/T 26341-2010).
 *
 * <pre>{@code
 * DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO);
 * DisabilityRating m = DisabilityRating.multiple(List.of(
 *         new DisabilityRating.Component(DisabilityCategory.VISUAL, DisabilityGrade.THREE),
 *         new DisabilityRating.Component(DisabilityCategory.HEARING, DisabilityGrade.ONE)));
 * m.category();     // MULTIPLE
 * m.grade();        // ONE, the most severe component's
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param category the category; {@code MULTIPLE} for multiple disability
 * @param grade the grade; for multiple disability that of the most severe component
 * @param components the components of a multiple disability (two or more distinct single categories), else empty
 */
public record DisabilityRating(DisabilityCategory category, DisabilityGrade grade, List<Component> components) {

    /**
     * One component of a multiple disability.
     *
     * @param category a single category (not {@code MULTIPLE})
     * @param grade its grade
     */
    public record Component(DisabilityCategory category, DisabilityGrade grade) {
        /**
         * Checks the component is of a single category.
         *
         * @param category a single category (not {@code MULTIPLE})
         * @param grade its grade
         */
        public Component {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(grade, "grade");
            if (category == DisabilityCategory.MULTIPLE) {
                throw invalid("component", category.name(), "a component is a single category, not MULTIPLE");
            }
        }
    }

    /**
     * Checks the components against the category and the grade against the most severe component.
     *
     * @param category the category; {@code MULTIPLE} for multiple disability
     * @param grade the grade; for multiple disability that of the most severe component
     * @param components the components of a multiple disability (two or more distinct single categories), else empty
     */
    public DisabilityRating {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(grade, "grade");
        components = List.copyOf(components);
        if (category != DisabilityCategory.MULTIPLE) {
            if (!components.isEmpty()) {
                throw invalid("components", category.name(), "only a multiple disability has components");
            }
        } else {
            if (components.size() < 2) {
                throw invalid("components", Integer.toString(components.size()), "a multiple disability has 2 or more");
            }
            Set<DisabilityCategory> seen = EnumSet.noneOf(DisabilityCategory.class);
            DisabilityGrade worst = DisabilityGrade.FOUR;
            for (Component c : components) {
                if (!seen.add(c.category())) {
                    throw invalid("components", c.category().name(), "each category appears once");
                }
                if (c.grade().isMoreSevereThan(worst)) {
                    worst = c.grade();
                }
            }
            if (grade != worst) {
                throw invalid(
                        "grade",
                        grade.name(),
                        "a multiple disability takes its most severe component's grade, " + worst.name());
            }
        }
    }

    /**
     * A single-category rating.
     *
     * @param category not {@code MULTIPLE}
     * @param grade the grade
     * @return the rating
     */
    public static DisabilityRating single(DisabilityCategory category, DisabilityGrade grade) {
        if (category == DisabilityCategory.MULTIPLE) {
            throw invalid("category", category.name(), "use DisabilityRating.multiple for a multiple disability");
        }
        return new DisabilityRating(category, grade, List.of());
    }

    /**
     * A multiple disability, graded by its most severe component.
     *
     * @param components two or more components of distinct single categories
     * @return the rating
     */
    public static DisabilityRating multiple(List<Component> components) {
        DisabilityGrade worst = DisabilityGrade.FOUR;
        for (Component c : components) {
            if (c.grade().isMoreSevereThan(worst)) {
                worst = c.grade();
            }
        }
        return new DisabilityRating(DisabilityCategory.MULTIPLE, worst, components);
    }

    /**
     * Whether the disability is, or has a component, of this category.
     *
     * @param c the category
     * @return true if it is {@code c} or a multiple disability including {@code c}
     */
    public boolean includes(DisabilityCategory c) {
        if (category == c) {
            return true;
        }
        for (Component x : components) { // a loop, not a stream: rosters ask this per person and category
            if (x.category() == c) {
                return true;
            }
        }
        return false;
    }

    private static InvalidValueException invalid(String field, String value, String reason) {
        return InvalidValueException.of("disability rating " + field, "rating", Masking.quote(value), reason);
    }
}
