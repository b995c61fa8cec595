package org.canlian.core.person;

import java.util.Map;
import org.canlian.core.InvalidValueException;
import org.canlian.core.ParsingValidator;

/**
 * Checks {@link ValidResidentId}: delegates to {@link ResidentId#parse(CharSequence)}; {@code null} is valid. Adds
 * the message parameter {@code {expected}}, the check character the first 17 digits call for.
 *
 * <pre>{@code
 * @ValidResidentId String residentId;   // checked by this class
 * }</pre>
 *
 * <p>This class is thread-safe once initialised.
 */
public final class ResidentIdValidator extends ParsingValidator<ValidResidentId> {
    /** Creates the validator; Bean Validation does this. */
    public ResidentIdValidator() {
        super(ValidResidentId.class, ValidResidentId::message);
    }

    @Override
    protected void parse(String text) {
        ResidentId.parse(text);
    }

    @Override
    protected Map<String, Object> details(String text, InvalidValueException rejection) {
        return rejection.rule().equals("check-character")
                ? Map.of("expected", ResidentId.checkCharacter(text))
                : Map.of();
    }
}
