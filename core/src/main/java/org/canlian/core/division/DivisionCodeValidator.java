package org.canlian.core.division;

import org.canlian.core.ParsingValidator;

/**
 * Checks {@link ValidDivisionCode}: delegates to {@link DivisionCode#parse(CharSequence)}; {@code null} is valid.
 *
 * <pre>{@code
 * @ValidDivisionCode String divisionCode;   // checked by this class
 * }</pre>
 *
 * <p>This class is thread-safe once initialised.
 */
public final class DivisionCodeValidator extends ParsingValidator<ValidDivisionCode> {
    /** Creates the validator; Bean Validation does this. */
    public DivisionCodeValidator() {
        super(ValidDivisionCode.class, ValidDivisionCode::message);
    }

    @Override
    protected void parse(String text) {
        DivisionCode.parse(text);
    }
}
