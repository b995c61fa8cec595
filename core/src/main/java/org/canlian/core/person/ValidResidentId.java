package org.canlian.core.person;

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
 * The annotated text must be a valid 18-character resident ID, as {@link ResidentId#parse(CharSequence)} reads it
 * (the birth date checked against today's date in China). {@code null} is valid: add {@code @NotNull} where the ID
 * is required.
 *
 * <p>The message names the rule broken and shows the ID masked, in English or Chinese by the validator's locale:
 * {@code is not a valid resident ID (110105********0021): check character should be X} /
 * {@code 不是有效的居民身份证号码（110105********0021）：校验码应为X}. Hibernate Validator ignores constraints on
 * record-style accessors ({@code id()}): annotate fields or {@code get*} methods.
 *
 * <pre>{@code
 * public class HolderForm {
 *     @NotNull @ValidResidentId
 *     private String residentId;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidResidentId {
    /** {@return the message; by default one per rule broken, from {@code ValidationMessages}} */
    String message() default "{org.canlian.core.person.ValidResidentId.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
