package org.canlian.rules.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.certificate.Certificate;
import org.canlian.core.certificate.CertificateEvent;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Fact;
import org.canlian.rules.policy.FactSource;

/**
 * The facts about a person that subsidy eligibility depends on, any of which may be unknown: the resident ID (for the
 * age), the certificate (rating and validity), the household registration (division, urban or rural), the household
 * status, support already received (child support, destitute-persons support, work-injury care allowance, other
 * allowances with their monthly amounts), long-term care need, fixed income, lower-limb disability, vehicle, schooling,
 * the application date per programme (or that the person did not apply), and dated stopping events. An unknown fact that could change an answer makes it
 * "cannot decide", naming the fact.
 *
 * <pre>{@code
 * Claimant c = Claimant.builder()
 *         .residentId(ResidentId.parse("620723195803150014"))
 *         .certificate(DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO),
 *                 LocalDate.of(2020, 5, 6), LocalDate.of(2030, 5, 5))
 *         .registration(DivisionCode.parse("620723"), RegistrationType.RURAL)
 *         .household(HouseholdStatus.DIBAO)
 *         .longTermCare(true)
 *         .applied(Programme.CARE, LocalDate.of(2025, 3, 10))
 *         .build();
 * c.toString();     // Claimant[id=620723********0014, ...]: the ID masked
 * }</pre>
 *
 * <p>The certificate is kept as its rating and validity (never its number). This class is immutable and thread-safe.
 */
public final class Claimant {
    private final ResidentId residentId;
    private final int birthYear;
    private final int birthMonthDay;
    private final DisabilityRating rating;
    private final LocalDate certificateFrom;
    private final LocalDate certificateUntil;
    private final LocalDate cancelledOn;
    private final long categoryBits;
    private final long componentBits;
    private final long gradeBits;
    private final DivisionCode registration;
    private final RegistrationType registrationType;
    private final HouseholdStatus household;
    private final Boolean childSupport;
    private final Boolean destituteSupport;
    private final Boolean workInjuryCare;
    private final Boolean longTermCare;
    private final Boolean fixedIncome;
    private final Boolean lowerLimb;
    private final Boolean ownsVehicle;
    private final Schooling schooling;
    private final Map<Allowance, Money> allowances;
    /** The allowances' monthly amounts in fen by ordinal, -1 where not received; null if unknown. */
    private final long[] allowanceFen;

    private final Map<Programme, LocalDate> applications;
    private final java.util.Set<Programme> notApplied;
    /** Per programme ordinal: the month index of the application, {@link #NOT_APPLIED} or {@link #UNKNOWN_MONTH}. */
    private final int[] applicationMonth;
    /** The certificate's first valid day, last valid day and cancellation as epoch days; cancellation MAX if none. */
    private final long certificateFromDay;

    private final long certificateUntilDay;
    private final long cancelledDay;
    private final List<StopEvent> events;
    /** The month index of the earliest stopping event, MAX if none. */
    private final int firstEventMonth;
    /** Every fact encoded as tables read it, the age slot holding the birth date as yyyymmdd: none depends on a date. */
    private final long[] encodedFacts;
    /** Whether every fact is known: compiled rules then skip looking for unknown ones. */
    private final boolean factsComplete;

    /** {@link #applicationMonth} of a programme known not to have been applied for. */
    static final int NOT_APPLIED = Integer.MAX_VALUE;
    /** {@link #applicationMonth} of a programme whose application is unknown. */
    static final int UNKNOWN_MONTH = Integer.MIN_VALUE;

