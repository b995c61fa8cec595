package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateCommand.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step taken: the event recorded and the state reached. */
class CertificateTransitionsTest {
    private static final Assessment REASSESSED_1 =
            Assessment.qualifying(HOSPITAL, LocalDate.of(2028, 6, 1), true, PHYSICAL_1);

    static Stream<Arguments> transitions() {
        return Stream.of(
                row("accept", Fixtures::applied, new Accept(), ACCEPTED_ON, "accepted", "application ACCEPTED"),
                row(
                        "assess",
                        Fixtures::accepted,
                        new Assess(Assessment.qualifying(HOSPITAL, ASSESSED_ON, true, PHYSICAL_2)),
                        ASSESSED_ON,
                        "assessed",
                        "application ASSESSED"),
                row(
                        "assess, not meeting the standard",
                        Fixtures::accepted,
                        new Assess(Assessment.notQualifying(HOSPITAL, ASSESSED_ON, false)),
                        ASSESSED_ON,
                        "assessed",
                        "application ASSESSED"),
                row(
                        "appeal an assessment",
                        Fixtures::assessed,
                        new Appeal("too mild"),
                        "2025-03-24",
                        "appealed",
                        "application APPEALED"),
                row(
                        "appeal during the notice",
                        Fixtures::inNotice,
                        new Appeal("too mild"),
                        "2025-03-12",
                        "appealed",
                        "application APPEALED"),
                row(
                        "city federation decides",
                        Fixtures::appealed,
                        new DecideAppeal(Assessment.qualifying("市残联", LocalDate.of(2025, 3, 14), false, PHYSICAL_1)),
                        "2025-03-14",
                        "appeal-decided",
                        "application ASSESSED"),
                row(
                        "appeal the city's decision",
                        Fixtures::cityDecided,
                        new Appeal("still"),
                        "2025-04-03",
                        "appealed",
                        "application APPEALED"),
                row(
                        "post the notice",
                        Fixtures::assessed,
                        new PostNotice(VILLAGE),
                        NOTICE_ON,
                        "notice-posted",
                        "application IN_NOTICE"),
                row(
                        "post the notice after the final appeal",
                        Fixtures::provinceDecided,
                        new PostNotice(VILLAGE),
                        "2025-04-02",
                        "notice-posted",
                        "application IN_NOTICE"),
                row(
                        "approve after the notice",
                        Fixtures::inNotice,
                        new Approve(),
                        APPROVED_ON,
                        "approved",
                        "application APPROVED"),
                row(
                        "approve on the last review day",
                        Fixtures::inNotice,
                        new Approve(),
                        "2025-04-01",
                        "approved",
                        "application APPROVED"),
                row(
                        "reject on application",
                        Fixtures::applied,
                        new Reject("not resident"),
                        APPLIED_ON,
                        "rejected",
                        "application REJECTED"),
                row(
                        "reject after assessment",
                        Fixtures::assessedNotQualifying,
                        new Reject("below the standard"),
                        ASSESSED_ON,
                        "rejected",
                        "application REJECTED"),
                row(
                        "reject on objection in notice",
                        Fixtures::inNotice,
                        new Reject("objection upheld"),
                        "2025-03-14",
                        "rejected",
                        "application REJECTED"),
                row(
                        "reject at review",
                        Fixtures::approved,
                        new Reject("review failed"),
                        APPROVED_ON,
                        "rejected",
                        "application REJECTED"),
                row("issue", Fixtures::approved, new Issue(CLERK), ISSUED_ON, "issued", "certificate ACTIVE"),
                row(
                        "renew on the valid-until date",
                        Fixtures::issued,
                        new Renew(CLERK),
                        "2035-03-20",
                        "renewed",
                        "certificate ACTIVE"),
                row(
                        "renew after expiry",
                        Fixtures::issued,
                        new Renew(CLERK),
                        "2035-06-01",
                        "renewed",
                        "certificate ACTIVE"),
                row(
                        "replace a lost certificate",
                        Fixtures::issued,
                        new ReplaceLost(CLERK),
                        "2026-01-05",
                        "replaced",
                        "certificate ACTIVE"),
                row(
                        "exchange a damaged certificate",
                        Fixtures::issued,
                        new ExchangeDamaged(CLERK),
                        "2026-01-05",
                        "exchanged",
                        "certificate ACTIVE"),
                row(
                        "change the grade after reassessment",
                        Fixtures::issued,
                        new ChangeRating(REASSESSED_1, CLERK),
                        "2028-06-03",
                        "rating-changed",
                        "certificate ACTIVE"),
                row(
                        "transfer to another county",
                        Fixtures::issued,
                        new Transfer(OTHER_COUNTY, LocalDate.of(2026, 8, 1)),
                        "2026-08-20",
                        "transferred",
                        "certificate ACTIVE"),
                row(
                        "transfer an expired certificate",
                        Fixtures::issued,
                        new Transfer(OTHER_COUNTY, LocalDate.of(2036, 8, 1)),
                        "2036-08-20",
                        "transferred",
                        "certificate EXPIRED"),
                row(
                        "appeal a reassessment",
                        Fixtures::regraded,
                        new Appeal("too severe"),
                        "2025-06-17",
                        "appealed",
                        "certificate ACTIVE"),
                row(
                        "decide an appeal against a reassessment",
                        Fixtures::regradedAndAppealed,
                        new DecideAppeal(Assessment.qualifying("市残联", LocalDate.of(2025, 6, 20), false, PHYSICAL_1)),
                        "2025-06-20",
                        "appeal-decided",
                        "certificate ACTIVE"),
                row(
                        "appeal the city's decision on a reassessment",
                        Fixtures::regradedBackByTheCity,
                        new Appeal("still"),
                        "2025-07-04",
                        "appealed",
                        "certificate ACTIVE"),
                row(
                        "cancel on death",
                        Fixtures::issued,
                        new Cancel(new CancellationReason.Death(LocalDate.of(2027, 5, 1))),
                        "2027-05-10",
                        "cancelled",
                        "certificate CANCELLED"),
                row(
                        "cancel on reassessment",
                        Fixtures::issued,
                        new Cancel(new CancellationReason.NoLongerMeetsStandard(
                                Assessment.notQualifying(HOSPITAL, LocalDate.of(2029, 1, 8), false))),
                        "2029-01-10",
                        "cancelled",
                        "certificate CANCELLED"),
                row(
                        "cancel on written request",
                        Fixtures::issued,
                        new Cancel(new CancellationReason.WrittenRequest(new Applicant.Self())),
                        "2029-01-10",
                        "cancelled",
                        "certificate CANCELLED"));
    }

