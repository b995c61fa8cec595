package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateNumberValidator;
import org.canlian.core.certificate.ValidCertificateNumber;
import org.canlian.core.division.DivisionCodeValidator;
import org.canlian.core.division.ValidDivisionCode;
import org.canlian.core.person.ResidentIdValidator;
import org.canlian.core.person.ValidResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraints under a Bean Validation provider other than Hibernate Validator, which has only the standard
 * {@link ConstraintValidatorContext}: its {@code unwrap} refuses Hibernate Validator's context, as the specification
 * has it, and the violation's template is plain text that an interpolator shows as is. Hibernate Validator itself is
 * covered by {@link ConstraintMessagesTest} and by the consumer builds of Hibernate Validator 8 and 9.
 */
class ParsingValidatorTest {

    static final class Forms {
        @ValidResidentId
        String residentId;

        @ValidCertificateNumber
        String certificateNumber;

        @ValidDivisionCode
        String divisionCode;

        @ValidDivisionCode(message = "unit code {rejectedValue} rejected by rule {rule} ({length} characters)")
        String customDivisionCode;
    }

    static Stream<Arguments> standardTemplates() {
        return Stream.of(
                // field, value, the template built with the standard API only
                Arguments.of(
                        "residentId",
                        "110105194912310021",
                        "Invalid resident ID 110105********0021: check character should be X"),
                Arguments.of(
                        "certificateNumber",
                        "11010519491231002X81",
                        "Invalid certificate number 110105********002X81: character 19, the category, must be a digit"
                                + " 1-7"),
                Arguments.of(
                        "divisionCode",
                        "62072",
                        "Invalid division code \"62072\": must have 2, 4, 6, 9 or 12 digits, not 5"),
                // Input is escaped, never read as a parameter or an expression.
                Arguments.of(
                        "divisionCode",
                        "{reason}${1+1}\\",
                        "Invalid division code \"\\{reason\\}\\$\\{1+1\\}\\\\\": must contain only digits 0-9"),
                // A custom message gets the parameters substituted, escaped.
                Arguments.of(
                        "customDivisionCode",
                        "350527000",
                        "unit code \"350527000\" rejected by rule township (9 characters)"),
                Arguments.of(
                        "customDivisionCode",
                        "${x}",
                        "unit code \"\\$\\{x\\}\" rejected by rule digits (4 characters)"));
    }

    @ParameterizedTest
    @MethodSource("standardTemplates")
    void anotherProviderGetsTheValueTypesMessageAsEscapedText(String field, String value, String template)
            throws ReflectiveOperationException {
        StandardContext context = new StandardContext();

        assertThat(validator(field).isValid(value, context.proxy())).isFalse();

        assertThat(context.templates).containsExactly(template);
        assertThat(context.defaultDisabled).isTrue();
    }

    @Test
    void aValidValueAndNullAddNoViolation() throws ReflectiveOperationException {
        StandardContext context = new StandardContext();

        assertThat(validator("residentId").isValid("11010519491231002X", context.proxy()))
                .isTrue();
        assertThat(validator("certificateNumber").isValid(null, context.proxy()))
                .isTrue();

        assertThat(context.templates).isEmpty();
    }

    @Test
    void escapeLeavesOrdinaryTextAlone() {
        assertThat(ParsingValidator.escape("居民身份证 (110105********0021): 校验码应为X"))
                .isEqualTo("居民身份证 (110105********0021): 校验码应为X");
        assertThat(ParsingValidator.escape("\\{}$")).isEqualTo("\\\\\\{\\}\\$");
    }

    private static ParsingValidator<?> validator(String field) throws ReflectiveOperationException {
        Annotation constraint = Forms.class.getDeclaredField(field).getAnnotations()[0];
        if (constraint instanceof ValidResidentId id) {
            ResidentIdValidator validator = new ResidentIdValidator();
            validator.initialize(id);
            return validator;
        }
        if (constraint instanceof ValidCertificateNumber number) {
            CertificateNumberValidator validator = new CertificateNumberValidator();
            validator.initialize(number);
            return validator;
        }
        DivisionCodeValidator validator = new DivisionCodeValidator();
        validator.initialize((ValidDivisionCode) constraint);
        return validator;
    }

    /** The standard context as a provider without extensions has it: records the templates of added violations. */
    private static final class StandardContext {
        final List<String> templates = new ArrayList<>();
        boolean defaultDisabled;

        ConstraintValidatorContext proxy() {
            return (ConstraintValidatorContext) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {ConstraintValidatorContext.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "unwrap" -> throw new ValidationException("Type " + args[0] + " not supported");
                        case "disableDefaultConstraintViolation" -> {
                            defaultDisabled = true;
                            yield null;
                        }
                        case "buildConstraintViolationWithTemplate" -> builder(self, (String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private ConstraintValidatorContext.ConstraintViolationBuilder builder(Object context, String template) {
            return (ConstraintValidatorContext.ConstraintViolationBuilder) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {ConstraintValidatorContext.ConstraintViolationBuilder.class},
                    (self, method, args) -> {
                        if (!method.getName().equals("addConstraintViolation")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        templates.add(template);
                        return context;
                    });
        }
    }
}
