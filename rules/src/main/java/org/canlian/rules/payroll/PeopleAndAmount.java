package org.canlian.rules.payroll;

import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.money.Money;

/**
 * A number of people and an amount of money, exact to the fen: one figure of a payroll (people paid and what they
 * are paid), of a back pay (people owed arrears and the arrears) or of a reform (people who gain and what they gain).
 *
 * <pre>{@code
 * PeopleAndAmount care = payroll.total(county, Programme.CARE, YearMonth.of(2025, 3));
 * care.people();     // 412
 * care.amount();     // 41200.00
 * care.plus(other);  // both added
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param people how many people, not negative
 * @param amount the money, not negative
 */
public record PeopleAndAmount(long people, Money amount) {
    /** No people, no money. */
    public static final PeopleAndAmount NONE = new PeopleAndAmount(0, Money.ZERO);

    /**
     * Validates the components.
     *
     * @throws InvalidValueException if either is negative
     * @param people how many people, not negative
     * @param amount the money, not negative
     */
    public PeopleAndAmount {
        Objects.requireNonNull(amount, "amount");
        if (people < 0) {
            throw InvalidValueException.of("people", "non-negative", Long.toString(people), "must not be negative");
        }
        if (amount.isNegative()) {
            throw InvalidValueException.of("amount", "non-negative", amount.toPlainString(), "must not be negative");
        }
    }

    /**
     * {@return a figure of {@code people} and {@code fen}}
     *
     * <pre>{@code
     * PeopleAndAmount.of(3, 30000);   // 3 people, 300.00
     * }</pre>
     *
     * @param people the number of people, not negative
     * @param fen the amount in fen
     */
    public static PeopleAndAmount of(long people, long fen) {
        return new PeopleAndAmount(people, Money.ofFen(fen));
    }

    /**
     * {@return the sum of both figures: people and amounts added}
     *
     * @param other the figure to add
     */
    public PeopleAndAmount plus(PeopleAndAmount other) {
        return new PeopleAndAmount(Math.addExact(people, other.people), amount.plus(other.amount));
    }

    /** {@code 3 people, 300.00}. */
    @Override
    public String toString() {
        return people + (people == 1 ? " person, " : " people, ") + amount.toPlainString();
    }
}
