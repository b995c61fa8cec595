package org.canlian.core.certificate;

import java.time.LocalDate;
import java.time.Period;
import org.canlian.core.calendar.OfficialCalendar;
import org.canlian.core.calendar.WorkingCalendar;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/** One applicant's path through the procedure in 2025, under the national rules and the 2025 official calendar. */
final class Fixtures {
    /** The national periods of 《中国残疾人证管理办法》 (2017), as test data (canlian-rules ships them as policy data). */
    static final CertificateRules RULES =
            new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ZERO);

    static final WorkingCalendar CAL = OfficialCalendar.china(2025);
    static final DivisionCode COUNTY = DivisionCode.parse("110105");
    static final DivisionCode TOWNSHIP = DivisionCode.parse("110105001");
    static final DivisionCode VILLAGE = DivisionCode.parse("110105001001");
    static final DivisionCode OTHER_COUNTY = DivisionCode.parse("110106");
    static final ResidentId ADULT = ResidentId.parse("11010519491231002X");
    static final ResidentId MINOR = id("110105", "20150601", "013");
    static final ResidentId GUARDIAN = id("110105", "19850310", "021");
    static final ResidentId TEEN = id("110105", "20100101", "035");
    static final IssuingClerk CLERK = IssuingClerk.signed("A-07", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2));
    static final DisabilityRating PHYSICAL_2 =
            DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO);
    static final DisabilityRating PHYSICAL_1 =
            DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.ONE);
    static final String HOSPITAL = "朝阳区残疾评定医院";

    static final LocalDate APPLIED_ON = LocalDate.of(2025, 3, 3);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2025, 3, 4);
    static final LocalDate ASSESSED_ON = LocalDate.of(2025, 3, 10);
    static final LocalDate NOTICE_ON = LocalDate.of(2025, 3, 11);
    static final LocalDate APPROVED_ON = LocalDate.of(2025, 3, 19);
    static final LocalDate ISSUED_ON = LocalDate.of(2025, 3, 20);

    private Fixtures() {}

    /** A valid resident ID from its address code, birth date and sequence digits. */
    static ResidentId id(String address, String birth, String sequence) {
        String seventeen = address + birth + sequence;
        return ResidentId.parse(seventeen + ResidentId.checkCharacter(seventeen));
    }

    static CertificateCommand.Apply applyCommand() {
        return new CertificateCommand.Apply(ADULT, COUNTY, VILLAGE, new Applicant.Self(), DisabilityCategory.PHYSICAL);
    }

    static CertificateState step(CertificateState state, CertificateCommand command, LocalDate date) {
        return CertificateLifecycle.handle(state, command, date, RULES, CAL).stateOrThrow();
    }

    static CertificateState applied() {
        return CertificateLifecycle.apply(applyCommand(), APPLIED_ON, RULES, InMemoryCertificateRegistry.empty())
                .stateOrThrow();
    }

    static CertificateState accepted() {
        return step(applied(), new CertificateCommand.Accept(), ACCEPTED_ON);
    }

    static CertificateState assessed() {
        return step(
                accepted(),
                new CertificateCommand.Assess(Assessment.qualifying(HOSPITAL, ASSESSED_ON, false, PHYSICAL_2)),
                ASSESSED_ON);
    }

    static CertificateState assessedNotQualifying() {
        return step(
                accepted(),
                new CertificateCommand.Assess(Assessment.notQualifying(HOSPITAL, ASSESSED_ON, true)),
                ASSESSED_ON);
    }

    static CertificateState appealed() {
        return step(assessed(), new CertificateCommand.Appeal("grade too mild"), LocalDate.of(2025, 3, 12));
    }

    static CertificateState cityDecided() {
        return step(
                appealed(),
                new CertificateCommand.DecideAppeal(
                        Assessment.qualifying("市残联", LocalDate.of(2025, 3, 20), false, PHYSICAL_2)),
                LocalDate.of(2025, 3, 20));
    }

    static CertificateState provinceDecided() {
        CertificateState s = step(cityDecided(), new CertificateCommand.Appeal("still"), LocalDate.of(2025, 3, 21));
        return step(
                s,
                new CertificateCommand.DecideAppeal(
                        Assessment.qualifying("省专家委员会", LocalDate.of(2025, 4, 1), false, PHYSICAL_1)),
                LocalDate.of(2025, 4, 1));
    }

    static CertificateState inNotice() {
        return step(assessed(), new CertificateCommand.PostNotice(VILLAGE), NOTICE_ON);
    }

    static CertificateState approved() {
        return step(inNotice(), new CertificateCommand.Approve(), APPROVED_ON);
    }

    static CertificateState rejected() {
        return step(accepted(), new CertificateCommand.Reject("documents incomplete"), ACCEPTED_ON);
    }

    static Certificate issued() {
        return (Certificate) step(approved(), new CertificateCommand.Issue(CLERK), ISSUED_ON);
    }

    /** Re-graded to grade 1 on 2025-06-05 after a reassessment of 2025-06-03; appeals run until 2025-06-17. */
    static Certificate regraded() {
        return (Certificate) step(
                issued(),
                new CertificateCommand.ChangeRating(
                        Assessment.qualifying(HOSPITAL, LocalDate.of(2025, 6, 3), false, PHYSICAL_1), CLERK),
                LocalDate.of(2025, 6, 5));
    }

    static Certificate regradedAndAppealed() {
        return (Certificate)
                step(regraded(), new CertificateCommand.Appeal("grade too severe"), LocalDate.of(2025, 6, 9));
    }

    /** The city federation restores grade 2 on 2025-06-20, and the county puts it in force on 2025-06-23. */
    static Certificate regradedBackByTheCity() {
        Assessment city = Assessment.qualifying("市残联", LocalDate.of(2025, 6, 20), false, PHYSICAL_2);
        CertificateState s =
                step(regradedAndAppealed(), new CertificateCommand.DecideAppeal(city), LocalDate.of(2025, 6, 20));
        return (Certificate) step(s, new CertificateCommand.ChangeRating(city, CLERK), LocalDate.of(2025, 6, 23));
    }

    static Certificate cancelled() {
        return (Certificate) step(
                issued(),
                new CertificateCommand.Cancel(new CancellationReason.Death(LocalDate.of(2027, 5, 1))),
                LocalDate.of(2027, 5, 10));
    }
}
