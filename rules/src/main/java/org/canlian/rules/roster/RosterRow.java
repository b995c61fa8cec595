package org.canlian.rules.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;

/**
 * One row of a county federation's roster: a certificate holder, by resident ID and certificate number (never by name:
 * a roster row carries no more personal data than a payroll needs), with the certificate's rating and validity, the
 * household registration, and the subsidy facts of a {@link Claimant} (household status, support received, care need,
 * schooling, other allowances, the application date per programme, stopping events), any of which may be unknown.
 *
 * <p>Invariants, checked when the row is built (each failure an {@link InvalidValueException} naming the field, the
 * rule and the value, personal numbers masked):
 *
 * <ul>
 *   <li>the certificate number's resident ID is the holder's ({@code certificate number}, {@code matches-resident-id});
 *   <li>a stated sex is the one the resident ID records ({@code sex}, {@code matches-resident-id});
 *   <li>a stated category and grade are the ones the certificate number records ({@code matches-certificate});
 *   <li>a multiple disability (category digit 7) lists its components, two or more single categories, the most
 *       severe of them of the number's grade; a single category lists none ({@code components});
 *   <li>the certificate is valid from a date not before the holder's birth, until a date not before that
 *       ({@code order}); a cancellation is not before the first day of validity;
 *   <li>the certificate number, the first day of validity and the registration division are given ({@code missing}).
 * </ul>
 *
 * <p>One person, one certificate holds across the rows of a roster: {@link RosterCheck} checks it.
 *
 * <pre>{@code
 * RosterRow row = RosterRow.builder()
 *         .certificateNumber(CertificateNumber.parse("62072319660427462342", asOf))
 *         .sex(Sex.FEMALE)
 *         .validity(LocalDate.of(2020, 5, 1), LocalDate.of(2030, 4, 30))
 *         .registration(DivisionCode.parse("620723101202"), RegistrationType.RURAL)
 *         .household(HouseholdStatus.DIBAO)
 *         .longTermCare(true)
 *         .applied(Programme.CARE, LocalDate.of(2025, 3, 10))
 *         .build();
 * row.grade();          // TWO, from the certificate number
 * row.toClaimant();     // the subsidy calculator's input
 * row.toString();       // "RosterRow[620723********462342, Claimant[id=620723********4623, ...]]"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterRow {
    private final CertificateNumber certificateNumber;
    private final Claimant claimant;

    private RosterRow(CertificateNumber certificateNumber, Claimant claimant) {
        this.certificateNumber = certificateNumber;
        this.claimant = claimant;
    }

    /**
     * A row from a certificate number and a claimant whose resident ID, rating, validity and registration are known.
     *
     * @param certificateNumber the certificate number
     * @param claimant the holder's subsidy facts
     * @return the row
     * @throws InvalidValueException if the claimant lacks a required fact or disagrees with the number
     */
    public static RosterRow of(CertificateNumber certificateNumber, Claimant claimant) {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(claimant, "claimant");
        Builder b = new Builder(claimant.toBuilder()).certificateNumber(certificateNumber);
        claimant.residentId().ifPresent(b::residentId);
        claimant.rating().ifPresent(r -> {
            b.category(r.category()).grade(r.grade());
            if (!r.components().isEmpty()) {
                b.components(r.components());
            }
        });
        b.validFrom = claimant.certificateFrom().orElse(null);
        b.validUntil = claimant.certificateUntil().orElse(null);
        b.cancelledOn = claimant.cancelledOn().orElse(null);
        b.registration = claimant.registration().orElse(null);
        b.registrationType = claimant.registrationType().orElse(null);
        return b.build();
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder(Claimant.builder());
    }

    /** {@return the holder's resident ID, the one the certificate number carries} */
    public ResidentId residentId() {
        return certificateNumber.residentId();
    }

    /** {@return the certificate number} */
    public CertificateNumber certificateNumber() {
        return certificateNumber;
    }

    /** {@return the holder's sex, as the resident ID records it} */
    public Sex sex() {
        return certificateNumber.residentId().sex();
    }

    /** {@return the rating: category, grade and, for a multiple disability, its components} */
    public DisabilityRating rating() {
        return claimant.rating().orElseThrow();
    }

    /** {@return the category, as the certificate number records it} */
    public DisabilityCategory category() {
        return certificateNumber.category();
    }

    /** {@return the grade, as the certificate number records it} */
    public DisabilityGrade grade() {
        return certificateNumber.grade();
    }

    /** {@return the first day the certificate is valid (its issue date)} */
    public LocalDate validFrom() {
        return claimant.certificateFrom().orElseThrow();
    }

    /** {@return the last day the certificate is valid} */
    public LocalDate validUntil() {
        return claimant.certificateUntil().orElseThrow();
    }

    /** {@return the day the certificate was cancelled, if it was} */
    public Optional<LocalDate> cancelledOn() {
        return claimant.cancelledOn();
    }

    /** {@return the division of household registration: a county, township or village code} */
    public DivisionCode registration() {
        return claimant.registration().orElseThrow();
    }

    /** {@return urban or rural registration, if known} */
    public Optional<RegistrationType> registrationType() {
        return claimant.registrationType();
    }

    /** {@return the holder as the subsidy calculator sees them: every fact of this row but the certificate number} */
    public Claimant toClaimant() {
        return claimant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RosterRow r && certificateNumber.equals(r.certificateNumber) && claimant.equals(r.claimant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificateNumber, claimant);
    }

    /** The row with the resident ID and the certificate number masked. */
    @Override
    public String toString() {
        return "RosterRow[" + certificateNumber.masked() + ", " + claimant + "]";
    }

    /**
     * Collects a row's facts; {@link #build()} checks the invariants. A fact never set stays unknown. A builder is for
     * one thread.
     */
    public static final class Builder {
        private final Claimant.Builder facts;
        private ResidentId residentId;
        private CertificateNumber certificateNumber;
        private Sex sex;
        private DisabilityCategory category;
        private DisabilityGrade grade;
        private List<DisabilityRating.Component> components = List.of();
        private LocalDate validFrom;
        private LocalDate validUntil;
        private LocalDate cancelledOn;
        private DivisionCode registration;
        private RegistrationType registrationType;

        private Builder(Claimant.Builder facts) {
            this.facts = facts;
        }

        /**
         * The resident ID as the roster states it (optional: the certificate number carries it); checked.
         *
         * @param id the resident ID, as written on the roster or the application
         * @return this builder
         */
        public Builder residentId(ResidentId id) {
            this.residentId = Objects.requireNonNull(id, "residentId");
            return this;
        }

        /**
         * The certificate number: gives the resident ID, the category and the grade. Required.
         *
         * @param number the certificate number (its masked form appears in messages)
         * @return this builder
         */
        public Builder certificateNumber(CertificateNumber number) {
            this.certificateNumber = Objects.requireNonNull(number, "certificateNumber");
            return this;
        }

        /**
         * The sex as the roster states it (optional: the resident ID records it); checked.
         *
         * @param value the sex the roster states
         * @return this builder
         */
        public Builder sex(Sex value) {
            this.sex = Objects.requireNonNull(value, "sex");
            return this;
        }

        /**
         * The category as the roster states it (optional: the certificate number records it); checked.
         *
         * @param value the category the roster states
         * @return this builder
         */
        public Builder category(DisabilityCategory value) {
            this.category = Objects.requireNonNull(value, "category");
            return this;
        }

        /**
         * The grade as the roster states it (optional: the certificate number records it); checked.
         *
         * @param value the grade the roster states
         * @return this builder
         */
        public Builder grade(DisabilityGrade value) {
            this.grade = Objects.requireNonNull(value, "grade");
            return this;
        }

        /**
         * The components of a multiple disability; required for category 7, refused for the others.
         *
         * @param value the category and grade of each component disability
         * @return this builder
         */
        public Builder components(List<DisabilityRating.Component> value) {
            this.components = List.copyOf(value);
            return this;
        }

        /**
         * The certificate's validity. Required.
         *
         * @param from the first day (the issue date)
         * @param until the last day (ten years later for a second-generation certificate)
         * @return this builder
         */
        public Builder validity(LocalDate from, LocalDate until) {
            this.validFrom = Objects.requireNonNull(from, "from");
            this.validUntil = Objects.requireNonNull(until, "until");
            return this;
        }

        /**
         * Records that the certificate was cancelled on {@code date} (valid until the day before).
         *
         * @param date the day the certificate was cancelled
         * @return this builder
         */
        public Builder cancelledOn(LocalDate date) {
            this.cancelledOn = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The division of household registration, urban or rural unknown. Required.
         *
         * @param division the division code of the household registration (户籍所在地)
         * @return this builder
         */
        public Builder registration(DivisionCode division) {
            this.registration = Objects.requireNonNull(division, "registration");
            this.registrationType = null;
            return this;
        }

        /**
         * The division of household registration, and whether it is urban or rural.
         *
         * @param division the division code of the household registration (户籍所在地)
         * @param type urban or rural registration
         * @return this builder
         */
        public Builder registration(DivisionCode division, RegistrationType type) {
            this.registration = Objects.requireNonNull(division, "registration");
            this.registrationType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * The household status.
         *
         * @param status the household status, e.g. subsistence allowance (低保)
         * @return this builder
         */
        public Builder household(HouseholdStatus status) {
            facts.household(status);
            return this;
        }

        /**
         * Whether the holder is an orphan or unsupported child on their support.
         *
         * @param value {@code true} if the holder is an orphan or unsupported child on their support
         * @return this builder
         */
        public Builder childSupport(boolean value) {
            facts.childSupport(value);
            return this;
        }

        /**
         * Whether the holder is under destitute-persons support (特困).
         *
         * @param value {@code true} if the holder is under destitute-persons support (特困)
         * @return this builder
         */
        public Builder destituteSupport(boolean value) {
            facts.destituteSupport(value);
            return this;
        }

        /**
         * Whether the holder receives the work-injury care allowance.
         *
         * @param value {@code true} if the holder receives the work-injury care allowance
         * @return this builder
         */
        public Builder workInjuryCare(boolean value) {
            facts.workInjuryCare(value);
            return this;
        }

        /**
         * Whether the holder needs long-term care (more than 6 months).
         *
         * @param value {@code true} if the holder needs long-term care (more than 6 months)
         * @return this builder
         */
        public Builder longTermCare(boolean value) {
            facts.longTermCare(value);
            return this;
        }

        /**
         * Whether the holder has a fixed income.
         *
         * @param value {@code true} if the holder has a fixed income
         * @return this builder
         */
        public Builder fixedIncome(boolean value) {
            facts.fixedIncome(value);
            return this;
        }

        /**
         * Whether the physical disability is of the lower limbs.
         *
         * @param value {@code true} if the physical disability is of the lower limbs
         * @return this builder
         */
        public Builder lowerLimb(boolean value) {
            facts.lowerLimb(value);
            return this;
        }

        /**
         * Whether the holder owns a motor vehicle for the disabled.
         *
         * @param value {@code true} if the holder owns a motor vehicle for the disabled
         * @return this builder
         */
        public Builder ownsVehicle(boolean value) {
            facts.ownsVehicle(value);
            return this;
        }

        /**
         * The holder's schooling.
         *
         * @param value the schooling, e.g. in compulsory education
         * @return this builder
         */
        public Builder schooling(Schooling value) {
            facts.schooling(value);
            return this;
        }

        /**
         * Records that the holder receives {@code allowance} at {@code monthly} a month (makes the allowances known).
         *
         * @param allowance the other allowance received
         * @param monthly its monthly amount, not negative
         * @return this builder
         */
        public Builder allowance(Allowance allowance, Money monthly) {
            facts.allowance(allowance, monthly);
            return this;
        }

        /**
         * Records that the holder receives no other allowance (makes the allowances known).
         *
         * @return this builder
         */
        public Builder noOtherAllowances() {
            facts.noOtherAllowances();
            return this;
        }

        /**
         * Records that the application for {@code programme} was submitted on {@code date}.
         *
         * @param programme the programme applied for
         * @param date the day the application was submitted
         * @return this builder
         */
        public Builder applied(Programme programme, LocalDate date) {
            facts.applied(programme, date);
            return this;
        }

        /**
         * Adds an event that stops payment (death, moving away, ...) on its date.
         *
         * @param reason why payment stops, e.g. death or moving away
         * @param date the day the event happened
         * @return this builder
         */
        public Builder event(StopReason reason, LocalDate date) {
            facts.event(reason, date);
            return this;
        }

        /**
         * The row.
         *
         * @return the row
         * @throws InvalidValueException naming the first invariant broken
         */
        public RosterRow build() {
            if (certificateNumber == null) {
                throw missing("certificate number");
            }
            ResidentId id = certificateNumber.residentId();
            if (residentId != null && !residentId.equals(id)) {
                throw InvalidValueException.of(
                        "certificate number",
                        "matches-resident-id",
                        certificateNumber.masked(),
                        "its resident ID part is not the row's resident ID " + residentId.masked());
            }
            if (sex != null && sex != id.sex()) {
                throw InvalidValueException.of(
                        "sex",
                        "matches-resident-id",
                        Masking.quote(sex.chineseName()),
                        "the resident ID " + id.masked() + " records "
                                + id.sex().chineseName() + " (" + id.sex().englishName() + ")");
            }
            DisabilityCategory recordedCategory = certificateNumber.category();
            if (category != null && category != recordedCategory) {
                throw InvalidValueException.of(
                        "disability category",
                        "matches-certificate",
                        Masking.quote(category.chineseName()),
                        "the certificate number records " + recordedCategory.chineseName() + " (digit "
                                + recordedCategory.digit() + ")");
            }
            DisabilityGrade recordedGrade = certificateNumber.grade();
            if (grade != null && grade != recordedGrade) {
                throw InvalidValueException.of(
                        "disability grade",
                        "matches-certificate",
                        Masking.quote(grade.chineseName()),
                        "the certificate number records " + recordedGrade.chineseName() + " (digit "
                                + recordedGrade.number() + ")");
            }
            DisabilityRating rating = rating(recordedCategory, recordedGrade);
            if (validFrom == null) {
                throw missing("certificate issue date");
            }
            if (validFrom.isBefore(id.birthDate())) {
                throw InvalidValueException.of(
                        "certificate issue date",
                        "not-before-birth",
                        Masking.quote(validFrom.toString()),
                        "is before the holder's birth date");
            }
            if (validUntil == null) {
                throw missing("certificate valid-until date");
            }
            if (validUntil.isBefore(validFrom)) {
                throw InvalidValueException.of(
                        "certificate valid-until date",
                        "order",
                        Masking.quote(validUntil.toString()),
                        "is before the first day of validity " + validFrom);
            }
            if (cancelledOn != null && cancelledOn.isBefore(validFrom)) {
                throw InvalidValueException.of(
                        "certificate cancellation date",
                        "order",
                        Masking.quote(cancelledOn.toString()),
                        "is before the first day of validity " + validFrom);
            }
            if (registration == null) {
                throw missing("registration division");
            }
            facts.residentId(id).certificate(rating, validFrom, validUntil);
            if (cancelledOn != null) {
                facts.certificateCancelled(cancelledOn);
            }
            if (registrationType == null) {
                facts.registration(registration);
            } else {
                facts.registration(registration, registrationType);
            }
            return new RosterRow(certificateNumber, facts.build());
        }

        private DisabilityRating rating(DisabilityCategory recordedCategory, DisabilityGrade recordedGrade) {
            if (recordedCategory != DisabilityCategory.MULTIPLE) {
                if (!components.isEmpty()) {
                    throw InvalidValueException.of(
                            "multiple disability components",
                            "single-category",
                            Masking.quote(Integer.toString(components.size()) + " components"),
                            "only a multiple disability (多重残疾) has components; the certificate number records "
                                    + recordedCategory.chineseName());
                }
                return DisabilityRating.single(recordedCategory, recordedGrade);
            }
            if (components.isEmpty()) {
                throw InvalidValueException.of(
                        "multiple disability components",
                        "missing",
                        "\"\"",
                        "a multiple disability (多重残疾) lists its components, two or more categories with their"
                                + " grades");
            }
            DisabilityRating rating = DisabilityRating.multiple(components);
            if (rating.grade() != recordedGrade) {
                throw InvalidValueException.of(
                        "multiple disability components",
                        "matches-certificate",
                        Masking.quote("most severe " + rating.grade().chineseName()),
                        "the most severe component's grade must be the certificate number's, "
                                + recordedGrade.chineseName());
            }
            return rating;
        }

        private static InvalidValueException missing(String field) {
            return InvalidValueException.of(field, "missing", "\"\"", "is required");
        }
    }
}
