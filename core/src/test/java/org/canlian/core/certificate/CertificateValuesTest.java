package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value types: rules, ratings, assessments, clerks. */
class CertificateValuesTest {

    @Test
    void rulesKeepTheirPeriods() {
        CertificateRules r = Fixtures.RULES;
        assertThat(r.validity()).isEqualTo(Period.ofYears(10));
        assertThat(r.noticeWorkingDays()).isEqualTo(5);
        assertThat(r.reviewWorkingDays()).isEqualTo(10);
        assertThat(r.appealWorkingDays()).isEqualTo(10);
        assertThat(r.reapplicationBar()).isEqualTo(Period.ofYears(1));
        assertThat(r.renewalWindow()).isEqualTo(Period.ZERO);
    }

    static Stream<Arguments> invalidRules() {
        CertificateRules r = Fixtures.RULES;
        return Stream.of(
                Arguments.of((Supplier<?>) () -> r.withValidity(Period.ZERO), "validity"),
                Arguments.of((Supplier<?>) () -> r.withValidity(Period.ofYears(-1)), "validity"),
                Arguments.of((Supplier<?>) () -> r.withWorkingDays(0, 10, 10), "noticeWorkingDays"),
                Arguments.of((Supplier<?>) () -> r.withWorkingDays(5, 0, 10), "reviewWorkingDays"),
                Arguments.of((Supplier<?>) () -> r.withWorkingDays(5, 10, -3), "appealWorkingDays"),
                Arguments.of((Supplier<?>) () -> r.withReapplicationBar(Period.ofMonths(-1)), "reapplicationBar"),
                Arguments.of((Supplier<?>) () -> r.withRenewalWindow(Period.ofDays(-1)), "renewalWindow"));
    }

    @ParameterizedTest
    @MethodSource("invalidRules")
    void rejectsRulesWithANonPositivePeriod(Supplier<?> make, String field) {
        assertThatThrownBy(make::get).isInstanceOf(InvalidValueException.class).hasMessageContaining(field);
    }

