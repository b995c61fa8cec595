package org.canlian.core.certificate;

import java.util.Map;
import org.canlian.core.InvalidValueException;
import org.canlian.core.ParsingValidator;
import org.canlian.core.person.ResidentId;

/**
 * Checks {@link ValidCertificateNumber}: delegates to {@link CertificateNumber#parse(CharSequence)}; {@code null} is
 * valid. Adds the message parameter {@code {expected}}, the check character the resident ID part calls for.
 *
 * <pre>{@code
 * @ValidCertificateNumber String certificateNumber;   // checked by this class
 * }</pre>
 *
 * <p>This class is thread-safe once initialised.
 */
public final class CertificateNumberValidator extends ParsingValidator<ValidCertificateNumber> {
    /** Creates the validator; Bean Validation does this. */
    public CertificateNumberValidator() {
        super(ValidCertificateNumber.class, ValidCertificateNumber::message);
    }

    @Override
    protected void parse(String text) {
        CertificateNumber.parse(text);
    }

    @Override
    protected Map<String, Object> details(String text, InvalidValueException rejection) {
        return rejection.rule().equals("resident-id.check-character")
                ? Map.of("expected", ResidentId.checkCharacter(text))
                : Map.of();
    }
}