    private Claimant(Builder b) {
        // The arrays the compiled rules read for every claimant come first, next to the object in memory.
        this.encodedFacts = new long[SubsidyFacts.SET.size()];
        this.applicationMonth = new int[Programme.values().length];
        this.allowanceFen = b.allowances == null ? null : new long[Allowance.values().length];
        this.residentId = b.residentId;
        if (residentId != null) {
            LocalDate born = residentId.birthDate();
            birthYear = born.getYear();
            birthMonthDay = born.getMonthValue() * 100 + born.getDayOfMonth();
        } else {
            birthYear = 0;
            birthMonthDay = 0;
        }
        this.rating = b.rating;
        this.certificateFrom = b.certificateFrom;
        this.certificateUntil = b.certificateUntil;
        this.cancelledOn = b.cancelledOn;
        if (rating != null) {
            categoryBits = Fact.bit(rating.category().ordinal());
            long components = 0;
            for (DisabilityCategory c : DisabilityCategory.values()) {
                if (c != DisabilityCategory.MULTIPLE && rating.includes(c)) {
                    components |= Fact.bit(c.ordinal());
                }
            }
            componentBits = components == 0 ? categoryBits : components;
            gradeBits = Fact.bit(rating.grade().number() - 1);
        } else {
            categoryBits = FactSource.UNKNOWN;
            componentBits = FactSource.UNKNOWN;
            gradeBits = FactSource.UNKNOWN;
        }
        this.registration = b.registration;
        this.registrationType = b.registrationType;
        this.household = b.household;
        this.childSupport = b.childSupport;
        this.destituteSupport = b.destituteSupport;
        this.workInjuryCare = b.workInjuryCare;
        this.longTermCare = b.longTermCare;
        this.fixedIncome = b.fixedIncome;
        this.lowerLimb = b.lowerLimb;
        this.ownsVehicle = b.ownsVehicle;
        this.schooling = b.schooling;
        this.allowances = b.allowances == null ? null : Collections.unmodifiableMap(new EnumMap<>(b.allowances));
        if (allowanceFen != null) {
            java.util.Arrays.fill(allowanceFen, -1);
            allowances.forEach((a, m) -> allowanceFen[a.ordinal()] = m.toFen());
        }
        this.applications = Collections.unmodifiableMap(
                b.applications.isEmpty() ? new EnumMap<>(Programme.class) : new EnumMap<>(b.applications));
        this.notApplied = Collections.unmodifiableSet(
                b.notApplied.isEmpty()
                        ? java.util.EnumSet.noneOf(Programme.class)
                        : java.util.EnumSet.copyOf(b.notApplied));
        for (Programme p : Programme.values()) {
            LocalDate d = applications.get(p);
            applicationMonth[p.ordinal()] = d != null
                    ? d.getYear() * 12 + d.getMonthValue() - 1
                    : notApplied.contains(p) ? NOT_APPLIED : UNKNOWN_MONTH;
        }
        this.certificateFromDay = certificateFrom == null ? Long.MAX_VALUE : certificateFrom.toEpochDay();
        this.certificateUntilDay = certificateUntil == null ? Long.MIN_VALUE : certificateUntil.toEpochDay();
        this.cancelledDay = cancelledOn == null ? Long.MAX_VALUE : cancelledOn.toEpochDay();
        List<StopEvent> sorted = new ArrayList<>(b.events);
        sorted.sort(java.util.Comparator.comparing(StopEvent::date));
        this.events = List.copyOf(sorted);
        boolean complete = true;
        for (int f = 0; f < encodedFacts.length; f++) {
            encodedFacts[f] = f == SubsidyFacts.AGE
                    ? (residentId == null ? FactSource.UNKNOWN : (long) birthYear * 10000 + birthMonthDay)
                    : fact(f, 0, 0);
            complete &= encodedFacts[f] != FactSource.UNKNOWN;
        }
        this.factsComplete = complete;
        this.firstEventMonth = events.isEmpty()
                ? Integer.MAX_VALUE
                : events.get(0).date().getYear() * 12 + events.get(0).date().getMonthValue() - 1;
    }

    /** {@return a builder with every fact unknown} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this claimant's facts, to change some.
     *
     * @return this builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the resident ID, if known} */
    public Optional<ResidentId> residentId() {
        return Optional.ofNullable(residentId);
    }

    /** {@return the certificate's rating, if known} */
    public Optional<DisabilityRating> rating() {
        return Optional.ofNullable(rating);
    }

    /** {@return the first day the certificate is valid, if known} */
    public Optional<LocalDate> certificateFrom() {
        return Optional.ofNullable(certificateFrom);
    }

    /** {@return the last day the certificate is valid, if known} */
    public Optional<LocalDate> certificateUntil() {
        return Optional.ofNullable(certificateUntil);
    }

    /** {@return the day the certificate was cancelled, if it was} */
    public Optional<LocalDate> cancelledOn() {
        return Optional.ofNullable(cancelledOn);
    }

    /** {@return the division of household registration, if known} */
    public Optional<DivisionCode> registration() {
        return Optional.ofNullable(registration);
    }

    /** {@return urban or rural registration, if known} */
    public Optional<RegistrationType> registrationType() {
        return Optional.ofNullable(registrationType);
    }

    /** {@return the household status, if known} */
    public Optional<HouseholdStatus> household() {
        return Optional.ofNullable(household);
    }

