package org.canlian.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
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
 * (for IDs, {@code {expected}}, the check character).
 *
 * <p>Which Bean Validation provider runs the constraints is the application's choice; canlian needs only the
 * standard API. When the provider is Hibernate Validator (8.x, the Spring Boot 3 line, or 9.x), its
 * {@code HibernateConstraintValidatorContext} passes the parameters above to its message interpolator, so that the
 * messages come in the validator's locale. The standard API has no message parameters: under another provider a
 * violation's message is the value type's own English message (masked where personal), and a custom {@code message}
 * gets the parameters substituted as text.
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
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("rejectedValue", e.rejectedValue());
            parameters.put("reason", e.reason());
            parameters.put("rule", e.rule());
            parameters.put("length", text.length());
            parameters.putAll(details(text, e));
            boolean custom = !defaultMessage.equals(message);
            String template;
            if (HibernateParameters.added(context, parameters)) {
                template = custom ? message : "{" + keyPrefix + "." + e.rule() + "}";
            } else {
                template = custom ? substitute(message, parameters) : escape(e.getMessage());
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }

    /** Replaces the known parameters of a template with their escaped values; the rest is left to the provider. */
    static String substitute(String template, Map<String, Object> parameters) {
        String result = template;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            result = result.replace("{" + parameter.getKey() + "}", escape(String.valueOf(parameter.getValue())));
        }
        return result;
    }

    /**
     * Escapes text so that a message interpolator shows it as is: a backslash before each backslash, brace and dollar.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * Hibernate Validator's message parameters, used when it is the provider. Only this class names Hibernate
     * Validator's API, and it is loaded only when that API is on the class path.
     */
    private static final class HibernateParameters {
        private static final boolean PRESENT =
                isPresent("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

        private HibernateParameters() {}

        static boolean added(ConstraintValidatorContext context, Map<String, Object> parameters) {
            return PRESENT && Hibernate.added(context, parameters);
        }

        private static boolean isPresent(String className) {
            try {
                Class.forName(className, false, ParsingValidator.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    /** Separate from {@link HibernateParameters} so that no Hibernate Validator type is linked when it is absent. */
    private static final class Hibernate {
        private Hibernate() {}

        static boolean added(ConstraintValidatorContext context, Map<String, Object> parameters) {
            HibernateConstraintValidatorContext hibernate;
            try {
                hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            } catch (ValidationException e) {
                // Hibernate Validator is on the class path but another provider runs this validation.
                return false;
            }
            parameters.forEach(hibernate::addMessageParameter);
            return true;
        }
    }
}
