package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShareTest {
    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(1, 3, "33.3", "33.3 %"),
                Arguments.of(2, 3, "66.7", "66.7 %"),
                Arguments.of(1, 16, "6.3", "6.3 %"), // 6.25 rounds half-up
                Arguments.of(1, 8, "12.5", "12.5 %"),
                Arguments.of(321, 1_794, "17.9", "17.9 %"),
                Arguments.of(0, 5, "0.0", "0.0 %"),
                Arguments.of(5, 5, "100.0", "100.0 %"),
                Arguments.of(1, 1_990, "0.1", "0.1 %"),
                Arguments.of(1, 2_001, "0.0", "0.0 %"));
    }

    @ParameterizedTest
    @MethodSource("shares")
    void percentIsRoundedHalfUpToOneDecimalOnlyForDisplay(int count, int total, String percent, String text) {
        Share share = new Share(count, total);
        assertThat(share.percent(1)).isEqualTo(new BigDecimal(percent));
        assertThat(share.percentText()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("shares")
    void percentWithMoreDecimalsStaysWithinHalfAUnitOfTheExactFraction(int count, int total) {
        Share share = new Share(count, total);
        assertThat(share.percent(6).multiply(BigDecimal.valueOf(total)))
                .isCloseTo(
                        BigDecimal.valueOf(count * 100L),
                        Offset.offset(BigDecimal.valueOf(total).movePointLeft(6)));
    }

    static Stream<Arguments> impossible() {
        return Stream.of(Arguments.of(1, 0), Arguments.of(-1, 5), Arguments.of(6, 5), Arguments.of(0, 0));
    }

    @ParameterizedTest
    @MethodSource("impossible")
    void rejectsAShareOutsideItsTotal(int count, int total) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Share(count, total))
                .withMessageContaining(count + "/" + total);
    }
}
