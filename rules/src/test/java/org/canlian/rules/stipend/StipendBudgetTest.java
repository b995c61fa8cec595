package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.stipend.Officers.COUNTY_B;
import static org.canlian.rules.stipend.Officers.officer;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StipendBudgetTest {
    private static final DivisionCode TOWNSHIP = DivisionCode.parse("629902201");
    private static final List<Officer> OFFICERS = List.of(
            officer("629902201", "2020-01-01", "2026-12-31"),
            officer("629902201201", "2020-01-01", "2026-12-31"),
            officer("629902201202", "2024-07-01", "2026-12-31"));
    private static final List<ExpectedPost> EXPECTED = List.of(
            ExpectedPost.of(TOWNSHIP, OfficerPost.TOWNSHIP, 1),
            ExpectedPost.of(DivisionCode.parse("629902201201"), OfficerPost.VILLAGE, 1),
            ExpectedPost.of(DivisionCode.parse("629902201202"), OfficerPost.VILLAGE, 1),
            ExpectedPost.of(DivisionCode.parse("629902201203"), OfficerPost.VILLAGE, 1));

    /** A year of the township: computed by each test, as PIT swaps mutated classes into a running JVM. */
    private static StipendBudget budget() {
        return StipendBudget.of(
                StipendCalculator.of(COUNTY_B),
                TOWNSHIP,
                OFFICERS,
                EXPECTED,
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 12));
    }

    @Test
    void totalsTheSubtreeByFundingSourceAndByPost() {
        // township officer: 1,500.00 due + 300.00 social insurance a month; village 201: 4,000.00 a year; village 202:
        // July-December shares of the yearly floor, 6 x 333.33.
        assertThat(budget().officerCount()).isEqualTo(3);
        assertThat(budget().totalDue()).isEqualTo(Money.parse("23999.98"));
        assertThat(budget().totalCost()).isEqualTo(Money.parse("27599.98"));
        assertThat(budget().byFundingSource())
                .containsExactly(
                        Map.entry(FundingSource.COUNTY_BUDGET, Money.parse("8399.98")),
                        Map.entry(FundingSource.EMPLOYMENT_FUND, Money.parse("19200.00")));
        assertThat(budget().byPost())
                .containsExactly(
                        Map.entry(OfficerPost.TOWNSHIP, Money.parse("21600.00")),
                        Map.entry(OfficerPost.VILLAGE, Money.parse("5999.98")));
        assertThat(budget().officersByPost())
                .containsExactly(Map.entry(OfficerPost.TOWNSHIP, 1), Map.entry(OfficerPost.VILLAGE, 2));
        assertThat(budget().byAncestor(DivisionLevel.TOWNSHIP))
                .containsExactly(Map.entry(
                        TOWNSHIP,
                        Map.of(
                                FundingSource.COUNTY_BUDGET,
                                Money.parse("8399.98"),
                                FundingSource.EMPLOYMENT_FUND,
                                Money.parse("19200.00"))));
    }

    static Stream<Arguments> vacancies() {
        return Stream.of(
                arguments("629902201202", "2024-01", "333.34"),
                arguments("629902201202", "2024-06", "333.33"),
                arguments("629902201203", "2024-04", "333.34"),
                arguments("629902201203", "2024-12", "333.33"));
    }

    @ParameterizedTest
    @MethodSource("vacancies")
    void aVacantPostIsAShortfallCostingAWholeMonthOfThePost(String unit, String month, String amount) {
        assertThat(budget().shortfalls())
                .filteredOn(s ->
                        s.unit().equals(DivisionCode.parse(unit)) && s.month().equals(YearMonth.parse(month)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(Shortfall.Kind.VACANT_POST);
                    assertThat(s.posts()).isEqualTo(1);
                    assertThat(s.amount()).isEqualTo(Money.parse(amount));
                });
    }

    @Test
    void countsEveryVacantMonth() {
        // village 202 vacant January-June (4 x 333.34 + 2 x 333.33), village 203 the whole year (4,000.00)
        assertThat(budget().shortfalls()).hasSize(18).allMatch(s -> s.kind() == Shortfall.Kind.VACANT_POST);
        assertThat(budget().shortfallTotal(Shortfall.Kind.VACANT_POST)).isEqualTo(Money.parse("6000.02"));
        assertThat(budget().shortfallTotal(Shortfall.Kind.BELOW_FLOOR)).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesAnOfficerOutsideTheUnit() {
        assertThatThrownBy(() -> StipendBudget.of(
                        StipendCalculator.of(COUNTY_B),
                        TOWNSHIP,
                        List.of(officer("629902202201", "2020-01-01", "2026-12-31")),
                        List.of(),
                        YearMonth.of(2024, 1),
                        YearMonth.of(2024, 12)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid budget officer 629902202201: is not within the budget's unit 629902201");
    }

    @Test
    void expectedPostsComeFromTheHierarchysSubtree() {
        org.canlian.core.hierarchy.Hierarchy h = org.canlian.core.hierarchy.Hierarchy.builder(
                        DivisionCode.parse("629902"), "County B (illustrative)")
                .add(DivisionCode.parse("629902001"), "street office")
                .add(DivisionCode.parse("629902001001"), "community")
                .add(DivisionCode.parse("629902201"), "township")
                .add(DivisionCode.parse("629902201201"), "village 201")
                .add(DivisionCode.parse("629902201202"), "village 202")
                .add(DivisionCode.parse("629902201203"), "village 203")
                .build();
        assertThat(ExpectedPost.fromHierarchy(h, DivisionCode.parse("629902"), 3))
                .extracting(ExpectedPost::toString)
                .containsExactly(
                        "629902001 STREET_OFFICE x1", // its principal officer ...
                        "629902001 STREET_OFFICE ADDITIONAL x2", // ... and two further officers
                        "629902001001 COMMUNITY x1",
                        "629902201 TOWNSHIP x1",
                        "629902201201 VILLAGE x1",
                        "629902201202 VILLAGE x1",
                        "629902201203 VILLAGE x1");
        assertThat(ExpectedPost.fromHierarchy(h, TOWNSHIP, 3)).isEqualTo(EXPECTED);
        // One officer per street office: its principal only.
        assertThat(ExpectedPost.fromHierarchy(h, DivisionCode.parse("629902001"), 1))
                .extracting(ExpectedPost::toString)
                .containsExactly("629902001 STREET_OFFICE x1", "629902001001 COMMUNITY x1");
        assertThatThrownBy(() -> ExpectedPost.fromHierarchy(h, DivisionCode.parse("629902001"), 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid expected post count 0: must be at least 1");
    }

    @Test
    void coversItsUnitAndPeriodOfficerByOfficerAndMonthByMonth() {
        StipendBudget budget = budget();
        assertThat(budget.unit()).isEqualTo(TOWNSHIP);
        assertThat(budget.from()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(budget.to()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(budget.months()).hasSize(36);
        assertThat(budget.months().get(13).month()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(budget.months().get(13).officer()).isEqualTo(OFFICERS.get(1));
    }

    @Test
    void totalsByPostAndGradeInMapsThatCannotBeChanged() {
        StipendBudget budget = budget();
        Map<OfficerPost, Map<OfficerGrade, Money>> cost = budget.byPostAndGrade();
        assertThat(cost)
                .isEqualTo(Map.of(
                        OfficerPost.TOWNSHIP, Map.of(OfficerGrade.PRINCIPAL, Money.parse("21600.00")),
                        OfficerPost.VILLAGE, Map.of(OfficerGrade.PRINCIPAL, Money.parse("5999.98"))));
        Map<OfficerPost, Map<OfficerGrade, Integer>> officers = budget.officersByPostAndGrade();
        assertThat(officers)
                .isEqualTo(Map.of(
                        OfficerPost.TOWNSHIP, Map.of(OfficerGrade.PRINCIPAL, 1),
                        OfficerPost.VILLAGE, Map.of(OfficerGrade.PRINCIPAL, 2)));
        Map<OfficerGrade, Money> township = cost.get(OfficerPost.TOWNSHIP);
        assertThatThrownBy(() -> township.put(OfficerGrade.ADDITIONAL, Money.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
        Map<OfficerGrade, Integer> villages = officers.get(OfficerPost.VILLAGE);
        assertThatThrownBy(() -> villages.put(OfficerGrade.ADDITIONAL, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shortfallsComeByUnitThenMonthThenKindAndOfficersBelowTheFloorAddUp() throws Exception {
        // Two township officers below an unfunded floor of 2,000.00 (1,800.00 each), a third township post vacant,
        // and village 201's post vacant, over two months.
        StipendBudget budget = StipendBudget.of(
                StipendCalculator.of(unfundedTownshipFloor("2000.00")),
                TOWNSHIP,
                List.of(
                        officer("629902201", "2020-01-01", "2026-12-31"),
                        officer("629902201", "2020-01-01", "2026-12-31")),
                List.of(
                        ExpectedPost.of(DivisionCode.parse("629902201201"), OfficerPost.VILLAGE, 1),
                        ExpectedPost.of(TOWNSHIP, OfficerPost.TOWNSHIP, 3)),
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 2));
        assertThat(budget.shortfalls())
                .extracting(s -> s.kind() + " " + s.unit() + " " + s.post() + " " + s.grade() + " " + s.month() + " x"
                        + s.posts() + " " + s.amount().toPlainString())
                .containsExactly(
                        "VACANT_POST 629902201 TOWNSHIP PRINCIPAL 2024-01 x1 2040.00",
                        "BELOW_FLOOR 629902201 TOWNSHIP PRINCIPAL 2024-01 x2 3600.00",
                        "VACANT_POST 629902201 TOWNSHIP PRINCIPAL 2024-02 x1 2040.00",
                        "BELOW_FLOOR 629902201 TOWNSHIP PRINCIPAL 2024-02 x2 3600.00",
                        "VACANT_POST 629902201201 VILLAGE PRINCIPAL 2024-01 x1 333.34",
                        "VACANT_POST 629902201201 VILLAGE PRINCIPAL 2024-02 x1 333.34");
        assertThat(budget.shortfalls().get(0)).hasToString("VACANT_POST 629902201 TOWNSHIP 2024-01 x1 2040.00");
    }

    @Test
    void refusesAnExpectedPostThatDoesNotFitItsUnit() {
        assertThatThrownBy(() -> ExpectedPost.of(DivisionCode.parse("629902201201"), OfficerPost.COMMUNITY, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid expected post 629902201201: is not served by a community officer");
    }

    /** County B with the township floor raised to {@code floor} yuan a month and nobody named to pay the top-up. */
    private static org.canlian.rules.policy.PolicySet unfundedTownshipFloor(String floor) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = org.canlian.core.json.CanlianJson.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode file;
        try (java.io.InputStream in =
                StipendBudgetTest.class.getResourceAsStream("/org/canlian/rules/policy/examples/county-b.json")) {
            file = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
        }
        com.fasterxml.jackson.databind.node.ArrayNode parameters =
                (com.fasterxml.jackson.databind.node.ArrayNode) file.get("parameters");
        for (int i = parameters.size() - 1; i >= 0; i--) {
            String key = parameters.get(i).get("parameter").asText();
            if (key.equals("stipend.township.floor.payer")) {
                parameters.remove(i);
            } else if (key.equals("stipend.township.floor.monthly")) {
                parameters
                        .get(i)
                        .get("values")
                        .forEach(v -> ((com.fasterxml.jackson.databind.node.ObjectNode) v).put("value", floor));
            }
        }
        return org.canlian.rules.policy.PolicyFiles.read(
                StipendParameters.catalog(), mapper.writeValueAsString(file), "county-b, floor unfunded");
    }

    @Test
    void anUnfundedFloorIsABelowFloorShortfall() throws Exception {
        StipendBudget budget = StipendBudget.of(
                StipendCalculator.of(unfundedTownshipFloor("2000.00")),
                TOWNSHIP,
                List.of(officer("629902201", "2020-01-01", "2026-12-31")),
                List.of(),
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 2));
        // 2,000.00 floor against 200.00 of work allowance: 1,800.00 a month
        assertThat(budget.shortfallTotal(Shortfall.Kind.BELOW_FLOOR)).isEqualTo(Money.parse("3600.00"));
        assertThat(budget.shortfalls()).allSatisfy(s -> assertThat(s.amount()).isEqualTo(Money.parse("1800.00")));
    }

    /** Issue 10: the below-floor shortfalls were added with {@code +=} and wrapped around to a negative amount. */
    @Test
    void shortfallsBeyondWhatMoneyHoldsFailLoudlyInsteadOfWrappingAround() throws Exception {
        StipendCalculator calculator = StipendCalculator.of(unfundedTownshipFloor("90000000000000000.00"));
        List<Officer> two = List.of(
                officer("629902201", "2020-01-01", "2026-12-31"), officer("629902201", "2020-01-01", "2026-12-31"));
        assertThatThrownBy(() -> StipendBudget.of(
                        calculator, TOWNSHIP, two, List.of(), YearMonth.of(2024, 1), YearMonth.of(2024, 1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
