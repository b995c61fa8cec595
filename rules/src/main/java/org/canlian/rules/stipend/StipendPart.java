package org.canlian.rules.stipend;

import java.util.Objects;
import org.canlian.core.money.Money;

/**
 * One part of an officer's monthly stipend: what it is, how much, and who pays it.
 *
 * <pre>{@code
 * StipendPart p = StipendPart.of(StipendPartKind.LOST_WORK_ALLOWANCE, Money.ofYuan(60), FundingSource.VILLAGE_PUBLIC_FUNDS);
 * p.toString();    // "lost-work-allowance 60.00 (village-public-funds)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StipendPart {
    private final StipendPartKind kind;
    private final Money amount;
    private final FundingSource payer;

    private StipendPart(StipendPartKind kind, Money amount, FundingSource payer) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.payer = Objects.requireNonNull(payer, "payer");
    }

    /**
     * A part.
     *
     * @param kind what it is
     * @param amount how much, for the month
     * @param payer who pays it
     * @return the part
     */
    public static StipendPart of(StipendPartKind kind, Money amount, FundingSource payer) {
        return new StipendPart(kind, amount, payer);
    }

    /** {@return what it is} */
    public StipendPartKind kind() {
        return kind;
    }

    /** {@return how much, for the month} */
    public Money amount() {
        return amount;
    }

    /** {@return who pays it} */
    public FundingSource payer() {
        return payer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StipendPart other
                && kind == other.kind
                && amount.equals(other.amount)
                && payer == other.payer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount, payer);
    }

    @Override
    public String toString() {
        return kind.code() + " " + amount.toPlainString() + " (" + payer.code() + ")";
    }
}
