package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.person.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ofChineseName}: the spellings county spreadsheets use, and the message for any other text. */
class ChineseNamesTest {
    static Stream<Arguments> sexes() {
        return Stream.of(
                Arguments.of("男", Sex.MALE),
                Arguments.of("女", Sex.FEMALE),
                Arguments.of("男性", Sex.MALE),
                Arguments.of("女性", Sex.FEMALE),
                Arguments.of(" 女 ", Sex.FEMALE),
                Arguments.of("\u3000男", Sex.MALE));
    }

    @ParameterizedTest
    @MethodSource("sexes")
    void readsSexAsSpreadsheetsWriteIt(String text, Sex sex) {
        assertThat(Sex.ofChineseName(text)).isEqualTo(sex);
        assertThat(Sex.findByChineseName(text)).contains(sex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "F", "male", "1", "2", "男女", "nan"})
    void rejectsOtherSexTextNamingTheFieldTheTextAndTheNamesAllowed(String text) {
        assertThat(Sex.findByChineseName(text)).isEmpty();
        assertThatThrownBy(() -> Sex.ofChineseName(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("sex");
                    assertThat(e.rule()).isEqualTo("chinese-name");
                })
                .hasMessage("Invalid sex \"" + text + "\": must be one of 男, 女 (or 男性, 女性)");
    }

    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of("视力残疾", DisabilityCategory.VISUAL),
                Arguments.of("视力", DisabilityCategory.VISUAL),
                Arguments.of("听力残疾", DisabilityCategory.HEARING),
                Arguments.of("听力", DisabilityCategory.HEARING),
                Arguments.of("言语残疾", DisabilityCategory.SPEECH),
                Arguments.of("言语", DisabilityCategory.SPEECH),
                Arguments.of("肢体残疾", DisabilityCategory.PHYSICAL),
                Arguments.of("肢体", DisabilityCategory.PHYSICAL),
                Arguments.of("智力残疾", DisabilityCategory.INTELLECTUAL),
                Arguments.of("智力", DisabilityCategory.INTELLECTUAL),
                Arguments.of("精神残疾", DisabilityCategory.PSYCHOSOCIAL),
                Arguments.of("精神", DisabilityCategory.PSYCHOSOCIAL),
                Arguments.of("多重残疾", DisabilityCategory.MULTIPLE),
                Arguments.of("多重", DisabilityCategory.MULTIPLE),
                Arguments.of(" 肢体残疾\t", DisabilityCategory.PHYSICAL));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void readsCategoryByItsFullOrShortName(String text, DisabilityCategory category) {
        assertThat(DisabilityCategory.ofChineseName(text)).isEqualTo(category);
        assertThat(DisabilityCategory.findByChineseName(text)).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "残疾", "语言残疾", "肢体残", "physical", "肢体残疾一级"})
    void rejectsOtherCategoryText(String text) {
        assertThat(DisabilityCategory.findByChineseName(text)).isEmpty();
        assertThatThrownBy(() -> DisabilityCategory.ofChineseName(text))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("disability category"))
                .hasMessage("Invalid disability category \"" + text + "\": must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾,"
                        + " 智力残疾, 精神残疾, 多重残疾 (or the short names 视力, 听力, 言语, 肢体, 智力, 精神, 多重)");
    }

    static Stream<Arguments> grades() {
        return Stream.of(
                Arguments.of("一级", DisabilityGrade.ONE),
                Arguments.of("二级", DisabilityGrade.TWO),
                Arguments.of("三级", DisabilityGrade.THREE),
                Arguments.of("四级", DisabilityGrade.FOUR),
                Arguments.of("1级", DisabilityGrade.ONE),
                Arguments.of("2级", DisabilityGrade.TWO),
                Arguments.of("3级", DisabilityGrade.THREE),
                Arguments.of("4级", DisabilityGrade.FOUR),
                Arguments.of("１级", DisabilityGrade.ONE),
                Arguments.of("４级", DisabilityGrade.FOUR),
                Arguments.of(" 二级 ", DisabilityGrade.TWO));
    }

    @ParameterizedTest
    @MethodSource("grades")
    void readsGradeWithAChineseOrArabicNumeral(String text, DisabilityGrade grade) {
        assertThat(DisabilityGrade.ofChineseName(text)).isEqualTo(grade);
        assertThat(DisabilityGrade.findByChineseName(text)).contains(grade);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "五级", "0级", "5级", "一", "级", "一级级", "壹级", "grade 1", "二 级"})
    void rejectsOtherGradeText(String text) {
        assertThat(DisabilityGrade.findByChineseName(text)).isEmpty();
        assertThatThrownBy(() -> DisabilityGrade.ofChineseName(text))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("chinese-name"))
                .hasMessage("Invalid disability grade \"" + text + "\": must be one of 一级, 二级, 三级, 四级 (or 1级-4级)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "a\nb"})
    void theRejectedTextIsQuotedAndEscapedAsMaskingQuotesIt(String text) {
        // quoted as Masking.quote does, then redacted as every message is: an ID typed into the field shows masked
        assertThatThrownBy(() -> DisabilityGrade.ofChineseName(text))
                .hasMessageContaining(Masking.redact(Masking.quote(text)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19491231"));
    }

    @ParameterizedTest
    @MethodSource("everyConstant")
    void theOwnChineseNameOfEveryConstantIsRead(Enum<?> constant, String chineseName) {
        Object read;
        if (constant instanceof Sex) {
            read = Sex.ofChineseName(chineseName);
        } else if (constant instanceof DisabilityCategory) {
            read = DisabilityCategory.ofChineseName(chineseName);
        } else {
            read = DisabilityGrade.ofChineseName(chineseName);
        }
        assertThat(read).isEqualTo(constant);
    }

    static Stream<Arguments> everyConstant() {
        return Stream.of(
                        Stream.of(Sex.values()).map(s -> Arguments.of(s, s.chineseName())),
                        Stream.of(DisabilityCategory.values()).map(c -> Arguments.of(c, c.chineseName())),
                        Stream.of(DisabilityGrade.values()).map(g -> Arguments.of(g, g.chineseName())))
                .flatMap(s -> s);
    }
}
