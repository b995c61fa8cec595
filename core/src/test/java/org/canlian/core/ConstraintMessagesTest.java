package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.canlian.core.certificate.ValidCertificateNumber;
import org.canlian.core.division.ValidDivisionCode;
import org.canlian.core.person.ValidResidentId;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintMessagesTest {
    private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);
    private static final ValidatorFactory CHINESE = factory(Locale.SIMPLIFIED_CHINESE);

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    /** A downstream form: constraints on fields, which Hibernate Validator reads (pitfall 2). */
    static final class HolderForm {
        @ValidResidentId
        final String residentId;

        @ValidCertificateNumber
        final String certificateNumber;

        @ValidDivisionCode
        final String divisionCode;

        HolderForm(String residentId, String certificateNumber, String divisionCode) {
            this.residentId = residentId;
            this.certificateNumber = certificateNumber;
            this.divisionCode = divisionCode;
        }

        static HolderForm with(String field, String value) {
            return new HolderForm(
                    field.equals("residentId") ? value : null,
                    field.equals("certificateNumber") ? value : null,
                    field.equals("divisionCode") ? value : null);
        }
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                // field, value, English message, Chinese message
                Arguments.of(
                        "residentId",
                        "11010519491231002",
                        "is not a valid resident ID (110105*******1002): must have 18 characters, not 17",
                        "不是有效的居民身份证号码（110105*******1002）：应为18位，实为17位"),
                Arguments.of(
                        "residentId",
                        "11010519491231002Y",
                        "is not a valid resident ID (110105********002Y): character 18 must be a digit or X",
                        "不是有效的居民身份证号码（110105********002Y）：前17位须为数字，第18位须为数字或X"),
                Arguments.of(
                        "residentId",
                        "110000194912310022",
                        "is not a valid resident ID (110000********0022): address code has prefecture digits 00",
                        "不是有效的居民身份证号码（110000********0022）：地址码不是有效的行政区划代码"),
                Arguments.of(
                        "residentId",
                        "110105299912310020",
                        "is not a valid resident ID (110105********0020): birth date is in the future",
                        "不是有效的居民身份证号码（110105********0020）：出生日期不是真实日期、早于1800年或晚于今天"),
                Arguments.of(
                        "residentId",
                        "110105194912310021",
                        "is not a valid resident ID (110105********0021): check character should be X",
                        "不是有效的居民身份证号码（110105********0021）：校验码应为X"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002X4",
                        "is not a valid certificate number (110105********002X4): must have 20 or 22 characters, not"
                                + " 19",
                        "不是有效的残疾人证号（110105********002X4）：应为20位或22位，实为19位"),
                Arguments.of(
                        "certificateNumber",
                        "A1010519491231002X41",
                        "is not a valid certificate number (A10105********002X41): resident ID part: character 1 must"
                                + " be a digit",
                        "不是有效的残疾人证号（A10105********002X41）：身份证号码部分前17位须为数字，第18位须为数字或X"),
                Arguments.of(
                        "certificateNumber",
                        "11000019491231002241",
                        "is not a valid certificate number (110000********002241): resident ID part: address code has"
                                + " prefecture digits 00",
                        "不是有效的残疾人证号（110000********002241）：身份证号码部分的地址码不是有效的行政区划代码"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491331002141",
                        "is not a valid certificate number (110105********002141): resident ID part: birth date is not"
                                + " a real date",
                        "不是有效的残疾人证号（110105********002141）：身份证号码部分的出生日期不是真实日期、早于1800年或晚于今天"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002141",
                        "is not a valid certificate number (110105********002141): resident ID part: check character"
                                + " should be X",
                        "不是有效的残疾人证号（110105********002141）：身份证号码部分的校验码应为X"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002X81",
                        "is not a valid certificate number (110105********002X81): character 19, the category, must be"
                                + " a digit 1-7",
                        "不是有效的残疾人证号（110105********002X81）：第19位（残疾类别）须为1至7"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002X45",
                        "is not a valid certificate number (110105********002X45): character 20, the grade, must be a"
                                + " digit 1-4",
                        "不是有效的残疾人证号（110105********002X45）：第20位（残疾等级）须为1至4"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002X41B0",
                        "is not a valid certificate number (110105********002X41B0): a replacement suffix must be B1 to"
                                + " B9",
                        "不是有效的残疾人证号（110105********002X41B0）：补发后缀须为B1至B9"),
                Arguments.of(
                        "divisionCode",
                        "62a723",
                        "is not a valid division code (\"62a723\"): must contain only digits 0-9",
                        "不是有效的行政区划代码（\"62a723\"）：只能包含数字0至9"),
                Arguments.of(
                        "divisionCode",
                        "62072",
                        "is not a valid division code (\"62072\"): must have 2, 4, 6, 9 or 12 digits, not 5",
                        "不是有效的行政区划代码（\"62072\"）：应为2、4、6、9或12位，实为5位"),
                Arguments.of(
                        "divisionCode",
                        "99",
                        "is not a valid division code (\"99\"): province digits 99 are not a GB/T 2260 province",
                        "不是有效的行政区划代码（\"99\"）：省级代码不在GB/T 2260中"),
                Arguments.of(
                        "divisionCode",
                        "6200",
                        "is not a valid division code (\"6200\"): prefecture digits must not be 00",
                        "不是有效的行政区划代码（\"6200\"）：地级代码不能为00"),
                Arguments.of(
                        "divisionCode",
                        "350527000",
                        "is not a valid division code (\"350527000\"): township digits must not be 000",
                        "不是有效的行政区划代码（\"350527000\"）：乡级代码不能为000"));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void eachConstraintFiresInEnglishAndChinese(String field, String value, String english, String chinese) {
        HolderForm form = HolderForm.with(field, value);

        assertThat(messages(ENGLISH.getValidator(), form)).containsExactly(field + ": " + english);
        assertThat(messages(CHINESE.getValidator(), form)).containsExactly(field + ": " + chinese);
    }

    @ParameterizedTest
    @MethodSource("violations")
    void messagesNeverCarryAnUnmaskedIdentifier(String field, String value, String english, String chinese) {
        if (!field.equals("divisionCode")) {
            assertThat(english).doesNotContain(value.substring(0, Math.min(value.length(), 18)));
            assertThat(chinese).doesNotContain(value.substring(0, Math.min(value.length(), 18)));
        }
    }

    @Test
    void validValuesAndNullsPass() {
        Validator validator = ENGLISH.getValidator();
        assertThat(validator.validate(new HolderForm("11010519491231002X", "11010519491231002X41B1", "620723101001")))
                .isEmpty();
        assertThat(validator.validate(new HolderForm("11010519491231002x", "11010519491231002X41", "441900")))
                .isEmpty();
        assertThat(validator.validate(new HolderForm(null, null, null))).isEmpty();
        assertThat(CHINESE.getValidator().validate(new HolderForm("620723198507150011", "62072319850715001173", "00")))
                .isEmpty();
    }

    /** A form read through {@code get*} accessors, the other style Hibernate Validator sees. */
    static final class GetterForm {
        private final String id;

        GetterForm(String id) {
            this.id = id;
        }

        @ValidResidentId
        public String getResidentId() {
            return id;
        }
    }

    @Test
    void constraintOnAGetterFires() {
        assertThat(messages(ENGLISH.getValidator(), new GetterForm("110105194912310021")))
                .containsExactly(
                        "residentId: is not a valid resident ID (110105********0021): check character should be X");
        assertThat(ENGLISH.getValidator().validate(new GetterForm("11010519491231002X")))
                .isEmpty();
    }

    record Roster(List<@ValidResidentId String> residentIds) {}

    @Test
    void constraintOnListElementsNamesTheIndex() {
        Set<ConstraintViolation<Roster>> violations =
                ENGLISH.getValidator().validate(new Roster(List.of("11010519491231002X", "110105194912310021")));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("residentIds[1].<list element>");
            assertThat(v.getMessage())
                    .isEqualTo("is not a valid resident ID (110105********0021): check character should be X");
        });
    }

    static final class CustomMessageForm {
        @ValidDivisionCode(message = "unit code {rejectedValue} rejected by rule {rule}")
        final String code = "350527000";
    }

    @Test
    void aCustomMessageIsUsedWithTheSameParameters() {
        assertThat(messages(CHINESE.getValidator(), new CustomMessageForm()))
                .containsExactly("code: unit code \"350527000\" rejected by rule township");
    }

    @Test
    void inputIsNeverInterpolatedAsATemplate() {
        assertThat(messages(ENGLISH.getValidator(), HolderForm.with("divisionCode", "{reason}${1+1}")))
                .containsExactly("divisionCode: is not a valid division code (\"{reason}${1+1}\"): must contain only"
                        + " digits 0-9");
    }

    @Test
    void englishIsServedOnAChineseLocaleJvm() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try (ValidatorFactory english = factory(Locale.ENGLISH)) {
            assertThat(messages(english.getValidator(), HolderForm.with("residentId", "110105194912310021")))
                    .containsExactly(
                            "residentId: is not a valid resident ID (110105********0021): check character should be X");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void defaultBundleIsTheEnglishOne() throws IOException {
        assertThat(load("ValidationMessages.properties")).isEqualTo(load("ValidationMessages_en.properties"));
        assertThat(load("ValidationMessages_zh_CN.properties").keySet())
                .isEqualTo(load("ValidationMessages_en.properties").keySet());
    }

    @Test
    void contributorBundlesCarryTheSameMessages() throws IOException {
        for (String suffix : List.of("", "_en", "_zh_CN")) {
            assertThat(load("ContributorValidationMessages" + suffix + ".properties"))
                    .isEqualTo(load("ValidationMessages" + suffix + ".properties"));
        }
    }

    @ParameterizedTest
    @MethodSource("violations")
    void messagesResolveWhenTheApplicationHasItsOwnBundle(String field, String value, String english, String chinese) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            // The application's ValidationMessages is some other bundle: ours are found as contributor bundles.
            ResourceBundleMessageInterpolator interpolator = new ResourceBundleMessageInterpolator(
                    new PlatformResourceBundleLocator("ApplicationValidationMessages"),
                    Set.of(locale),
                    locale,
                    context -> locale,
                    false);
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(interpolator)
                    .buildValidatorFactory()) {
                assertThat(messages(factory.getValidator(), HolderForm.with(field, value)))
                        .containsExactly(field + ": " + (locale == Locale.ENGLISH ? english : chinese));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConstraintMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static <T> List<String> messages(Validator validator, T bean) {
        return validator.validate(bean).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    static Stream<Arguments> idsInTheWrongShapeOrField() {
        return Stream.of(
                // field, value, English message: the ID is masked wherever it stands (issue 10)
                Arguments.of(
                        "divisionCode",
                        "11010519491231002X",
                        "divisionCode: is not a valid division code (\"110105********002X\"): must contain only digits"
                                + " 0-9"),
                Arguments.of(
                        "certificateNumber",
                        "No. 11010519491231002X41",
                        "certificateNumber: is not a valid certificate number (No. 110105********002X41): must have 20"
                                + " or 22 characters, not 24"),
                Arguments.of(
                        "certificateNumber",
                        "  11010519491231002X",
                        "certificateNumber: is not a valid certificate number (  110105********002X): resident ID"
                                + " part: character 1 must be a digit"));
    }

    @ParameterizedTest
    @MethodSource("idsInTheWrongShapeOrField")
    void anIdInTheWrongShapeOrFieldIsShownMaskedInTheViolationAndItsToString(
            String field, String value, String english) {
        assertThat(messages(ENGLISH.getValidator(), HolderForm.with(field, value)))
                .containsExactly(english);
        assertThat(ENGLISH.getValidator().validate(HolderForm.with(field, value)))
                .allSatisfy(v -> assertThat(v.toString()).doesNotContain("19491231"));
    }
}
