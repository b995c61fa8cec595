package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingTest {
    static Stream<Arguments> masked() {
        return Stream.of(
                Arguments.of("11010519491231002X", "110105********002X"),
                Arguments.of("110105491231002", "110105*****1002"),
                Arguments.of("12345", "*****"),
                Arguments.of("1234567890", "**********"),
                Arguments.of("12345678901", "123456*8901"),
                Arguments.of("", ""),
                // the newline is escaped to \\u000a first: 24 characters, 13 of them masked
                Arguments.of("110105\n9491231002X", "110105*************002X"),
                Arguments.of("1".repeat(33), "111111****…(33 characters)"));
    }

    @ParameterizedTest
    @MethodSource("masked")
    void masksAllButTheFirstSixAndLastFourCharacters(String text, String expected) {
        assertThat(Masking.mask(text)).isEqualTo(expected);
    }

    static Stream<Arguments> maskedPrefixes() {
        return Stream.of(
                Arguments.of("11010519491231002X41B1", 18, "110105********002X41B1"),
                Arguments.of("11010519491231002X4\t", 18, "110105********002X4\\u0009"),
                Arguments.of("1101051949", 18, "**********"),
                Arguments.of("11010519491231002X" + "4".repeat(15), 18, "110105****…(33 characters)"));
    }

    @ParameterizedTest
    @MethodSource("maskedPrefixes")
    void masksTheIdentifierAtTheStartAndShowsTheRest(String text, int length, String expected) {
        assertThat(Masking.maskPrefix(text, length)).isEqualTo(expected);
    }

    static Stream<Arguments> quoted() {
        return Stream.of(
                Arguments.of("12.345", "\"12.345\""),
                Arguments.of("a\nb", "\"a\\u000ab\""),
                Arguments.of("x".repeat(40), "\"" + "x".repeat(32) + "…(40 characters)\""));
    }

    @ParameterizedTest
    @MethodSource("quoted")
    void quotesNonPersonalValuesEscapedAndCut(String text, String expected) {
        assertThat(Masking.quote(text)).isEqualTo(expected);
    }

    @Test
    void controlCharactersAreEscapedBeforeMasking() {
        // a log line must never be split by a control character hidden in an identifier
        assertThat(Masking.mask("110105\n9491231002X")).doesNotContain("\n").startsWith("110105");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> Masking.mask(null));
    }

    @Test
    void exceptionCarriesFieldRuleValueAndReason() {
        InvalidValueException e = InvalidValueException.of("grade", "range", "\"5\"", "must be 1-4");
        assertThat(e).hasMessage("Invalid grade \"5\": must be 1-4").isInstanceOf(IllegalArgumentException.class);
        assertThat(e.field()).isEqualTo("grade");
        assertThat(e.rule()).isEqualTo("range");
        assertThat(e.rejectedValue()).isEqualTo("\"5\"");
        assertThat(e.reason()).isEqualTo("must be 1-4");
    }
}
