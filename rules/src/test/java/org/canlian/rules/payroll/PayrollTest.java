package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.payroll.TestRoster.DONGZHAI;
import static org.canlian.rules.payroll.TestRoster.GANZHOU;
import static org.canlian.rules.payroll.TestRoster.LIAOQUAN;
import static org.canlian.rules.payroll.TestRoster.LINZE;
import static org.canlian.rules.payroll.TestRoster.PINGCHUAN;
import static org.canlian.rules.payroll.TestRoster.SHAHE;
import static org.canlian.rules.payroll.TestRoster.TANGWAN;
import static org.canlian.rules.payroll.TestRoster.XINHUA;
import static org.canlian.rules.payroll.TestRoster.XIZHAI;
import static org.canlian.rules.payroll.TestRoster.person;
import static org.canlian.rules.payroll.TestRoster.rating;
import static org.canlian.rules.subsidy.Programme.CARE;
import static org.canlian.rules.subsidy.Programme.ELDERLY;
import static org.canlian.rules.subsidy.Programme.FUEL;
import static org.canlian.rules.subsidy.Programme.LIVING;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.StopReason;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small 临泽县 roster paid for 2025-01 to 2025-03 under the shipped Linze file (living, care and the elderly
 * allowance 100 a month, fuel 260 a year; elderly and living "higher of"): exact people and amounts per programme,
 * month and unit, rows in error with their line and reason, stop or continue.
 */
