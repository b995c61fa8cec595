package org.canlian.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.immutables.value.Value;

/**
 * A downstream DTO for {@link PersonalDataGuardTest}: every core value type, a date, an enum, a number, a list and a
 * map whose keys come from the input (so that they end up in JSON paths).
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGuardedForm.class)
@JsonDeserialize(as = ImmutableGuardedForm.class)
abstract class GuardedForm {
    abstract ResidentId residentId();

    abstract CertificateNumber certificateNumber();

    abstract DivisionCode division();

    abstract Money amount();

    abstract LocalDate date();

    abstract DisabilityCategory category();

    abstract int householdSize();

    abstract List<ResidentId> members();

    abstract Map<String, Money> payments();
}
