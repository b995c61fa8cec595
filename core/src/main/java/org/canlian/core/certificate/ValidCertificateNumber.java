package org.canlian.core.certificate;

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
 * The annotated text must be a valid disability certificate number (20 or 22 characters), as
 * {@link CertificateNumber#parse(CharSequence)} reads it. {@code null} is valid: add {@code @NotNull} where the number
 * is required.
 *
 * <p>The message names the rule broken and shows the number masked, in English or Chinese by the validator's locale:
 * {@code is not a valid certificate number (110105********002X81): character 19, the category, must be a digit 1-7} /
 * {@code 不是有效的残疾人证号（110105********002X81）：第19位（残疾类别）须为1至7}. Hibernate Validator ignores
 * constraints on record-style accessors ({@code number()}): annotate fields or {@code get*} methods.
 *
 * <pre>{@code
 * public class HolderForm {
 *     @NotNull @ValidCertificateNumber
 *     private String certificateNumber;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = CertificateNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCertificateNumber {
    /** {@return the message; by default one per rule broken, from {@code ValidationMessages}} */
    String message() default "{org.canlian.core.certificate.ValidCertificateNumber.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
