package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.payroll.TestRoster.person;
import static org.canlian.rules.payroll.TestRoster.rating;
import static org.canlian.rules.subsidy.Programme.CARE;
import static org.canlian.rules.subsidy.Programme.ELDERLY;
import static org.canlian.rules.subsidy.Programme.LIVING;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyParameters;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Back pay (补发) after a retroactive revision, on an illustrative county whose rules were revised on 2025-03-15 with
 * effect from earlier months: care raised from 100 to 300 (grade 1) and 150 (grade 2, and grade 3 intellectual or
 * psychosocial, newly covered) from 2025-01-01; the elderly allowance's age raised from 60 to 65 from 2025-02-01.
 * January to March were paid on the 10th of each month, before the revision was published; the arrears are decided
 * on 2025-04-01.
 */
class BackPayTest {
    static final DivisionCode COUNTY = DivisionCode.parse("629901");
    static final DivisionCode TOWN_A = DivisionCode.parse("629901101");
    static final DivisionCode VILLAGE_A1 = DivisionCode.parse("629901101201");
    static final DivisionCode TOWN_B = DivisionCode.parse("629901102");

    static final String SOURCE = """
            { "issuer": "canlian test data", "document": "illustrative county rules", "article": "n/a",
              "date": "2024-01-01" }""";

    static final String POLICY = """
            { "policy": "Test county 629901 with a retroactive revision (illustrative)",
              "parameters": [
                { "parameter": "subsidy.care.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "grade": ["1", "2"], "long-term-care": true },
                        "then": { "amount": "100.00", "unit": "CNY/month" } } ] } },
                  { "from": "2025-01-01", "knownFrom": "2025-03-15", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "grade": ["1"], "long-term-care": true },
                        "then": { "amount": "300.00", "unit": "CNY/month" } },
                      { "when": { "grade": ["2"], "long-term-care": true },
                        "then": { "amount": "150.00", "unit": "CNY/month" } },
                      { "when": { "grade": ["3"], "component": ["intellectual", "psychosocial"] },
                        "then": { "amount": "150.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "subsidy.living.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "household": ["dibao"] },
                        "then": { "amount": "100.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "subsidy.elderly.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [ { "when": { "age": { "min": 60 } },
                                           "then": { "amount": "100.00", "unit": "CNY/month" } } ] } },
                  { "from": "2025-02-01", "knownFrom": "2025-03-15", "unit": "table", "source": %1$s,
                    "value": { "rows": [ { "when": { "age": { "min": 65 } },
                                           "then": { "amount": "100.00", "unit": "CNY/month" } } ] } } ] }
              ] }
            """.formatted(SOURCE);

    static final PolicySet REVISED = SubsidyPolicies.load()
            .merge(PolicyFiles.read(SubsidyParameters.catalog(), POLICY, "test-county-revised.json"));
    static final SubsidyCalculator CALC = SubsidyCalculator.of(REVISED);
    static final PayrollScope Q1 = PayrollScope.of(COUNTY, YearMonth.of(2025, 1), YearMonth.of(2025, 3));
    static final LocalDate DECIDED = LocalDate.of(2025, 4, 1);
    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth FEB = YearMonth.of(2025, 2);
    static final YearMonth MAR = YearMonth.of(2025, 3);

    static List<Claimant> roster() {
        return List.of(
                // 1: grade 1 needing care: paid 100, owed 300
                person(VILLAGE_A1, 1)
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 1),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .build(),
                // 2: grade 2 needing care: paid 100, owed 150
                person(VILLAGE_A1, 2)
                        .certificate(
                                rating(DisabilityCategory.VISUAL, 2),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .build(),
                // 3: registered at town A itself, grade 3 intellectual: not paid, owed 150 (newly covered)
                person(TOWN_A, 3)
                        .certificate(
                                rating(DisabilityCategory.INTELLECTUAL, 3),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .build(),
                // 4: 62 years old: elderly paid 100 each month, owed only in January
                person(TOWN_B, 4)
                        .residentId(TestRoster.id(LocalDate.of(1962, 6, 1), 4))
                        .build(),
                // 5: 低保: living 100, unchanged
                person(TOWN_B, 5).household(HouseholdStatus.DIBAO).build(),
                // 6: household unknown (living undecided) and grade 1 needing care (owed 200 more a month)
                Claimant.builder()
                        .residentId(TestRoster.id(LocalDate.of(1985, 3, 1), 6))
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 1),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .registration(TOWN_B, org.canlian.rules.subsidy.RegistrationType.URBAN)
                        .childSupport(false)
                        .destituteSupport(false)
                        .workInjuryCare(false)
                        .longTermCare(true)
                        .noOtherAllowances()
                        .applied(LIVING, LocalDate.of(2024, 12, 1))
                        .applied(CARE, LocalDate.of(2024, 12, 1))
                        .applied(ELDERLY, LocalDate.of(2024, 12, 1))
                        .build());
    }

