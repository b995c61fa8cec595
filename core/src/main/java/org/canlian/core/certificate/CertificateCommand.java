package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/**
 * A step someone asks the county federation to take on an application or a certificate; {@link CertificateLifecycle}
 * decides it against the current state, the date, the {@link CertificateRules} and a working calendar.
 *
 * <pre>{@code
 * CertificateCommand c = new CertificateCommand.Transfer(DivisionCode.parse("620702"), LocalDate.of(2026, 3, 1));
 * c.step();     // "transfer"
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record. JSON carries the step as {@code "type"}:
 * {@code {"type":"transfer","toCounty":"620702","movedOn":"2026-03-01"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CertificateCommand.Apply.class, name = "apply"),
    @JsonSubTypes.Type(value = CertificateCommand.Accept.class, name = "accept"),
    @JsonSubTypes.Type(value = CertificateCommand.Assess.class, name = "assess"),
    @JsonSubTypes.Type(value = CertificateCommand.Appeal.class, name = "appeal"),
    @JsonSubTypes.Type(value = CertificateCommand.DecideAppeal.class, name = "decide-appeal"),
    @JsonSubTypes.Type(value = CertificateCommand.PostNotice.class, name = "post-notice"),
    @JsonSubTypes.Type(value = CertificateCommand.Approve.class, name = "approve"),
    @JsonSubTypes.Type(value = CertificateCommand.Reject.class, name = "reject"),
    @JsonSubTypes.Type(value = CertificateCommand.Issue.class, name = "issue"),
    @JsonSubTypes.Type(value = CertificateCommand.Renew.class, name = "renew"),
    @JsonSubTypes.Type(value = CertificateCommand.ReplaceLost.class, name = "replace-lost"),
    @JsonSubTypes.Type(value = CertificateCommand.ExchangeDamaged.class, name = "exchange-damaged"),
    @JsonSubTypes.Type(value = CertificateCommand.ChangeRating.class, name = "change-rating"),
    @JsonSubTypes.Type(value = CertificateCommand.Transfer.class, name = "transfer"),
    @JsonSubTypes.Type(value = CertificateCommand.Cancel.class, name = "cancel")
})
public sealed interface CertificateCommand {

    /** {@return the step's name, as in JSON's {@code "type"} and in a {@link Refusal}} */
    default String step() {
        return TypeNames.of(CertificateCommand.class, getClass());
    }

    /**
     * Apply for a certificate at the county federation of household registration (申请).
     *
     * @param holder the person the certificate is for
     * @param county the county-level federation applied to
     * @param householdRegistration the place of household registration (户籍), within {@code county}
     * @param applicant the person themself or a guardian
     * @param claimedCategory the category applied for; intellectual and psychosocial need a guardian
     */
    record Apply(
            ResidentId holder,
            DivisionCode county,
            DivisionCode householdRegistration,
            Applicant applicant,
            DisabilityCategory claimedCategory)
            implements CertificateCommand {
        /**
         * Checks every part is given.
         *
         * @param holder the person the certificate is for
         * @param county the county-level federation applied to
         * @param householdRegistration the place of household registration (户籍), within {@code county}
         * @param applicant the person themself or a guardian
         * @param claimedCategory the category applied for; intellectual and psychosocial need a guardian
         */
        public Apply {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(householdRegistration, "householdRegistration");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(claimedCategory, "claimedCategory");
        }
    }

    /** Accept the application for assessment (受理). */
    record Accept() implements CertificateCommand {}

    /**
     * Record the assessment by the designated institution (评定).
     *
     * @param assessment the assessment
     */
    record Assess(Assessment assessment) implements CertificateCommand {
        /**
         * Checks the assessment is given.
         *
         * @param assessment the assessment
         */
        public Assess {
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * Appeal against the assessment (or the last appeal decision): to the city federation, then the provincial
     * committee.
     *
     * @param grounds the grounds given
     */
    record Appeal(String grounds) implements CertificateCommand {
        /**
         * Checks the grounds are given.
         *
         * @param grounds the grounds given
         */
        public Appeal {
            requireText("grounds", grounds);
        }
    }

    /**
     * Record the decision on the pending appeal; it replaces the assessment.
     *
     * @param decision the appeal body's assessment
     */
    record DecideAppeal(Assessment decision) implements CertificateCommand {
        /**
         * Checks the decision is given.
         *
         * @param decision the appeal body's assessment
         */
        public DecideAppeal {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /**
     * Post the public notice (公示) in the village or community.
     *
     * @param place the village or community (village-level code) within the county
     */
    record PostNotice(DivisionCode place) implements CertificateCommand {
        /**
         * Checks the place is given.
         *
         * @param place the village or community (village-level code) within the county
         */
        public PostNotice {
            Objects.requireNonNull(place, "place");
        }
    }

    /** The county review (审核) approves the application, after the notice and within the review period. */
    record Approve() implements CertificateCommand {}

    /**
     * Reject the application with a reason, at any stage before issue.
     *
     * @param reason the reason, told to the applicant
     */
    record Reject(String reason) implements CertificateCommand {
        /**
         * Checks the reason is given.
         *
         * @param reason the reason, told to the applicant
         */
        public Reject {
            requireText("reason", reason);
        }
    }

    /**
     * Issue the certificate (发证).
     *
     * @param clerk the issuing clerk, who must have signed the confidentiality agreement and responsibility pledge
     */
    record Issue(IssuingClerk clerk) implements CertificateCommand {
        /**
         * Checks the clerk is given.
         *
         * @param clerk the issuing clerk, who must have signed the confidentiality agreement and responsibility pledge
         */
        public Issue {
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * Renew the certificate on expiry (换领): same number, a new validity period.
     *
     * @param clerk the issuing clerk
     */
    record Renew(IssuingClerk clerk) implements CertificateCommand {
        /**
         * Checks the clerk is given.
         *
         * @param clerk the issuing clerk
         */
        public Renew {
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * Replace a lost certificate (补办): the lost number is declared void, the new one gets the next {@code B} suffix.
     *
     * @param clerk the issuing clerk
     */
    record ReplaceLost(IssuingClerk clerk) implements CertificateCommand {
        /**
         * Checks the clerk is given.
         *
         * @param clerk the issuing clerk
         */
        public ReplaceLost {
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * Exchange a damaged certificate (换发): same number, same details.
     *
     * @param clerk the issuing clerk
     */
    record ExchangeDamaged(IssuingClerk clerk) implements CertificateCommand {
        /**
         * Checks the clerk is given.
         *
         * @param clerk the issuing clerk
         */
        public ExchangeDamaged {
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * Change the category or grade after a reassessment: a new certificate with a new number.
     *
     * @param reassessment the reassessment, with its new rating
     * @param clerk the issuing clerk
     */
    record ChangeRating(Assessment reassessment, IssuingClerk clerk) implements CertificateCommand {
        /**
         * Checks both parts are given.
         *
         * @param reassessment the reassessment, with its new rating
         * @param clerk the issuing clerk
         */
        public ChangeRating {
            Objects.requireNonNull(reassessment, "reassessment");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * Transfer the certificate to another county on moving (迁移): the new county federation becomes the issuer.
     *
     * @param toCounty the county-level federation of the new household registration
     * @param movedOn the date of the move
     */
    record Transfer(DivisionCode toCounty, LocalDate movedOn) implements CertificateCommand {
        /**
         * Checks both parts are given.
         *
         * @param toCounty the county-level federation of the new household registration
         * @param movedOn the date of the move
         */
        public Transfer {
            Objects.requireNonNull(toCounty, "toCounty");
            Objects.requireNonNull(movedOn, "movedOn");
        }
    }

    /**
     * Cancel the certificate (注销).
     *
     * @param reason why
     */
    record Cancel(CancellationReason reason) implements CertificateCommand {
        /**
         * Checks the reason is given.
         *
         * @param reason why
         */
        public Cancel {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static void requireText(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw InvalidValueException.of(field, "blank", Masking.quote(text), "must be given");
        }
    }
}