    /** {@return whether the person is an orphan or unsupported child on their support, if known} */
    public Optional<Boolean> childSupport() {
        return Optional.ofNullable(childSupport);
    }

    /** {@return whether the person is under destitute-persons support, if known} */
    public Optional<Boolean> destituteSupport() {
        return Optional.ofNullable(destituteSupport);
    }

    /** {@return whether the person receives the work-injury care allowance, if known} */
    public Optional<Boolean> workInjuryCare() {
        return Optional.ofNullable(workInjuryCare);
    }

    /** {@return whether the person needs long-term care, if known} */
    public Optional<Boolean> longTermCare() {
        return Optional.ofNullable(longTermCare);
    }

    /** {@return whether the person has a fixed income, if known} */
    public Optional<Boolean> fixedIncome() {
        return Optional.ofNullable(fixedIncome);
    }

    /** {@return whether the physical disability is of the lower limbs, if known} */
    public Optional<Boolean> lowerLimb() {
        return Optional.ofNullable(lowerLimb);
    }

    /** {@return whether the person owns a motor vehicle for the disabled, if known} */
    public Optional<Boolean> ownsVehicle() {
        return Optional.ofNullable(ownsVehicle);
    }

    /** {@return the person's schooling, if known} */
    public Optional<Schooling> schooling() {
        return Optional.ofNullable(schooling);
    }

    /** {@return the other allowances received with their monthly amounts, if known (an empty map: none)} */
    public Optional<Map<Allowance, Money>> allowances() {
        return Optional.ofNullable(allowances);
    }

    /**
     * {@return the date of the application for {@code programme}, if known}
     *
     * @param programme the subsidy programme
     */
    public Optional<LocalDate> appliedOn(Programme programme) {
        return Optional.ofNullable(applications.get(programme));
    }

    /**
     * {@return whether the person is known not to have applied for {@code programme}}
     *
     * @param programme the subsidy programme
     */
    public boolean hasNotApplied(Programme programme) {
        return notApplied.contains(programme);
    }

    /** {@return the stopping events, in date order} */
    public List<StopEvent> events() {
        return events;
    }

    /** The encoded value of a fact on a date given as year and month-day ({@code month * 100 + day}). */
    long fact(int fact, int year, int monthDay) {
        switch (fact) {
            case SubsidyFacts.CATEGORY:
                return categoryBits;
            case SubsidyFacts.COMPONENT:
                return componentBits;
            case SubsidyFacts.GRADE:
                return gradeBits;
            case SubsidyFacts.HOUSEHOLD:
                return household == null ? FactSource.UNKNOWN : Fact.bit(household.ordinal());
            case SubsidyFacts.REGISTRATION:
                return registrationType == null ? FactSource.UNKNOWN : Fact.bit(registrationType.ordinal());
            case SubsidyFacts.AGE:
                if (residentId == null) {
                    return FactSource.UNKNOWN;
                }
                int age = year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
                return Math.max(age, 0);
            case SubsidyFacts.LONG_TERM_CARE:
                return flag(longTermCare);
            case SubsidyFacts.FIXED_INCOME:
                return flag(fixedIncome);
            case SubsidyFacts.LOWER_LIMB:
                return flag(lowerLimb);
            case SubsidyFacts.OWNS_VEHICLE:
                return flag(ownsVehicle);
            case SubsidyFacts.SCHOOLING:
                return schooling == null ? FactSource.UNKNOWN : Fact.bit(schooling.ordinal());
            case SubsidyFacts.DESTITUTE_SUPPORT:
                return flag(destituteSupport);
            case SubsidyFacts.WORK_INJURY_CARE:
                return flag(workInjuryCare);
            case SubsidyFacts.CHILD_SUPPORT:
                return flag(childSupport);
            default:
                throw new IllegalArgumentException("no subsidy fact " + fact);
        }
    }

    private static long flag(Boolean b) {
        return b == null ? FactSource.UNKNOWN : b ? 1 : 0;
    }

    /** The certificate in words; only for a claimant whose certificate is known ({@link #certificateKnown}). */
    Bilingual certificate() {
        return SubsidyCalculator.certificate(rating, certificateFromDay, certificateUntilDay, cancelledDay);
    }

    DivisionCode registrationOrNull() {
        return registration;
    }

    LocalDate application(Programme programme) {
        return applications.get(programme);
    }

