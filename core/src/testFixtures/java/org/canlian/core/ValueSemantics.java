package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The equals/hashCode/compareTo contract of a value type, checked on real values: one test helper for core's and
 * rules' value types (rules' tests reach it through core's test jar).
 *
 * <p>Passing an equal twin alone proves little: {@code equals} replaced by {@code return true} or {@code hashCode}
 * by {@code return 0} would still pass. So each case also names values that differ from it, ideally one per
 * attribute, and the helper checks that they are unequal both ways and that some of them hash differently. Example:
 *
 * <pre>{@code
 * ValueSemantics.assertValue(Money.ofFen(150), Money.ofFen(150), List.of(Money.ofFen(151), Money.ofFen(-150)));
 * ValueSemantics.assertOrder(List.of(Money.ofFen(-1), Money.ZERO, Money.ofFen(1)));
 * }</pre>
 *
 * <p>Stateless, so thread-safe.
 */
public final class ValueSemantics {
    private ValueSemantics() {}

    /**
     * Checks that {@code value} equals {@code twin} (an equal, distinct instance) with the same hash code, differs from
     * each of {@code others} (both ways), from {@code null} and from another type, and hashes differently from at least
     * one of {@code others}.
     */
    public static <T> void assertValue(T value, T twin, List<? extends T> others) {
        assertThat(twin).as("the twin must be a distinct instance").isNotSameAs(value);
        assertThat(value.equals(value)).as("%s equals itself", value).isTrue();
        assertThat(value.equals(twin)).as("%s equals its twin %s", value, twin).isTrue();
        assertThat(twin.equals(value)).as("twin %s equals %s", twin, value).isTrue();
        assertThat(value.hashCode()).as("hash codes of %s and its twin", value).isEqualTo(twin.hashCode());
        assertThat(value.equals(null)).as("%s equals null", value).isFalse();
        assertThat(value.equals(new Object()))
                .as("%s equals a plain Object", value)
                .isFalse();
        assertThat(others).as("values differing from %s", value).isNotEmpty();
        for (T other : others) {
            assertThat(value.equals(other)).as("%s equals %s", value, other).isFalse();
            assertThat(other.equals(value)).as("%s equals %s", other, value).isFalse();
        }
        // Not every pair: a type may hash a subset of what equals compares (a name, a key). But a constant hash
        // code, legal as it is, would put every value in one HashMap bucket.
        assertThat(others)
                .as("values differing from %s with another hash code than its %d", value, value.hashCode())
                .anyMatch(other -> other.hashCode() != value.hashCode());
    }

    /**
     * Checks that {@code ascending} is strictly ascending under {@code compareTo}, pair by pair in both directions, and
     * that {@code compareTo} is zero exactly for equal values.
     */
    public static <T extends Comparable<? super T>> void assertOrder(List<T> ascending) {
        for (int i = 0; i < ascending.size(); i++) {
            for (int j = 0; j < ascending.size(); j++) {
                T a = ascending.get(i);
                T b = ascending.get(j);
                assertThat(Integer.signum(a.compareTo(b)))
                        .as("%s compareTo %s", a, b)
                        .isEqualTo(Integer.compare(i, j));
                assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(i == j);
            }
        }
    }
}
