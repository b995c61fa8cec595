package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.canlian.core.money.Money;
import org.immutables.value.Value;

/**
 * One special association of a federation (CDPF charter; city and county federations' work reports, 2009-2024): whether it has an office of its own, its staff, and its
 * yearly activity budget.
 *
 * <pre>{@code
 * SpecialAssociation.of(SpecialAssociationKind.DEAF, true, 2, Money.ofYuan(5_000));
 * }</pre>
 *
 * <p>Checked: staff and budget are not negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableSpecialAssociation.class)
@JsonDeserialize(as = ImmutableSpecialAssociation.class)
public abstract class SpecialAssociation {
    SpecialAssociation() {}

    /** {@return which of the five} */
    public abstract SpecialAssociationKind kind();

    /** {@return whether it has an office of its own (办公场所)} */
    public abstract boolean hasOffice();

    /** {@return its staff (工作人员), 0 or more} */
    public abstract int staff();

    /** {@return its yearly activity budget (年度活动经费)} */
    public abstract Money yearlyActivityBudget();

    /**
     * A special association.
     *
     * @param kind which one
     * @param hasOffice whether it has an office
     * @param staff its staff, 0 or more
     * @param yearlyActivityBudget its yearly budget, not negative
     * @return the association
     */
    public static SpecialAssociation of(
            SpecialAssociationKind kind, boolean hasOffice, int staff, Money yearlyActivityBudget) {
        return ImmutableSpecialAssociation.builder()
                .kind(kind)
                .hasOffice(hasOffice)
                .staff(staff)
                .yearlyActivityBudget(yearlyActivityBudget)
                .build();
    }

    @Value.Check
    void check() {
        if (staff() < 0) {
            throw InvalidValueException.of(
                    "special association staff", "negative", Integer.toString(staff()), "must be 0 or more");
        }
        if (yearlyActivityBudget().isNegative()) {
            throw InvalidValueException.of(
                    "special association budget",
                    "negative",
                    yearlyActivityBudget().toPlainString(),
                    "must not be negative");
        }
    }
}