    /** The application's month index ({@code year * 12 + month - 1}), {@link #NOT_APPLIED} or {@link #UNKNOWN_MONTH}. */
    int applicationMonth(int programme) {
        return applicationMonth[programme];
    }

    /** The facts as compiled tables read them: the age slot holds the birth date as yyyymmdd (see CompiledSubsidies). */
    long[] encodedFacts() {
        return encodedFacts;
    }

    /** Whether no fact of {@link #encodedFacts} is unknown. */
    boolean factsComplete() {
        return factsComplete;
    }

    /** The month index of the earliest stopping event, {@code Integer.MAX_VALUE} if none. */
    int firstEventMonth() {
        return firstEventMonth;
    }

    /**
     * Whether the certificate is valid on at least one day from {@code firstDay} to {@code lastDay} (epoch days): 1
     * valid, 0 not, -1 unknown.
     */
    int certificateValidWithin(long firstDay, long lastDay) {
        if (!certificateKnown()) {
            return -1;
        }
        return validWithin(certificateFromDay, lastValidDay(), firstDay, lastDay);
    }

    /** Whether the certificate's rating and validity are known (else its validity in a month cannot be decided). */
    boolean certificateKnown() {
        return rating != null && certificateFrom != null && certificateUntil != null;
    }

    /**
     * The certificate rule on epoch days: 1 if a certificate valid from {@code from} through {@code lastValid} is
     * valid on at least one day from {@code firstDay} to {@code lastDay}, else 0.
     */
    static int validWithin(long from, long lastValid, long firstDay, long lastDay) {
        return from <= lastDay && lastValid >= firstDay ? 1 : 0;
    }

    /** The last day the certificate is valid: its valid-until day, or the day before it was cancelled if earlier. */
    long lastValidDay() {
        return Math.min(certificateUntilDay, cancelledDay - 1);
    }

    /** The certificate's first valid day as an epoch day (meaningful when {@link #certificateKnown}). */
    long certificateFromDay() {
        return certificateFromDay;
    }

    /** The certificate's valid-until day as an epoch day (meaningful when {@link #certificateKnown}). */
    long certificateUntilDay() {
        return certificateUntilDay;
    }

    /** The day the certificate was cancelled as an epoch day, {@link Long#MAX_VALUE} if it was not. */
    long cancelledDay() {
        return cancelledDay;
    }

    Map<Allowance, Money> allowancesOrNull() {
        return allowances;
    }

