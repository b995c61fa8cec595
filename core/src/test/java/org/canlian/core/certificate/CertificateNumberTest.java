package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateNumberTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final ResidentId ID = ResidentId.parse("11010519491231002X", TODAY);

    static Stream<Arguments> validNumbers() {
        return Stream.of(
                // text, resident ID, category, grade, replacement, masked
                Arguments.of(
                        "11010519491231002X41",
                        "11010519491231002X",
                        DisabilityCategory.PHYSICAL,
                        DisabilityGrade.ONE,
                        0,
                        "110105********002X41"),
                Arguments.of(
                        "11010519491231002x12",
                        "11010519491231002X",
                        DisabilityCategory.VISUAL,
                        DisabilityGrade.TWO,
                        0,
                        "110105********002X12"),
                Arguments.of(
                        "62072319850715001173B1",
                        "620723198507150011",
                        DisabilityCategory.MULTIPLE,
                        DisabilityGrade.THREE,
                        1,
                        "620723********001173B1"),
                Arguments.of(
                        "62072319850715001164B9",
                        "620723198507150011",
                        DisabilityCategory.PSYCHOSOCIAL,
                        DisabilityGrade.FOUR,
                        9,
                        "620723********001164B9"),
                Arguments.of(
                        "44190020000229004723",
                        "441900200002290047",
                        DisabilityCategory.HEARING,
                        DisabilityGrade.THREE,
                        0,
                        "441900********004723"),
                Arguments.of(
                        "44190020000229004734",
                        "441900200002290047",
                        DisabilityCategory.SPEECH,
                        DisabilityGrade.FOUR,
                        0,
                        "441900********004734"),
                Arguments.of(
                        "44190020000229004752B2",
                        "441900200002290047",
                        DisabilityCategory.INTELLECTUAL,
                        DisabilityGrade.TWO,
                        2,
                        "441900********004752B2"));
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void readsValidNumbersIntoTheirParts(
            String text,
            String residentId,
            DisabilityCategory category,
            DisabilityGrade grade,
            int replacement,
            String masked) {
        CertificateNumber number = CertificateNumber.parse(text, TODAY);

        assertThat(number.residentId().reveal()).isEqualTo(residentId);
        assertThat(number.category()).isEqualTo(category);
        assertThat(number.grade()).isEqualTo(grade);
        assertThat(number.replacement()).isEqualTo(replacement);
        assertThat(number.isReplacement()).isEqualTo(replacement > 0);
        assertThat(number.masked()).isEqualTo(masked);
        assertThat(number).hasToString(masked);
        assertThat(number.reveal()).isEqualToIgnoringCase(text);
        assertThat(CertificateNumber.of(number.residentId(), category, grade, replacement))
                .isEqualTo(number)
                .hasSameHashCodeAs(number);
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                // text, rule, message
                Arguments.of(
                        "11010519491231002X4",
                        "length",
                        "Invalid certificate number 110105********002X4: must have 20 or 22 characters, not 19"),
                Arguments.of(
                        "11010519491231002X41B",
                        "length",
                        "Invalid certificate number 110105********002X41B: must have 20 or 22 characters, not 21"),
                Arguments.of(
                        "11010519491231002X41B10",
                        "length",
                        "Invalid certificate number 110105********002X41B10: must have 20 or 22 characters, not 23"),
                Arguments.of("4", "length", "Invalid certificate number *: must have 20 or 22 characters, not 1"),
                Arguments.of(
                        "11010519491231002141",
                        "resident-id.check-character",
                        "Invalid certificate number 110105********002141: resident ID part: check character should be X"),
                Arguments.of(
                        "A1010519491231002X41",
                        "resident-id.characters",
                        "Invalid certificate number A10105********002X41: resident ID part: character 1 must be a digit"),
                Arguments.of(
                        "11000019491231002241",
                        "resident-id.address-code",
                        "Invalid certificate number 110000********002241: resident ID part: address code has prefecture"
                                + " digits 00"),
                Arguments.of(
                        "62072320260102002841",
                        "resident-id.birth-date",
                        "Invalid certificate number 620723********002841: resident ID part: birth date is in the future"),
                Arguments.of(
                        "11010519491231002X81",
                        "category",
                        "Invalid certificate number 110105********002X81: character 19, the category, must be a digit"
                                + " 1-7"),
                Arguments.of(
                        "11010519491231002X01",
                        "category",
                        "Invalid certificate number 110105********002X01: character 19, the category, must be a digit"
                                + " 1-7"),
                Arguments.of(
                        "11010519491231002X45",
                        "grade",
                        "Invalid certificate number 110105********002X45: character 20, the grade, must be a digit 1-4"),
                Arguments.of(
                        "11010519491231002X4\n",
                        "grade",
                        "Invalid certificate number 110105********002X4\\u000a: character 20, the grade, must be a"
                                + " digit 1-4"),
                Arguments.of(
                        "11010519491231002X41B0",
                        "replacement",
                        "Invalid certificate number 110105********002X41B0: a replacement suffix must be B1 to B9"),
                Arguments.of(
                        "11010519491231002X41b1",
                        "replacement",
                        "Invalid certificate number 110105********002X41b1: a replacement suffix must be B1 to B9"),
                Arguments.of(
                        "11010519491231002X41C1",
                        "replacement",
                        "Invalid certificate number 110105********002X41C1: a replacement suffix must be B1 to B9"));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void rejectsInvalidNumbersNamingTheRule(String text, String rule, String message) {
        assertThatThrownBy(() -> CertificateNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("certificate number");
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e).hasMessage(message);
                });
    }

    @Test
    void oneArgumentParseUsesTodayInChina() {
        assertThat(CertificateNumber.parse("11010519491231002X41").category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThatThrownBy(() -> CertificateNumber.parse("11010529991231002041"))
                .hasMessageEndingWith("resident ID part: birth date is in the future");
    }

    @Test
    void buildsTheOriginalNumberFromItsParts() {
        CertificateNumber number = CertificateNumber.of(ID, DisabilityCategory.VISUAL, DisabilityGrade.TWO);
        assertThat(number.reveal()).isEqualTo("11010519491231002X12");
        assertThat(number).hasToString("110105********002X12");
        assertThat(number.isReplacement()).isFalse();
    }

    @Test
    void replacementsCountFromB1ToB9() {
        CertificateNumber number = CertificateNumber.of(ID, DisabilityCategory.PHYSICAL, DisabilityGrade.ONE);
        for (int i = 1; i <= 9; i++) {
            number = number.nextReplacement();
            assertThat(number.reveal()).isEqualTo("11010519491231002X41B" + i);
            assertThat(number.original().reveal()).isEqualTo("11010519491231002X41");
        }
        CertificateNumber last = number;
        assertThatThrownBy(last::nextReplacement)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid certificate number 110105********002X41B9: no replacement suffix after B9");
    }

    @Test
    void rejectsReplacementOutsideZeroToNine() {
        assertThatThrownBy(() -> CertificateNumber.of(ID, DisabilityCategory.PHYSICAL, DisabilityGrade.ONE, 10))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid certificate replacement \"10\": must be 0 (original) or 1-9 (B1-B9)");
        assertThatThrownBy(() -> CertificateNumber.of(ID, DisabilityCategory.PHYSICAL, DisabilityGrade.ONE, -1))
                .hasMessage("Invalid certificate replacement \"-1\": must be 0 (original) or 1-9 (B1-B9)");
    }

    @Test
    void originalOfAnOriginalIsItself() {
        CertificateNumber number = CertificateNumber.parse("11010519491231002X41", TODAY);
        assertThat(number.original()).isSameAs(number);
    }

    @Test
    void ordersNumbersByTheirFullText() {
        CertificateNumber a = CertificateNumber.parse("11010519491231002X41", TODAY);
        CertificateNumber b = a.nextReplacement();
        CertificateNumber c = CertificateNumber.parse("11010519491231002X42", TODAY);
        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void everyNumberBuiltFromValidPartsRoundTripsAndPrintsMasked() {
        Random random = new Random(26341L);
        for (int i = 0; i < 3_000; i++) {
            String id = TestIds.randomValidId(random);
            String text = id
                    + (1 + random.nextInt(7))
                    + (1 + random.nextInt(4))
                    + (random.nextBoolean() ? "" : "B" + (1 + random.nextInt(9)));
            CertificateNumber number = CertificateNumber.parse(text, TODAY);
            assertThat(number.reveal()).isEqualTo(text);
            assertThat(CertificateNumber.parse(number.reveal(), TODAY)).isEqualTo(number);
            assertThat(number.toString()).doesNotContain(id).startsWith(id.substring(0, 6) + "********");
        }
    }

    @Test
    void parseOfArbitraryTextThrowsOnlyInvalidValueExceptionAndNeverShowsTheId() {
        Random random = new Random(2018L);
        String alphabet = "0123456789B Xx\n\u0000中";
        for (int i = 0; i < 20_000; i++) {
            String id = TestIds.randomValidId(random);
            StringBuilder text = new StringBuilder(id);
            int extra = random.nextInt(6);
            for (int k = 0; k < extra; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                int position = random.nextInt(text.length());
                text.setCharAt(position, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            try {
                CertificateNumber.parse(input, TODAY);
            } catch (InvalidValueException e) {
                assertThat(e.getMessage())
                        .doesNotContain(input.substring(0, 18))
                        .doesNotContain("\n");
            }
        }
    }

    static Stream<Arguments> numbersNotAtTheStart() {
        return Stream.of(
                // text, how the message shows it (issue 10: characters 0-17 were masked by position)
                Arguments.of("cert. number 11010519491231002X", "cert. number 110105********002X"),
                Arguments.of("No. 11010519491231002X41", "No. 110105********002X41"),
                Arguments.of("  11010519491231002X", "  110105********002X"),
                Arguments.of("  11010519491231002X41", "  110105********002X41"),
                Arguments.of("证号11010519491231002X", "证号110105********002X"));
    }

    @ParameterizedTest
    @MethodSource("numbersNotAtTheStart")
    void aNumberAfterSpacesOrAPrefixIsMaskedWhereItStands(String text, String shown) {
        assertThatThrownBy(() -> CertificateNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.rejectedValue()).isEqualTo(shown))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19491231"));
    }
}
