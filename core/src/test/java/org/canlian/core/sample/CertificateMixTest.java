package org.canlian.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateMixTest {
    private static final DivisionCode LINZE = DivisionCode.parse("620723");
    private static final LocalDate FROM = LocalDate.of(1930, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 12, 31);

    @Test
    void theDefaultIsTheCountyRosterOfDomainSectionThree() {
        assertThat(CertificateMix.COUNTY_ROSTER.categoryWeights())
                .containsExactly(
                        Map.entry(DisabilityCategory.VISUAL, 321),
                        Map.entry(DisabilityCategory.HEARING, 160),
                        Map.entry(DisabilityCategory.SPEECH, 71),
                        Map.entry(DisabilityCategory.PHYSICAL, 1_076),
                        Map.entry(DisabilityCategory.INTELLECTUAL, 102),
                        Map.entry(DisabilityCategory.PSYCHOSOCIAL, 55),
                        Map.entry(DisabilityCategory.MULTIPLE, 9));
        assertThat(CertificateMix.COUNTY_ROSTER.categoryWeights().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(1_794);
        assertThat(CertificateMix.COUNTY_ROSTER.gradeWeights())
                .containsExactly(
                        Map.entry(DisabilityGrade.ONE, 20),
                        Map.entry(DisabilityGrade.TWO, 26),
                        Map.entry(DisabilityGrade.THREE, 27),
                        Map.entry(DisabilityGrade.FOUR, 27));
        assertThat(SampleData.withSeed(1).mix()).isEqualTo(CertificateMix.COUNTY_ROSTER);
    }

    @Test
    void drawnCategoriesAndGradesFollowTheWeights() {
        List<CertificateNumber> numbers = SampleData.withSeed(2026)
                .certificateNumbers(LINZE, FROM, TO)
                .limit(17_940)
                .toList();

        Map<DisabilityCategory, Integer> byCategory = new EnumMap<>(DisabilityCategory.class);
        Map<DisabilityGrade, Integer> byGrade = new EnumMap<>(DisabilityGrade.class);
        numbers.forEach(n -> {
            byCategory.merge(n.category(), 1, Integer::sum);
            byGrade.merge(n.grade(), 1, Integer::sum);
        });
        // 10 times the roster: each count within 5 % of the total's share of 17,940 draws (well over 4 sigma).
        CertificateMix.COUNTY_ROSTER
                .categoryWeights()
                .forEach((category, weight) -> assertThat(byCategory.getOrDefault(category, 0))
                        .as(category.toString())
                        .isBetween(weight * 10 - 150, weight * 10 + 150));
        CertificateMix.COUNTY_ROSTER
                .gradeWeights()
                .forEach((grade, weight) -> assertThat(byGrade.getOrDefault(grade, 0))
                        .as(grade.toString())
                        .isBetween(17_940 * weight / 100 - 400, 17_940 * weight / 100 + 400));
    }

    @Test
    void aZeroWeightIsNeverDrawnAndALoneWeightAlwaysIs() {
        CertificateMix onlyHearingSevere = CertificateMix.of(
                Map.of(DisabilityCategory.HEARING, 5),
                Map.of(DisabilityGrade.ONE, 1, DisabilityGrade.TWO, 3, DisabilityGrade.FOUR, 0));

        List<CertificateNumber> numbers = SampleData.withSeed(8)
                .withMix(onlyHearingSevere)
                .certificateNumbers(LINZE, FROM, TO)
                .limit(2_000)
                .toList();

        assertThat(numbers).allSatisfy(n -> {
            assertThat(n.category()).isEqualTo(DisabilityCategory.HEARING);
            assertThat(n.grade().isSevere()).isTrue();
        });
        assertThat(numbers).extracting(CertificateNumber::grade).contains(DisabilityGrade.ONE, DisabilityGrade.TWO);
        assertThat(onlyHearingSevere.gradeWeights())
                .containsEntry(DisabilityGrade.THREE, 0)
                .containsEntry(DisabilityGrade.FOUR, 0);
    }

    @Test
    void overridingOneSideKeepsTheOther() {
        CertificateMix mix = CertificateMix.COUNTY_ROSTER.withGradeWeights(Map.of(DisabilityGrade.FOUR, 1));
        assertThat(mix.categoryWeights()).isEqualTo(CertificateMix.COUNTY_ROSTER.categoryWeights());
        assertThat(mix.gradeWeights()).containsEntry(DisabilityGrade.FOUR, 1).containsEntry(DisabilityGrade.ONE, 0);
        CertificateMix other = mix.withCategoryWeights(Map.of(DisabilityCategory.MULTIPLE, 2));
        assertThat(other.gradeWeights()).isEqualTo(mix.gradeWeights());
        assertThat(other.categoryWeights()).containsEntry(DisabilityCategory.MULTIPLE, 2);
    }

    static Stream<Arguments> badWeights() {
        Map<DisabilityCategory, Integer> withNull = new HashMap<>();
        withNull.put(DisabilityCategory.VISUAL, null);
        return Stream.of(
                Arguments.of(
                        Map.of(DisabilityCategory.VISUAL, -1),
                        Map.of(DisabilityGrade.ONE, 1),
                        "Invalid category weights \"-1\": the weight of VISUAL must not be negative"),
                Arguments.of(
                        Map.of(DisabilityCategory.VISUAL, 1),
                        Map.of(DisabilityGrade.THREE, -20),
                        "Invalid grade weights \"-20\": the weight of THREE must not be negative"),
                Arguments.of(
                        Map.of(),
                        Map.of(DisabilityGrade.ONE, 1),
                        "Invalid category weights \"{}\": at least one weight must be positive"),
                Arguments.of(
                        Map.of(DisabilityCategory.VISUAL, 1),
                        Map.of(DisabilityGrade.ONE, 0),
                        "Invalid grade weights \"{ONE=0}\": at least one weight must be positive"),
                Arguments.of(
                        withNull,
                        Map.of(DisabilityGrade.ONE, 1),
                        "Invalid category weights \"null\": the weight of VISUAL must be a number, not null"),
                Arguments.of(
                        Map.of(DisabilityCategory.VISUAL, Integer.MAX_VALUE, DisabilityCategory.SPEECH, 1),
                        Map.of(DisabilityGrade.ONE, 1),
                        "Invalid category weights \"**********\": the weights must add up to at most 2^31 - 1"));
    }

    @ParameterizedTest
    @MethodSource("badWeights")
    void rejectsWeightsThatCannotBeDrawnFrom(
            Map<DisabilityCategory, Integer> categories, Map<DisabilityGrade, Integer> grades, String message) {
        assertThatThrownBy(() -> CertificateMix.of(categories, grades))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }
}