    /** The monthly amounts of outside allowances in fen by ordinal (-1: not received), or null if unknown. */
    long[] allowanceFen() {
        return allowanceFen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claimant c
                && Objects.equals(residentId, c.residentId)
                && Objects.equals(rating, c.rating)
                && Objects.equals(certificateFrom, c.certificateFrom)
                && Objects.equals(certificateUntil, c.certificateUntil)
                && Objects.equals(cancelledOn, c.cancelledOn)
                && Objects.equals(registration, c.registration)
                && registrationType == c.registrationType
                && household == c.household
                && Objects.equals(childSupport, c.childSupport)
                && Objects.equals(destituteSupport, c.destituteSupport)
                && Objects.equals(workInjuryCare, c.workInjuryCare)
                && Objects.equals(longTermCare, c.longTermCare)
                && Objects.equals(fixedIncome, c.fixedIncome)
                && Objects.equals(lowerLimb, c.lowerLimb)
                && Objects.equals(ownsVehicle, c.ownsVehicle)
                && schooling == c.schooling
                && Objects.equals(allowances, c.allowances)
                && applications.equals(c.applications)
                && notApplied.equals(c.notApplied)
                && events.equals(c.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(residentId, rating, registration, household, applications);
    }

    /** The facts known, with the resident ID masked. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Claimant[");
        s.append("id=").append(residentId == null ? "?" : residentId.masked());
        if (rating != null) {
            s.append(", rating=").append(rating.category()).append('/').append(rating.grade());
            s.append(", certificate=").append(certificateFrom).append("..").append(certificateUntil);
            if (cancelledOn != null) {
                s.append(" cancelled ").append(cancelledOn);
            }
        }
        append(s, "registration", registration);
        append(s, "type", registrationType);
        append(s, "household", household);
        append(s, "childSupport", childSupport);
        append(s, "destituteSupport", destituteSupport);
        append(s, "workInjuryCare", workInjuryCare);
        append(s, "longTermCare", longTermCare);
        append(s, "fixedIncome", fixedIncome);
        append(s, "lowerLimb", lowerLimb);
        append(s, "ownsVehicle", ownsVehicle);
        append(s, "schooling", schooling);
        append(s, "allowances", allowances);
        if (!applications.isEmpty()) {
            s.append(", applied=").append(applications);
        }
        if (!notApplied.isEmpty()) {
            s.append(", notApplied=").append(notApplied);
        }
        if (!events.isEmpty()) {
            s.append(", events=").append(events);
        }
        return s.append(']').toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(", ").append(name).append('=').append(value);
        }
    }

    /**
     * Collects a claimant's facts; a fact never set stays unknown. A builder is for one thread.
     *
     * <pre>{@code
     * Claimant.builder().household(HouseholdStatus.NONE).noOtherAllowances().build();
     * }</pre>
     */
    public static final class Builder {
        private ResidentId residentId;
        private DisabilityRating rating;
        private LocalDate certificateFrom;
        private LocalDate certificateUntil;
        private LocalDate cancelledOn;
        private DivisionCode registration;
        private RegistrationType registrationType;
        private HouseholdStatus household;
        private Boolean childSupport;
        private Boolean destituteSupport;
        private Boolean workInjuryCare;
        private Boolean longTermCare;
        private Boolean fixedIncome;
        private Boolean lowerLimb;
        private Boolean ownsVehicle;
        private Schooling schooling;
        private Map<Allowance, Money> allowances;
        private final Map<Programme, LocalDate> applications = new EnumMap<>(Programme.class);
        private final java.util.Set<Programme> notApplied = java.util.EnumSet.noneOf(Programme.class);
        private final List<StopEvent> events = new ArrayList<>();

        private Builder() {}

        private Builder(Claimant c) {
            residentId = c.residentId;
            rating = c.rating;
            certificateFrom = c.certificateFrom;
            certificateUntil = c.certificateUntil;
            cancelledOn = c.cancelledOn;
            registration = c.registration;
            registrationType = c.registrationType;
            household = c.household;
            childSupport = c.childSupport;
            destituteSupport = c.destituteSupport;
            workInjuryCare = c.workInjuryCare;
            longTermCare = c.longTermCare;
            fixedIncome = c.fixedIncome;
            lowerLimb = c.lowerLimb;
            ownsVehicle = c.ownsVehicle;
            schooling = c.schooling;
            allowances = c.allowances == null
                    ? null
                    : new EnumMap<>(c.allowances.isEmpty() ? new EnumMap<>(Allowance.class) : c.allowances);
            applications.putAll(c.applications);
            notApplied.addAll(c.notApplied);
            events.addAll(c.events);
        }

        /**
         * The resident ID (gives the age).
         *
         * @param id the resident ID, as written on the roster or the application
         * @return this builder
         */
        public Builder residentId(ResidentId id) {
            this.residentId = Objects.requireNonNull(id, "residentId");
            return this;
        }

        /**
         * The certificate: its rating, issue and valid-until dates and cancellation, as it stands.
         *
         * @param certificate the certificate as issued, with any cancellation
         * @return this builder
         */
        public Builder certificate(Certificate certificate) {
            this.rating = certificate.rating();
            this.certificateFrom = certificate.issuedOn();
            this.certificateUntil = certificate.validUntil();
            this.cancelledOn = certificate
                    .cancellation()
                    .map(CertificateEvent.Cancelled::date)
                    .orElse(null);
            return this;
        }

        /**
         * A certificate known by its rating and validity, as a roster lists it.
         *
         * @param rating category and grade
         * @param validFrom the first day of validity (issue date)
         * @param validUntil the last day of validity
         * @return this builder
         */
        public Builder certificate(DisabilityRating rating, LocalDate validFrom, LocalDate validUntil) {
            if (validUntil.isBefore(validFrom)) {
                throw org.canlian.core.InvalidValueException.of(
                        "certificate valid-until date",
                        "order",
                        validUntil.toString(),
                        "is before the first day of validity " + validFrom);
            }
            this.rating = Objects.requireNonNull(rating, "rating");
            this.certificateFrom = validFrom;
            this.certificateUntil = validUntil;
            this.cancelledOn = null;
            return this;
        }

        /**
         * Records that the certificate was cancelled on {@code date} (valid until the day before).
         *
         * @param date the day the certificate was cancelled
         * @return this builder
         */
        public Builder certificateCancelled(LocalDate date) {
            this.cancelledOn = Objects.requireNonNull(date, "date");
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
            this.registrationType = Objects.requireNonNull(type, "registrationType");
            return this;
        }

        /**
         * The division of household registration, urban or rural unknown.
         *
         * @param division the division code of the household registration (户籍所在地)
         * @return this builder
         */
        public Builder registration(DivisionCode division) {
            this.registration = Objects.requireNonNull(division, "registration");
            return this;
        }

        /**
         * The household status.
         *
         * @param status the household status, e.g. subsistence allowance (低保)
         * @return this builder
         */
        public Builder household(HouseholdStatus status) {
            this.household = Objects.requireNonNull(status, "household");
            return this;
        }

        /**
         * Whether the person is an orphan or unsupported child on their support.
         *
         * @param value {@code true} if the person is an orphan or unsupported child on their support
         * @return this builder
         */
        public Builder childSupport(boolean value) {
            this.childSupport = value;
            return this;
        }

        /**
         * Whether the person is under destitute-persons support (特困).
         *
         * @param value {@code true} if the person is under destitute-persons support (特困)
         * @return this builder
         */
        public Builder destituteSupport(boolean value) {
            this.destituteSupport = value;
            return this;
        }

        /**
         * Whether the person receives the work-injury care allowance.
         *
         * @param value {@code true} if the person receives the work-injury care allowance
         * @return this builder
         */
        public Builder workInjuryCare(boolean value) {
            this.workInjuryCare = value;
            return this;
        }

        /**
         * Whether the person needs long-term care (more than 6 months).
         *
         * @param value {@code true} if the person needs long-term care (more than 6 months)
         * @return this builder
         */
        public Builder longTermCare(boolean value) {
            this.longTermCare = value;
            return this;
        }

        /**
         * Whether the person has a fixed income.
         *
         * @param value {@code true} if the person has a fixed income
         * @return this builder
         */
        public Builder fixedIncome(boolean value) {
            this.fixedIncome = value;
            return this;
        }

        /**
         * Whether the physical disability is of the lower limbs.
         *
         * @param value {@code true} if the physical disability is of the lower limbs
         * @return this builder
         */
        public Builder lowerLimb(boolean value) {
            this.lowerLimb = value;
            return this;
        }

        /**
         * Whether the person owns a motor vehicle for the disabled.
         *
         * @param value {@code true} if the person owns a motor vehicle for the disabled
         * @return this builder
         */
        public Builder ownsVehicle(boolean value) {
            this.ownsVehicle = value;
            return this;
        }

        /**
         * The person's schooling.
         *
         * @param value the schooling, e.g. in compulsory education
         * @return this builder
         */
        public Builder schooling(Schooling value) {
            this.schooling = Objects.requireNonNull(value, "schooling");
            return this;
        }

        /**
         * Records that the person receives {@code allowance} at {@code monthly} a month (makes the allowances known).
         *
         * @param allowance the other allowance received
         * @param monthly its monthly amount, not negative
         * @return this builder
         */
        public Builder allowance(Allowance allowance, Money monthly) {
            if (monthly.isNegative()) {
                throw org.canlian.core.InvalidValueException.of(
                        "allowance amount", "non-negative", monthly.toPlainString(), "must not be negative");
            }
            if (allowances == null) {
                allowances = new EnumMap<>(Allowance.class);
            }
            allowances.put(Objects.requireNonNull(allowance, "allowance"), monthly);
            return this;
        }

        /**
         * Records that the person receives no other allowance (makes the allowances known).
         *
         * @return this builder
         */
        public Builder noOtherAllowances() {
            if (allowances == null) {
                allowances = new EnumMap<>(Allowance.class);
            }
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
            applications.put(Objects.requireNonNull(programme, "programme"), Objects.requireNonNull(date, "date"));
            notApplied.remove(programme);
            return this;
        }

        /**
         * Records that the person has not applied for {@code programme}: it is not paid (rather than undecided).
         *
         * @param programme the programme not applied for
         * @return this builder
         */
        public Builder notApplied(Programme programme) {
            applications.remove(Objects.requireNonNull(programme, "programme"));
            notApplied.add(programme);
            return this;
        }

        /**
         * Records that every programme without an application date given so far has not been applied for.
         *
         * @return this builder
         */
        public Builder noOtherApplications() {
            for (Programme p : Programme.values()) {
                if (!applications.containsKey(p)) {
                    notApplied.add(p);
                }
            }
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
            events.add(new StopEvent(reason, date));
            return this;
        }

        /** {@return the claimant} */
        public Claimant build() {
            return new Claimant(this);
        }
    }
}
