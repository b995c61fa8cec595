package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A memo keeps at most its capacity, computes again beyond it, and keeps nothing when the computation throws. */
class MemoTest {
    @Test
    void keepsUpToItsCapacityThenComputesEachTime() {
        Memo<Integer, String> memo = new Memo<>(2);
        List<Integer> computed = new ArrayList<>();
        java.util.function.Function<Integer, String> square = k -> {
            computed.add(k);
            return new String("#" + k * k); // a new object each time, to tell kept from computed
        };
        String one = memo.get(1, square);
        String two = memo.get(2, square);
        String three = memo.get(3, square);
        assertThat(memo.get(1, square)).isSameAs(one).isEqualTo("#1");
        assertThat(memo.get(2, square)).isSameAs(two).isEqualTo("#4");
        assertThat(memo.get(3, square)).isNotSameAs(three).isEqualTo("#9");
        assertThat(computed).containsExactly(1, 2, 3, 3);
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void aComputationThatThrowsKeepsNothing() {
        Memo<String, String> memo = new Memo<>(4);
        assertThatThrownBy(() -> memo.get("x", k -> {
                    throw new IllegalStateException("no value for " + k);
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no value for x");
        assertThat(memo.size()).isZero();
        assertThat(memo.get("x", k -> k + "!")).isEqualTo("x!");
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void aValueKeptWhileItsOwnWasComputedWins() {
        Memo<String, String> memo = new Memo<>(4);
        // The computation of "x" keeps another value for "x" first, as a second thread could: the first kept wins.
        String won = memo.get("x", k -> memo.get(k, j -> "kept first") + " is not kept");
        assertThat(won).isEqualTo("kept first");
        assertThat(memo.get("x", k -> "computed again")).isEqualTo("kept first");
        assertThat(memo.size()).isEqualTo(1);
    }
}
