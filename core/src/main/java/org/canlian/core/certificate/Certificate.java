package org.canlian.core.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.person.ResidentId;

/**
 * An issued disability certificate (残疾人证): its current number, holder, rating, issuing county federation, issue
 * and valid-until dates, the numbers it voided (lost and replaced, or superseded by a change of rating), its
 * cancellation if any, and its whole history from the application on.
 *
 * <p>The certificate is valid from {@code issuedOn} through {@code validUntil} inclusive. Statuses on past dates
 * come from the history: {@link #statusOn(LocalDate)} replays the events up to that date.
 *
 * <pre>{@code
 * Certificate c = (Certificate) CertificateLifecycle.handle(approved, new CertificateCommand.Issue(clerk),
 *         LocalDate.of(2025, 2, 20), rules, calendar).stateOrThrow();
 * c.number();                                    // 110105********002X42
 * c.validUntil();                                // 2035-02-20 (ten years, Civil Code arts. 201-202)
 * c.statusOn(LocalDate.of(2035, 2, 21));         // EXPIRED
 * c.daysUntilExpiry(LocalDate.of(2035, 2, 10));  // 10
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; {@code toString()} masks resident IDs and numbers.
 *
 * @param number the current number
 * @param holder the holder
 * @param rating category and grade (with components for a multiple disability)
 * @param issuer the county-level federation that issued or, after a transfer, now manages it
 * @param issuedOn the issue date of the certificate in force (a change of rating issues a new one)
 * @param validUntil the last day of validity
 * @param cancellation the cancellation, if cancelled
 * @param voided numbers this certificate had before, oldest first
 * @param appliedOn the date of the application
 * @param history every event from the application on, oldest first
 */
