package org.canlian.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.immutables.value.Value;

/** A downstream DTO the way canlian writes them (Immutables, {@link CanlianStyle}), holding every core value type. */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableHolderRecord.class)
@JsonDeserialize(as = ImmutableHolderRecord.class)
abstract class HolderRecord {
    abstract ResidentId residentId();

    abstract CertificateNumber certificateNumber();

    abstract DivisionCode division();

    abstract Money monthlySubsidy();

    abstract DisabilityCategory category();

    abstract DisabilityGrade grade();

    abstract int householdSize();

    abstract Optional<String> note();

    abstract List<Money> payments();

    static ImmutableHolderRecord.Builder builder() {
        return ImmutableHolderRecord.builder();
    }
}
