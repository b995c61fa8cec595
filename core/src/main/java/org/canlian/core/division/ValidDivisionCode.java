package org.canlian.core.division;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a valid administrative division code (2, 4, 6, 9 or 12 digits), as
 * {@link DivisionCode#parse(CharSequence)} reads it. {@code null} is valid: add {@code @NotNull} where the code is
 * required.
 *
 * <p>The message names the rule broken, in English or Chinese by the validator's locale:
 * {@code is not a valid division code ("350527000"): township digits must not be 000} /
 * {@code 不是有效的行政区划代码（"350527000"）：乡级代码不能为000}. Hibernate Validator ignores constraints on
 * record-style accessors ({@code code()}): annotate fields or {@code get*} methods.
 *
 * <pre>{@code
 * public class UnitForm {
 *     @NotNull @ValidDivisionCode
 *     private String divisionCode;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidDivisionCode {
    /** {@return the message; by default one per rule broken, from {@code ValidationMessages}} */
    String message() default "{org.canlian.core.division.ValidDivisionCode.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
