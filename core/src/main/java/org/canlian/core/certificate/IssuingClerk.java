package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The county federation's staff member who issues a certificate, with the dates on which they signed the
 * confidentiality agreement (保密协议) and the responsibility pledge (责任书): both are required before issuing.
 *
 * <pre>{@code
 * IssuingClerk clerk = IssuingClerk.signed("A-07", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2));
 * clerk.mayIssueOn(LocalDate.of(2025, 1, 6));    // true
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param staffId the staff identifier within the federation (not a resident ID)
 * @param confidentialityAgreementSignedOn when the confidentiality agreement was signed, if it was
 * @param responsibilityPledgeSignedOn when the responsibility pledge was signed, if it was
 */
public record IssuingClerk(
        String staffId,
        Optional<LocalDate> confidentialityAgreementSignedOn,
        Optional<LocalDate> responsibilityPledgeSignedOn) {

    /**
     * Checks the staff identifier is given.
     *
     * @param staffId the staff identifier within the federation (not a resident ID)
     * @param confidentialityAgreementSignedOn when the confidentiality agreement was signed, if it was
     * @param responsibilityPledgeSignedOn when the responsibility pledge was signed, if it was
     */
    public IssuingClerk {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(confidentialityAgreementSignedOn, "confidentialityAgreementSignedOn");
        Objects.requireNonNull(responsibilityPledgeSignedOn, "responsibilityPledgeSignedOn");
        if (staffId.isBlank()) {
            throw InvalidValueException.of("clerk staffId", "blank", Masking.quote(staffId), "must be given");
        }
    }

    /**
     * A clerk who signed both documents.
     *
     * @param staffId staff identifier
     * @param agreementSignedOn confidentiality agreement date
     * @param pledgeSignedOn responsibility pledge date
     * @return the clerk
     */
    public static IssuingClerk signed(String staffId, LocalDate agreementSignedOn, LocalDate pledgeSignedOn) {
        return new IssuingClerk(staffId, Optional.of(agreementSignedOn), Optional.of(pledgeSignedOn));
    }

    /**
     * Whether this clerk may issue a certificate on a date: both documents signed on or before it.
     *
     * @param date the issuing date
     * @return true if they may
     */
    public boolean mayIssueOn(LocalDate date) {
        return whyCannotIssueOn(date).isEmpty();
    }

    /** The rule this clerk breaks by issuing on a date, if any. */
    Optional<Violation> whyCannotIssueOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (confidentialityAgreementSignedOn.filter(d -> !d.isAfter(date)).isEmpty()) {
            return Optional.of(new Violation(
                    "clerk-confidentiality-agreement",
                    "issuing clerk " + staffId + " has not signed the confidentiality agreement (保密协议)"
                            + confidentialityAgreementSignedOn
                                    .map(d -> ", signed only on " + d)
                                    .orElse("")));
        }
        if (responsibilityPledgeSignedOn.filter(d -> !d.isAfter(date)).isEmpty()) {
            return Optional.of(new Violation(
                    "clerk-responsibility-pledge",
                    "issuing clerk " + staffId + " has not signed the responsibility pledge (责任书)"
                            + responsibilityPledgeSignedOn
                                    .map(d -> ", signed only on " + d)
                                    .orElse("")));
        }
        return Optional.empty();
    }
}
