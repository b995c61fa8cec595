package org.canlian.rules.payroll;

import java.util.Objects;
import org.canlian.core.money.Money;

/**
 * One figure of a reform's effect: what the current policy pays ({@code before}), what the reform pays
 * ({@code after}), and who changes: people eligible under both who gain (and the increase) or lose (and the decrease),
 * people newly eligible (and what they get) and people no longer eligible (and what they got).
 *
 * <pre>{@code
 * ReformTotal care = reform.total(shanghai, Programme.CARE, YearMonth.of(2025, 7));
 * care.gains();               // 2 people, 80.00
 * care.newlyEligible();       // 0 people, 0.00
 * care.budgetDifference();    // 80.00
 * }</pre>
 *
 * <p>For one month, {@code budgetDifference() = gains - losses + newlyEligible - noLongerEligible}. This record is
 * immutable and thread-safe.
 *
 * @param before people paid and the amount under the current policy
 * @param after people paid and the amount under the reform
 * @param gains people eligible under both who get more, and the increases
 * @param losses people eligible under both who get less, and the decreases
 * @param newlyEligible people eligible under the reform only, and what they get
 * @param noLongerEligible people eligible under the current policy only, and what they got
 */
public record ReformTotal(
        PeopleAndAmount before,
        PeopleAndAmount after,
        PeopleAndAmount gains,
        PeopleAndAmount losses,
        PeopleAndAmount newlyEligible,
        PeopleAndAmount noLongerEligible) {
    /**
     * Validates the components.
     *
     * @param before people paid and the amount under the current policy
     * @param after people paid and the amount under the reform
     * @param gains people eligible under both who get more, and the increases
     * @param losses people eligible under both who get less, and the decreases
     * @param newlyEligible people eligible under the reform only, and what they get
     * @param noLongerEligible people eligible under the current policy only, and what they got
     */
    public ReformTotal {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(gains, "gains");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(newlyEligible, "newlyEligible");
        Objects.requireNonNull(noLongerEligible, "noLongerEligible");
    }

    /** {@return what the reform costs more (negative: saves) than the current policy} */
    public Money budgetDifference() {
        return after.amount().minus(before.amount());
    }
}