public record Certificate(
        CertificateNumber number,
        ResidentId holder,
        DisabilityRating rating,
        DivisionCode issuer,
        LocalDate issuedOn,
        LocalDate validUntil,
        Optional<CertificateEvent.Cancelled> cancellation,
        List<VoidedNumber> voided,
        LocalDate appliedOn,
        List<CertificateEvent> history)
        implements CertificateState {

    /**
     * A number the certificate no longer uses.
     *
     * @param number the void number
     * @param voidedOn from when it is void
     * @param status {@code REPLACED} (lost) or {@code SUPERSEDED} (change of rating)
     */
    public record VoidedNumber(CertificateNumber number, LocalDate voidedOn, CertificateStatus status) {
        /**
         * Checks the status is one a void number can have.
         *
         * @param number the void number
         * @param voidedOn from when it is void
         * @param status {@code REPLACED} (lost) or {@code SUPERSEDED} (change of rating)
         */
        public VoidedNumber {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(voidedOn, "voidedOn");
            Objects.requireNonNull(status, "status");
            if (status != CertificateStatus.REPLACED && status != CertificateStatus.SUPERSEDED) {
                throw InvalidValueException.of(
                        "void number status",
                        "void-status",
                        status.toString(),
                        "a void number is REPLACED or SUPERSEDED, not " + status);
            }
        }
    }

    /**
     * Checks the number matches holder and rating, the issuer is a county and the dates are in order.
     *
     * @param number the current number
     * @param holder the holder
     * @param rating category and grade (with components for a multiple disability)
     * @param issuer the county-level federation that issued or, after a transfer, now manages it
     * @param issuedOn the issue date of the certificate in force (a change of rating issues a new one)
     * @param validUntil the last day of validity
     * @param cancellation the cancellation, if cancelled
     * @param voided numbers this certificate had before, oldest first
     * @param appliedOn the date of the application
     * @param history every event from the application on, oldest first
     */
    public Certificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(appliedOn, "appliedOn");
        voided = List.copyOf(voided);
        history = List.copyOf(history);
        if (!number.residentId().equals(holder)
                || number.category() != rating.category()
                || number.grade() != rating.grade()) {
            throw InvalidValueException.of(
                    "certificate number",
                    "number-matches-holder",
                    number.toString(),
                    "does not match holder " + holder + " and rating " + rating);
        }
        if (issuer.level() != DivisionLevel.COUNTY) {
            throw InvalidValueException.of(
                    "certificate issuer", "issuer-county", issuer.value(), "is not a county-level federation");
        }
        if (validUntil.isBefore(issuedOn) || issuedOn.isBefore(appliedOn)) {
            throw InvalidValueException.of(
                    "certificate dates",
                    "date-order",
                    "applied " + appliedOn + ", issued " + issuedOn + ", valid until " + validUntil,
                    "must be in this order");
        }
        if (history.isEmpty() || !(history.get(0) instanceof CertificateEvent.Applied)) {
            throw InvalidValueException.of(
                    "certificate history",
                    "history-starts-applied",
                    history.isEmpty() ? "[]" : "[" + history.get(0).type() + ", ...]",
                    "a certificate's history starts with its Applied event");
        }
    }

    /** A change to this certificate's details, recorded with the event that makes it ({@link Change#record}). */
    Change change() {
        return new Change(this);
    }

    /**
     * The details an event changes, starting from a certificate's own; {@link #record} makes the new certificate, its
     * history extended by the event. Not thread-safe: one per event, inside the lifecycle.
     */
    static final class Change {
        private final Certificate from;
        private CertificateNumber number;
        private DisabilityRating rating;
        private DivisionCode issuer;
        private LocalDate issuedOn;
        private LocalDate validUntil;
        private Optional<CertificateEvent.Cancelled> cancellation;
        private Optional<VoidedNumber> newlyVoided = Optional.empty();

        private Change(Certificate from) {
            this.from = from;
            this.number = from.number;
            this.rating = from.rating;
            this.issuer = from.issuer;
            this.issuedOn = from.issuedOn;
            this.validUntil = from.validUntil;
            this.cancellation = from.cancellation;
        }

        Change number(CertificateNumber newNumber) {
            this.number = newNumber;
            return this;
        }

        Change rating(DisabilityRating newRating) {
            this.rating = newRating;
            return this;
        }

        Change issuer(DivisionCode newIssuer) {
            this.issuer = newIssuer;
            return this;
        }

        Change issuedOn(LocalDate newIssuedOn) {
            this.issuedOn = newIssuedOn;
            return this;
        }

        Change validUntil(LocalDate newValidUntil) {
            this.validUntil = newValidUntil;
            return this;
        }

        Change cancellation(CertificateEvent.Cancelled cancelled) {
            this.cancellation = Optional.of(cancelled);
            return this;
        }

        Change voiding(Optional<VoidedNumber> voidedNumber) {
            this.newlyVoided = voidedNumber;
            return this;
        }

        /** The certificate with these details, its history extended by {@code event}. */
        Certificate record(CertificateEvent event) {
            List<VoidedNumber> v = new ArrayList<>(from.voided);
            newlyVoided.ifPresent(v::add);
            List<CertificateEvent> h = new ArrayList<>(from.history);
            h.add(event);
            return new Certificate(
                    number, from.holder, rating, issuer, issuedOn, validUntil, cancellation, v, from.appliedOn, h);
        }
    }

    /**
     * The status of the current number on a date, by the state this certificate had then (its history replayed up
     * to and including that date).
     *
     * @param date any date
     * @return {@code NOT_YET_ISSUED}, {@code ACTIVE}, {@code EXPIRED} or {@code CANCELLED}
     */
    public CertificateStatus statusOn(LocalDate date) {
        if (date.isBefore(appliedOn)) {
            return CertificateStatus.NOT_YET_ISSUED;
        }
        CertificateState then = asOf(date);
        if (then instanceof Certificate c) {
            return c.currentStatusOn(date);
        }
        return CertificateStatus.NOT_YET_ISSUED;
    }

    /**
     * The status of any number this certificate has had on a date: a void number is {@code REPLACED} or
     * {@code SUPERSEDED} from its voiding on, the current number as {@link #statusOn(LocalDate)}.
     *
     * @param someNumber a number
     * @param date any date
     * @return the status, or empty if the number was never this certificate's by that date
     */
    public Optional<CertificateStatus> statusOn(CertificateNumber someNumber, LocalDate date) {
        if (date.isBefore(appliedOn)) {
            return Optional.empty();
        }
        CertificateState then = asOf(date);
        if (!(then instanceof Certificate c)) {
            return Optional.empty();
        }
        if (c.number.equals(someNumber)) {
            return Optional.of(c.currentStatusOn(date));
        }
        for (int i = c.voided.size() - 1; i >= 0; i--) {
            if (c.voided.get(i).number().equals(someNumber)) {
                return Optional.of(c.voided.get(i).status());
            }
        }
        return Optional.empty();
    }

    /** The status on a date of this state as it is, not looking back into the history. */
    CertificateStatus currentStatusOn(LocalDate date) {
        if (cancellation.isPresent() && !date.isBefore(cancellation.get().date())) {
            return CertificateStatus.CANCELLED;
        }
        if (date.isBefore(issuedOn)) {
            return CertificateStatus.NOT_YET_ISSUED;
        }
        return date.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.ACTIVE;
    }

    /**
     * The state this file was in at the end of a date: the history up to and including that date, replayed.
     *
     * @param date any date
     * @return the application or certificate as it then was; this certificate if nothing happened after {@code date}
     * @throws InvalidValueException if {@code date} is before the application
     */
    public CertificateState asOf(LocalDate date) {
        if (!lastEventDate().isAfter(date)) {
            return this;
        }
        if (date.isBefore(appliedOn)) {
            throw InvalidValueException.of(
                    "date", "before-application", date.toString(), "no state before the application on " + appliedOn);
        }
        List<CertificateEvent> upTo = new ArrayList<>();
        for (CertificateEvent e : history) {
            if (e.date().isAfter(date)) {
                break;
            }
            upTo.add(e);
        }
        return CertificateLifecycle.replay(upTo);
    }

    /**
     * Days from a date to the valid-until date: 0 on the last valid day, negative once expired.
     *
     * @param date the date counted from
     * @return the number of days
     */
    public long daysUntilExpiry(LocalDate date) {
        return ChronoUnit.DAYS.between(date, validUntil);
    }

    /**
     * Whether the certificate is cancelled on a date (cancelled on or before it).
     *
     * @param date the date
     * @return true if cancelled by then
     */
    public boolean cancelledBy(LocalDate date) {
        return cancellation.isPresent() && !date.isBefore(cancellation.get().date());
    }

    @Override
    public String describe(LocalDate date) {
        return "certificate " + currentStatusOn(date);
    }
}