class PayrollTest {
    static final SubsidyCalculator LINZE_CALC = SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE))
            .asKnownOn(LocalDate.of(2025, 4, 1));
    static final PayrollScope Q1 = PayrollScope.of(LINZE, YearMonth.of(2025, 1), YearMonth.of(2025, 3));
    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth FEB = YearMonth.of(2025, 2);
    static final YearMonth MAR = YearMonth.of(2025, 3);

    /** The roster, line by line. */
    static List<Claimant> roster() {
        return List.of(
                // 1: 低保, 40 years old: living 100
                person(DONGZHAI, 1).household(HouseholdStatus.DIBAO).build(),
                // 2: grade 1 needing care: care 100
                person(DONGZHAI, 2)
                        .certificate(
                                rating(DisabilityCategory.VISUAL, 1),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .build(),
                // 3: 低保 and 70 years old: living and elderly 100 each, "higher of" keeps the elderly allowance
                person(XIZHAI, 3)
                        .residentId(TestRoster.id(LocalDate.of(1955, 5, 5), 3))
                        .household(HouseholdStatus.DIBAO)
                        .build(),
                // 4: registered at the township 新华镇 itself: grade 2 lower limbs, needing care, own vehicle
                person(XINHUA, 4)
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 2),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .lowerLimb(true)
                        .ownsVehicle(true)
                        .build(),
                // 5: registered at the county itself, 低保, applied for living on 2025-02-15: paid from February
                person(LINZE, 5)
                        .household(HouseholdStatus.DIBAO)
                        .applied(LIVING, LocalDate.of(2025, 2, 15))
                        .build(),
                // 6: registered in 甘州区, outside the county
                person(GANZHOU, 6).household(HouseholdStatus.DIBAO).build(),
                // 7: household unknown: living cannot be decided
                Claimant.builder()
                        .residentId(TestRoster.id(LocalDate.of(1985, 3, 1), 7))
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 4),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .registration(PINGCHUAN, org.canlian.rules.subsidy.RegistrationType.RURAL)
                        .childSupport(false)
                        .destituteSupport(false)
                        .workInjuryCare(false)
                        .longTermCare(false)
                        .fixedIncome(false)
                        .lowerLimb(false)
                        .ownsVehicle(false)
                        .schooling(org.canlian.rules.subsidy.Schooling.NONE)
                        .noOtherAllowances()
                        .applied(LIVING, LocalDate.of(2024, 12, 1))
                        .applied(CARE, LocalDate.of(2024, 12, 1))
                        .applied(ELDERLY, LocalDate.of(2024, 12, 1))
                        .applied(FUEL, LocalDate.of(2024, 12, 1))
                        .build(),
                // 8: registration unknown
                Claimant.builder()
                        .residentId(TestRoster.id(LocalDate.of(1985, 3, 1), 8))
                        .household(HouseholdStatus.DIBAO)
                        .build(),
                // 9: grade 1 needing care in 唐湾村, died on 2025-02-10: paid through February
                person(TANGWAN, 9)
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 1),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .event(StopReason.DEATH, LocalDate.of(2025, 2, 10))
                        .build());
    }

    static Payroll payroll() {
        return PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster());
    }

    static Arguments row(DivisionCode unit, Programme programme, YearMonth month, long people, String amount) {
        return Arguments.of(unit, programme, month, people, amount);
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                // the county: everyone
                row(LINZE, LIVING, JAN, 1, "100.00"),
                row(LINZE, LIVING, FEB, 2, "200.00"),
                row(LINZE, LIVING, MAR, 2, "200.00"),
                row(LINZE, CARE, JAN, 3, "300.00"),
                row(LINZE, CARE, FEB, 3, "300.00"),
                row(LINZE, CARE, MAR, 2, "200.00"),
                row(LINZE, ELDERLY, JAN, 1, "100.00"),
                row(LINZE, ELDERLY, MAR, 1, "100.00"),
                row(LINZE, FUEL, JAN, 1, "260.00"),
                row(LINZE, FUEL, MAR, 0, "0.00"), // a yearly amount: paid once a year, in January
                // 沙河镇: people 1, 2, 3 in two villages
                row(SHAHE, LIVING, FEB, 1, "100.00"),
                row(SHAHE, CARE, FEB, 1, "100.00"),
                row(SHAHE, ELDERLY, FEB, 1, "100.00"),
                row(SHAHE, FUEL, FEB, 0, "0.00"),
                row(DONGZHAI, LIVING, MAR, 1, "100.00"),
                row(DONGZHAI, CARE, MAR, 1, "100.00"),
                row(XIZHAI, LIVING, MAR, 0, "0.00"),
                row(XIZHAI, ELDERLY, MAR, 1, "100.00"),
                // 新华镇: person 4, registered at the township itself
                row(XINHUA, CARE, JAN, 1, "100.00"),
                row(XINHUA, FUEL, JAN, 1, "260.00"),
                // 蓼泉镇唐湾村: person 9, paid through the month of death
                row(LIAOQUAN, CARE, FEB, 1, "100.00"),
                row(TANGWAN, CARE, MAR, 0, "0.00"),
                // 平川镇: person 7, living undecided, nothing else
                row(PINGCHUAN, LIVING, JAN, 0, "0.00"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} people, {4}")
    @MethodSource("figures")
    void paysEachUnitProgrammeAndMonthExactly(
            DivisionCode unit, Programme programme, YearMonth month, long people, String amount) {
        assertThat(payroll().total(unit, programme, month)).isEqualTo(PeopleAndAmount.of(people, fenOf(amount)));
    }

    static long fenOf(String amount) {
        return Money.parse(amount).toFen();
    }

    @Test
    void peopleRegisteredAtAUnitItselfAreReportedAsSuch() {
        Payroll p = payroll();
        assertThat(p.registeredAt(LINZE, LIVING, FEB)).isEqualTo(PeopleAndAmount.of(1, 10000));
        assertThat(p.registeredAt(LINZE, LIVING, JAN)).isEqualTo(PeopleAndAmount.NONE);
        assertThat(p.registeredAt(XINHUA, CARE, JAN)).isEqualTo(PeopleAndAmount.of(1, 10000));
        assertThat(p.registeredAt(SHAHE, CARE, JAN)).isEqualTo(PeopleAndAmount.NONE);
    }

    @Test
    void unitsAreTheRegionAndEveryUnitWithRegistrationsWithTheirAncestors() {
        Payroll p = payroll();
        assertThat(p.units()).containsExactly(LINZE, SHAHE, DONGZHAI, XIZHAI, XINHUA, LIAOQUAN, TANGWAN, PINGCHUAN);
        assertThat(p.childrenOf(LINZE)).containsExactly(SHAHE, XINHUA, LIAOQUAN, PINGCHUAN);
        assertThat(p.childrenOf(SHAHE)).containsExactly(DONGZHAI, XIZHAI);
        assertThat(p.childrenOf(DONGZHAI)).isEmpty();
    }

    @Test
    void totalsAddUpAtEveryLevel() {
        Payroll p = payroll();
        for (DivisionCode unit : p.units()) {
            for (Programme programme : Programme.values()) {
                for (YearMonth month : Q1.months()) {
                    PeopleAndAmount sum = p.registeredAt(unit, programme, month);
                    for (DivisionCode child : p.childrenOf(unit)) {
                        sum = sum.plus(p.total(child, programme, month));
                    }
                    assertThat(p.total(unit, programme, month))
                            .as("%s %s %s", unit, programme, month)
                            .isEqualTo(sum);
                }
            }
        }
    }

    @Test
    void periodTotalsCountPeoplePaidInAnyMonthOnceAndAddTheAmounts() {
        Payroll p = payroll();
        assertThat(p.periodTotal(LINZE, LIVING)).isEqualTo(PeopleAndAmount.of(2, 50000));
        assertThat(p.periodTotal(LINZE, CARE)).isEqualTo(PeopleAndAmount.of(3, 80000));
        assertThat(p.periodTotal(LINZE, ELDERLY)).isEqualTo(PeopleAndAmount.of(1, 30000));
        assertThat(p.periodTotal(LINZE, FUEL))
                .as("a yearly amount, once in the year")
                .isEqualTo(PeopleAndAmount.of(1, 26000));
        assertThat(p.periodTotal(XIZHAI, LIVING)).isEqualTo(PeopleAndAmount.NONE);
    }

    @Test
    void everyRowInErrorIsReportedWithItsLineAndReason() {
        Payroll p = payroll();
        assertThat(p.rowsRead()).isEqualTo(9);
        assertThat(p.rowsRejected()).isEqualTo(2);
        assertThat(p.rowsWithUndecided()).isEqualTo(1);
        assertThat(p.errors())
                .extracting(RowError::line, RowError::field, RowError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "registration", "outside-region"),
                        org.assertj.core.groups.Tuple.tuple(7, "living", "cannot-decide"),
                        org.assertj.core.groups.Tuple.tuple(8, "registration", "registration-unknown"));
        assertThat(p.errors().get(0).toString())
                .isEqualTo("line 6: registered in 620702, outside the region 620723 of the payroll");
        assertThat(p.errors().get(1).toString())
                .isEqualTo("line 7: living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided in"
                        + " 2025-01 to 2025-03: missing household status (家庭类别)");
        assertThat(p.errors().get(2).message()).contains("registration (户籍所在地) is unknown");
    }

    @Test
    void undecidedMonthsEndWhenThePaymentsStop() {
        // Household status unknown, died on 2025-02-10: the living subsidy is undecided until February only.
        Claimant died = roster().get(6).toBuilder()
                .event(StopReason.DEATH, LocalDate.of(2025, 2, 10))
                .build();
        Payroll p = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(List.of(died));
        assertThat(p.errors())
                .extracting(RowError::message)
                .containsExactly("living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided in"
                        + " 2025-01 to 2025-02: missing household status (家庭类别)");
    }

    @Test
    void errorsNeverShowAResidentId() {
        Payroll p = payroll();
        for (Claimant c : roster()) {
            String id = c.residentId().orElseThrow().reveal();
            assertThat(p.errors()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(id));
        }
    }

    @Test
    void stopsAtTheFirstRowInErrorWhenAskedTo() {
        PayrollCalculator stopping = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.STOP);
        assertThatThrownBy(() -> stopping.run(roster()))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(6))
                .hasMessageContaining("outside the region");
        List<PayrollRow> rows = PayrollRow.numbered(roster());
        assertThatThrownBy(() -> stopping.runParallel(rows, new ForkJoinPool(4)))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(6));
        assertThatThrownBy(() -> rows.parallelStream().collect(stopping.collector()))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(6));
        assertThatThrownBy(() -> stopping.run(roster().subList(6, 9)))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().rule()).isEqualTo("cannot-decide"));
    }

    @Test
    void cleanRosterUnderStopGivesThePayroll() {
        Payroll p = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.STOP).run(roster().subList(0, 5));
        assertThat(p.errors()).isEmpty();
        assertThat(p.total(LINZE, CARE, JAN)).isEqualTo(PeopleAndAmount.of(2, 20000));
    }

    @Test
    void aCalculationThatFailsRejectsTheRowWithTheReason() {
        // Shanghai's first standard starts on 2021-12-27: a payroll of 2021-06 finds no living table then.
        SubsidyCalculator shanghai = SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.SHANGHAI));
        DivisionCode pudong = DivisionCode.parse("310115");
        PayrollScope scope = PayrollScope.of(pudong, YearMonth.of(2021, 6), YearMonth.of(2021, 6));
        Payroll p = PayrollCalculator.of(shanghai, scope, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(List.of(person(pudong, 1).build()));
        assertThat(p.rowsRejected()).isEqualTo(1);
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.rule()).isEqualTo("calculation-failed");
            assertThat(e.message()).contains("No value of subsidy.");
        });
        assertThat(p.total(Programme.LIVING, YearMonth.of(2021, 6))).isEqualTo(PeopleAndAmount.NONE);
    }

    @Test
    void perPersonResultsOnRequestWithExplanations() {
        Payroll plain = payroll();
        assertThat(plain.people()).isEmpty();
        Payroll withPeople = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withPeople()
                .run(roster());
        assertThat(withPeople.people()).extracting(PersonPayroll::line).containsExactly(1, 2, 3, 4, 5, 7, 9);
        PersonPayroll third = withPeople.people().get(2);
        assertThat(third.paid(ELDERLY, JAN)).isEqualTo(Money.ofYuan(100));
        assertThat(third.status(LIVING, JAN)).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(third.total(ELDERLY)).isEqualTo(Money.ofYuan(300));
        assertThat(third.explanations()).isEmpty();
        assertThat(withPeople.people().get(5).status(LIVING, MAR)).isEqualTo(Eligibility.CANNOT_DECIDE);
        assertThat(withPeople.people().get(6).paid(CARE, MAR)).isEqualTo(Money.ZERO);
        assertThat(third.toString())
                .doesNotContain(third.claimant().residentId().orElseThrow().reveal());

        Payroll explained = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withExplanations()
                .run(roster());
        PersonPayroll x = explained.people().get(2);
        assertThat(x.explanations()).hasSize(3);
        assertThat(x.explained(FEB).orElseThrow().paid(ELDERLY)).isEqualTo(Money.ofYuan(100));
        assertThat(x.explained(FEB).orElseThrow().month()).isEqualTo(FEB);
        assertThat(x.explained(MAR).orElseThrow().month()).isEqualTo(MAR);
        assertThat(x.explained(YearMonth.of(2025, 4))).isEmpty();
        assertThat(x.explained(FEB).orElseThrow().explanation().toText(Locale.ENGLISH))
                .contains("higher of");
        assertThat(explained.total(LINZE, CARE, JAN)).isEqualTo(plain.total(LINZE, CARE, JAN));
    }

    @Test
    void progressIsReportedWithTheCallersTicker() {
        List<PayrollProgress> seen = new ArrayList<>();
        AtomicLong nanos = new AtomicLong();
        PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withTicker(() -> nanos.addAndGet(500_000_000L))
                .withProgress(1, seen::add)
                .run(roster());
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).rowsDone()).isEqualTo(9);
        assertThat(seen).extracting(PayrollProgress::rowsDone).isSorted();
        assertThat(seen.get(seen.size() - 1).rowsPerSecond()).isPositive();
    }

    @Test
    void sequentialParallelAndCollectedRunsAgree() {
        PayrollCalculator calc = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withPeople();
        List<PayrollRow> rows = PayrollRow.numbered(roster());
        Payroll sequential = calc.runRows(rows);
        assertThat(calc.runParallel(rows, new ForkJoinPool(3))).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(calc.collector())).isEqualTo(sequential);
        assertThat(calc.runRows(rows.subList(0, 4)).merge(calc.runRows(rows.subList(4, 9))))
                .isEqualTo(sequential);
        assertThat(calc.runRows(rows.subList(4, 9)).merge(calc.runRows(rows.subList(0, 4))))
                .isEqualTo(sequential);
        assertThat(calc.empty().merge(sequential)).isEqualTo(sequential);
    }

    @Test
    void aPayrollNamesItsPolicyAsKnownOnItsDecisionDate() {
        PayrollCalculator calc = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll p = calc.run(roster());
        String linze = LINZE_CALC.policy().name();
        assertThat(calc.scope()).isEqualTo(Q1);
        assertThat(p.scope()).isEqualTo(Q1);
        assertThat(p.policy()).isEqualTo(linze + ", as known on 2025-04-01");
        assertThat(PayrollCalculator.of(SubsidyCalculator.of(LINZE_CALC.policy()), Q1, OnInvalidRow.STOP)
                        .empty()
                        .policy())
                .isEqualTo(linze + ", every value whatever its publication date");
        assertThat(p)
                .hasToString("Payroll[" + linze + ", as known on 2025-04-01, 620723 2025-01 to 2025-03, 9 rows,"
                        + " 2 rejected, 1 with undecided months, 3 errors]");
        assertThat(p.total(LIVING, FEB)).isEqualTo(PeopleAndAmount.of(2, 20000));
    }

    @Test
    void anEmptyPayrollKeepsItsRunsSettings() {
        PayrollCalculator explaining = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withExplanations();
        Payroll explained = explaining.run(roster().subList(0, 3));
        assertThat(explaining.empty().merge(explained)).isEqualTo(explained);
        assertThat(explaining.empty().rowsRead()).isZero();
        assertThat(explaining.empty().units()).containsExactly(LINZE);
        assertThat(explaining.empty().total(LINZE, CARE, JAN)).isEqualTo(PeopleAndAmount.NONE);
    }

    @Test
    void onlyPayrollsOfOneRunsSettingsMerge() {
        Payroll q1 = payroll();
        Payroll other = PayrollCalculator.of(
                        LINZE_CALC,
                        PayrollScope.of(LINZE, YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster());
        assertThatThrownBy(() -> q1.merge(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesOutsideTheRegionOrPeriodAreRefused() {
        Payroll p = payroll();
        assertThatThrownBy(() -> p.total(GANZHOU, CARE, JAN)).hasMessageContaining("outside the payroll's region");
        assertThatThrownBy(() -> p.registeredAt(GANZHOU, CARE, JAN))
                .hasMessage("Invalid unit 620702: is outside the payroll's region 620723");
        assertThatThrownBy(() -> p.periodTotal(GANZHOU, CARE))
                .hasMessage("Invalid unit 620702: is outside the payroll's region 620723");
        assertThatThrownBy(() -> p.childrenOf(GANZHOU))
                .hasMessage("Invalid unit 620702: is outside the payroll's region 620723");
        assertThatThrownBy(() -> p.total(LINZE, CARE, YearMonth.of(2025, 4)))
                .hasMessageContaining("outside the payroll period");
    }

    @Test
    void aPayrollSurvivesSerialization() throws Exception {
        Payroll p = payroll();
        assertThat(roundTrip(p)).isEqualTo(p);
        Payroll withPeople = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .withPeople()
                .run(roster());
        assertThatThrownBy(() -> roundTrip(withPeople))
                .isInstanceOf(NotSerializableException.class)
                .hasMessageContaining("per-person");
    }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
