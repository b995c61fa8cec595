package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Roster cells as county spreadsheets write them, at the edges of each accepted form: dates in ISO and in Excel's
 * Chinese short form, grades as digits, division codes and amounts at their length limits.
 */
class ValuesTest {
    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("2020-05-01", LocalDate.of(2020, 5, 1)),
                Arguments.of("2020/5/1", LocalDate.of(2020, 5, 1)), // the shortest short form, 8 characters
                Arguments.of("2020/5/10", LocalDate.of(2020, 5, 10)),
                Arguments.of("2020/10/1", LocalDate.of(2020, 10, 1)),
                Arguments.of("2020/05/01", LocalDate.of(2020, 5, 1)),
                Arguments.of("2020/12/31", LocalDate.of(2020, 12, 31)), // the longest, 10 characters
                Arguments.of("2024-02-29", LocalDate.of(2024, 2, 29)),
                // Well-formed, so read; the row's not-before-birth rule is what rejects it.
                Arguments.of("0000-01-01", LocalDate.of(0, 1, 1)));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void readsIsoAndExcelShortDates(String text, LocalDate expected) {
        assertThat(Values.date("发证日期", text)).isEqualTo(expected);
    }

    static Stream<Arguments> badDates() {
        String format = "must be a date YYYY-MM-DD (or YYYY/M/D)";
        String unreal = "is not a real date";
        return Stream.of(
                Arguments.of("", format),
                Arguments.of("2020", format),
                Arguments.of("2020/5/", format), // 7 characters: too short for the short form
                Arguments.of("2020/12/", format), // no day after the second slash
                Arguments.of("2020/5-1", format), // no second slash
                Arguments.of("2020/123/1", format), // a three-digit month
                Arguments.of("2020/5/123", format), // a three-digit day
                Arguments.of("2020/1/1/", format),
                Arguments.of("2020/5/1x", format),
                Arguments.of("2020-5-1", format),
                Arguments.of("2020-05-1x", format),
                Arguments.of("2020-0a-01", format),
                Arguments.of("20x0-05-01", format),
                Arguments.of("２０２０-05-01", format), // full-width digits are not ASCII digits
                Arguments.of("2020-00-10", unreal),
                Arguments.of("2020-05-00", unreal),
                Arguments.of("2021-02-29", unreal),
                Arguments.of("2020/13/1", unreal),
                Arguments.of("2020/0/1", unreal),
                Arguments.of("2020/1/0", unreal));
    }

    @ParameterizedTest
    @MethodSource("badDates")
    void rejectsWhatIsNoDateAndWhatIsNoRealDate(String text, String reason) {
        assertThatThrownBy(() -> Values.date("发证日期", text))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("format"))
                .hasMessage("Invalid 发证日期 \"" + text + "\": " + reason);
    }

    @org.junit.jupiter.api.Test
    void aDateCellOfEightDigitsInARowIsShownMasked() {
        // Six digits or more in a row may be part of a resident ID typed into the wrong column.
        assertThatThrownBy(() -> Values.date("发证日期", "20200501"))
                .hasMessage("Invalid 发证日期 ********: must be a date YYYY-MM-DD (or YYYY/M/D)");
    }

    static Stream<Arguments> grades() {
        return Stream.of(
                Arguments.of("1", DisabilityGrade.ONE),
                Arguments.of("4", DisabilityGrade.FOUR),
                Arguments.of("一级", DisabilityGrade.ONE),
                Arguments.of("4级", DisabilityGrade.FOUR));
    }

    @ParameterizedTest
    @MethodSource("grades")
    void readsGradesOneToFourAsDigitsOrNames(String text, DisabilityGrade expected) {
        assertThat(Values.grade("残疾等级", text)).isSameAs(expected);
    }

    static Stream<String> badGrades() {
        return Stream.of("0", "5", "12", "/", ":", "");
    }

    @ParameterizedTest
    @MethodSource("badGrades")
    void rejectsGradesOutsideOneToFour(String text) {
        assertThatThrownBy(() -> Values.grade("残疾等级", text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid 残疾等级 \"" + text + "\": must be one of 一级, 二级, 三级, 四级 (also 1级-4级, or 1-4)");
    }

    static Stream<Arguments> badDivisions() {
        return Stream.of(
                // Up to 12 characters, the length of a village code: a mistyped code, quoted as the core quotes it.
                Arguments.of("6207231012AB", "\"**********AB\": must contain only digits 0-9"),
                // Longer, with six digits in a row: perhaps a resident ID in the wrong column, masked as one.
                Arguments.of("6207231012021", "620723***2021: must have 2, 4, 6, 9 or 12 digits, not 13"));
    }

    @ParameterizedTest
    @MethodSource("badDivisions")
    void quotesAMistypedDivisionCodeButMasksWhatMayBeAResidentId(String text, String shownAndReason) {
        assertThatThrownBy(() -> Values.division("户籍地行政区划代码", text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid 户籍地行政区划代码 " + shownAndReason);
    }

    @org.junit.jupiter.api.Test
    void readsAnAmountOfTwentyCharactersAndRejectsALongerOne() {
        assertThat(Values.amount("其他津贴", "-¥100,000,000,000.00")).isEqualTo(Money.ofYuan(-100_000_000_000L));
        assertThatThrownBy(() -> Values.amount("其他津贴", "¥1,000,000,000,000.00"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("format"))
                .hasMessage("Invalid 其他津贴 \"¥1,000,000,000,000.00\": is too long for an amount of yuan");
    }
}
