package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/**
 * A fact in the history of an application and its certificate. Events carry every value the step computed (dates
 * ending a period, new numbers), so that {@link CertificateLifecycle#replay(java.util.List)} rebuilds the state from
 * the history alone, without rules or calendar.
 *
 * <pre>{@code
 * CertificateEvent e = new CertificateEvent.Accepted(LocalDate.of(2025, 1, 6));
 * e.type();     // "accepted"
 * e.date();     // 2025-01-06
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record; {@code toString()} masks resident IDs and numbers.
 * JSON carries the type as {@code "type"}: {@code {"type":"accepted","date":"2025-01-06"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CertificateEvent.Applied.class, name = "applied"),
    @JsonSubTypes.Type(value = CertificateEvent.Accepted.class, name = "accepted"),
    @JsonSubTypes.Type(value = CertificateEvent.Assessed.class, name = "assessed"),
    @JsonSubTypes.Type(value = CertificateEvent.Appealed.class, name = "appealed"),
    @JsonSubTypes.Type(value = CertificateEvent.AppealDecided.class, name = "appeal-decided"),
    @JsonSubTypes.Type(value = CertificateEvent.NoticePosted.class, name = "notice-posted"),
    @JsonSubTypes.Type(value = CertificateEvent.Approved.class, name = "approved"),
    @JsonSubTypes.Type(value = CertificateEvent.Rejected.class, name = "rejected"),
    @JsonSubTypes.Type(value = CertificateEvent.Issued.class, name = "issued"),
    @JsonSubTypes.Type(value = CertificateEvent.Renewed.class, name = "renewed"),
    @JsonSubTypes.Type(value = CertificateEvent.Replaced.class, name = "replaced"),
    @JsonSubTypes.Type(value = CertificateEvent.Exchanged.class, name = "exchanged"),
    @JsonSubTypes.Type(value = CertificateEvent.RatingChanged.class, name = "rating-changed"),
    @JsonSubTypes.Type(value = CertificateEvent.Transferred.class, name = "transferred"),
    @JsonSubTypes.Type(value = CertificateEvent.Cancelled.class, name = "cancelled")
})
public sealed interface CertificateEvent {

    /** {@return the date the step was taken} */
    LocalDate date();

    /** {@return the event's type name, as in JSON's {@code "type"}} */
    default String type() {
        return TypeNames.of(CertificateEvent.class, getClass());
    }

    /**
     * An application was made.
     *
     * @param date date of application
     * @param holder the person the certificate is for
     * @param county the county federation applied to
     * @param householdRegistration place of household registration
     * @param applicant the person or a guardian
     * @param claimedCategory the category applied for
     */
    record Applied(
            LocalDate date,
            ResidentId holder,
            DivisionCode county,
            DivisionCode householdRegistration,
            Applicant applicant,
            DisabilityCategory claimedCategory)
            implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date of application
         * @param holder the person the certificate is for
         * @param county the county federation applied to
         * @param householdRegistration place of household registration
         * @param applicant the person or a guardian
         * @param claimedCategory the category applied for
         */
        public Applied {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(householdRegistration, "householdRegistration");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(claimedCategory, "claimedCategory");
        }
    }

    /**
     * The application was accepted.
     *
     * @param date date of acceptance
     */
    record Accepted(LocalDate date) implements CertificateEvent {
        /**
         * Checks the date is given.
         *
         * @param date date of acceptance
         */
        public Accepted {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The assessment was recorded.
     *
     * @param date date recorded
     * @param assessment the assessment
     */
    record Assessed(LocalDate date, Assessment assessment) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date recorded
         * @param assessment the assessment
         */
        public Assessed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * An appeal was lodged.
     *
     * @param date date lodged
     * @param level where it goes
     * @param grounds the grounds
     */
    record Appealed(LocalDate date, AppealLevel level, String grounds) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date lodged
         * @param level where it goes
         * @param grounds the grounds
         */
        public Appealed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(grounds, "grounds");
        }
    }

    /**
     * An appeal was decided; its assessment replaces the previous one.
     *
     * @param date date recorded
     * @param level the body that decided
     * @param decision its assessment
     */
    record AppealDecided(LocalDate date, AppealLevel level, Assessment decision) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date recorded
         * @param level the body that decided
         * @param decision its assessment
         */
        public AppealDecided {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /**
     * The public notice was posted.
     *
     * @param date date posted
     * @param place the village or community
     * @param endsOn the last working day of the notice
     * @param reviewDueBy the last working day of the county review
     */
    record NoticePosted(LocalDate date, DivisionCode place, LocalDate endsOn, LocalDate reviewDueBy)
            implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date posted
         * @param place the village or community
         * @param endsOn the last working day of the notice
         * @param reviewDueBy the last working day of the county review
         */
        public NoticePosted {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(endsOn, "endsOn");
            Objects.requireNonNull(reviewDueBy, "reviewDueBy");
        }
    }

    /**
     * The county review approved the application.
     *
     * @param date date of approval
     */
    record Approved(LocalDate date) implements CertificateEvent {
        /**
         * Checks the date is given.
         *
         * @param date date of approval
         */
        public Approved {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The application was rejected.
     *
     * @param date date of rejection
     * @param atStage the stage it was rejected in
     * @param reason the reason
     */
    record Rejected(LocalDate date, ApplicationStage atStage, String reason) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date of rejection
         * @param atStage the stage it was rejected in
         * @param reason the reason
         */
        public Rejected {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(atStage, "atStage");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The certificate was issued.
     *
     * @param date issue date
     * @param number its number
     * @param rating category and grade
     * @param issuer the issuing county federation
     * @param validUntil last day of validity
     * @param clerk staff identifier of the issuing clerk
     */
    record Issued(
            LocalDate date,
            CertificateNumber number,
            DisabilityRating rating,
            DivisionCode issuer,
            LocalDate validUntil,
            String clerk)
            implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date issue date
         * @param number its number
         * @param rating category and grade
         * @param issuer the issuing county federation
         * @param validUntil last day of validity
         * @param clerk staff identifier of the issuing clerk
         */
        public Issued {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * The certificate was renewed.
     *
     * @param date renewal date
     * @param validUntil new last day of validity
     * @param clerk issuing clerk
     */
    record Renewed(LocalDate date, LocalDate validUntil, String clerk) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date renewal date
         * @param validUntil new last day of validity
         * @param clerk issuing clerk
         */
        public Renewed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * A lost certificate was declared void and replaced.
     *
     * @param date date of replacement
     * @param voided the lost number, now void
     * @param number the new number
     * @param clerk issuing clerk
     */
    record Replaced(LocalDate date, CertificateNumber voided, CertificateNumber number, String clerk)
            implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date of replacement
         * @param voided the lost number, now void
         * @param number the new number
         * @param clerk issuing clerk
         */
        public Replaced {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(voided, "voided");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * A damaged certificate was exchanged for a new card with the same number.
     *
     * @param date date of exchange
     * @param number the (unchanged) number
     * @param clerk issuing clerk
     */
    record Exchanged(LocalDate date, CertificateNumber number, String clerk) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date of exchange
         * @param number the (unchanged) number
         * @param clerk issuing clerk
         */
        public Exchanged {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(clerk, "clerk");
        }
    }

    /**
     * After a reassessment, a new certificate of another category or grade was issued.
     *
     * @param date issue date of the new certificate
     * @param reassessment the reassessment, with the new rating
     * @param superseded the previous number
     * @param number the new number
     * @param validUntil last day of validity of the new certificate
     * @param clerk issuing clerk
     */
    record RatingChanged(
            LocalDate date,
            Assessment reassessment,
            CertificateNumber superseded,
            CertificateNumber number,
            LocalDate validUntil,
            String clerk)
            implements CertificateEvent {
        /**
         * Checks every part is given and the reassessment has a rating.
         *
         * @param date issue date of the new certificate
         * @param reassessment the reassessment, with the new rating
         * @param superseded the previous number
         * @param number the new number
         * @param validUntil last day of validity of the new certificate
         * @param clerk issuing clerk
         */
        public RatingChanged {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reassessment, "reassessment");
            Objects.requireNonNull(superseded, "superseded");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(clerk, "clerk");
            if (reassessment.rating().isEmpty()) {
                throw InvalidValueException.of(
                        "rating change",
                        "reassessment-rating",
                        "(reassessment)",
                        "a rating change needs a reassessment with a rating");
            }
        }
    }

    /**
     * The certificate was transferred to another county federation on moving.
     *
     * @param date date recorded by the new county
     * @param from the previous issuing county
     * @param to the new issuing county
     * @param movedOn the date of the move
     */
    record Transferred(LocalDate date, DivisionCode from, DivisionCode to, LocalDate movedOn)
            implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date recorded by the new county
         * @param from the previous issuing county
         * @param to the new issuing county
         * @param movedOn the date of the move
         */
        public Transferred {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(movedOn, "movedOn");
        }
    }

    /**
     * The certificate was cancelled.
     *
     * @param date date of cancellation
     * @param reason why
     */
    record Cancelled(LocalDate date, CancellationReason reason) implements CertificateEvent {
        /**
         * Checks every part is given.
         *
         * @param date date of cancellation
         * @param reason why
         */
        public Cancelled {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
