package org.canlian.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentIdTest {
    /** Every parse in the tables is as of this date, so the tables do not depend on the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    static Stream<Arguments> validIds() {
        return Stream.of(
                // text, canonical, birth date, sex, address code, masked
                Arguments.of(
                        "11010519491231002X",
                        "11010519491231002X",
                        LocalDate.of(1949, 12, 31),
                        Sex.FEMALE,
                        "110105",
                        "110105********002X"),
                Arguments.of(
                        "11010519491231002x",
                        "11010519491231002X",
                        LocalDate.of(1949, 12, 31),
                        Sex.FEMALE,
                        "110105",
                        "110105********002X"),
                Arguments.of(
                        "620723198507150011",
                        "620723198507150011",
                        LocalDate.of(1985, 7, 15),
                        Sex.MALE,
                        "620723",
                        "620723********0011"),
                Arguments.of(
                        "441900200002290047",
                        "441900200002290047",
                        LocalDate.of(2000, 2, 29),
                        Sex.FEMALE,
                        "441900",
                        "441900********0047"),
                Arguments.of(
                        "350527199912311230",
                        "350527199912311230",
                        LocalDate.of(1999, 12, 31),
                        Sex.MALE,
                        "350527",
                        "350527********1230"),
                Arguments.of(
                        "110105180001010010",
                        "110105180001010010",
                        LocalDate.of(1800, 1, 1),
                        Sex.MALE,
                        "110105",
                        "110105********0010"),
                Arguments.of(
                        "620723202601010022",
                        "620723202601010022",
                        LocalDate.of(2026, 1, 1),
                        Sex.FEMALE,
                        "620723",
                        "620723********0022"));
    }

    @ParameterizedTest
    @MethodSource("validIds")
    void readsValidIdsIntoTheirParts(
            String text, String canonical, LocalDate birthDate, Sex sex, String addressCode, String masked) {
        ResidentId id = ResidentId.parse(text, TODAY);

        assertThat(id.reveal()).isEqualTo(canonical);
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.addressCode()).isEqualTo(DivisionCode.parse(addressCode));
        assertThat(id.masked()).isEqualTo(masked);
        assertThat(id).hasToString(masked);
        assertThat(ResidentId.parse(canonical, TODAY)).isEqualTo(id).hasSameHashCodeAs(id);
    }

    static Stream<Arguments> invalidIds() {
        return Stream.of(
                // text, rule, message
                Arguments.of("", "length", "Invalid resident ID : must have 18 characters, not 0"),
                Arguments.of("110105", "length", "Invalid resident ID ******: must have 18 characters, not 6"),
                Arguments.of(
                        "11010519491231002",
                        "length",
                        "Invalid resident ID 110105*******1002: must have 18 characters, not 17"),
                Arguments.of(
                        "11010519491231002X1",
                        "length",
                        "Invalid resident ID 110105*********02X1: must have 18 characters, not 19"),
                Arguments.of(
                        "A1010519491231002X",
                        "characters",
                        "Invalid resident ID A10105********002X: character 1 must be a digit"),
                Arguments.of(
                        "110105 9491231002X",
                        "characters",
                        "Invalid resident ID 110105********002X: character 7 must be a digit"),
                Arguments.of(
                        "１1010519491231002X",
                        "characters",
                        "Invalid resident ID １10105********002X: character 1 must be a digit"),
                Arguments.of(
                        "1101051949123100X2",
                        "characters",
                        "Invalid resident ID 110105********00X2: character 17 must be a digit"),
                Arguments.of(
                        "11010519491231002Y",
                        "characters",
                        "Invalid resident ID 110105********002Y: character 18 must be a digit or X"),
                Arguments.of(
                        "000105194912310024",
                        "address-code",
                        "Invalid resident ID 000105********0024: address code starts with 00, not a province"),
                Arguments.of(
                        "910105194912310029",
                        "address-code",
                        "Invalid resident ID 910105********0029: address code starts with 91, not a province"),
                Arguments.of(
                        "110000194912310022",
                        "address-code",
                        "Invalid resident ID 110000********0022: address code has prefecture digits 00"),
                Arguments.of(
                        "110105194902300020",
                        "birth-date",
                        "Invalid resident ID 110105********0020: birth date is not a real date"),
                Arguments.of(
                        "110105194913000023",
                        "birth-date",
                        "Invalid resident ID 110105********0023: birth date is not a real date"),
                Arguments.of(
                        "110105179912310024",
                        "birth-date",
                        "Invalid resident ID 110105********0024: birth year is before 1800"),
                Arguments.of(
                        "620723202601020028",
                        "birth-date",
                        "Invalid resident ID 620723********0028: birth date is in the future"),
                Arguments.of(
                        "110105194912310021",
                        "check-character",
                        "Invalid resident ID 110105********0021: check character should be X"),
                Arguments.of(
                        "110105194912310031",
                        "check-character",
                        "Invalid resident ID 110105********0031: check character should be 8"),
                Arguments.of(
                        "62072319850715001X",
                        "check-character",
                        "Invalid resident ID 620723********001X: check character should be 1"),
                Arguments.of(
                        "62072319850715001x",
                        "check-character",
                        "Invalid resident ID 620723********001X: check character should be 1"));
    }

    @ParameterizedTest
    @MethodSource("invalidIds")
    void rejectsInvalidIdsNamingTheRule(String text, String rule, String message) {
        assertThatThrownBy(() -> ResidentId.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("resident ID");
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e).hasMessage(message);
                    assertThat(e.getMessage())
                            .isEqualTo("Invalid resident ID " + e.rejectedValue() + ": " + e.reason());
                });
    }

    @Test
    void rejectsIdWithWrongCheckCharacter() {
        assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid resident ID 110105********0021: check character should be X");
    }

    @Test
    void birthDateRuleIsCheckedAgainstTheGivenToday() {
        String bornOn20260101 = "620723202601010022";

        assertThat(ResidentId.parse(bornOn20260101, LocalDate.of(2026, 1, 1)).birthDate())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> ResidentId.parse(bornOn20260101, LocalDate.of(2025, 12, 31)))
                .hasMessage("Invalid resident ID 620723********0022: birth date is in the future");
    }

    @Test
    void oneArgumentParseUsesTodayInChina() {
        assertThat(ResidentId.parse("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThatThrownBy(() -> ResidentId.parse("110105299912310020"))
                .hasMessage("Invalid resident ID 110105********0020: birth date is in the future");
    }

    static Stream<Arguments> ages() {
        return Stream.of(
                Arguments.of("11010519491231002X", LocalDate.of(1949, 12, 31), 0),
                Arguments.of("11010519491231002X", LocalDate.of(2025, 12, 30), 75),
                Arguments.of("11010519491231002X", LocalDate.of(2025, 12, 31), 76),
                Arguments.of("11010519491231002X", LocalDate.of(2026, 1, 1), 76),
                // born on 29 February: a year older on 1 March of a common year
                Arguments.of("441900200002290047", LocalDate.of(2001, 2, 28), 0),
                Arguments.of("441900200002290047", LocalDate.of(2001, 3, 1), 1),
                Arguments.of("441900200002290047", LocalDate.of(2004, 2, 29), 4));
    }

    @ParameterizedTest
    @MethodSource("ages")
    void ageCountsCompletedYears(String text, LocalDate on, int age) {
        assertThat(ResidentId.parse(text, TODAY).ageOn(on)).isEqualTo(age);
    }

    @Test
    void rejectsAgeAskedBeforeTheBirthDate() {
        assertThatThrownBy(() -> ResidentId.parse("11010519491231002X").ageOn(LocalDate.of(1949, 12, 30)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid resident ID 110105********002X: age asked on 1949-12-30, before the birth date");
    }

    static Stream<Arguments> legacyIds() {
        return Stream.of(
                Arguments.of("110105491231002", "11010519491231002X"),
                Arguments.of("620723850715001", "620723198507150011"));
    }

    @ParameterizedTest
    @MethodSource("legacyIds")
    void upgradesFifteenDigitLegacyIds(String legacy, String upgraded) {
        assertThat(ResidentId.fromLegacy(legacy).reveal()).isEqualTo(upgraded);
    }

    static Stream<Arguments> invalidLegacyIds() {
        return Stream.of(
                Arguments.of(
                        "11010549123100",
                        "Invalid resident ID 110105****3100: a first-generation ID must have 15 digits, not 14"),
                Arguments.of("11010549123100X", "Invalid resident ID 110105*****100X: character 15 must be a digit"),
                Arguments.of(
                        "110105491331002", "Invalid resident ID 110105********0021: birth date is not a real date"),
                Arguments.of(
                        "000105491231002",
                        "Invalid resident ID 000105********0024: address code starts with 00, not a province"));
    }

    @ParameterizedTest
    @MethodSource("invalidLegacyIds")
    void rejectsInvalidLegacyIds(String legacy, String message) {
        assertThatThrownBy(() -> ResidentId.fromLegacy(legacy))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> invalidCheckCharacterInputs() {
        return Stream.of(
                Arguments.of(
                        "1101051949123100",
                        "Invalid resident ID 110105******3100: needs 17 digits to compute a check character, not 16"),
                Arguments.of(
                        "1101051949123100A", "Invalid resident ID 110105*******100A: character 17 must be a digit"));
    }

    @ParameterizedTest
    @MethodSource("invalidCheckCharacterInputs")
    void checkCharacterNeedsSeventeenDigits(String digits, String message) {
        assertThatThrownBy(() -> ResidentId.checkCharacter(digits))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void checkCharacterOfTheKnownIdIsX() {
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("11010519491231002X")).isEqualTo('X');
    }

    @Test
    void ordersIdsByTheirDigits() {
        ResidentId a = ResidentId.parse("11010519491231002X", TODAY);
        ResidentId b = ResidentId.parse("620723198507150011", TODAY);
        assertThat(a).isLessThan(b);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void everyIdBuiltWithItsCheckCharacterRoundTrips() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 5_000; i++) {
            String text = TestIds.randomValidId(random);
            ResidentId id = ResidentId.parse(text, TODAY);
            assertThat(id.reveal()).isEqualTo(text);
            assertThat(ResidentId.parse(id.reveal(), TODAY)).isEqualTo(id);
            assertThat(id.sex()).isEqualTo((text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(id.toString())
                    .doesNotContain(text)
                    .isEqualTo(text.substring(0, 6) + "********" + text.substring(14));
        }
    }

    @Test
    void changingOneDigitOfAValidIdIsAlwaysCaught() {
        // MOD 11-2 catches every single-digit error: a changed digit never passes with the old check character.
        Random random = new Random(7064L);
        for (int i = 0; i < 2_000; i++) {
            String text = TestIds.randomValidId(random);
            int position = random.nextInt(17);
            char replacement = (char) ('0' + (text.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String changed = text.substring(0, position) + replacement + text.substring(position + 1);
            Throwable thrown = catchThrowable(() -> ResidentId.parse(changed, TODAY));
            assertThat(thrown).isInstanceOf(InvalidValueException.class);
            assertThat(thrown.getMessage()).doesNotContain(changed);
        }
    }

    @Test
    void parseOfArbitraryTextThrowsOnlyInvalidValueExceptionAndNeverShowsTheText() {
        Random random = new Random(11643L);
        String alphabet = "0123456789012345678901234567890123456789Xx Y-\n\t\u0000１é中";
        IntStream.range(0, 20_000).forEach(i -> {
            int length = random.nextInt(24);
            StringBuilder text = new StringBuilder();
            // Often a valid ID's prefix, then noise, so that the later rules are reached too.
            if (random.nextBoolean()) {
                text.append(TestIds.randomValidId(random), 0, Math.min(length, 18));
            }
            while (text.length() < length) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            try {
                ResidentId id = ResidentId.parse(input, TODAY);
                assertThat(id.reveal()).isEqualToIgnoringCase(input);
            } catch (InvalidValueException e) {
                if (input.length() > 10) {
                    assertThat(e.getMessage()).doesNotContain(input);
                }
                assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u0000");
            }
        });
    }
}
