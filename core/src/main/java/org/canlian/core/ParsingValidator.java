package org.canlian.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The Bean Validation side of a canlian value type read from text: a value is valid when the type's {@code parse}
 * accepts it, and a violation's message names the rule that {@code parse} found broken.
 *
 * <p>{@code null} is valid, as the Bean Validation convention has it: combine with {@code @NotNull} where the field
 * is required. The message template is the annotation's {@code message} if the caller set one, otherwise the bundle
 * key {@code <annotation class name>.<rule>}, e.g. {@code org.canlian.core.person.ValidResidentId.check-character},
 * resolved in {@code ValidationMessages*.properties} (English, and Chinese for {@code zh_CN}), and in the identical
 * {@code ContributorValidationMessages*.properties}, which Hibernate Validator still finds when an application's own
 * {@code ValidationMessages.properties} hides the library's. Templates may use
 * these parameters: {@code {rejectedValue}} (masked where personal, never the raw input), {@code {reason}} (the
 * English reason of the {@link InvalidValueException}), {@code {rule}}, {@code {length}}, and whatever the type adds
 * (for IDs, {@code {expected}}, the check character). Needs Hibernate Validator, which core depends on.
 *
 * <pre>{@code
 * public final class ResidentIdValidator extends ParsingValidator<ValidResidentId> {
 *     public ResidentIdValidator() { super(ValidResidentId.class, ValidResidentId::message); }
 *     protected void parse(String text) { ResidentId.parse(text); }
 * }
 * }</pre>
 *
 * <p>Instances are created and initialised by the validator, then used from any thread; they hold no state once
 * {@link #initialize(Annotation)} has run. This class is thread-safe after initialisation.
 *
 * @param <A> the constraint annotation
 */
public abstract class ParsingValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
    private final String keyPrefix;
    private final String defaultMessage;
    private final Function<A, String> messageOf;
    private String message;

    /**
     * Creates the validator of a constraint whose default message is {@code "{<annotation class name>.message}"}.
     *
     * @param annotation the constraint annotation type
     * @param messageOf reads the {@code message} attribute of an annotation instance
     */
    protected ParsingValidator(Class<A> annotation, Function<A, String> messageOf) {
        this.keyPrefix = annotation.getName();
        this.defaultMessage = "{" + keyPrefix + ".message}";
        this.messageOf = Objects.requireNonNull(messageOf, "messageOf");
    }

    @Override
    public void initialize(A constraint) {
        this.message = messageOf.apply(constraint);
    }

    /**
     * Reads the text as the value type does.
     *
     * @param text the text, not null
     * @throws InvalidValueException if it breaks a rule of the type
     */
    protected abstract void parse(String text);

    /**
     * Extra message parameters for a rejected value, e.g. the expected check character.
     *
     * @param text the rejected text
     * @param rejection why {@link #parse(String)} rejected it
     * @return parameter names and values; none by default
     */
    protected Map<String, Object> details(String text, InvalidValueException rejection) {
        return Map.of();
    }

    /** {@code null} is valid; any other value is valid if {@link #parse(String)} accepts it. */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate
                    .addMessageParameter("rejectedValue", e.rejectedValue())
                    .addMessageParameter("reason", e.reason())
                    .addMessageParameter("rule", e.rule())
                    .addMessageParameter("length", text.length());
            details(text, e).forEach(hibernate::addMessageParameter);
            String template = defaultMessage.equals(message) ? "{" + keyPrefix + "." + e.rule() + "}" : message;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
