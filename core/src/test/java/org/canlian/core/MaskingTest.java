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
                // 32 characters are still shown in full length; 33 are cut
                Arguments.of("1".repeat(32), "111111" + "*".repeat(22) + "1111"),
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
                Arguments.of("11010519491231002X" + "4".repeat(15), 18, "110105****…(33 characters)"),
                Arguments.of("11010519491231002X" + "4".repeat(14), 18, "110105********002X444444********"),
                // exactly the identifier's length, one letter typed into it: masked as an identifier all the same
                Arguments.of("110105A9491231002X", 18, "110105********002X"),
                // the identifier is not at the start: it is masked where it is
                Arguments.of("No. 11010519491231002X41", 18, "No. 110105********002X41"),
                Arguments.of("  11010519491231002X", 18, "  110105********002X"),
                Arguments.of("holder no. 11010519491231002X", 18, "holder no. 110105********002X"),
                Arguments.of("abcdefghijklmnopqrst", 18, "abcdef**********qrst"));
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
                Arguments.of("x".repeat(32), "\"" + "x".repeat(32) + "\""),
                Arguments.of("x".repeat(40), "\"" + "x".repeat(32) + "…(40 characters)\""));
    }

    @ParameterizedTest
    @MethodSource("quoted")
    void quotesNonPersonalValuesEscapedAndCut(String text, String expected) {
        assertThat(Masking.quote(text)).isEqualTo(expected);
    }

    static Stream<Arguments> redacted() {
        return Stream.of(
                // text, redacted: runs of 8 or more digits (an X may end one) are masked wherever they are
                Arguments.of("11010519491231002X", "110105********002X"),
                Arguments.of("Invalid value 11010519491231002X41B1", "Invalid value 110105********002X41B1"),
                Arguments.of("No. 11010519491231002x41", "No. 110105********002x41"),
                Arguments.of("   11010519491231002X", "   110105********002X"),
                Arguments.of("$[\"11010519491231002X\"].amount", "$[\"110105********002X\"].amount"),
                Arguments.of("110105194912310021" + "41", "110105**********2141"),
                Arguments.of("1101051949123100", "110105**********"),
                Arguments.of("1010519491231002X", "101051***********"),
                Arguments.of("19491231", "********"),
                Arguments.of("19491231002X", "************"),
                Arguments.of("19491231X", "*********"),
                Arguments.of("a 12345678 b", "a ******** b"),
                Arguments.of("13812345678", "***********"),
                Arguments.of("１１０１０５１９４９１２３１００２Ｘ", "１１０１０５********００２Ｘ"),
                Arguments.of("1".repeat(32), "111111" + "*".repeat(22) + "1111"),
                Arguments.of("1".repeat(40), "111111****…(40 characters)"),
                // short runs, dates, lines and columns are not personal
                Arguments.of("1949123", "1949123"),
                Arguments.of("line 2, column 15: 2024-01-01", "line 2, column 15: 2024-01-01"),
                Arguments.of("110105********002X", "110105********002X"),
                // township and village division codes are shown unless they hold a date
                Arguments.of("620723101", "620723101"),
                Arguments.of(
                        "Invalid division code 620723101201: listed twice",
                        "Invalid division code 620723101201: listed twice"),
                Arguments.of("119491231", "*********"),
                // the first and the last day of the years a birth date may have: 1800-01-01 and 2099-12-31
                Arguments.of("118000101", "*********"),
                Arguments.of("120991231", "*********"),
                Arguments.of("117991231", "117991231"),
                Arguments.of("121000101", "121000101"),
                Arguments.of("440119001002", "************"),
                Arguments.of("6207231012010", "*************"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("redacted")
    void redactsEveryRunOfDigitsThatCouldHoldABirthDate(String text, String expected) {
        assertThat(Masking.redact(text)).isEqualTo(expected);
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        java.util.Random random = new java.util.Random(8L);
        String alphabet = "0123456789Xx ,.-*\"１９";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = Masking.redact(text);
            assertThat(Masking.redact(once)).isEqualTo(once);
            if (!once.contains("…")) {
                assertThat(once).hasSize(text.length());
            }
        }
    }

    @Test
    void theExceptionRedactsWhatTheCallerForgotToMask() {
        InvalidValueException e =
                InvalidValueException.of("holder 11010519491231002X", "rule", "11010519491231002X", "is 19491231");
        assertThat(e).hasMessage("Invalid holder 110105********002X 110105********002X: is ********");
        assertThat(e.field()).isEqualTo("holder 110105********002X");
        assertThat(e.rejectedValue()).isEqualTo("110105********002X");
        assertThat(e.reason()).isEqualTo("is ********");
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