    static BackPayCalculator calculator(OnInvalidRow onInvalidRow) {
        return BackPayCalculator.of(CALC, Q1, month -> month.atDay(10), DECIDED, onInvalidRow);
    }

    static BackPay backPay() {
        return calculator(OnInvalidRow.REPORT_AND_CONTINUE).run(roster());
    }

    static PeopleAndAmount pa(long people, String amount) {
        return PeopleAndAmount.of(people, Money.parse(amount).toFen());
    }

    static Arguments row(
            DivisionCode unit,
            Programme programme,
            YearMonth month,
            PeopleAndAmount paid,
            PeopleAndAmount owed,
            PeopleAndAmount arrears,
            PeopleAndAmount overpaid) {
        return Arguments.of(unit, programme, month, new BackPayTotal(paid, owed, arrears, overpaid));
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                row(COUNTY, CARE, JAN, pa(3, "300.00"), pa(4, "900.00"), pa(4, "600.00"), pa(0, "0.00")),
                row(COUNTY, CARE, MAR, pa(3, "300.00"), pa(4, "900.00"), pa(4, "600.00"), pa(0, "0.00")),
                row(TOWN_A, CARE, JAN, pa(2, "200.00"), pa(3, "600.00"), pa(3, "400.00"), pa(0, "0.00")),
                row(VILLAGE_A1, CARE, FEB, pa(2, "200.00"), pa(2, "450.00"), pa(2, "250.00"), pa(0, "0.00")),
                row(TOWN_B, CARE, FEB, pa(1, "100.00"), pa(1, "300.00"), pa(1, "200.00"), pa(0, "0.00")),
                row(COUNTY, ELDERLY, JAN, pa(1, "100.00"), pa(1, "100.00"), pa(0, "0.00"), pa(0, "0.00")),
                row(COUNTY, ELDERLY, FEB, pa(1, "100.00"), pa(0, "0.00"), pa(0, "0.00"), pa(1, "100.00")),
                row(TOWN_B, ELDERLY, MAR, pa(1, "100.00"), pa(0, "0.00"), pa(0, "0.00"), pa(1, "100.00")),
                row(COUNTY, LIVING, JAN, pa(1, "100.00"), pa(1, "100.00"), pa(0, "0.00"), pa(0, "0.00")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("figures")
    void paidAgainstOwedPerUnitProgrammeAndMonth(
            DivisionCode unit, Programme programme, YearMonth month, BackPayTotal expected) {
        assertThat(backPay().total(unit, programme, month)).isEqualTo(expected);
    }

    @Test
    void overpaymentsAreKeptApartFromArrears() {
        BackPay b = backPay();
        BackPayTotal elderly = b.periodTotal(COUNTY, ELDERLY);
        assertThat(elderly.paid()).isEqualTo(pa(1, "300.00"));
        assertThat(elderly.owed()).isEqualTo(pa(1, "100.00"));
        assertThat(elderly.arrears()).isEqualTo(PeopleAndAmount.NONE);
        assertThat(elderly.overpaid()).isEqualTo(pa(1, "200.00"));
        assertThat(elderly.net()).isEqualTo(Money.parse("-200.00"));
        BackPayTotal care = b.periodTotal(COUNTY, CARE);
        assertThat(care.arrears()).isEqualTo(pa(4, "1800.00"));
        assertThat(care.net()).isEqualTo(Money.parse("1800.00"));
    }

    @Test
    void peopleRegisteredAtATownItselfAreReportedAsSuch() {
        assertThat(backPay().registeredAt(TOWN_A, CARE, JAN))
                .isEqualTo(
                        new BackPayTotal(PeopleAndAmount.NONE, pa(1, "150.00"), pa(1, "150.00"), PeopleAndAmount.NONE));
    }

    @Test
    void eachPersonWhosePaymentsDifferIsListedWithPaidOwedAndDifference() {
        BackPay b = backPay();
        assertThat(b.people()).extracting(BackPayPerson::line).containsExactly(1, 2, 3, 4, 6);
        BackPayPerson first = b.people().get(0);
        assertThat(first.paid(CARE, JAN)).isEqualTo(Money.ofYuan(100));
        assertThat(first.owed(CARE, JAN)).isEqualTo(Money.ofYuan(300));
        assertThat(first.difference(CARE, JAN)).isEqualTo(Money.ofYuan(200));
        assertThat(first.arrears(CARE)).isEqualTo(Money.ofYuan(600));
        BackPayPerson third = b.people().get(2);
        assertThat(third.eligibility(CARE, FEB)).containsExactly(Eligibility.NOT_ELIGIBLE, Eligibility.ELIGIBLE);
        assertThat(third.arrears(CARE)).isEqualTo(Money.ofYuan(450));
        BackPayPerson fourth = b.people().get(3);
        assertThat(fourth.difference(ELDERLY, JAN)).isEqualTo(Money.ZERO);
        assertThat(fourth.difference(ELDERLY, FEB)).isEqualTo(Money.ofYuan(-100));
        assertThat(fourth.overpaid(ELDERLY)).isEqualTo(Money.ofYuan(200));
        assertThat(fourth.arrears(ELDERLY)).isEqualTo(Money.ZERO);
        BackPayPerson sixth = b.people().get(4);
        assertThat(sixth.isDecided(LIVING, JAN)).isFalse();
        assertThat(sixth.difference(LIVING, JAN)).isEqualTo(Money.ZERO);
        assertThat(sixth.arrears(CARE)).isEqualTo(Money.ofYuan(600));
        assertThat(sixth.toString()).isEqualTo("BackPayPerson[line 6, care arrears 600.00]");
    }

    @Test
    void aBackPayNamesItsPolicyAndPaymentDatesItsUnitsAndItsRows() {
        BackPay b = backPay();
        assertThat(b.scope()).isEqualTo(Q1);
        assertThat(b.policy())
                .isEqualTo(REVISED.name() + ", paid as known on 2025-01-10, 2025-02-10, 2025-03-10,"
                        + " owed as known on 2025-04-01");
        assertThat(b.units()).containsExactly(COUNTY, TOWN_A, VILLAGE_A1, TOWN_B);
        assertThat(b.childrenOf(COUNTY)).containsExactly(TOWN_A, TOWN_B);
        assertThat(b.childrenOf(TOWN_A)).containsExactly(VILLAGE_A1);
        assertThat(b.childrenOf(VILLAGE_A1)).isEmpty();
        assertThatThrownBy(() -> b.childrenOf(DivisionCode.parse("629902")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid unit 629902: is outside the region 629901");
        assertThatThrownBy(() -> b.registeredAt(DivisionCode.parse("629902101"), CARE, JAN))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid unit 629902101: is outside the region 629901");
        assertThat(b.rowsRejected()).isZero();
        assertThat(b)
                .hasToString("BackPay[" + b.policy()
                        + ", 629901 2025-01 to 2025-03, 6 rows, 0 rejected, 1 with undecided months, 2 errors]");
    }

    /** A revision that lowers the living subsidy from 100 to 80 from 2025-01-01, published on 2025-03-15. */
    static final String LOWERED = """
            { "policy": "Test county 629901 with a retroactive cut (illustrative)",
              "parameters": [
                { "parameter": "subsidy.living.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "household": ["dibao"] },
                        "then": { "amount": "100.00", "unit": "CNY/month" } } ] } },
                  { "from": "2025-01-01", "knownFrom": "2025-03-15", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "household": ["dibao"] },
                        "then": { "amount": "80.00", "unit": "CNY/month" } } ] } } ] } ] }
            """.formatted(SOURCE);

    @Test
    void aRetroactiveCutIsAnOverpaymentOfPeopleStillEligible() {
        SubsidyCalculator lowered = SubsidyCalculator.of(SubsidyPolicies.load()
                .merge(PolicyFiles.read(SubsidyParameters.catalog(), LOWERED, "test-county-lowered.json")));
        // Line 5 of the roster: 低保, paid 100 a month, owed 80.
        BackPay b = BackPayCalculator.of(
                        lowered, Q1, month -> month.atDay(10), DECIDED, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster().subList(4, 5));
        assertThat(b.total(COUNTY, LIVING, FEB))
                .isEqualTo(new BackPayTotal(pa(1, "100.00"), pa(1, "80.00"), PeopleAndAmount.NONE, pa(1, "20.00")));
        assertThat(b.periodTotal(TOWN_B, LIVING))
                .isEqualTo(new BackPayTotal(pa(1, "300.00"), pa(1, "240.00"), PeopleAndAmount.NONE, pa(1, "60.00")));
        assertThat(b.periodTotal(TOWN_B, LIVING).net()).isEqualTo(Money.parse("-60.00"));
        assertThat(b.people()).singleElement().satisfies(p -> {
            assertThat(p.overpaid(LIVING)).isEqualTo(Money.ofYuan(60));
            assertThat(p.arrears(LIVING)).isEqualTo(Money.ZERO);
            assertThat(p.difference(LIVING, MAR)).isEqualTo(Money.ofYuan(-20));
        });
    }

    @Test
    void aBackPayRunTellsItsProgress() {
        List<PayrollProgress> seen = new java.util.ArrayList<>();
        BackPayCalculator calc = calculator(OnInvalidRow.REPORT_AND_CONTINUE)
                .withTicker(() -> 0L)
                .withProgress(4, seen::add);
        assertThat(calc.scope()).isEqualTo(Q1);
        calc.run(roster());
        assertThat(seen).containsExactly(new PayrollProgress(6, 0.0));
    }

    @Test
    void undecidableMonthsAreReportedForEachSide() {
        BackPay b = backPay();
        assertThat(b.rowsRead()).isEqualTo(6);
        assertThat(b.rowsRejected()).isZero();
        assertThat(b.rowsWithUndecided()).isEqualTo(1);
        assertThat(b.errors()).extracting(RowError::line).containsOnly(6);
        assertThat(b.errors())
                .extracting(RowError::message)
                .containsExactlyInAnyOrder(
                        "living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided as paid in"
                                + " 2025-01 to 2025-03: missing household status (家庭类别)",
                        "living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided as owed on"
                                + " 2025-04-01 in 2025-01 to 2025-03: missing household status (家庭类别)");
        assertThatThrownBy(() -> calculator(OnInvalidRow.STOP).run(roster()))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(6));
    }

    @Test
    void aMonthPaidAfterTheRevisionWasPublishedOwesNothing() {
        // March paid on 2025-03-20, after the publication on 2025-03-15: already at the revised amounts.
        BackPay b = BackPayCalculator.of(
                        CALC,
                        Q1,
                        month -> month.equals(MAR) ? LocalDate.of(2025, 3, 20) : month.atDay(10),
                        DECIDED,
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster());
        assertThat(b.total(COUNTY, CARE, MAR).arrears()).isEqualTo(PeopleAndAmount.NONE);
        assertThat(b.total(COUNTY, CARE, MAR).paid()).isEqualTo(pa(4, "900.00"));
        assertThat(b.periodTotal(COUNTY, CARE).arrears()).isEqualTo(pa(4, "1200.00"));
    }

    @Test
    void explanationsOfTheMonthsThatDifferCiteTheRevision() {
        BackPay b =
                calculator(OnInvalidRow.REPORT_AND_CONTINUE).withExplanations().run(roster());
        BackPayPerson first = b.people().get(0);
        assertThat(first.explainedAsOwed(JAN).orElseThrow().paid(CARE)).isEqualTo(Money.ofYuan(300));
        assertThat(first.explainedAsPaid(JAN).orElseThrow().paid(CARE)).isEqualTo(Money.ofYuan(100));
        assertThat(first.explainedAsOwed(JAN).orElseThrow().explanation().toText(Locale.ENGLISH))
                .contains("revised on 2025-03-15");
        assertThat(backPay().people().get(0).explainedAsOwed(JAN)).isEmpty();
        // Every month differs for the first person: each month's own decisions, on both sides.
        assertThat(first.explainedAsOwed(MAR).orElseThrow().month()).isEqualTo(MAR);
        assertThat(first.explainedAsPaid(FEB).orElseThrow().month()).isEqualTo(FEB);
        assertThat(first.explainedAsPaid(FEB).orElseThrow().paid(CARE)).isEqualTo(Money.ofYuan(100));
    }

    @Test
    void withoutPeopleKeepsTotalsOnly() {
        BackPay b = calculator(OnInvalidRow.REPORT_AND_CONTINUE).withoutPeople().run(roster());
        assertThat(b.people()).isEmpty();
        assertThat(b.periodTotal(COUNTY, CARE)).isEqualTo(backPay().periodTotal(COUNTY, CARE));
    }

    @Test
    void parallelCollectedAndMergedRunsEqualTheSequentialOne() throws Exception {
        BackPayCalculator calc = calculator(OnInvalidRow.REPORT_AND_CONTINUE);
        List<PayrollRow> rows = PayrollRow.numbered(roster());
        BackPay sequential = calc.runRows(rows);
        assertThat(calc.runParallel(rows, new ForkJoinPool(3))).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(calc.collector())).isEqualTo(sequential);
        assertThat(calc.runRows(rows.subList(3, 6)).merge(calc.runRows(rows.subList(0, 3))))
                .isEqualTo(sequential);
        BackPayCalculator totals = calc.withoutPeople();
        BackPay plain = totals.runRows(rows);
        assertThat(PayrollTest.roundTrip(plain)).isEqualTo(plain);
        assertThat(totals.empty().merge(plain)).isEqualTo(plain);
    }
}