    private static Arguments row(
            String name,
            Supplier<CertificateState> before,
            CertificateCommand command,
            Object date,
            String event,
            String after) {
        LocalDate d = date instanceof LocalDate ld ? ld : LocalDate.parse((String) date);
        return Arguments.of(name, before, command, d, event, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitions")
    void eachStepRecordsItsEventAndReachesItsState(
            String name,
            Supplier<CertificateState> before,
            CertificateCommand command,
            LocalDate date,
            String event,
            String after) {
        CertificateState start = before.get();
        Outcome outcome = CertificateLifecycle.handle(start, command, date, RULES, CAL);

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        Outcome.Done done = (Outcome.Done) outcome;
        assertThat(done.event().type()).isEqualTo(event);
        assertThat(done.event().date()).isEqualTo(date);
        assertThat(done.state().describe(date)).isEqualTo(after);
        assertThat(done.state().history()).startsWith(start.history().toArray(CertificateEvent[]::new));
        assertThat(done.state().history()).hasSize(start.history().size() + 1).endsWith(done.event());
        assertThat(CertificateLifecycle.replay(done.state().history())).isEqualTo(done.state());
    }

    @Test
    void applyingOpensAnApplicationAtTheCountyOfHouseholdRegistration() {
        Outcome o = CertificateLifecycle.apply(applyCommand(), APPLIED_ON, RULES, InMemoryCertificateRegistry.empty());
        Application a = (Application) o.stateOrThrow();
        assertThat(a.stage()).isEqualTo(ApplicationStage.APPLIED);
        assertThat(a.county()).isEqualTo(COUNTY);
        assertThat(a.history()).containsExactly(((Outcome.Done) o).event());
    }

    @Test
    void guardianAppliesForAMinor() {
        CertificateCommand.Apply c = new CertificateCommand.Apply(
                MINOR,
                COUNTY,
                VILLAGE,
                new Applicant.Guardian(GUARDIAN, "母亲"),
                org.canlian.core.disability.DisabilityCategory.HEARING);
        Outcome o = CertificateLifecycle.apply(c, APPLIED_ON, RULES, InMemoryCertificateRegistry.empty());
        assertThat(((Application) o.stateOrThrow()).applicant()).isEqualTo(new Applicant.Guardian(GUARDIAN, "母亲"));
    }

    @Test
    void theNoticeRunsFiveWorkingDaysAndTheReviewTenMore() {
        Application a = (Application) inNotice();
        CertificateEvent.NoticePosted n = a.notice().orElseThrow();
        assertThat(n.endsOn()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(n.reviewDueBy()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aNoticePostedBeforeTheSpringFestivalEndsAfterIt() {
        CertificateState s = CertificateLifecycle.apply(
                        applyCommand(), LocalDate.of(2025, 1, 2), RULES, InMemoryCertificateRegistry.empty())
                .stateOrThrow();
        s = step(s, new Accept(), LocalDate.of(2025, 1, 3));
        s = step(
                s,
                new Assess(Assessment.qualifying(HOSPITAL, LocalDate.of(2025, 1, 20), false, PHYSICAL_2)),
                LocalDate.of(2025, 1, 22));
        s = step(s, new PostNotice(VILLAGE), LocalDate.of(2025, 1, 24));
        assertThat(((Application) s).notice().orElseThrow().endsOn()).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void anAppealDecisionReplacesTheAssessmentAndTheProvinceIsFinal() {
        Application a = (Application) provinceDecided();
        assertThat(a.stage()).isEqualTo(ApplicationStage.ASSESSED);
        assertThat(a.assessment().orElseThrow().rating()).contains(PHYSICAL_1);
        assertThat(a.appealLevel()).contains(AppealLevel.PROVINCIAL_COMMITTEE);
    }

    @Test
    void issuingNumbersTheCertificateAndDatesItsValidity() {
        Certificate c = issued();
        assertThat(c.number().reveal()).isEqualTo("11010519491231002X42");
        assertThat(c.number()).hasToString("110105********002X42");
        assertThat(c.issuer()).isEqualTo(COUNTY);
        assertThat(c.issuedOn()).isEqualTo(ISSUED_ON);
        // Ten years from the issue day, which is not counted (Civil Code arts. 201-202).
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2035, 3, 20));
        assertThat(c.history())
                .extracting(CertificateEvent::type)
                .containsExactly("applied", "accepted", "assessed", "notice-posted", "approved", "issued");
    }

    @Test
    void renewalExtendsFromTheValidUntilDateOrFromALateRenewal() {
        Certificate onTime = (Certificate) step(issued(), new Renew(CLERK), LocalDate.of(2035, 3, 20));
        assertThat(onTime.validUntil()).isEqualTo(LocalDate.of(2045, 3, 20));
        Certificate late = (Certificate) step(issued(), new Renew(CLERK), LocalDate.of(2035, 6, 1));
        assertThat(late.validUntil()).isEqualTo(LocalDate.of(2045, 6, 1));
        assertThat(late.number()).isEqualTo(issued().number());
    }

    @Test
    void aRenewalWindowOpensRenewalEarlier() {
        CertificateRules threeMonths = RULES.withRenewalWindow(java.time.Period.ofMonths(3));
        // Three months reaching the last valid day 2035-03-20 run from 2034-12-20 (Civil Code arts. 201-202).
        Outcome o =
                CertificateLifecycle.handle(issued(), new Renew(CLERK), LocalDate.of(2034, 12, 20), threeMonths, CAL);
        assertThat(((Certificate) o.stateOrThrow()).validUntil()).isEqualTo(LocalDate.of(2045, 3, 20));
        Outcome early =
                CertificateLifecycle.handle(issued(), new Renew(CLERK), LocalDate.of(2034, 12, 19), threeMonths, CAL);
        assertThat(((Outcome.Refused) early).refusal().reason())
                .isEqualTo("renewal opens on 2034-12-20 (valid until 2035-03-20, renewal window P3M)");
    }

    @Test
    void replacementsVoidTheLostNumberAndCountB1B2() {
        Certificate once = (Certificate) step(issued(), new ReplaceLost(CLERK), LocalDate.of(2026, 1, 5));
        Certificate twice = (Certificate) step(once, new ReplaceLost(CLERK), LocalDate.of(2027, 2, 1));
        assertThat(once.number().reveal()).isEqualTo("11010519491231002X42B1");
        assertThat(twice.number().reveal()).isEqualTo("11010519491231002X42B2");
        assertThat(twice.voided())
                .extracting(Certificate.VoidedNumber::number)
                .containsExactly(issued().number(), once.number());
        assertThat(twice.statusOn(issued().number(), LocalDate.of(2027, 3, 1))).contains(CertificateStatus.REPLACED);
        assertThat(twice.statusOn(once.number(), LocalDate.of(2026, 6, 1))).contains(CertificateStatus.ACTIVE);
        assertThat(twice.validUntil()).isEqualTo(issued().validUntil());
    }

    @Test
    void aChangeOfGradeIssuesANewNumberAndSupersedesTheOld() {
        Certificate replaced = (Certificate) step(issued(), new ReplaceLost(CLERK), LocalDate.of(2026, 1, 5));
        Certificate regraded =
                (Certificate) step(replaced, new ChangeRating(REASSESSED_1, CLERK), LocalDate.of(2028, 6, 3));
        assertThat(regraded.number().reveal()).isEqualTo("11010519491231002X41");
        assertThat(regraded.rating()).isEqualTo(PHYSICAL_1);
        assertThat(regraded.issuedOn()).isEqualTo(LocalDate.of(2028, 6, 3));
        assertThat(regraded.validUntil()).isEqualTo(LocalDate.of(2038, 6, 3));
        assertThat(regraded.statusOn(replaced.number(), LocalDate.of(2028, 6, 3)))
                .contains(CertificateStatus.SUPERSEDED);
    }

    @Test
    void aTransferChangesTheIssuerAndKeepsTheNumber() {
        Certificate moved = (Certificate)
                step(issued(), new Transfer(OTHER_COUNTY, LocalDate.of(2026, 8, 1)), LocalDate.of(2026, 8, 20));
        assertThat(moved.issuer()).isEqualTo(OTHER_COUNTY);
        assertThat(moved.number()).isEqualTo(issued().number());
        assertThat(moved.history().get(moved.history().size() - 1))
                .isEqualTo(new CertificateEvent.Transferred(
                        LocalDate.of(2026, 8, 20), COUNTY, OTHER_COUNTY, LocalDate.of(2026, 8, 1)));
    }

    @Test
    void anAppealDecisionOnAReassessmentIsPutInForceByAChangeOfRating() {
        Certificate back = regradedBackByTheCity();
        assertThat(back.rating()).isEqualTo(PHYSICAL_2);
        assertThat(back.number().reveal()).isEqualTo("11010519491231002X42");
        assertThat(back.history())
                .extracting(CertificateEvent::type)
                .endsWith("issued", "rating-changed", "appealed", "appeal-decided", "rating-changed");
        assertThat(((CertificateEvent.Appealed) regradedAndAppealed().history().get(7)).level())
                .isEqualTo(AppealLevel.CITY_FEDERATION);
    }

    @Test
    void anExchangeKeepsEveryDetail() {
        Certificate exchanged = (Certificate) step(issued(), new ExchangeDamaged(CLERK), LocalDate.of(2026, 1, 5));
        assertThat(exchanged.number()).isEqualTo(issued().number());
        assertThat(exchanged.validUntil()).isEqualTo(issued().validUntil());
        assertThat(exchanged.voided()).isEmpty();
    }

    @Test
    void aMultipleDisabilityIsNumberedByItsMostSevereComponent() {
        DisabilityRating multiple = DisabilityRating.multiple(List.of(
                new DisabilityRating.Component(
                        org.canlian.core.disability.DisabilityCategory.VISUAL,
                        org.canlian.core.disability.DisabilityGrade.THREE),
                new DisabilityRating.Component(
                        org.canlian.core.disability.DisabilityCategory.HEARING,
                        org.canlian.core.disability.DisabilityGrade.TWO)));
        CertificateState s = step(
                accepted(), new Assess(Assessment.qualifying(HOSPITAL, ASSESSED_ON, false, multiple)), ASSESSED_ON);
        s = step(s, new PostNotice(VILLAGE), NOTICE_ON);
        s = step(s, new Approve(), APPROVED_ON);
        Certificate c = (Certificate) step(s, new Issue(CLERK), ISSUED_ON);
        assertThat(c.number().reveal()).endsWith("72");
        assertThat(c.rating().components()).hasSize(2);
        assertThat(c.rating()).isEqualTo(multiple);
        assertThat(Optional.of(c.rating().grade())).contains(org.canlian.core.disability.DisabilityGrade.TWO);
    }
}
