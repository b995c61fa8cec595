package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A phrase renders its arguments into the reader's language where its patterns hold {@code {n}}, and leaves every
 * other brace as written (explanations quote policy texts, which may hold braces of their own).
 */
class PhraseTest {
    private static final FactCode DIBAO = FactCode.of("dibao", "低保", "dibao household");
    private static final Object[] ELEVEN =
            IntStream.range(0, 11).mapToObj(i -> (Object) ("a" + i)).toArray();

    static Stream<Arguments> phrases() {
        return Stream.of(
                // phrase, Chinese, English
                arguments(Phrase.of("应发{0}", "due {0}", Money.parse("1234.50")), "应发¥1,234.50", "due ¥1,234.50"),
                arguments(Phrase.of("{0}家庭", "{0}", DIBAO), "低保家庭", "dibao household"),
                arguments(
                        Phrase.of("因{0}停发", "stopped: {0}", Phrase.of("{0}迁出", "{0} moved out", DIBAO)),
                        "因低保迁出停发",
                        "stopped: dibao household moved out"),
                arguments(Phrase.of("{1}在{0}", "{1} at {0}", "临泽县", 3), "3在临泽县", "3 at 临泽县"),
                arguments(Phrase.of("{0}{0}", "{0}-{0}", 7), "77", "7-7"),
                arguments(Phrase.of("{2}与{0}", "{2} and {0}", 1, 2), "{2}与1", "{2} and 1"),
                arguments(Phrase.of("{}与{0}", "{} and {0}", 1), "{}与1", "{} and 1"),
                arguments(Phrase.of("{a}与{0}", "{/} and {:} and {0}", 1), "{a}与1", "{/} and {:} and 1"),
                arguments(Phrase.of("{0", "}{0}{", 5), "{0", "}5{"),
                arguments(Phrase.of("{000}", "{00}", 5), "{000}", "5"),
                arguments(Phrase.of("{9}", "{10}|{1}", ELEVEN), "a9", "a10|a1"),
                arguments(Phrase.of("无参数{0}", "no arguments {0}"), "无参数{0}", "no arguments {0}"),
                arguments(Phrase.of(DIBAO), "低保", "dibao household"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("phrases")
    void argumentsAreRenderedWhereThePatternsSayAndOtherBracesStay(Phrase p, String chinese, String english) {
        assertThat(p.chinese()).isEqualTo(chinese);
        assertThat(p.english()).isEqualTo(english);
        assertThat(p.toString()).isEqualTo(english);
    }

    static Stream<Arguments> locales() {
        return Stream.of(
                arguments(Locale.SIMPLIFIED_CHINESE, "应发"),
                arguments(Locale.TRADITIONAL_CHINESE, "应发"),
                arguments(Locale.CHINESE, "应发"),
                arguments(Locale.ENGLISH, "due"),
                arguments(Locale.JAPANESE, "due"),
                arguments(Locale.ROOT, "due"));
    }

    @ParameterizedTest(name = "locale \"{0}\"")
    @MethodSource("locales")
    void anyChineseLocaleReadsChineseAndEveryOtherEnglish(Locale locale, String text) {
        assertThat(Phrase.of("应发", "due").render(locale)).isEqualTo(text);
    }

    @Test
    void aPhraseKeepsItsOwnCopyOfItsArgumentsAndRefusesNull() {
        Object[] args = {"低保"};
        Phrase p = Phrase.of("{0}", "{0}", args);
        args[0] = "特困";
        assertThat(p.chinese()).isEqualTo("低保");
        assertThatNullPointerException()
                .isThrownBy(() -> Phrase.of("{0}", "{0}", "a", null))
                .withMessage("argument");
    }
}
