package org.canlian.rules.subsidy;

import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Resolved;

/**
 * How an explained decision reads the claimant's own dated facts (application, stopping events, certificate): from the
 * {@link Claimant} ({@link #OWN}, the defaults), or from a batch's columns by the claimant's position, where a
 * province's decisions read memory in order instead of each claimant's objects. Both read the same values, so both give
 * the same decision. Implementations are immutable and thread-safe.
 */
interface ClaimantReads {
    /** Every fact read from the claimant. */
    ClaimantReads OWN = new ClaimantReads() {};

    /**
     * {@return the month index of the claimant's application for the programme, {@link Claimant#NOT_APPLIED} or {@link
     * Claimant#UNKNOWN_MONTH}}
     *
     * @param index the claimant's position in a batch, -1 for one claimant alone
     */
    default int applicationMonth(int index, Claimant claimant, Programme programme) {
        return claimant.applicationMonth(programme.ordinal());
    }

    /**
     * {@return the step of the payment-start rule applied to the claimant's application, for a claimant who applied on
     * a known day}
     *
     * @param index the claimant's position in a batch, -1 for one claimant alone
     */
    default Explanation.Step applicationStep(
            int index, Claimant claimant, Programme programme, PolicyValues values, Resolved<PaymentStart> start) {
        return values.applicationStep(programme, start, claimant.application(programme));
    }

    /**
     * {@return whether the claimant has a stopping event}
     *
     * @param index the claimant's position in a batch, -1 for one claimant alone
     */
    default boolean hasEvents(int index, Claimant claimant) {
        return !claimant.events().isEmpty();
    }

    /**
     * {@return whether the certificate is valid on a day from {@code firstDay} to {@code lastDay} (epoch days): 1, 0,
     * or -1 if unknown}
     *
     * @param index the claimant's position in a batch, -1 for one claimant alone
     */
    default int certificateValidWithin(int index, Claimant claimant, long firstDay, long lastDay) {
        return claimant.certificateValidWithin(firstDay, lastDay);
    }

    /**
     * {@return the certificate in words, as the explanation states it, for a claimant whose certificate is known}
     *
     * @param index the claimant's position in a batch, -1 for one claimant alone
     */
    default Bilingual certificate(int index, Claimant claimant) {
        return claimant.certificate();
    }
}
