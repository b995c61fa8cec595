package org.canlian.consumers.app;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.canlian.core.certificate.ValidCertificateNumber;
import org.canlian.core.division.ValidDivisionCode;
import org.canlian.core.person.ValidResidentId;

/** An application's form, as text from a web request, checked with canlian's constraints. */
public record EnrolmentForm(
        @NotNull @ValidResidentId String residentId,
        @ValidCertificateNumber String certificateNumber,
        @ValidDivisionCode String division,
        LocalDate appliedOn) {}