    static Stream<Arguments> changedRules() {
        // Suppliers: the copies are made inside the test, where mutation testing sees them run.
        CertificateRules r = Fixtures.RULES; // 10 years, 5 / 10 / 10 working days, bar 1 year, no renewal window
        return Stream.of(
                Arguments.of(
                        "a three-month renewal window",
                        (Supplier<CertificateRules>) () -> r.withRenewalWindow(Period.ofMonths(3)),
                        new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ofMonths(3))),
                Arguments.of(
                        "a five-year validity",
                        (Supplier<CertificateRules>) () -> r.withValidity(Period.ofYears(5)),
                        new CertificateRules(Period.ofYears(5), 5, 10, 10, Period.ofYears(1), Period.ZERO)),
                Arguments.of(
                        "no bar after a cancellation",
                        (Supplier<CertificateRules>) () -> r.withReapplicationBar(Period.ZERO),
                        new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ZERO, Period.ZERO)),
                Arguments.of(
                        "one working day for each step, the least allowed",
                        (Supplier<CertificateRules>) () -> r.withWorkingDays(1, 1, 1),
                        new CertificateRules(Period.ofYears(10), 1, 1, 1, Period.ofYears(1), Period.ZERO)),
                Arguments.of(
                        "a one-day validity, the least allowed",
                        (Supplier<CertificateRules>) () -> r.withValidity(Period.ofDays(1)),
                        new CertificateRules(Period.ofDays(1), 5, 10, 10, Period.ofYears(1), Period.ZERO)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedRules")
    void rulesCanBeChangedOneValueAtATime(
            String change, Supplier<CertificateRules> changed, CertificateRules expected) {
        assertThat(changed.get()).isEqualTo(expected);
    }

    private static DisabilityRating.Component c(DisabilityCategory cat, int grade) {
        return new DisabilityRating.Component(cat, DisabilityGrade.of(grade));
    }

    static Stream<Arguments> multipleGrades() {
        return Stream.of(
                Arguments.of(List.of(c(DisabilityCategory.VISUAL, 3), c(DisabilityCategory.HEARING, 1)), 1),
                Arguments.of(List.of(c(DisabilityCategory.SPEECH, 4), c(DisabilityCategory.HEARING, 4)), 4),
                Arguments.of(
                        List.of(
                                c(DisabilityCategory.PHYSICAL, 3),
                                c(DisabilityCategory.INTELLECTUAL, 2),
                                c(DisabilityCategory.VISUAL, 4)),
                        2));
    }

    @ParameterizedTest
    @MethodSource("multipleGrades")
    void aMultipleDisabilityTakesTheGradeOfItsMostSevereComponent(List<DisabilityRating.Component> parts, int grade) {
        DisabilityRating r = DisabilityRating.multiple(parts);
        assertThat(r.category()).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(r.grade()).isEqualTo(DisabilityGrade.of(grade));
        assertThat(r.includes(parts.get(0).category())).isTrue();
    }

    static Stream<Arguments> invalidRatings() {
        return Stream.of(
                Arguments.of(
                        (Supplier<?>) () -> DisabilityRating.multiple(List.of(c(DisabilityCategory.VISUAL, 1))),
                        "2 or more"),
                Arguments.of(
                        (Supplier<?>) () -> DisabilityRating.multiple(
                                List.of(c(DisabilityCategory.VISUAL, 1), c(DisabilityCategory.VISUAL, 2))),
                        "once"),
                Arguments.of(
                        (Supplier<?>) () -> new DisabilityRating(
                                DisabilityCategory.MULTIPLE,
                                DisabilityGrade.THREE,
                                List.of(c(DisabilityCategory.VISUAL, 1), c(DisabilityCategory.HEARING, 2))),
                        "most severe component"),
                Arguments.of(
                        (Supplier<?>) () -> new DisabilityRating(
                                DisabilityCategory.VISUAL,
                                DisabilityGrade.THREE,
                                List.of(c(DisabilityCategory.VISUAL, 3), c(DisabilityCategory.HEARING, 2))),
                        "only a multiple"),
                Arguments.of(
                        (Supplier<?>) () -> DisabilityRating.single(DisabilityCategory.MULTIPLE, DisabilityGrade.ONE),
                        "DisabilityRating.multiple"),
                Arguments.of(
                        (Supplier<?>)
                                () -> new DisabilityRating.Component(DisabilityCategory.MULTIPLE, DisabilityGrade.ONE),
                        "single category"));
    }

    @ParameterizedTest
    @MethodSource("invalidRatings")
    void rejectsAnInconsistentRating(Supplier<?> make, String reason) {
        assertThatThrownBy(make::get).isInstanceOf(InvalidValueException.class).hasMessageContaining(reason);
    }

    static Stream<Arguments> clerks() {
        LocalDate jan = LocalDate.of(2025, 1, 2);
        return Stream.of(
                Arguments.of(IssuingClerk.signed("A", jan, jan), true),
                Arguments.of(IssuingClerk.signed("A", jan, LocalDate.of(2025, 1, 6)), true),
                Arguments.of(IssuingClerk.signed("A", jan, LocalDate.of(2025, 1, 7)), false),
                Arguments.of(new IssuingClerk("A", Optional.of(jan), Optional.empty()), false),
                Arguments.of(new IssuingClerk("A", Optional.empty(), Optional.of(jan)), false));
    }

    @ParameterizedTest
    @MethodSource("clerks")
    void aClerkMayIssueOnlyAfterSigningBothDocuments(IssuingClerk clerk, boolean may) {
        assertThat(clerk.mayIssueOn(LocalDate.of(2025, 1, 6))).isEqualTo(may);
    }

    static Stream<Arguments> clerkRefusals() {
        LocalDate jan = LocalDate.of(2025, 1, 2);
        LocalDate later = LocalDate.of(2025, 1, 7);
        return Stream.of(
                Arguments.of(
                        new IssuingClerk("A-07", Optional.empty(), Optional.of(jan)),
                        "clerk-confidentiality-agreement",
                        "issuing clerk A-07 has not signed the confidentiality agreement (保密协议)"),
                Arguments.of(
                        IssuingClerk.signed("A-07", later, jan),
                        "clerk-confidentiality-agreement",
                        "issuing clerk A-07 has not signed the confidentiality agreement (保密协议), signed only on"
                                + " 2025-01-07"),
                Arguments.of(
                        new IssuingClerk("A-07", Optional.of(jan), Optional.empty()),
                        "clerk-responsibility-pledge",
                        "issuing clerk A-07 has not signed the responsibility pledge (责任书)"),
                Arguments.of(
                        IssuingClerk.signed("A-07", jan, later),
                        "clerk-responsibility-pledge",
                        "issuing clerk A-07 has not signed the responsibility pledge (责任书), signed only on 2025-01-07"));
    }

    @ParameterizedTest
    @MethodSource("clerkRefusals")
    void aClerkRefusalNamesTheMissingDocumentAndALateSignature(IssuingClerk clerk, String rule, String reason) {
        assertThat(clerk.whyCannotIssueOn(LocalDate.of(2025, 1, 6))).contains(new Violation(rule, reason));
    }

    @Test
    void blankTextIsRejectedNamingTheField() {
        assertThatThrownBy(() -> new IssuingClerk(" ", Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("staffId");
        assertThatThrownBy(() -> Assessment.notQualifying("", LocalDate.of(2025, 1, 1), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("institution");
        assertThatThrownBy(() -> new CertificateCommand.Reject("  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new CertificateCommand.Appeal(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid grounds \"\": must be given");
        assertThatThrownBy(() -> new Applicant.Guardian(Fixtures.GUARDIAN, ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("relationship");
    }

    @Test
    void refusalsReadAsOneLine() {
        Refusal r = new Refusal("application IN_NOTICE", "approve", "notice-period", "runs until 2025-03-18");
        assertThat(r.message())
                .isEqualTo("Refused approve in application IN_NOTICE [notice-period]: runs until 2025-03-18");
        assertThatThrownBy(() -> new Outcome.Refused(r).stateOrThrow())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(r.message());
    }

    @Test
    void aCorruptHistoryIsNotReplayed() {
        CertificateEvent.Applied applied =
                (CertificateEvent.Applied) Fixtures.applied().history().get(0);
        assertThatThrownBy(() -> CertificateLifecycle.replay(
                        List.<CertificateEvent>of(new CertificateEvent.Approved(LocalDate.of(2025, 3, 4)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("approved");
        assertThatThrownBy(() -> CertificateLifecycle.replay(List.<CertificateEvent>of(
                        applied,
                        new CertificateEvent.Renewed(LocalDate.of(2025, 3, 4), LocalDate.of(2035, 1, 1), "A"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renewed")
                .hasMessageContaining("application APPLIED");
        assertThatThrownBy(() -> CertificateLifecycle.replay(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringMasksResidentIdsAndNumbers() {
        Certificate c = Fixtures.issued();
        assertThat(c.toString()).doesNotContain(Fixtures.ADULT.reveal()).contains("110105********002X42");
    }

    private static Certificate certificate(
            CertificateNumber number,
            org.canlian.core.person.ResidentId holder,
            org.canlian.core.division.DivisionCode issuer,
            LocalDate validUntil,
            List<CertificateEvent> history) {
        Certificate c = Fixtures.issued();
        return new Certificate(
                number,
                holder,
                c.rating(),
                issuer,
                c.issuedOn(),
                validUntil,
                c.cancellation(),
                c.voided(),
                c.appliedOn(),
                history);
    }

    private static Application application(ApplicationStage stage, List<CertificateEvent> history) {
        Application a = (Application) Fixtures.applied();
        return new Application(
                a.holder(),
                a.county(),
                a.householdRegistration(),
                a.applicant(),
                a.claimedCategory(),
                a.appliedOn(),
                stage,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                history);
    }

    static Stream<Arguments> brokenInvariants() {
        Certificate c = Fixtures.issued();
        Application a = (Application) Fixtures.applied();
        return Stream.of(
                // issue 10: each was a bare IllegalArgumentException; now the field, the rule and the value
                Arguments.of(
                        (Supplier<?>) () ->
                                certificate(c.number(), Fixtures.GUARDIAN, c.issuer(), c.validUntil(), c.history()),
                        "number-matches-holder"),
                Arguments.of(
                        (Supplier<?>) () ->
                                certificate(c.number(), c.holder(), Fixtures.TOWNSHIP, c.validUntil(), c.history()),
                        "issuer-county"),
                Arguments.of(
                        (Supplier<?>) () -> certificate(
                                c.number(), c.holder(), c.issuer(), c.issuedOn().minusDays(1), c.history()),
                        "date-order"),
                Arguments.of(
                        (Supplier<?>) () -> certificate(c.number(), c.holder(), c.issuer(), c.validUntil(), List.of()),
                        "history-starts-applied"),
                Arguments.of(
                        (Supplier<?>) () ->
                                new Certificate.VoidedNumber(c.number(), Fixtures.ISSUED_ON, CertificateStatus.ACTIVE),
                        "void-status"),
                Arguments.of((Supplier<?>) () -> c.asOf(c.appliedOn().minusDays(1)), "before-application"),
                Arguments.of(
                        (Supplier<?>) () -> application(ApplicationStage.ASSESSED, a.history()), "stage-assessment"),
                Arguments.of(
                        (Supplier<?>) () -> application(ApplicationStage.REJECTED, a.history()), "stage-rejection"),
                Arguments.of(
                        (Supplier<?>) () -> application(ApplicationStage.APPLIED, List.of()), "history-starts-applied"),
                Arguments.of(
                        (Supplier<?>) () -> new CertificateEvent.RatingChanged(
                                Fixtures.ISSUED_ON,
                                Assessment.notQualifying(Fixtures.HOSPITAL, Fixtures.ASSESSED_ON, false),
                                c.number(),
                                c.number(),
                                c.validUntil(),
                                "A-07"),
                        "reassessment-rating"));
    }

    @ParameterizedTest
    @MethodSource("brokenInvariants")
    void brokenInvariantsThrowInvalidValueExceptionNamingTheRule(Supplier<?> make, String rule) {
        assertThatThrownBy(make::get)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19491231"));
    }
}
