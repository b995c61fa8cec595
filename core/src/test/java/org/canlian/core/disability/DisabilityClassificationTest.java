package org.canlian.core.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityClassificationTest {
    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of(1, DisabilityCategory.VISUAL, "视力残疾", "visual"),
                Arguments.of(2, DisabilityCategory.HEARING, "听力残疾", "hearing"),
                Arguments.of(3, DisabilityCategory.SPEECH, "言语残疾", "speech"),
                Arguments.of(4, DisabilityCategory.PHYSICAL, "肢体残疾", "physical"),
                Arguments.of(5, DisabilityCategory.INTELLECTUAL, "智力残疾", "intellectual"),
                Arguments.of(6, DisabilityCategory.PSYCHOSOCIAL, "精神残疾", "psychosocial"),
                Arguments.of(7, DisabilityCategory.MULTIPLE, "多重残疾", "multiple"));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void eachCategoryHasItsDigitAndNames(int digit, DisabilityCategory category, String chinese, String english) {
        assertThat(DisabilityCategory.ofDigit(digit)).isEqualTo(category);
        assertThat(category.digit()).isEqualTo(digit);
        assertThat(category.chineseName()).isEqualTo(chinese);
        assertThat(category.englishName()).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, -1, 10, Integer.MIN_VALUE})
    void rejectsCategoryDigitOutsideOneToSeven(int digit) {
        assertThatThrownBy(() -> DisabilityCategory.ofDigit(digit))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid disability category \"" + org.canlian.core.Masking.redact(Integer.toString(digit))
                        + "\": must be a digit 1-7");
    }

    static Stream<Arguments> grades() {
        return Stream.of(
                Arguments.of(1, DisabilityGrade.ONE, "一级", "grade 1", true),
                Arguments.of(2, DisabilityGrade.TWO, "二级", "grade 2", true),
                Arguments.of(3, DisabilityGrade.THREE, "三级", "grade 3", false),
                Arguments.of(4, DisabilityGrade.FOUR, "四级", "grade 4", false));
    }

    @ParameterizedTest
    @MethodSource("grades")
    void gradesOneAndTwoAreSevere(int number, DisabilityGrade grade, String chinese, String english, boolean severe) {
        assertThat(DisabilityGrade.of(number)).isEqualTo(grade);
        assertThat(grade.number()).isEqualTo(number);
        assertThat(grade.chineseName()).isEqualTo(chinese);
        assertThat(grade.englishName()).isEqualTo(english);
        assertThat(grade.isSevere()).isEqualTo(severe);
    }

    static Stream<Arguments> severityOrder() {
        return Stream.of(
                Arguments.of(DisabilityGrade.ONE, DisabilityGrade.TWO, true),
                Arguments.of(DisabilityGrade.TWO, DisabilityGrade.ONE, false),
                Arguments.of(DisabilityGrade.THREE, DisabilityGrade.THREE, false),
                Arguments.of(DisabilityGrade.ONE, DisabilityGrade.FOUR, true),
                Arguments.of(DisabilityGrade.FOUR, DisabilityGrade.THREE, false));
    }

    @ParameterizedTest
    @MethodSource("severityOrder")
    void gradeOneIsTheMostSevere(DisabilityGrade a, DisabilityGrade b, boolean moreSevere) {
        assertThat(a.isMoreSevereThan(b)).isEqualTo(moreSevere);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 44})
    void rejectsGradeOutsideOneToFour(int number) {
        assertThatThrownBy(() -> DisabilityGrade.of(number))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid disability grade \"" + number + "\": must be 1-4");
    }
}
