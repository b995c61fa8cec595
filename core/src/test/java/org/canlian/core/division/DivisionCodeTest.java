package org.canlian.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DivisionCodeTest {
    static Stream<Arguments> validCodes() {
        return Stream.of(
                // text, canonical, level, parent, twelve digits (null: none that reads back), township kind, village
                // kind
                Arguments.of("00", "00", DivisionLevel.NATIONAL, null, null, null, null),
                Arguments.of("62", "62", DivisionLevel.PROVINCE, "00", "620000000000", null, null),
                Arguments.of("6207", "6207", DivisionLevel.PREFECTURE, "62", "620700000000", null, null),
                Arguments.of("620723", "620723", DivisionLevel.COUNTY, "6207", "620723000000", null, null),
                Arguments.of(
                        "620723101",
                        "620723101",
                        DivisionLevel.TOWNSHIP,
                        "620723",
                        "620723101000",
                        TownshipKind.TOWN,
                        null),
                Arguments.of(
                        "620723101001",
                        "620723101001",
                        DivisionLevel.VILLAGE,
                        "620723101",
                        "620723101001",
                        TownshipKind.TOWN,
                        VillageKind.URBAN_COMMUNITY),
                Arguments.of(
                        "620723101201",
                        "620723101201",
                        DivisionLevel.VILLAGE,
                        "620723101",
                        "620723101201",
                        TownshipKind.TOWN,
                        VillageKind.RURAL_VILLAGE),
                // zero-padded 12-digit forms: the trailing zero groups are dropped
                Arguments.of("620000000000", "62", DivisionLevel.PROVINCE, "00", "620000000000", null, null),
                Arguments.of("620700000000", "6207", DivisionLevel.PREFECTURE, "62", "620700000000", null, null),
                Arguments.of("620723000000", "620723", DivisionLevel.COUNTY, "6207", "620723000000", null, null),
                Arguments.of(
                        "620723101000",
                        "620723101",
                        DivisionLevel.TOWNSHIP,
                        "620723",
                        "620723101000",
                        TownshipKind.TOWN,
                        null),
                // 东莞市: a prefecture-level city without counties, county digits 00
                Arguments.of("441900", "441900", DivisionLevel.COUNTY, "4419", null, null, null),
                Arguments.of(
                        "441900003",
                        "441900003",
                        DivisionLevel.TOWNSHIP,
                        "441900",
                        "441900003000",
                        TownshipKind.STREET_OFFICE,
                        null),
                Arguments.of(
                        "441900003001",
                        "441900003001",
                        DivisionLevel.VILLAGE,
                        "441900003",
                        "441900003001",
                        TownshipKind.STREET_OFFICE,
                        VillageKind.URBAN_COMMUNITY),
                // 金门县: its county code exists, but it has no township codes
                Arguments.of("350527", "350527", DivisionLevel.COUNTY, "3505", "350527000000", null, null),
                // kinds at the edges of their ranges
                Arguments.of(
                        "110105001",
                        "110105001",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105001000",
                        TownshipKind.STREET_OFFICE,
                        null),
                Arguments.of(
                        "110105099",
                        "110105099",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105099000",
                        TownshipKind.STREET_OFFICE,
                        null),
                Arguments.of(
                        "110105199",
                        "110105199",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105199000",
                        TownshipKind.TOWN,
                        null),
                Arguments.of(
                        "110105200",
                        "110105200",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105200000",
                        TownshipKind.TOWNSHIP,
                        null),
                Arguments.of(
                        "110105399",
                        "110105399",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105399000",
                        TownshipKind.TOWNSHIP,
                        null),
                Arguments.of(
                        "110105400",
                        "110105400",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105400000",
                        TownshipKind.TOWNSHIP_LIKE,
                        null),
                Arguments.of(
                        "110105599",
                        "110105599",
                        DivisionLevel.TOWNSHIP,
                        "110105",
                        "110105599000",
                        TownshipKind.TOWNSHIP_LIKE,
                        null),
                Arguments.of("110105600", "110105600", DivisionLevel.TOWNSHIP, "110105", "110105600000", null, null),
                Arguments.of(
                        "110105001199",
                        "110105001199",
                        DivisionLevel.VILLAGE,
                        "110105001",
                        "110105001199",
                        TownshipKind.STREET_OFFICE,
                        VillageKind.URBAN_COMMUNITY),
                Arguments.of(
                        "620723200399",
                        "620723200399",
                        DivisionLevel.VILLAGE,
                        "620723200",
                        "620723200399",
                        TownshipKind.TOWNSHIP,
                        VillageKind.RURAL_VILLAGE),
                Arguments.of(
                        "620723400400",
                        "620723400400",
                        DivisionLevel.VILLAGE,
                        "620723400",
                        "620723400400",
                        TownshipKind.TOWNSHIP_LIKE,
                        VillageKind.VILLAGE_LIKE),
                Arguments.of(
                        "620723400599",
                        "620723400599",
                        DivisionLevel.VILLAGE,
                        "620723400",
                        "620723400599",
                        TownshipKind.TOWNSHIP_LIKE,
                        VillageKind.VILLAGE_LIKE),
                Arguments.of(
                        "620723400600",
                        "620723400600",
                        DivisionLevel.VILLAGE,
                        "620723400",
                        "620723400600",
                        TownshipKind.TOWNSHIP_LIKE,
                        null),
                Arguments.of("81", "81", DivisionLevel.PROVINCE, "00", "810000000000", null, null));
    }

    @ParameterizedTest
    @MethodSource("validCodes")
    void readsValidCodesWithTheirLevelParentAndKinds(
            String text,
            String canonical,
            DivisionLevel level,
            String parent,
            String twelve,
            TownshipKind townshipKind,
            VillageKind villageKind) {
        DivisionCode code = DivisionCode.parse(text);

        assertThat(code.value()).isEqualTo(canonical);
        assertThat(code).hasToString(canonical);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.parent().map(DivisionCode::value)).isEqualTo(Optional.ofNullable(parent));
        if (twelve == null) {
            assertThatThrownBy(code::toTwelveDigits)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("twelve-digits"));
        } else {
            assertThat(code.toTwelveDigits()).isEqualTo(twelve);
            assertThat(DivisionCode.parse(twelve)).isEqualTo(code);
        }
        assertThat(code.townshipKind()).isEqualTo(Optional.ofNullable(townshipKind));
        assertThat(code.villageKind()).isEqualTo(Optional.ofNullable(villageKind));
        assertThat(DivisionCode.parse(canonical)).isEqualTo(code).hasSameHashCodeAs(code);
        assertThat(code.contains(code)).isTrue();
        assertThat(DivisionCode.NATIONAL.contains(code)).isTrue();
    }

    static Stream<Arguments> invalidCodes() {
        return Stream.of(
                // text, rule, message
                Arguments.of("", "length", "Invalid division code \"\": must have 2, 4, 6, 9 or 12 digits, not 0"),
                Arguments.of("6", "length", "Invalid division code \"6\": must have 2, 4, 6, 9 or 12 digits, not 1"),
                Arguments.of(
                        "62072", "length", "Invalid division code \"62072\": must have 2, 4, 6, 9 or 12 digits, not 5"),
                Arguments.of(
                        "6207231011",
                        "length",
                        "Invalid division code \"**********\": must have 2, 4, 6, 9 or 12 digits, not 10"),
                Arguments.of(
                        "6207231010011",
                        "length",
                        "Invalid division code \"*************\": must have 2, 4, 6, 9 or 12 digits, not 13"),
                Arguments.of("62a723", "digits", "Invalid division code \"62a723\": must contain only digits 0-9"),
                Arguments.of(" 620723", "digits", "Invalid division code \" 620723\": must contain only digits 0-9"),
                Arguments.of("-62", "digits", "Invalid division code \"-62\": must contain only digits 0-9"),
                Arguments.of("６２", "digits", "Invalid division code \"６２\": must contain only digits 0-9"),
                Arguments.of("62\n", "digits", "Invalid division code \"62\\u000a\": must contain only digits 0-9"),
                Arguments.of(
                        "99",
                        "province",
                        "Invalid division code \"99\": province digits 99 are not a GB/T 2260 province"),
                Arguments.of(
                        "100101",
                        "province",
                        "Invalid division code \"100101\": province digits 10 are not a GB/T 2260 province"),
                Arguments.of(
                        "0000",
                        "province",
                        "Invalid division code \"0000\": province digits 00 are not a GB/T 2260 province"),
                Arguments.of(
                        "000000000000",
                        "province",
                        "Invalid division code \"000000000000\": province digits 00 are not a GB/T 2260 province"),
                Arguments.of(
                        "6200",
                        "prefecture",
                        "Invalid division code \"6200\": prefecture digits must not be 00 (a province is written as its"
                                + " 2 digits, e.g. 62)"),
                Arguments.of(
                        "620023",
                        "prefecture",
                        "Invalid division code \"620023\": prefecture digits must not be 00 (a province is written as"
                                + " its 2 digits, e.g. 62)"),
                Arguments.of(
                        "620023000000",
                        "prefecture",
                        "Invalid division code \"620023000000\": prefecture digits must not be 00 (a province is written"
                                + " as its 2 digits, e.g. 62)"),
                // 金门县 has no townships: 350527000 names none
                Arguments.of(
                        "350527000",
                        "township",
                        "Invalid division code \"350527000\": township digits must not be 000"),
                Arguments.of(
                        "620723000201",
                        "township",
                        "Invalid division code \"620723000201\": township digits must not be 000"));
    }

    @ParameterizedTest
    @MethodSource("invalidCodes")
    void rejectsInvalidCodesNamingTheRule(String text, String rule, String message) {
        assertThatThrownBy(() -> DivisionCode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("division code");
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e).hasMessage(message);
        });
    }

    static Stream<Arguments> containment() {
        return Stream.of(
                // outer, inner, contains
                Arguments.of("00", "62", true),
                Arguments.of("00", "620723101001", true),
                Arguments.of("62", "620723101001", true),
                Arguments.of("6207", "620723", true),
                Arguments.of("620723", "620723101", true),
                Arguments.of("620723101", "620723101001", true),
                Arguments.of("4419", "441900", true),
                Arguments.of("441900", "441900003001", true),
                Arguments.of("620723", "620723", true),
                Arguments.of("620723101", "620723", false),
                Arguments.of("62", "00", false),
                Arguments.of("620723", "620724101", false),
                Arguments.of("620723101", "620723102001", false),
                Arguments.of("62", "63", false),
                Arguments.of("6207", "6208", false),
                Arguments.of("441900", "4419", false));
    }

    @ParameterizedTest
    @MethodSource("containment")
    void aUnitContainsItselfAndEverythingBelowIt(String outer, String inner, boolean contains) {
        assertThat(DivisionCode.parse(outer).contains(DivisionCode.parse(inner)))
                .isEqualTo(contains);
    }

    static Stream<Arguments> ancestors() {
        return Stream.of(
                Arguments.of("620723101001", DivisionLevel.NATIONAL, "00"),
                Arguments.of("620723101001", DivisionLevel.PROVINCE, "62"),
                Arguments.of("620723101001", DivisionLevel.PREFECTURE, "6207"),
                Arguments.of("620723101001", DivisionLevel.COUNTY, "620723"),
                Arguments.of("620723101001", DivisionLevel.TOWNSHIP, "620723101"),
                Arguments.of("620723101001", DivisionLevel.VILLAGE, "620723101001"),
                Arguments.of("441900003", DivisionLevel.PREFECTURE, "4419"),
                Arguments.of("620723", DivisionLevel.TOWNSHIP, null),
                Arguments.of("00", DivisionLevel.PROVINCE, null));
    }

    @ParameterizedTest
    @MethodSource("ancestors")
    void ancestorAtALevelAtOrAboveTheCode(String code, DivisionLevel level, String ancestor) {
        assertThat(DivisionCode.parse(code).ancestorAt(level).map(DivisionCode::value))
                .isEqualTo(Optional.ofNullable(ancestor));
    }

    static Stream<Arguments> children() {
        return Stream.of(
                Arguments.of("00", 62, "62"),
                Arguments.of("62", 7, "6207"),
                Arguments.of("6207", 23, "620723"),
                Arguments.of("620723", 101, "620723101"),
                Arguments.of("620723101", 1, "620723101001"),
                Arguments.of("4419", 1, "441901"),
                // 东莞: the county-level code of a prefecture-level city without counties
                Arguments.of("4419", 0, "441900"));
    }

    @ParameterizedTest
    @MethodSource("children")
    void childAppendsTheLocalDigits(String parent, int digits, String child) {
        DivisionCode code = DivisionCode.parse(parent).child(digits);
        assertThat(code.value()).isEqualTo(child);
        assertThat(DivisionCode.parse(parent).isParentOf(code)).isTrue();
        assertThat(code.localDigits()).isEqualTo(digits);
    }

    static Stream<Arguments> invalidChildren() {
        return Stream.of(
                Arguments.of(
                        "620723101001", 1, "Invalid division code \"620723101001\": a village has no units below it"),
                Arguments.of("620723", 1000, "Invalid division code \"620723\": child digits must be 0-999, not 1000"),
                Arguments.of("62", -1, "Invalid division code \"62\": child digits must be 0-99, not -1"),
                Arguments.of("00", 0, "Invalid division code \"00\": child digits 00 name no unit below 00"),
                Arguments.of(
                        "620723101",
                        0,
                        "Invalid division code \"620723101\": child digits 000 name no unit below 620723101"),
                Arguments.of("620723", 0, "Invalid division code \"620723000\": township digits must not be 000"),
                Arguments.of(
                        "62",
                        0,
                        "Invalid division code \"6200\": prefecture digits must not be 00 (a province is written as its"
                                + " 2 digits, e.g. 62)"),
                Arguments.of(
                        "00", 99, "Invalid division code \"99\": province digits 99 are not a GB/T 2260 province"));
    }

    @ParameterizedTest
    @MethodSource("invalidChildren")
    void rejectsChildDigitsThatNameNoChild(String parent, int digits, String message) {
        assertThatThrownBy(() -> DivisionCode.parse(parent).child(digits))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void prefectureAndItsCountyWithDigits00AreDistinctCodes() {
        DivisionCode dongguan = DivisionCode.parse("4419");
        DivisionCode dongguanCounty = DivisionCode.parse("441900");
        assertThat(dongguan).isNotEqualTo(dongguanCounty);
        assertThat(dongguan).isLessThan(dongguanCounty);
        assertThat(dongguan.isParentOf(dongguanCounty)).isTrue();
        // the zero-padded form cannot tell them apart and names the prefecture
        assertThat(DivisionCode.parse("441900000000")).isEqualTo(dongguan);
    }

    @Test
    void nationalIsTheRoot() {
        assertThat(DivisionCode.parse("00")).isSameAs(DivisionCode.NATIONAL);
        assertThat(DivisionCode.NATIONAL.parent()).isEmpty();
        assertThat(DivisionCode.NATIONAL.localDigits()).isZero();
        assertThat(DivisionCode.parse("62").parent()).contains(DivisionCode.NATIONAL);
    }

    @Test
    void ordersCodesAsTheStatisticsBureauListsThem() {
        assertThat(Stream.of("620723101001", "62", "620723", "00", "6207", "620723101", "63")
                        .map(DivisionCode::parse)
                        .sorted()
                        .map(DivisionCode::value))
                .containsExactly("00", "62", "6207", "620723", "620723101", "620723101001", "63");
    }

    @Test
    void levelsKnowTheirNeighbours() {
        assertThat(DivisionLevel.NATIONAL.parent()).isEmpty();
        assertThat(DivisionLevel.VILLAGE.child()).isEmpty();
        assertThat(DivisionLevel.TOWNSHIP.parent()).contains(DivisionLevel.COUNTY);
        assertThat(DivisionLevel.COUNTY.child()).contains(DivisionLevel.TOWNSHIP);
        assertThat(DivisionLevel.PROVINCE.isAbove(DivisionLevel.VILLAGE)).isTrue();
        assertThat(DivisionLevel.VILLAGE.isAbove(DivisionLevel.VILLAGE)).isFalse();
        assertThat(DivisionLevel.COUNTY.chineseName()).isEqualTo("县级");
        assertThat(TownshipKind.TOWN.chineseName()).isEqualTo("镇");
        assertThat(VillageKind.RURAL_VILLAGE.englishName()).isEqualTo("rural village");
        assertThat(TownshipKind.ofDigits(0)).isEmpty();
        assertThat(VillageKind.ofDigits(0)).isEmpty();
    }

    @Test
    void everyValidCodeRoundTripsThroughItsTwelveDigitFormAndText() {
        Random random = new Random(2260L);
        int[] provinces = {11, 31, 44, 62, 65};
        for (int i = 0; i < 5_000; i++) {
            DivisionCode code = DivisionCode.parse(Integer.toString(provinces[random.nextInt(provinces.length)]));
            int depth = random.nextInt(5);
            for (int d = 0; d < depth; d++) {
                int max = code.level().codeLength() >= 6 ? 999 : 99;
                code = code.child(1 + random.nextInt(max));
            }
            assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
            if (code.level() == DivisionLevel.VILLAGE || code.level() == DivisionLevel.TOWNSHIP) {
                assertThat(DivisionCode.parse(code.toTwelveDigits())).isEqualTo(code);
            }
            assertThat(code.parent().orElseThrow().contains(code)).isTrue();
        }
    }

    @Test
    void parseOfArbitraryTextThrowsOnlyInvalidValueException() {
        Random random = new Random(10114L);
        String alphabet = "00000123456789 a-\n６";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(14);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                DivisionCode code = DivisionCode.parse(text);
                assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
            } catch (InvalidValueException e) {
                assertThat(e.getMessage()).startsWith("Invalid division code ").doesNotContain("\n");
            }
        }
    }

    /** Containment is having the other code's ancestor at one's own level be oneself, for codes near and far apart. */
    @Test
    void containsExactlyTheCodesWhoseAncestorAtItsLevelItIs() {
        Random random = new Random(4419L);
        int[] provinces = {44, 62};
        List<DivisionCode> codes = new ArrayList<>(
                List.of(DivisionCode.NATIONAL, DivisionCode.parse("4419"), DivisionCode.parse("441900")));
        for (int i = 0; i < 400; i++) {
            DivisionCode code = DivisionCode.parse(Integer.toString(provinces[random.nextInt(provinces.length)]));
            for (int d = random.nextInt(5); d > 0; d--) {
                code = code.child(1 + random.nextInt(code.level().codeLength() >= 6 ? 3 : 2));
            }
            codes.add(code);
        }
        for (DivisionCode outer : codes) {
            for (DivisionCode inner : codes) {
                boolean expected =
                        inner.ancestorAt(outer.level()).map(outer::equals).orElse(false);
                assertThat(outer.contains(inner))
                        .as("%s contains %s", outer, inner)
                        .isEqualTo(expected);
            }
        }
    }

    static Stream<Arguments> residentIdsTypedAsDivisionCodes() {
        return Stream.of(
                // a common data-entry mistake: the ID in the division-code field
                Arguments.of(
                        "11010519491231002X",
                        "Invalid division code \"110105********002X\": must contain only digits 0-9"),
                Arguments.of(
                        "110105194912310021",
                        "Invalid division code \"110105********0021\": must have 2, 4, 6, 9 or 12 digits, not 18"),
                Arguments.of(
                        " 11010519491231002X41",
                        "Invalid division code \" 110105********002X41\": must contain only digits 0-9"),
                Arguments.of(
                        "11010519491231",
                        "Invalid division code \"110105********\": must have 2, 4, 6, 9 or 12 digits, not 14"));
    }

    @ParameterizedTest
    @MethodSource("residentIdsTypedAsDivisionCodes")
    void aResidentIdTypedAsADivisionCodeIsShownMasked(String text, String message) {
        assertThatThrownBy(() -> DivisionCode.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> codesWithoutATwelveDigitForm() {
        return Stream.of(
                // code, message: the 12-digit form names the lowest level whose digits are not all zero
                Arguments.of(
                        "441900",
                        "Invalid division code \"441900\": has no 12-digit form that reads back: its county digits are 00,"
                                + " so 441900000000 reads as the prefecture 4419 (write the county as its 6 digits)"),
                Arguments.of(
                        "229100",
                        "Invalid division code \"229100\": has no 12-digit form that reads back: its county digits are 00,"
                                + " so 229100000000 reads as the prefecture 2291 (write the county as its 6 digits)"),
                Arguments.of(
                        "00",
                        "Invalid division code \"00\": has no 12-digit form that reads back: the nation is written 00"));
    }

    @ParameterizedTest
    @MethodSource("codesWithoutATwelveDigitForm")
    void aCodeWhoseTwelveDigitFormWouldReadBackAsAnotherIsRefusedIt(String code, String message) {
        assertThatThrownBy(() -> DivisionCode.parse(code).toTwelveDigits())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("twelve-digits"))
                .hasMessage(message);
        // the code itself is fine: its canonical digits read back
        assertThat(DivisionCode.parse(DivisionCode.parse(code).value())).isEqualTo(DivisionCode.parse(code));
    }

    /** Issue 10: {@code parse(c.toTwelveDigits())} was not {@code c} for counties with county digits 00. */
    @Test
    void everyCodeReadsBackFromItsTwelveDigitFormOrHasNone() {
        Random random = new Random(441_900L);
        int[] provinces = {11, 22, 44, 62, 65};
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            DivisionCode code = random.nextInt(50) == 0
                    ? DivisionCode.NATIONAL
                    : DivisionCode.parse(Integer.toString(provinces[random.nextInt(provinces.length)]));
            for (int d = random.nextInt(5); d > 0 && code.level() != DivisionLevel.NATIONAL; d--) {
                int max = code.level().codeLength() >= 6 ? 999 : 99;
                // county digits 00 often, as 东莞 441900 and 229100
                int local =
                        code.level() == DivisionLevel.PREFECTURE && random.nextBoolean() ? 0 : 1 + random.nextInt(max);
                code = code.child(local);
            }
            boolean ambiguous = code.equals(DivisionCode.NATIONAL)
                    || (code.level() == DivisionLevel.COUNTY && code.localDigits() == 0);
            if (ambiguous) {
                DivisionCode c = code;
                assertThatThrownBy(c::toTwelveDigits).isInstanceOf(InvalidValueException.class);
                refused++;
            } else {
                assertThat(DivisionCode.parse(code.toTwelveDigits())).isEqualTo(code);
            }
            assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
        }
        assertThat(refused).isPositive();
    }
}
