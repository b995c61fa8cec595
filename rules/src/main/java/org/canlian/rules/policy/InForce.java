package org.canlian.rules.policy;

import java.util.List;
import java.util.Objects;

/**
 * Something built from policy values, with the values it was built from: certificate rules, an organisation standard,
 * compiled subsidy rules. Every calculator that turns policy into a domain object returns one.
 *
 * <pre>{@code
 * InForce<CertificateRules> in = CertificatePolicy.rules(policy, DivisionCode.parse("620723"), LocalDate.of(2025, 3, 1));
 * in.value().validity();                     // P10Y
 * in.parametersUsed().get(0).source();       // 中国残联 ...
 * in.explanation().toText(Locale.CHINESE);   // one line per value used
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the type of what was built
 */
public final class InForce<T> {
    private final T value;
    private final List<Resolved<?>> used;

    private InForce(T value, List<Resolved<?>> used) {
        this.value = Objects.requireNonNull(value, "value");
        this.used = List.copyOf(used);
    }

    /**
     * A value with the policy values it was built from.
     *
     * @param value what was built
     * @param used the values used, in order
     * @param <T> its type
     * @return the pair
     */
    public static <T> InForce<T> of(T value, List<? extends Resolved<?>> used) {
        return new InForce<>(value, List.copyOf(used));
    }

    /** {@return what was built} */
    public T value() {
        return value;
    }

    /** {@return the values used, each with its region, period and source, in the order read} */
    public List<Resolved<?>> parametersUsed() {
        return used;
    }

    /** {@return the values used, as explanation steps} */
    public Explanation explanation() {
        return Explanation.builder().parameters(used).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InForce<?> other && value.equals(other.value) && used.equals(other.used);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, used);
    }

    @Override
    public String toString() {
        return value + " from " + used;
    }
}
