package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.stipend.Officers.COUNTY_A;
import static org.canlian.rules.stipend.Officers.COUNTY_B;
import static org.canlian.rules.stipend.Officers.failedOn;
import static org.canlian.rules.stipend.Officers.officer;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.RoundingRule;
import org.canlian.rules.policy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StipendCalculatorTest {
    // Fresh calculators for each test: their memo of terms would keep results of unmutated code when PIT swaps a
    // mutated class into a running JVM.
    private static StipendCalculator a() {
        return StipendCalculator.of(COUNTY_A);
    }

    private static StipendCalculator b() {
        return StipendCalculator.of(COUNTY_B);
    }

    private static String parts(StipendMonth m) {
        return m.parts().stream().map(StipendPart::toString).collect(Collectors.joining(", "));
    }

    static Stream<Arguments> months() {
        return Stream.of(
                // calculator, officer, month, status, due, cost, parts
                arguments(
                        a(),
                        officer("629901101201", "2020-01-01", "2026-12-31"),
                        "2024-03",
                        MonthStatus.PAID_FULL_MONTH,
                        "60.00",
                        "60.00",
                        "lost-work-allowance 60.00 (village-public-funds)"),
                arguments(
                        a(),
                        officer("629901001001", "2020-01-01", "2026-12-31"),
                        "2024-03",
                        MonthStatus.PAID_FULL_MONTH,
                        "60.00",
                        "60.00",
                        "lost-work-allowance 60.00 (county-budget)"),
                arguments(
                        a(),
                        officer("629901101", "2020-01-01", "2026-12-31"),
                        "2024-03",
                        MonthStatus.PAID_FULL_MONTH,
                        "1620.00",
                        "2008.80",
                        "floor-top-up 1620.00 (county-budget), social-insurance 388.80 (county-budget)"),
                arguments(
                        a(),
                        officer("629901001", "2020-01-01", "2026-12-31"),
                        "2021-09",
                        MonthStatus.PAID_FULL_MONTH,
                        "1470.00",
                        "1822.80",
                        "floor-top-up 1470.00 (county-budget), social-insurance 352.80 (county-budget)"),
                // pro rata in County A: 16 of 31 days, each part rounded half-up; 1620 x 16/31 = 836.129 -> 836.13
                arguments(
                        a(),
                        officer("629901101", "2024-03-16", "2026-12-31"),
                        "2024-03",
                        MonthStatus.PAID_PARTIAL_MONTH,
                        "836.13",
                        "1036.80",
                        "floor-top-up 836.13 (county-budget), social-insurance 200.67 (county-budget)"),
                arguments(
                        a(),
                        officer("629901101201", "2024-03-16", "2026-12-31"),
                        "2024-02",
                        MonthStatus.BEFORE_CONTRACT,
                        "0.00",
                        "0.00",
                        ""),
                // County A pays through the contract's last day: 15 of 30 June days
                arguments(
                        a(),
                        officer("629901101201", "2020-01-01", "2024-06-15"),
                        "2024-06",
                        MonthStatus.PAID_PARTIAL_MONTH,
                        "30.00",
                        "30.00",
                        "lost-work-allowance 30.00 (village-public-funds)"),
                arguments(
                        a(),
                        officer("629901101201", "2020-01-01", "2024-06-15"),
                        "2024-07",
                        MonthStatus.CONTRACT_ENDED,
                        "0.00",
                        "0.00",
                        ""),
                // County A: a failed yearly assessment stops payment from the month after the result
                arguments(
                        a(),
                        failedOn("629901101201", "2020-01-01", "2026-12-31", "2024-04-10"),
                        "2024-04",
                        MonthStatus.PAID_FULL_MONTH,
                        "60.00",
                        "60.00",
                        "lost-work-allowance 60.00 (village-public-funds)"),
                arguments(
                        a(),
                        failedOn("629901101201", "2020-01-01", "2026-12-31", "2024-04-10"),
                        "2024-05",
                        MonthStatus.ASSESSMENT_FAILED,
                        "0.00",
                        "0.00",
                        ""),
                // County B: village 200 + top-up to the yearly floor's share, first months get the remainder fen
                arguments(
                        b(),
                        officer("629902201201", "2020-01-01", "2026-12-31"),
                        "2024-01",
                        MonthStatus.PAID_FULL_MONTH,
                        "333.34",
                        "333.34",
                        "work-allowance 200.00 (county-budget), floor-top-up 133.34 (county-budget)"),
                arguments(
                        b(),
                        officer("629902201201", "2020-01-01", "2026-12-31"),
                        "2024-05",
                        MonthStatus.PAID_FULL_MONTH,
                        "333.33",
                        "333.33",
                        "work-allowance 200.00 (county-budget), floor-top-up 133.33 (county-budget)"),
                arguments(
                        b(),
                        officer("629902001001", "2020-01-01", "2026-12-31"),
                        "2024-05",
                        MonthStatus.PAID_FULL_MONTH,
                        "1500.00",
                        "1800.00",
                        "work-allowance 200.00 (county-budget), floor-top-up 1300.00 (employment-fund),"
                                + " social-insurance 300.00 (employment-fund)"),
                arguments(
                        b(),
                        officer("629902201", "2020-01-01", "2026-12-31"),
                        "2024-05",
                        MonthStatus.PAID_FULL_MONTH,
                        "1500.00",
                        "1800.00",
                        "work-allowance 200.00 (county-budget), floor-top-up 1300.00 (employment-fund),"
                                + " social-insurance 300.00 (employment-fund)"),
                // County B pays any partial month in full
                arguments(
                        b(),
                        officer("629902001001", "2024-03-20", "2026-12-31"),
                        "2024-03",
                        MonthStatus.PAID_PARTIAL_MONTH,
                        "1500.00",
                        "1800.00",
                        "work-allowance 200.00 (county-budget), floor-top-up 1300.00 (employment-fund),"
                                + " social-insurance 300.00 (employment-fund)"),
                // County B stops from the month the contract ends in (the event is the first day without contract)
                arguments(
                        b(),
                        officer("629902201201", "2020-01-01", "2024-06-15"),
                        "2024-06",
                        MonthStatus.CONTRACT_ENDED,
                        "0.00",
                        "0.00",
                        ""),
                arguments(
                        b(),
                        officer("629902201201", "2020-01-01", "2024-06-30"),
                        "2024-06",
                        MonthStatus.PAID_FULL_MONTH,
                        "333.33",
                        "333.33",
                        "work-allowance 200.00 (county-budget), floor-top-up 133.33 (county-budget)"),
                arguments(
                        b(),
                        failedOn("629902201201", "2020-01-01", "2026-12-31", "2024-04-10"),
                        "2024-04",
                        MonthStatus.ASSESSMENT_FAILED,
                        "0.00",
                        "0.00",
                        ""));
    }

    @ParameterizedTest
    @MethodSource("months")
    void computesTheMonthsAmountItsPartsAndWhoPays(
            StipendCalculator calc,
            Officer officer,
            String month,
            MonthStatus status,
            String due,
            String cost,
            String parts) {
        StipendMonth m = calc.month(officer, YearMonth.parse(month));
        assertThat(m.status()).isEqualTo(status);
        assertThat(m.amountDue()).isEqualTo(Money.parse(due));
        assertThat(m.totalCost()).isEqualTo(Money.parse(cost));
        assertThat(parts(m)).isEqualTo(parts);
        assertThat(m.byFundingSource().values().stream().collect(Money.summing()))
                .isEqualTo(Money.parse(cost));
    }

    @Test
    void aYearlyFloorSpreadOverTwelveMonthsSumsExactly() {
        StipendYear y = b().year(officer("629902201201", "2020-01-01", "2026-12-31"), Year.of(2024));
        assertThat(y.amountDue()).isEqualTo(Money.ofYuan(4000));
        assertThat(y.months())
                .extracting(m -> m.amountDue().toPlainString())
                .containsExactly(
                        "333.34", "333.34", "333.34", "333.34", "333.33", "333.33", "333.33", "333.33", "333.33",
                        "333.33", "333.33", "333.33");
        assertThat(y.byFundingSource()).containsEntry(FundingSource.COUNTY_BUDGET, Money.ofYuan(4000));
    }

    @Test
    void theRemainderRuleNamedByThePolicyPlacesTheFen() {
        PolicySet lastMonths = COUNTY_B.withValueFrom(
                StipendParameters.YEARLY_REMAINDER,
                DivisionCode.parse("629902"),
                DatedValue.of(RemainderRule.LAST_MONTHS, LocalDate.of(2024, 1, 1), reform()));
        StipendYear y = StipendCalculator.of(lastMonths)
                .year(officer("629902201201", "2020-01-01", "2026-12-31"), Year.of(2024));
        assertThat(y.amountDue()).isEqualTo(Money.ofYuan(4000));
        assertThat(y.months().get(0).amountDue()).isEqualTo(Money.parse("333.33"));
        assertThat(y.months().get(11).amountDue()).isEqualTo(Money.parse("333.34"));
    }

    static Stream<Arguments> roundings() {
        return Stream.of(
                // 1620.00 x 16/31 = 836.129...; social insurance 24 % of the amount due
                arguments(RoundingRule.HALF_UP, "836.13", "1036.80"),
                arguments(RoundingRule.DOWN, "836.12", "1036.78"),
                arguments(RoundingRule.UP_TO_YUAN, "837.00", "1038.00"),
                arguments(RoundingRule.DOWN_TO_YUAN, "836.00", "1036.00"));
    }

    @ParameterizedTest
    @MethodSource("roundings")
    void theRoundingRuleNamedByThePolicyRoundsProRataAmountsAndInsurance(
            RoundingRule rounding, String due, String cost) {
        PolicySet policy = COUNTY_A.withValueFrom(
                StipendParameters.ROUNDING,
                DivisionCode.parse("629901"),
                DatedValue.of(rounding, LocalDate.of(2024, 1, 1), reform()));
        StipendMonth m = StipendCalculator.of(policy)
                .month(officer("629901101", "2024-03-16", "2026-12-31"), YearMonth.of(2024, 3));
        assertThat(m.amountDue()).isEqualTo(Money.parse(due));
        assertThat(m.totalCost()).isEqualTo(Money.parse(cost));
    }

    @Test
    void aWholeMonthsOnlyPolicyPaysNothingForAPartialMonth() {
        PolicySet whole = COUNTY_B.withValueFrom(
                StipendParameters.PARTIAL_MONTH,
                DivisionCode.parse("629902"),
                DatedValue.of(PartialMonthRule.WHOLE_MONTHS_ONLY, LocalDate.of(2024, 1, 1), reform()));
        StipendMonth m = StipendCalculator.of(whole)
                .month(officer("629902001001", "2024-03-20", "2026-12-31"), YearMonth.of(2024, 3));
        assertThat(m.status()).isEqualTo(MonthStatus.UNPAID_PARTIAL_MONTH);
        assertThat(m.amountDue()).isEqualTo(Money.ZERO);
        assertThat(m.daysInPost()).isEqualTo(12);
    }

    @Test
    void aDecisionAboutAPastMonthUsesThatMonthsValuesAfterALaterChange() {
        // County A's minimum wage rose from 1470.00 to 1620.00 on 2021-10-01; a decision made in 2024 about
        // September 2021 still uses 1470.00.
        Officer township = officer("629901101", "2020-01-01", "2026-12-31");
        StipendMonth september = a().asKnownOn(LocalDate.of(2024, 9, 1)).month(township, YearMonth.of(2021, 9));
        assertThat(september.amountDue()).isEqualTo(Money.parse("1470.00"));
        assertThat(september.parametersUsed())
                .filteredOn(r -> r.parameter().equals(StipendParameters.MINIMUM_WAGE))
                .singleElement()
                .satisfies(r -> assertThat(r.datedValue().until()).contains(LocalDate.of(2021, 9, 30)));
        assertThat(a().asKnownOn(LocalDate.of(2024, 9, 1))
                        .month(township, YearMonth.of(2021, 10))
                        .amountDue())
                .isEqualTo(Money.parse("1620.00"));
    }

    @Test
    void aDecisionBeforeAValueWasPublishedCannotUseIt() {
        // The 1620.00 minimum wage was published on 2021-08-15: a decision of 2021-08-01 about October 2021 has no
        // value strictly, and carries 1470.00 forward when the caller asks for it.
        Officer township = officer("629901101", "2020-01-01", "2026-12-31");
        assertThatThrownBy(() -> a().asKnownOn(LocalDate.of(2021, 8, 1)).month(township, YearMonth.of(2021, 10)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("wage.minimum.monthly")
                .hasMessageContaining("was published on 2021-08-15, after the decision date 2021-08-01");
        StipendMonth warned = a().asKnownOn(LocalDate.of(2021, 8, 1))
                .withGapMode(GapMode.WARN)
                .month(township, YearMonth.of(2021, 10));
        assertThat(warned.amountDue()).isEqualTo(Money.parse("1470.00"));
        assertThat(warned.warnings())
                .singleElement()
                .asString()
                .startsWith(
                        "wage.minimum.monthly: no value applies on 2021-10-01 (the value in force (1620.00 CNY/month"
                                + " from 2021-10-01, 629901) was published on 2021-08-15, after the decision date 2021-08-01)");
        assertThat(warned.explanation().toText(Locale.ENGLISH)).contains("WARNING: no value applies on 2021-10-01");
        assertThat(warned.explanation().toText(Locale.CHINESE))
                .contains("月最低工资标准 = ¥1,470.00/月（629901，2018-01-01至2021-09-30；依据：")
                .contains("；警告：2021-10-01无适用的值，沿用截至2021-09-30的值）");
    }

    @Test
    void aFloorWithoutAPayerIsAShortfallNotATopUp() {
        String json = "{\"policy\": \"no payer\", \"parameters\": ["
                + entry("stipend.partial-month", "\"full-month\"", "choice") + ","
                + entry("stipend.rounding", "\"half-up\"", "choice") + ","
                + entry("stipend.yearly-floor.remainder", "\"first-months\"", "choice") + ","
                + entry("stipend.village.work-allowance", "\"200.00\"", "CNY/month") + ","
                + entry("stipend.village.work-allowance.payer", "\"county-budget\"", "choice") + ","
                + entry("stipend.village.floor.yearly", "\"4000.00\"", "CNY/year") + "]}";
        PolicySet policy = org.canlian.rules.policy.PolicyFiles.read(StipendParameters.catalog(), json, "t");
        StipendMonth m = StipendCalculator.of(policy)
                .month(officer("629902201201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1));
        assertThat(m.amountDue()).isEqualTo(Money.ofYuan(200));
        assertThat(m.shortfall()).isEqualTo(Money.parse("133.34"));
        assertThat(m.explanation().toText(Locale.ENGLISH))
                .contains(
                        "below the floor by ¥133.34: the policy names no payer for the top-up, counted as a shortfall")
                .contains("due ¥200.00, total cost ¥200.00, shortfall ¥133.34");
        assertThat(m.explanation().toText(Locale.CHINESE))
                .contains("低于保底 ¥133.34：政策未规定补足资金来源，计为缺口")
                .contains("应发 ¥200.00，总成本 ¥200.00，缺口 ¥133.34");
    }

    @Test
    void aMissingRuleIsAnErrorNamingTheParameter() {
        String json = "{\"policy\": \"no rules\", \"parameters\": ["
                + entry("stipend.village.work-allowance", "\"200.00\"", "CNY/month") + "]}";
        PolicySet policy = org.canlian.rules.policy.PolicyFiles.read(StipendParameters.catalog(), json, "t");
        assertThatThrownBy(() -> StipendCalculator.of(policy)
                        .month(officer("629902201201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage("No value of stipend.partial-month for 629902 on 2024-01-01: no region from 629902 up to"
                        + " the nation sets it");
    }

    @Test
    void anOfficerOutsideEveryRegionOfThePolicyGetsAnErrorNamingTheirUnitAndThePolicysRegions() {
        assertThatThrownBy(() -> a().month(officer("620723101201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid officer's unit 620723101201: is in none of the regions for which the policy \""
                        + COUNTY_A.name()
                        + "\" sets officers' stipends (629901); read the policy file of the officer's county"
                        + " and merge it in (PolicySet.merge)");
    }

    @Test
    void everyAmountCarriesAnExplanationInChineseEnglishAndJson() {
        StipendMonth m = b().month(officer("629902201201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1));
        String en = m.explanation().toText(Locale.ENGLISH);
        String zh = m.explanation().toText(Locale.CHINESE);
        assertThat(en)
                .contains("policy looked up at 629902")
                .contains("village officer work allowance = ¥200.00/month (stipend.village.work-allowance; 629902,"
                        + " 2015-01-01..; source: [seed] county work report")
                .contains("yearly floor ¥4,000.00 / 12, share of month 1 (remainder fen to the first months) ¥333.34")
                .contains("floor top-up = ¥333.34 - ¥200.00 = ¥133.34, paid by the county budget")
                .contains("due ¥333.34, total cost ¥333.34");
        assertThat(zh)
                .contains("政策按 629902 查询")
                .contains("村专职委员工作补贴 = ¥200.00/月（629902，2015-01-01起；依据：[seed] county work report")
                .contains("年保底 ¥4,000.00 ÷ 12 第1月份额（余数分摊至前几个月）¥333.34")
                .contains("保底补足 = ¥333.34 − ¥200.00 = ¥133.34，由县级财政支付")
                .contains("应发 ¥333.34，总成本 ¥333.34")
                .doesNotContain("stipend.", "first-months", "county-budget");
        com.fasterxml.jackson.databind.JsonNode json = m.explanation().toJson();
        List<String> keys = java.util.stream.StreamSupport.stream(
                        json.get("steps").spliterator(), false)
                .filter(s -> s.has("parameter"))
                .map(s -> s.get("parameter").asText())
                .toList();
        assertThat(keys)
                .contains(
                        "stipend.partial-month",
                        "stipend.village.work-allowance",
                        "stipend.village.floor.yearly",
                        "stipend.yearly-floor.remainder");
        assertThat(json.get("steps").get(2).get("source").get("issuer").asText())
                .isNotBlank();
    }

    static Stream<Officer> yearOfficers() {
        return Stream.of(
                officer("629901101", "2020-01-01", "2026-12-31"),
                officer("629901101", "2024-03-16", "2024-10-20"),
                // Appointed in March, in post past the year's end.
                officer("629901101", "2024-03-16", "2026-12-31"),
                failedOn("629901101201", "2020-01-01", "2026-12-31", "2024-04-10"),
                officer("629901001001", "2020-01-01", "2024-12-31"),
                // In post since before the year, the contract ending in June.
                officer("629901101", "2020-01-01", "2024-06-15"),
                // A failed assessment after the year: every month of 2024 is whole.
                failedOn("629901101201", "2020-01-01", "2026-12-31", "2025-03-10"),
                assessedTwice());
    }

    /**
     * A village officer with a quarterly assessment failed (which stops nothing), a yearly one passed, and two yearly
     * ones failed, the later listed first: payment ends after the earlier failure (County A: from the next month).
     */
    static Officer assessedTwice() {
        return Officer.builder()
                .from(officer("629901101201", "2020-01-01", "2026-12-31"))
                .addAssessments(
                        OfficerAssessment.of(AssessmentKind.QUARTERLY, LocalDate.of(2024, 2, 1), false),
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 1, 15), true),
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 9, 20), false),
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 4, 10), false))
                .build();
    }

    static Stream<Arguments> assessedTwiceMonths() {
        return Stream.of(
                arguments("2024-02", MonthStatus.PAID_FULL_MONTH, "60.00"),
                arguments("2024-04", MonthStatus.PAID_FULL_MONTH, "60.00"),
                arguments("2024-05", MonthStatus.ASSESSMENT_FAILED, "0.00"),
                arguments("2024-10", MonthStatus.ASSESSMENT_FAILED, "0.00"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("assessedTwiceMonths")
    void theEarliestFailedYearlyAssessmentStopsPayment(String month, MonthStatus status, String due) {
        StipendMonth m = a().month(assessedTwice(), YearMonth.parse(month));
        assertThat(m.status()).isEqualTo(status);
        assertThat(m.amountDue()).isEqualTo(Money.parse(due));
    }

    @ParameterizedTest
    @MethodSource("yearOfficers")
    void aYearIsItsTwelveMonths(Officer officer) {
        StipendYear y = a().year(officer, Year.of(2024));
        for (int m = 1; m <= 12; m++) {
            StipendMonth single = a().month(officer, YearMonth.of(2024, m));
            StipendMonth inYear = y.months().get(m - 1);
            assertThat(inYear.status()).isEqualTo(single.status());
            assertThat(parts(inYear)).isEqualTo(parts(single));
            assertThat(inYear.daysInPost()).isEqualTo(single.daysInPost());
        }
        assertThat(y.totalCost())
                .isEqualTo(y.months().stream().map(StipendMonth::totalCost).collect(Money.summing()));
    }

    static Stream<Arguments> floors() {
        return Stream.of(
                // County B's village floor: the yearly 4,000.00, January's share with a remainder fen.
                arguments(b(), officer("629902201201", "2020-01-01", "2026-12-31"), "2024-01", "333.34"),
                arguments(b(), officer("629902201201", "2020-01-01", "2026-12-31"), "2024-12", "333.33"),
                // County A's township officer: the minimum wage.
                arguments(a(), officer("629901101", "2020-01-01", "2026-12-31"), "2024-03", "1620.00"),
                // County A sets no floor for a village officer; and a month before the contract has none.
                arguments(a(), officer("629901101201", "2020-01-01", "2026-12-31"), "2024-03", null),
                arguments(b(), officer("629902201201", "2024-03-16", "2026-12-31"), "2024-02", null));
    }

    @ParameterizedTest(name = "{1} {2}: {3}")
    @MethodSource("floors")
    void aPaidMonthNamesTheFloorInForce(StipendCalculator calculator, Officer officer, String month, String floor) {
        assertThat(calculator.month(officer, YearMonth.parse(month)).floor())
                .isEqualTo(java.util.Optional.ofNullable(floor).map(Money::parse));
    }

    @Test
    void aMonthAndAYearDescribeThemselvesForLogs() {
        Officer village = officer("629902201201", "2020-01-01", "2026-12-31");
        StipendMonth march = b().month(village, YearMonth.of(2024, 3));
        assertThat(march.month()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(march)
                .hasToString("629902201201 VILLAGE 2024-03 PAID_FULL_MONTH due 333.34 cost 333.34"
                        + " [work-allowance 200.00 (county-budget), floor-top-up 133.34 (county-budget)]");
        StipendYear year = b().year(village, Year.of(2024));
        assertThat(year.officer()).isEqualTo(village);
        assertThat(year.year()).isEqualTo(Year.of(2024));
        assertThat(year.shortfall()).isEqualTo(Money.ZERO);
        assertThat(year).hasToString("629902201201 VILLAGE 2024 due 4000.00 cost 4000.00");
    }

    @Test
    void theSameInputsGiveTheSameResultWhateverTheCallOrder() {
        Officer o = officer("629901101", "2024-03-16", "2026-12-31");
        StipendCalculator fresh = StipendCalculator.of(COUNTY_A);
        StipendMonth first = fresh.month(o, YearMonth.of(2024, 4));
        StipendMonth again = a().month(o, YearMonth.of(2024, 4));
        assertThat(parts(first)).isEqualTo(parts(again));
    }

    private static String entry(String parameter, String value, String unit) {
        return "{\"parameter\": \"" + parameter + "\", \"region\": \"629902\", \"values\": [{\"from\": \"2015-01-01\","
                + " \"value\": " + value + ", \"unit\": \"" + unit + "\", \"source\": {\"issuer\": \"t\", \"document\":"
                + " \"t\", \"article\": \"t\", \"date\": \"2015-01-01\"}}]}";
    }

    private static Source reform() {
        return Source.of("test reform", "reform 1", "art. 1", LocalDate.of(2023, 12, 1));
    }
}
