package org.canlian.rules.policy;

/**
 * Reads the facts of a case for a {@link DecisionTable}, each encoded as a {@code long}: a coded fact as the bits of
 * its codes ({@link Fact#bit(int)}), a number as itself, a flag as 1 or 0, and {@link #UNKNOWN} when the case does not
 * say. A table evaluates cases through it without knowing their type, and without allocating.
 *
 * <pre>{@code
 * FactSource<Claimant> source = (claimant, fact) -> switch (fact) {
 *     case 0 -> Fact.bit(claimant.grade().number() - 1);
 *     default -> FactSource.UNKNOWN;
 * };
 * }</pre>
 *
 * <p>Implementations must be stateless or immutable, and thread-safe.
 *
 * @param <S> the type of the case
 */
@FunctionalInterface
public interface FactSource<S> {
    /** The value of a fact the case does not give. */
    long UNKNOWN = Long.MIN_VALUE;

    /**
     * The value of a fact of a case.
     *
     * @param subject the case
     * @param fact the fact's index in the table's {@link FactSet}
     * @return the encoded value, or {@link #UNKNOWN}
     */
    long value(S subject, int fact);
}
