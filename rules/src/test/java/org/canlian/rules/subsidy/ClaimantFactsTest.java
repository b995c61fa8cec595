package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.canlian.rules.subsidy.TestClaimants.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.certificate.Applicant;
import org.canlian.core.certificate.CancellationReason;
import org.canlian.core.certificate.Certificate;
import org.canlian.core.certificate.CertificateEvent;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.FactSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claimant gives back each fact it was given and leaves the others unknown; its certificate is valid in a period
 * from its first day to its last, until the day it is cancelled.
 */
class ClaimantFactsTest {
    private static final Claimant KNOWN = baseline()
            .childSupport(true)
            .destituteSupport(true)
            .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
            .certificateCancelled(LocalDate.of(2025, 3, 1))
            .build();
    private static final Claimant UNKNOWN =
            Claimant.builder().registration(TestClaimants.COUNTY).build();

    static Stream<Arguments> facts() {
        return Stream.of(
                Arguments.of("child support", (Function<Claimant, Optional<?>>) Claimant::childSupport, true),
                Arguments.of("destitute support", (Function<Claimant, Optional<?>>) Claimant::destituteSupport, true),
                Arguments.of("work-injury care", (Function<Claimant, Optional<?>>) Claimant::workInjuryCare, false),
                Arguments.of(
                        "allowances",
                        (Function<Claimant, Optional<?>>) Claimant::allowances,
                        Map.of(Allowance.OLD_AGE, Money.ofYuan(100))),
                Arguments.of(
                        "cancelled on",
                        (Function<Claimant, Optional<?>>) Claimant::cancelledOn,
                        LocalDate.of(2025, 3, 1)),
                Arguments.of("long-term care", (Function<Claimant, Optional<?>>) Claimant::longTermCare, false),
                Arguments.of("fixed income", (Function<Claimant, Optional<?>>) Claimant::fixedIncome, false),
                Arguments.of("lower limb", (Function<Claimant, Optional<?>>) Claimant::lowerLimb, false),
                Arguments.of("owns a vehicle", (Function<Claimant, Optional<?>>) Claimant::ownsVehicle, false),
                Arguments.of("schooling", (Function<Claimant, Optional<?>>) Claimant::schooling, Schooling.NONE),
                Arguments.of("household", (Function<Claimant, Optional<?>>) Claimant::household, HouseholdStatus.NONE),
                Arguments.of(
                        "registration type",
                        (Function<Claimant, Optional<?>>) Claimant::registrationType,
                        RegistrationType.RURAL),
                Arguments.of("certificate from", (Function<Claimant, Optional<?>>) Claimant::certificateFrom, FROM),
                Arguments.of("certificate until", (Function<Claimant, Optional<?>>) Claimant::certificateUntil, UNTIL),
                Arguments.of(
                        "applied for care",
                        (Function<Claimant, Optional<?>>) c -> c.appliedOn(Programme.CARE),
                        LocalDate.of(2025, 1, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void givesBackEachFactItWasGivenAndLeavesTheOthersUnknown(
            String fact, Function<Claimant, Optional<?>> read, Object value) {
        assertThat(read.apply(KNOWN).orElseThrow()).isEqualTo(value);
        assertThat(read.apply(UNKNOWN)).isEmpty();
    }

    @Test
    void eventsAreKeptInDateOrderAndAllowancesNotReceivedAreMarked() {
        Claimant c = baseline()
                .event(StopReason.MOVED_OUT, LocalDate.of(2025, 9, 1))
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        assertThat(c.events())
                .containsExactly(
                        new StopEvent(StopReason.DEATH, LocalDate.of(2025, 6, 3)),
                        new StopEvent(StopReason.MOVED_OUT, LocalDate.of(2025, 9, 1)));
        // Fen per allowance for the compiled rules: -1 for one not received.
        assertThat(KNOWN.allowanceFen()).containsExactly(10_000, -1, -1, -1);
        assertThat(UNKNOWN.allowanceFen()).isNull();
    }

    @Test
    void factsAreCompleteOnlyWhenEveryFactIsKnown() {
        assertThat(baseline().build().factsComplete()).isTrue();
        assertThat(UNKNOWN.factsComplete()).isFalse();
        assertThat(Claimant.builder()
                        .residentId(baseline().build().residentId().orElseThrow())
                        .build()
                        .factsComplete())
                .isFalse();
    }

    @Test
    void toStringShowsOnlyTheFactsKnown() {
        Claimant c = KNOWN.toBuilder()
                .notApplied(Programme.COLLEGE)
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        assertThat(c.toString())
                .startsWith("Claimant[id=629901********")
                .contains(
                        ", rating=PHYSICAL/TWO, certificate=2020-01-01..2030-01-01 cancelled 2025-03-01",
                        ", registration=629901",
                        ", type=RURAL",
                        ", household=NONE",
                        ", childSupport=true",
                        ", destituteSupport=true",
                        ", workInjuryCare=false",
                        ", longTermCare=false",
                        ", fixedIncome=false",
                        ", lowerLimb=false",
                        ", ownsVehicle=false",
                        ", schooling=NONE",
                        ", allowances={OLD_AGE=",
                        ", applied={LIVING=2025-01-10",
                        ", notApplied=[COLLEGE]",
                        ", events=[StopEvent[reason=DEATH, date=2025-06-03]]")
                .endsWith("]");
        assertThat(baseline().build().toString()).doesNotContain("cancelled").doesNotContain("events=");
        assertThat(UNKNOWN.toString()).isEqualTo("Claimant[id=?, registration=629901]");
    }

    /** A fact as the compiled tables read it, for a claimant built in the test. */
    static Stream<Arguments> encodings() {
        return Stream.of(
                encoding("category physical", SubsidyFacts.CATEGORY, () -> baseline(), 1L << 3),
                encoding(
                        "category multiple (intellectual and hearing)",
                        SubsidyFacts.CATEGORY,
                        () -> baseline().certificate(MULTIPLE, FROM, UNTIL),
                        1L << 6),
                encoding("a single category is its own component", SubsidyFacts.COMPONENT, () -> baseline(), 1L << 3),
                encoding(
                        "components of a multiple disability: hearing and intellectual",
                        SubsidyFacts.COMPONENT,
                        () -> baseline().certificate(MULTIPLE, FROM, UNTIL),
                        (1L << 1) | (1L << 4)),
                encoding("grade two", SubsidyFacts.GRADE, () -> baseline(), 1L << 1),
                encoding(
                        "grade three of a multiple disability",
                        SubsidyFacts.GRADE,
                        () -> baseline().certificate(MULTIPLE, FROM, UNTIL),
                        1L << 2),
                encoding("household none", SubsidyFacts.HOUSEHOLD, () -> baseline(), 1L << 3),
                encoding(
                        "household dibao",
                        SubsidyFacts.HOUSEHOLD,
                        () -> baseline().household(HouseholdStatus.DIBAO),
                        1L),
                encoding("rural registration", SubsidyFacts.REGISTRATION, () -> baseline(), 1L << 1),
                encoding(
                        "urban registration",
                        SubsidyFacts.REGISTRATION,
                        () -> baseline().registration(TestClaimants.COUNTY, RegistrationType.URBAN),
                        1L),
                encoding("birth date as yyyymmdd in the age slot", SubsidyFacts.AGE, () -> baseline(), 19_750_615L),
                encoding(
                        "long-term care",
                        SubsidyFacts.LONG_TERM_CARE,
                        () -> baseline().longTermCare(true),
                        1L),
                encoding("no long-term care", SubsidyFacts.LONG_TERM_CARE, () -> baseline(), 0L),
                encoding(
                        "fixed income",
                        SubsidyFacts.FIXED_INCOME,
                        () -> baseline().fixedIncome(true),
                        1L),
                encoding("no fixed income", SubsidyFacts.FIXED_INCOME, () -> baseline(), 0L),
                encoding("lower limb", SubsidyFacts.LOWER_LIMB, () -> baseline().lowerLimb(true), 1L),
                encoding("not the lower limbs", SubsidyFacts.LOWER_LIMB, () -> baseline(), 0L),
                encoding(
                        "owns a vehicle",
                        SubsidyFacts.OWNS_VEHICLE,
                        () -> baseline().ownsVehicle(true),
                        1L),
                encoding("no vehicle", SubsidyFacts.OWNS_VEHICLE, () -> baseline(), 0L),
                encoding("not in education", SubsidyFacts.SCHOOLING, () -> baseline(), 1L),
                encoding(
                        "undergraduate",
                        SubsidyFacts.SCHOOLING,
                        () -> baseline().schooling(Schooling.UNDERGRADUATE),
                        1L << 3),
                encoding(
                        "destitute support",
                        SubsidyFacts.DESTITUTE_SUPPORT,
                        () -> baseline().destituteSupport(true),
                        1L),
                encoding("no destitute support", SubsidyFacts.DESTITUTE_SUPPORT, () -> baseline(), 0L),
                encoding(
                        "work-injury care",
                        SubsidyFacts.WORK_INJURY_CARE,
                        () -> baseline().workInjuryCare(true),
                        1L),
                encoding("no work-injury care", SubsidyFacts.WORK_INJURY_CARE, () -> baseline(), 0L),
                encoding(
                        "child support",
                        SubsidyFacts.CHILD_SUPPORT,
                        () -> baseline().childSupport(true),
                        1L),
                encoding("no child support", SubsidyFacts.CHILD_SUPPORT, () -> baseline(), 0L));
    }

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2030, 1, 1);
    /** Intellectual grade 3 with hearing grade 4: multiple disability, grade 3. */
    private static final DisabilityRating MULTIPLE = DisabilityRating.multiple(List.of(
            new DisabilityRating.Component(DisabilityCategory.INTELLECTUAL, DisabilityGrade.THREE),
            new DisabilityRating.Component(DisabilityCategory.HEARING, DisabilityGrade.FOUR)));

    private static Arguments encoding(String name, int fact, Supplier<Claimant.Builder> claimant, long encoded) {
        return Arguments.of(name, fact, claimant, encoded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void eachFactIsEncodedAsTheCompiledTablesReadItAndUnknownWhenNotGiven(
            String name, int fact, Supplier<Claimant.Builder> claimant, long encoded) {
        Claimant c = claimant.get().build();
        assertThat(c.encodedFacts()[fact]).isEqualTo(encoded);
        if (fact != SubsidyFacts.AGE) {
            assertThat(c.fact(fact, 2025, 301)).isEqualTo(encoded);
        }
        Claimant nothingKnown = Claimant.builder().build();
        assertThat(nothingKnown.encodedFacts()[fact]).isEqualTo(FactSource.UNKNOWN);
        assertThat(nothingKnown.fact(fact, 2025, 301)).isEqualTo(FactSource.UNKNOWN);
    }

    static Stream<Arguments> ages() {
        // Born 1975-06-15: whole years completed on the day, never negative.
        return Stream.of(
                Arguments.of(2025, 614, 49L), // the day before the 50th birthday
                Arguments.of(2025, 615, 50L), // the birthday
                Arguments.of(2025, 1231, 50L),
                Arguments.of(1975, 615, 0L), // born that day
                Arguments.of(1975, 101, 0L)); // before birth: 0, not -1
    }

    @ParameterizedTest(name = "{0}-{1}: {2}")
    @MethodSource("ages")
    void theAgeIsTheWholeYearsCompletedOnTheDay(int year, int monthDay, long age) {
        assertThat(baseline().build().fact(SubsidyFacts.AGE, year, monthDay)).isEqualTo(age);
    }

    @Test
    void aFactNumberOutsideTheSetIsRejected() {
        Claimant c = baseline().build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> c.fact(SubsidyFacts.SET.size(), 2025, 301))
                .withMessage("no subsidy fact 14");
    }

    @Test
    void applicationsAndEventsAreKeptAsMonthIndexes() {
        Claimant c = baseline()
                .applied(Programme.CARE, LocalDate.of(2024, 12, 31))
                .notApplied(Programme.COLLEGE)
                .event(StopReason.MOVED_OUT, LocalDate.of(2025, 9, 1))
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        // year * 12 + month - 1
        assertThat(c.applicationMonth(Programme.LIVING.ordinal())).isEqualTo(2025 * 12);
        assertThat(c.applicationMonth(Programme.CARE.ordinal())).isEqualTo(2024 * 12 + 11);
        assertThat(c.applicationMonth(Programme.COLLEGE.ordinal())).isEqualTo(Claimant.NOT_APPLIED);
        assertThat(c.firstEventMonth()).isEqualTo(2025 * 12 + 5);
        Claimant unknown = Claimant.builder().build();
        assertThat(unknown.applicationMonth(Programme.CARE.ordinal())).isEqualTo(Claimant.UNKNOWN_MONTH);
        assertThat(unknown.firstEventMonth()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void noOtherApplicationsMarksOnlyTheProgrammesWithoutADate() {
        Claimant c = Claimant.builder()
                .applied(Programme.CARE, LocalDate.of(2025, 1, 10))
                .noOtherApplications()
                .build();
        assertThat(c.appliedOn(Programme.CARE)).contains(LocalDate.of(2025, 1, 10));
        assertThat(c.hasNotApplied(Programme.CARE)).isFalse();
        for (Programme p : Programme.values()) {
            if (p != Programme.CARE) {
                assertThat(c.hasNotApplied(p)).as("%s", p).isTrue();
                assertThat(c.applicationMonth(p.ordinal())).isEqualTo(Claimant.NOT_APPLIED);
            }
        }
        // Applying later replaces "not applied", and the reverse.
        Claimant later = c.toBuilder()
                .applied(Programme.FUEL, LocalDate.of(2025, 2, 1))
                .notApplied(Programme.CARE)
                .build();
        assertThat(later.hasNotApplied(Programme.FUEL)).isFalse();
        assertThat(later.appliedOn(Programme.FUEL)).contains(LocalDate.of(2025, 2, 1));
        assertThat(later.hasNotApplied(Programme.CARE)).isTrue();
        assertThat(later.appliedOn(Programme.CARE)).isEmpty();
    }

    @Test
    void theCertificateDaysAreItsFirstDayAndTheDayBeforeItsCancellation() {
        Claimant c = baseline().build();
        assertThat(c.certificateKnown()).isTrue();
        assertThat(c.certificateFromDay()).isEqualTo(FROM.toEpochDay());
        assertThat(c.lastValidDay()).isEqualTo(UNTIL.toEpochDay());
        Claimant cancelled =
                baseline().certificateCancelled(LocalDate.of(2025, 3, 1)).build();
        assertThat(cancelled.lastValidDay()).isEqualTo(LocalDate.of(2025, 2, 28).toEpochDay());
        // A cancellation after the valid-until day changes nothing.
        Claimant late =
                baseline().certificateCancelled(LocalDate.of(2031, 1, 1)).build();
        assertThat(late.lastValidDay()).isEqualTo(UNTIL.toEpochDay());
        // A cancellation alone does not make the certificate known.
        Claimant onlyCancelled = Claimant.builder()
                .certificateCancelled(LocalDate.of(2025, 3, 1))
                .build();
        assertThat(onlyCancelled.certificateKnown()).isFalse();
        assertThat(onlyCancelled.certificateValidWithin(FROM.toEpochDay(), UNTIL.toEpochDay()))
                .isEqualTo(-1);
    }

    @Test
    void aClaimantRebuiltFromItsBuilderIsEqualWithEveryFact() {
        Claimant c = baseline()
                .childSupport(true)
                .destituteSupport(true)
                .workInjuryCare(true)
                .longTermCare(true)
                .fixedIncome(true)
                .lowerLimb(true)
                .ownsVehicle(true)
                .schooling(Schooling.SCHOOL)
                .allowance(Allowance.INJURY_PENSION, Money.ofYuan(300))
                .certificateCancelled(LocalDate.of(2025, 3, 1))
                .notApplied(Programme.COLLEGE)
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        Claimant again = c.toBuilder().build();
        assertThat(again).isEqualTo(c).hasToString(c.toString());
        assertThat(again.encodedFacts()).containsExactly(c.encodedFacts());
        assertThat(again.allowanceFen()).containsExactly(-1, 30_000, -1, -1);
        assertThat(again.cancelledOn()).contains(LocalDate.of(2025, 3, 1));
        // Each allowance given is kept, the first one given making the allowances known.
        assertThat(Claimant.builder()
                        .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
                        .allowance(Allowance.INJURY_PENSION, Money.ofYuan(300))
                        .build()
                        .allowances())
                .contains(Map.of(Allowance.OLD_AGE, Money.ofYuan(100), Allowance.INJURY_PENSION, Money.ofYuan(300)));
        // Saying "no other allowances" after one was given keeps it.
        assertThat(baseline()
                        .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
                        .noOtherAllowances()
                        .build()
                        .allowances())
                .contains(Map.of(Allowance.OLD_AGE, Money.ofYuan(100)));
        // Known to receive none: an empty map, still known.
        Claimant none = baseline().build().toBuilder().build();
        assertThat(none.allowances()).contains(Map.of());
        assertThat(none.allowanceFen()).containsExactly(-1, -1, -1, -1);
    }

    static Stream<Arguments> badFacts() {
        return Stream.of(
                Arguments.of(
                        "valid-until before valid-from",
                        (Runnable) () -> Claimant.builder()
                                .certificate(
                                        TestClaimants.rating(DisabilityCategory.PHYSICAL, 2),
                                        LocalDate.of(2020, 1, 2),
                                        LocalDate.of(2020, 1, 1)),
                        "Invalid certificate valid-until date 2020-01-01: is before the first day of validity"
                                + " 2020-01-02"),
                Arguments.of(
                        "negative allowance",
                        (Runnable) () -> Claimant.builder().allowance(Allowance.OLD_AGE, Money.ofFen(-1)),
                        "Invalid allowance amount -0.01: must not be negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFacts")
    void badFactsAreRejectedNamingTheFieldAndValue(String name, Runnable build, String message) {
        assertThatIllegalArgumentException().isThrownBy(build::run).withMessage(message);
    }

    @Test
    void aCertificateGivesItsRatingValidityAndCancellation() {
        ResidentId holder = TestClaimants.idBornOn(LocalDate.of(1975, 6, 15));
        DisabilityRating rating = TestClaimants.rating(DisabilityCategory.PHYSICAL, 2);
        CertificateEvent.Applied applied = new CertificateEvent.Applied(
                LocalDate.of(2019, 12, 2),
                holder,
                TestClaimants.COUNTY,
                TestClaimants.COUNTY,
                new Applicant.Self(),
                DisabilityCategory.PHYSICAL);
        Certificate issued = new Certificate(
                CertificateNumber.of(holder, DisabilityCategory.PHYSICAL, DisabilityGrade.TWO),
                holder,
                rating,
                TestClaimants.COUNTY,
                FROM,
                UNTIL,
                Optional.empty(),
                List.of(),
                LocalDate.of(2019, 12, 2),
                List.of(applied));
        Certificate cancelled = new Certificate(
                issued.number(),
                holder,
                rating,
                TestClaimants.COUNTY,
                FROM,
                UNTIL,
                Optional.of(new CertificateEvent.Cancelled(
                        LocalDate.of(2025, 3, 1), new CancellationReason.WrittenRequest(new Applicant.Self()))),
                List.of(),
                LocalDate.of(2019, 12, 2),
                List.of(applied));
        assertThat(baseline().certificate(issued).build()).isEqualTo(baseline().build());
        assertThat(baseline().certificate(cancelled).build())
                .isEqualTo(baseline()
                        .certificateCancelled(LocalDate.of(2025, 3, 1))
                        .build());
        // A certificate given by rating and dates replaces a cancelled one entirely.
        assertThat(baseline()
                        .certificate(cancelled)
                        .certificate(rating, FROM, UNTIL)
                        .build())
                .isEqualTo(baseline().build());
    }

    static Stream<Arguments> periods() {
        // Valid 2020-01-01 to 2030-01-01; KNOWN is cancelled on 2025-03-01, valid until the day before.
        return Stream.of(
                Arguments.of(baseline().build(), "2030-01-01", "2030-01-31", true), // its last day
                Arguments.of(baseline().build(), "2030-01-02", "2030-01-31", false),
                Arguments.of(baseline().build(), "2019-12-01", "2020-01-01", true), // its first day
                Arguments.of(baseline().build(), "2019-12-01", "2019-12-31", false),
                Arguments.of(KNOWN, "2025-02-01", "2025-02-28", true),
                Arguments.of(KNOWN, "2025-02-28", "2025-03-31", true), // valid on the day before cancellation
                Arguments.of(KNOWN, "2025-03-01", "2025-03-31", false), // cancelled on the first day
                Arguments.of(UNKNOWN, "2025-03-01", "2025-03-31", null)); // no certificate known
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theCertificateIsValidInAPeriodItOverlapsBeforeItIsCancelled(
            Claimant c, String first, String last, Boolean valid) {
        int answer = c.certificateValidWithin(
                LocalDate.parse(first).toEpochDay(), LocalDate.parse(last).toEpochDay());
        assertThat(answer < 0 ? null : answer == 1).isEqualTo(valid);
    }
}
