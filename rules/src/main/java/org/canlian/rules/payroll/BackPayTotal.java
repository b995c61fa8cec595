package org.canlian.rules.payroll;

import java.util.Objects;
import org.canlian.core.money.Money;

/**
 * One figure of a back pay (补发): what was paid (as known on the payment date), what is owed (as known on the back-pay
 * decision date), the arrears (people owed more, and how much more, including people newly owed) and the overpayments
 * (people paid more than is owed, and how much more, including people no longer owed anything), kept apart: arrears
 * and overpayments are never netted unless {@link #net()} is asked for.
 *
 * <pre>{@code
 * BackPayTotal care = backPay.total(county, Programme.CARE, YearMonth.of(2025, 2));
 * care.paid();          // 12 people, 1200.00
 * care.owed();          // 12 people, 1800.00
 * care.arrears();       // 12 people, 600.00
 * care.overpaid();      // 0 people, 0.00
 * care.net();           // 600.00
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param paid people paid and the amount paid
 * @param owed people owed and the amount owed
 * @param arrears people owed more than they were paid, and the differences
 * @param overpaid people paid more than they are owed, and the differences
 */
public record BackPayTotal(
        PeopleAndAmount paid, PeopleAndAmount owed, PeopleAndAmount arrears, PeopleAndAmount overpaid) {
    /**
     * Validates the components.
     *
     * @param paid people paid and the amount paid
     * @param owed people owed and the amount owed
     * @param arrears people owed more than they were paid, and the differences
     * @param overpaid people paid more than they are owed, and the differences
     */
    public BackPayTotal {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(arrears, "arrears");
        Objects.requireNonNull(overpaid, "overpaid");
    }

    /** {@return arrears less overpayments: what owed less paid comes to; negative if more was overpaid} */
    public Money net() {
        return arrears.amount().minus(overpaid.amount());
    }
}
