package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateCommand.*;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule a step can break: the refusal names the state, the step and the rule, and changes nothing. */
class CertificateRefusalsTest {
    private static final IssuingClerk NO_AGREEMENT =
            new IssuingClerk("B-01", Optional.empty(), Optional.of(LocalDate.of(2024, 1, 2)));
    private static final IssuingClerk NO_PLEDGE =
            new IssuingClerk("B-02", Optional.of(LocalDate.of(2024, 1, 2)), Optional.empty());
    private static final IssuingClerk SIGNS_LATER =
            IssuingClerk.signed("B-03", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1));

    static Stream<Arguments> refusals() {
        return Stream.of(
                row(Fixtures::accepted, new Accept(), ACCEPTED_ON, "application ACCEPTED", "accept", "stage"),
                row(
                        Fixtures::applied,
                        new Assess(qualifying(ASSESSED_ON)),
                        ASSESSED_ON,
                        "application APPLIED",
                        "assess",
                        "stage"),
                row(
                        Fixtures::accepted,
                        new Assess(qualifying(LocalDate.of(2025, 3, 12))),
                        ASSESSED_ON,
                        "application ACCEPTED",
                        "assess",
                        "assessment-date"),
                row(
                        Fixtures::accepted,
                        new Assess(qualifying(LocalDate.of(2025, 3, 1))),
                        ASSESSED_ON,
                        "application ACCEPTED",
                        "assess",
                        "assessment-date"),
                row(
                        Fixtures::assessedNotQualifying,
                        new PostNotice(VILLAGE),
                        NOTICE_ON,
                        "application ASSESSED",
                        "post-notice",
                        "assessment-not-qualifying"),
                row(
                        CertificateRefusalsTest::selfApplicantAssessedPsychosocial,
                        new PostNotice(VILLAGE),
                        NOTICE_ON,
                        "application ASSESSED",
                        "post-notice",
                        "guardian-required"),
                row(
                        Fixtures::assessed,
                        new PostNotice(TOWNSHIP),
                        NOTICE_ON,
                        "application ASSESSED",
                        "post-notice",
                        "notice-place"),
                row(
                        Fixtures::assessed,
                        new PostNotice(DivisionCode.parse("110106001001")),
                        NOTICE_ON,
                        "application ASSESSED",
                        "post-notice",
                        "notice-place"),
                row(
                        Fixtures::accepted,
                        new PostNotice(VILLAGE),
                        NOTICE_ON,
                        "application ACCEPTED",
                        "post-notice",
                        "stage"),
                row(
                        Fixtures::inNotice,
                        new Approve(),
                        LocalDate.of(2025, 3, 18),
                        "application IN_NOTICE",
                        "approve",
                        "notice-period"),
                row(
                        Fixtures::inNotice,
                        new Approve(),
                        LocalDate.of(2025, 4, 2),
                        "application IN_NOTICE",
                        "approve",
                        "review-period"),
                row(Fixtures::assessed, new Approve(), APPROVED_ON, "application ASSESSED", "approve", "stage"),
                row(Fixtures::inNotice, new Issue(CLERK), ISSUED_ON, "application IN_NOTICE", "issue", "stage"),
                row(
                        Fixtures::approved,
                        new Issue(NO_AGREEMENT),
                        ISSUED_ON,
                        "application APPROVED",
                        "issue",
                        "clerk-confidentiality-agreement"),
                row(
                        Fixtures::approved,
                        new Issue(NO_PLEDGE),
                        ISSUED_ON,
                        "application APPROVED",
                        "issue",
                        "clerk-responsibility-pledge"),
                row(
                        Fixtures::approved,
                        new Issue(SIGNS_LATER),
                        ISSUED_ON,
                        "application APPROVED",
                        "issue",
                        "clerk-confidentiality-agreement"),
                row(
                        Fixtures::assessed,
                        new Appeal("late"),
                        LocalDate.of(2025, 3, 25),
                        "application ASSESSED",
                        "appeal",
                        "appeal-period"),
                row(Fixtures::approved, new Appeal("too late"), ISSUED_ON, "application APPROVED", "appeal", "stage"),
                row(
                        Fixtures::accepted,
                        new Appeal("nothing to appeal"),
                        ACCEPTED_ON,
                        "application ACCEPTED",
                        "appeal",
                        "stage"),
                row(
                        Fixtures::provinceDecided,
                        new Appeal("again"),
                        LocalDate.of(2025, 4, 2),
                        "application ASSESSED",
                        "appeal",
                        "appeal-final"),
                row(
                        Fixtures::assessed,
                        new DecideAppeal(qualifying(ASSESSED_ON)),
                        ASSESSED_ON,
                        "application ASSESSED",
                        "decide-appeal",
                        "stage"),
                row(
                        Fixtures::appealed,
                        new DecideAppeal(qualifying(LocalDate.of(2025, 3, 11))),
                        LocalDate.of(2025, 3, 13),
                        "application APPEALED",
                        "decide-appeal",
                        "assessment-date"),
                row(
                        Fixtures::appealed,
                        new Reject("no"),
                        LocalDate.of(2025, 3, 13),
                        "application APPEALED",
                        "reject",
                        "appeal-pending"),
                row(
                        Fixtures::rejected,
                        new Accept(),
                        ACCEPTED_ON,
                        "application REJECTED",
                        "accept",
                        "application-closed"),
                row(
                        Fixtures::rejected,
                        new Reject("again"),
                        ACCEPTED_ON,
                        "application REJECTED",
                        "reject",
                        "application-closed"),
                row(Fixtures::approved, new Renew(CLERK), ISSUED_ON, "application APPROVED", "renew", "not-issued"),
                row(
                        Fixtures::applied,
                        new Cancel(new CancellationReason.Death(APPLIED_ON)),
                        APPLIED_ON,
                        "application APPLIED",
                        "cancel",
                        "not-issued"),
                row(
                        Fixtures::issued,
                        new Accept(),
                        LocalDate.of(2026, 1, 5),
                        "certificate ACTIVE",
                        "accept",
                        "already-issued"),
                row(
                        Fixtures::issued,
                        applyCommand(),
                        LocalDate.of(2026, 1, 5),
                        "certificate ACTIVE",
                        "apply",
                        "already-applied"),
                row(Fixtures::applied, applyCommand(), APPLIED_ON, "application APPLIED", "apply", "already-applied"),
                row(
                        Fixtures::accepted,
                        new Reject("back-dated"),
                        APPLIED_ON,
                        "application ACCEPTED",
                        "reject",
                        "date-order"),
                row(
                        Fixtures::issued,
                        new Renew(CLERK),
                        LocalDate.of(2035, 3, 19),
                        "certificate ACTIVE",
                        "renew",
                        "renewal-not-open"),
                row(
                        Fixtures::issued,
                        new Renew(NO_PLEDGE),
                        LocalDate.of(2035, 3, 20),
                        "certificate ACTIVE",
                        "renew",
                        "clerk-responsibility-pledge"),
                row(
                        Fixtures::issued,
                        new ReplaceLost(CLERK),
                        LocalDate.of(2035, 3, 21),
                        "certificate EXPIRED",
                        "replace-lost",
                        "expired"),
                row(
                        CertificateRefusalsTest::replacedNineTimes,
                        new ReplaceLost(CLERK),
                        LocalDate.of(2030, 1, 1),
                        "certificate ACTIVE",
                        "replace-lost",
                        "replacement-limit"),
                row(
                        Fixtures::issued,
                        new ReplaceLost(NO_AGREEMENT),
                        LocalDate.of(2026, 1, 5),
                        "certificate ACTIVE",
                        "replace-lost",
                        "clerk-confidentiality-agreement"),
                row(
                        Fixtures::issued,
                        new ExchangeDamaged(CLERK),
                        LocalDate.of(2035, 3, 21),
                        "certificate EXPIRED",
                        "exchange-damaged",
                        "expired"),
                row(
                        Fixtures::issued,
                        new ExchangeDamaged(NO_PLEDGE),
                        LocalDate.of(2026, 1, 5),
                        "certificate ACTIVE",
                        "exchange-damaged",
                        "clerk-responsibility-pledge"),
                row(
                        Fixtures::issued,
                        new ChangeRating(Assessment.notQualifying(HOSPITAL, LocalDate.of(2028, 6, 1), false), CLERK),
                        LocalDate.of(2028, 6, 3),
                        "certificate ACTIVE",
                        "change-rating",
                        "reassessment-not-qualifying"),
                row(
                        Fixtures::issued,
                        new ChangeRating(qualifying(LocalDate.of(2028, 6, 1)), CLERK),
                        LocalDate.of(2028, 6, 3),
                        "certificate ACTIVE",
                        "change-rating",
                        "rating-unchanged"),
                row(
                        Fixtures::issued,
                        new ChangeRating(
                                Assessment.qualifying(HOSPITAL, LocalDate.of(2028, 6, 9), false, PHYSICAL_1), CLERK),
                        LocalDate.of(2028, 6, 3),
                        "certificate ACTIVE",
                        "change-rating",
                        "assessment-date"),
                row(
                        Fixtures::issued,
                        new ChangeRating(
                                Assessment.qualifying(HOSPITAL, LocalDate.of(2028, 6, 1), false, PHYSICAL_1),
                                NO_AGREEMENT),
                        LocalDate.of(2028, 6, 3),
                        "certificate ACTIVE",
                        "change-rating",
                        "clerk-confidentiality-agreement"),
                row(
                        Fixtures::issued,
                        new Transfer(COUNTY, LocalDate.of(2026, 8, 1)),
                        LocalDate.of(2026, 8, 20),
                        "certificate ACTIVE",
                        "transfer",
                        "same-county"),
                row(
                        Fixtures::issued,
                        new Transfer(DivisionCode.parse("110106001"), LocalDate.of(2026, 8, 1)),
                        LocalDate.of(2026, 8, 20),
                        "certificate ACTIVE",
                        "transfer",
                        "county-level"),
                row(
                        Fixtures::issued,
                        new Transfer(OTHER_COUNTY, LocalDate.of(2026, 9, 1)),
                        LocalDate.of(2026, 8, 20),
                        "certificate ACTIVE",
                        "transfer",
                        "move-date"),
                row(
                        Fixtures::issued,
                        new Cancel(new CancellationReason.Death(LocalDate.of(2027, 6, 1))),
                        LocalDate.of(2027, 5, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "death-date"),
                row(
                        Fixtures::issued, // applied for on 2025-03-03
                        new Cancel(new CancellationReason.Death(LocalDate.of(2025, 3, 1))),
                        LocalDate.of(2027, 5, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "death-date"),
                row(
                        Fixtures::issued,
                        new Cancel(new CancellationReason.NoLongerMeetsStandard(qualifying(LocalDate.of(2029, 1, 8)))),
                        LocalDate.of(2029, 1, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "reassessment-qualifies"),
                row(
                        Fixtures::issued,
                        new Cancel(new CancellationReason.NoLongerMeetsStandard(
                                Assessment.notQualifying(HOSPITAL, LocalDate.of(2029, 1, 18), false))),
                        LocalDate.of(2029, 1, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "assessment-date"),
                row(
                        CertificateRefusalsTest::intellectualCertificate,
                        new Cancel(new CancellationReason.WrittenRequest(new Applicant.Self())),
                        LocalDate.of(2029, 1, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "guardian-required"),
                row(
                        Fixtures::issued,
                        new Cancel(new CancellationReason.WrittenRequest(new Applicant.Guardian(ADULT, "本人"))),
                        LocalDate.of(2029, 1, 10),
                        "certificate ACTIVE",
                        "cancel",
                        "guardian-is-holder"),
                row(
                        Fixtures::issued,
                        new Appeal("nothing reassessed"),
                        LocalDate.of(2025, 3, 21),
                        "certificate ACTIVE",
                        "appeal",
                        "no-reassessment"),
                row(
                        Fixtures::regraded,
                        new Appeal("late"),
                        LocalDate.of(2025, 6, 18),
                        "certificate ACTIVE",
                        "appeal",
                        "appeal-period"),
                row(
                        Fixtures::regradedAndAppealed,
                        new Appeal("again"),
                        LocalDate.of(2025, 6, 10),
                        "certificate ACTIVE",
                        "appeal",
                        "appeal-pending"),
                row(
                        Fixtures::regradedAndAppealed,
                        new ChangeRating(qualifying(LocalDate.of(2025, 6, 10)), CLERK),
                        LocalDate.of(2025, 6, 10),
                        "certificate ACTIVE",
                        "change-rating",
                        "appeal-pending"),
                row(
                        Fixtures::regraded,
                        new DecideAppeal(qualifying(LocalDate.of(2025, 6, 9))),
                        LocalDate.of(2025, 6, 9),
                        "certificate ACTIVE",
                        "decide-appeal",
                        "no-appeal-pending"),
                row(
                        Fixtures::regradedAndAppealed,
                        new DecideAppeal(qualifying(LocalDate.of(2025, 6, 8))),
                        LocalDate.of(2025, 6, 10),
                        "certificate ACTIVE",
                        "decide-appeal",
                        "assessment-date"),
                row(
                        CertificateRefusalsTest::regradedAndDecidedByTheProvince,
                        new Appeal("once more"),
                        LocalDate.of(2025, 7, 10),
                        "certificate ACTIVE",
                        "appeal",
                        "appeal-final"),
                row(
                        Fixtures::cancelled,
                        new Renew(CLERK),
                        LocalDate.of(2035, 3, 20),
                        "certificate CANCELLED",
                        "renew",
                        "cancelled"),
                row(
                        Fixtures::cancelled,
                        new Cancel(new CancellationReason.Death(LocalDate.of(2027, 5, 1))),
                        LocalDate.of(2027, 6, 1),
                        "certificate CANCELLED",
                        "cancel",
                        "cancelled"),
                row(
                        Fixtures::cancelled,
                        new Transfer(OTHER_COUNTY, LocalDate.of(2027, 6, 1)),
                        LocalDate.of(2027, 6, 1),
                        "certificate CANCELLED",
                        "transfer",
                        "cancelled"));
    }

    private static Assessment qualifying(LocalDate on) {
        return Assessment.qualifying(HOSPITAL, on, false, PHYSICAL_2);
    }

    private static Arguments row(
            Supplier<CertificateState> before,
            CertificateCommand command,
            LocalDate date,
            String state,
            String step,
            String rule) {
        return Arguments.of(step + " in " + state + " breaks " + rule, before, command, date, state, step, rule);
    }

    static CertificateState replacedNineTimes() {
        CertificateState s = issued();
        for (int i = 1; i <= 9; i++) {
            s = step(s, new ReplaceLost(CLERK), LocalDate.of(2026, i, 1));
        }
        assertThat(((Certificate) s).number().reveal()).endsWith("B9");
        return s;
    }

    static CertificateState regradedAndDecidedByTheProvince() {
        CertificateState s = step(regradedBackByTheCity(), new Appeal("still"), LocalDate.of(2025, 7, 1));
        return step(
                s,
                new DecideAppeal(Assessment.qualifying("省专家委员会", LocalDate.of(2025, 7, 8), false, PHYSICAL_2)),
                LocalDate.of(2025, 7, 8));
    }

    static CertificateState selfApplicantAssessedPsychosocial() {
        return step(
                accepted(),
                new Assess(Assessment.qualifying(
                        HOSPITAL,
                        ASSESSED_ON,
                        false,
                        DisabilityRating.single(
                                DisabilityCategory.PSYCHOSOCIAL, org.canlian.core.disability.DisabilityGrade.FOUR))),
                ASSESSED_ON);
    }

    static CertificateState intellectualCertificate() {
        CertificateState s = CertificateLifecycle.apply(
                        new Apply(
                                TEEN,
                                COUNTY,
                                VILLAGE,
                                new Applicant.Guardian(GUARDIAN, "母亲"),
                                DisabilityCategory.INTELLECTUAL),
                        APPLIED_ON,
                        RULES,
                        InMemoryCertificateRegistry.empty())
                .stateOrThrow();
        s = step(s, new Accept(), ACCEPTED_ON);
        s = step(
                s,
                new Assess(Assessment.qualifying(
                        HOSPITAL,
                        ASSESSED_ON,
                        true,
                        DisabilityRating.single(
                                DisabilityCategory.INTELLECTUAL, org.canlian.core.disability.DisabilityGrade.THREE))),
                ASSESSED_ON);
        s = step(s, new PostNotice(VILLAGE), NOTICE_ON);
        s = step(s, new Approve(), APPROVED_ON);
        return step(s, new Issue(CLERK), ISSUED_ON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aStepThatBreaksARuleIsRefusedNamingStateStepAndRule(
            String name,
            Supplier<CertificateState> before,
            CertificateCommand command,
            LocalDate date,
            String state,
            String step,
            String rule) {
        CertificateState start = before.get();
        Outcome outcome = CertificateLifecycle.handle(start, command, date, RULES, CAL);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        Refusal r = ((Outcome.Refused) outcome).refusal();
        assertThat(r.state()).isEqualTo(state);
        assertThat(r.step()).isEqualTo(step);
        assertThat(r.rule()).isEqualTo(rule);
        assertThat(r.reason()).isNotBlank();
        assertThat(r.message()).startsWith("Refused " + step + " in " + state + " [" + rule + "]: ");
        assertThat(r.message()).doesNotContain(ADULT.reveal()).doesNotContain(GUARDIAN.reveal());
    }

    static Stream<Arguments> applicationRefusals() {
        Certificate live = issued();
        Application pending = (Application) accepted();
        Certificate cancelled = cancelled(); // on 2027-05-10
        return Stream.of(
                apply(
                        "county-level",
                        new Apply(ADULT, DivisionCode.parse("1101"), VILLAGE, self(), phys()),
                        APPLIED_ON,
                        List.of()),
                apply(
                        "household-registration",
                        new Apply(ADULT, COUNTY, DivisionCode.parse("110106001"), self(), phys()),
                        APPLIED_ON,
                        List.of()),
                apply("guardian-required", new Apply(MINOR, COUNTY, VILLAGE, self(), phys()), APPLIED_ON, List.of()),
                apply("guardian-required", new Apply(TEEN, COUNTY, VILLAGE, self(), phys()), APPLIED_ON, List.of()),
                apply(
                        "guardian-required",
                        new Apply(ADULT, COUNTY, VILLAGE, self(), DisabilityCategory.INTELLECTUAL),
                        APPLIED_ON,
                        List.of()),
                apply(
                        "guardian-required",
                        new Apply(ADULT, COUNTY, VILLAGE, self(), DisabilityCategory.PSYCHOSOCIAL),
                        APPLIED_ON,
                        List.of()),
                apply(
                        "guardian-is-holder",
                        new Apply(ADULT, COUNTY, VILLAGE, new Applicant.Guardian(ADULT, "本人"), phys()),
                        APPLIED_ON,
                        List.of()),
                apply(
                        "guardian-minor",
                        new Apply(MINOR, COUNTY, VILLAGE, new Applicant.Guardian(TEEN, "哥哥"), phys()),
                        APPLIED_ON,
                        List.of()),
                apply(
                        "birth-date",
                        new Apply(MINOR, COUNTY, VILLAGE, new Applicant.Guardian(GUARDIAN, "母亲"), phys()),
                        LocalDate.of(2014, 1, 1),
                        List.of()),
                apply("application-pending", applyCommand(), LocalDate.of(2025, 6, 1), List.of(pending)),
                apply("one-person-one-certificate", applyCommand(), LocalDate.of(2026, 6, 1), List.of(live)),
                apply("one-person-one-certificate", applyCommand(), LocalDate.of(2036, 6, 1), List.of(live)),
                apply("reapplication-bar", applyCommand(), LocalDate.of(2028, 5, 9), List.of(cancelled)),
                // Civil Code arts. 201-202: a year from 2027-05-10 ends on 2028-05-10, which is barred too.
                apply("reapplication-bar", applyCommand(), LocalDate.of(2028, 5, 10), List.of(cancelled)));
    }

    private static Applicant self() {
        return new Applicant.Self();
    }

    private static DisabilityCategory phys() {
        return DisabilityCategory.PHYSICAL;
    }

    private static Arguments apply(String rule, Apply command, LocalDate date, List<CertificateState> existing) {
        return Arguments.of(rule, command, date, existing);
    }

    @ParameterizedTest(name = "apply breaks {0}")
    @MethodSource("applicationRefusals")
    void anApplicationThatBreaksARuleIsRefused(
            String rule, Apply command, LocalDate date, List<CertificateState> existing) {
        Outcome outcome = CertificateLifecycle.apply(command, date, RULES, InMemoryCertificateRegistry.of(existing));
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        Refusal r = ((Outcome.Refused) outcome).refusal();
        assertThat(r.state()).isEqualTo("no application");
        assertThat(r.step()).isEqualTo("apply");
        assertThat(r.rule()).isEqualTo(rule);
        assertThat(r.message()).doesNotContain(ADULT.reveal());
    }

    static Stream<Arguments> applicationsAllowed() {
        ResidentId eighteenToday = id("110105", "20070303", "017"); // 18 on APPLIED_ON, 2025-03-03
        return Stream.of(
                Arguments.of(
                        "the day after the year's bar ends",
                        applyCommand(),
                        LocalDate.of(2028, 5, 11),
                        List.of(cancelled())),
                Arguments.of(
                        "after a rejected application", applyCommand(), LocalDate.of(2025, 6, 1), List.of(rejected())),
                Arguments.of("with no file", applyCommand(), APPLIED_ON, List.of()),
                Arguments.of(
                        "by the holder on their 18th birthday",
                        new Apply(eighteenToday, COUNTY, VILLAGE, self(), phys()),
                        APPLIED_ON,
                        List.of()),
                Arguments.of(
                        "by a guardian on the guardian's 18th birthday",
                        new Apply(MINOR, COUNTY, VILLAGE, new Applicant.Guardian(eighteenToday, "哥哥"), phys()),
                        APPLIED_ON,
                        List.of()));
    }

    @ParameterizedTest(name = "apply {0}")
    @MethodSource("applicationsAllowed")
    void anApplicationIsAllowed(String name, Apply command, LocalDate date, List<CertificateState> existing) {
        Outcome outcome = CertificateLifecycle.apply(command, date, RULES, InMemoryCertificateRegistry.of(existing));
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        assertThat(outcome.stateOrThrow().holder()).isEqualTo(command.holder());
    }

    static Stream<Arguments> existingCertificateOnTheApplicationDate() {
        // issued() was issued on 2025-03-20 and is valid through 2035-03-20
        return Stream.of(
                Arguments.of(LocalDate.of(2025, 3, 10), CertificateStatus.NOT_YET_ISSUED), // a back-dated application
                Arguments.of(LocalDate.of(2026, 6, 1), CertificateStatus.ACTIVE),
                Arguments.of(LocalDate.of(2036, 6, 1), CertificateStatus.EXPIRED));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @MethodSource("existingCertificateOnTheApplicationDate")
    void aSecondCertificateIsRefusedNamingTheFirstAndItsStatus(LocalDate date, CertificateStatus status) {
        Optional<Refusal> refusal =
                InMemoryCertificateRegistry.of(List.of(issued())).checkNewApplication(ADULT, date, RULES);

        assertThat(refusal)
                .contains(new Refusal(
                        "no application",
                        "apply",
                        "one-person-one-certificate",
                        "the person already holds certificate 110105********002X42 issued by 110105 (" + status
                                + "): one person, one certificate"));
    }
}
