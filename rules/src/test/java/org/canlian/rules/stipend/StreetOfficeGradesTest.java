package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.rules.stipend.Officers.COUNTY_A;
import static org.canlian.rules.stipend.Officers.officer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A street office may have 3-5 officers on different terms. County A's report: township and street officers are paid
 * at least the county minimum wage with pension and medical insurance from the county budget, and street officers 60
 * yuan a month from the county budget: the street office's principal officer on the first terms, its further officers
 * on the second.
 */
class StreetOfficeGradesTest {
    static final DivisionCode STREET = DivisionCode.parse("629901001");
    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final StipendCalculator CALC = StipendCalculator.of(COUNTY_A);

    static Officer street(OfficerGrade grade) {
        return street(grade, "001");
    }

    /** A street office officer; {@code sequence} tells people apart. */
    static Officer street(OfficerGrade grade, String sequence) {
        String digits = "11010519700101" + sequence;
        return Officer.builder()
                .from(officer("629901001", "2022-01-01", "2026-12-31"))
                .person(ResidentId.parse(digits + ResidentId.checkCharacter(digits), LocalDate.of(2024, 1, 1)))
                .grade(grade)
                .build();
    }

    static Stream<Arguments> termsByGrade() {
        return Stream.of(
                // Minimum wage 1,620.00 (from 2021-10-01) as a floor top-up, 24 % insurance: 388.80.
                Arguments.of(
                        OfficerGrade.PRINCIPAL,
                        "1620.00",
                        "2008.80",
                        List.of(StipendPartKind.FLOOR_TOP_UP, StipendPartKind.SOCIAL_INSURANCE)),
                Arguments.of(OfficerGrade.ADDITIONAL, "60.00", "60.00", List.of(StipendPartKind.LOST_WORK_ALLOWANCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("termsByGrade")
    void officersOfOneStreetOfficeArePaidOnTheirGradesTerms(
            OfficerGrade grade, String due, String cost, List<StipendPartKind> parts) {
        StipendMonth m = CALC.month(street(grade), MARCH);
        assertThat(m.amountDue()).isEqualTo(Money.parse(due));
        assertThat(m.totalCost()).isEqualTo(Money.parse(cost));
        assertThat(m.parts()).extracting(StipendPart::kind).isEqualTo(parts);
        assertThat(m.parts()).extracting(StipendPart::payer).containsOnly(FundingSource.COUNTY_BUDGET);
    }

    @Test
    void theExplanationNamesTheGrade() {
        assertThat(CALC.month(street(OfficerGrade.ADDITIONAL), MARCH)
                        .explanation()
                        .toText(Locale.ENGLISH))
                .contains("1. street office officer (additional officer) (629901001), 2024-03")
                .contains("stipend.street-office.additional.lost-work-allowance");
        assertThat(CALC.month(street(OfficerGrade.ADDITIONAL), MARCH)
                        .explanation()
                        .toText(Locale.CHINA))
                .contains("街道专职委员（增配专职委员）");
    }

    @Test
    void theBudgetSplitsAStreetOfficesOfficersByGradeAndCostsAVacancyAtItsGrade() {
        List<Officer> officers = List.of(
                street(OfficerGrade.PRINCIPAL, "001"),
                street(OfficerGrade.ADDITIONAL, "002"),
                street(OfficerGrade.ADDITIONAL, "003"));
        // Four officers expected (a street office may have 3-5): one principal and three further ones.
        List<ExpectedPost> expected = List.of(
                ExpectedPost.of(STREET, OfficerPost.STREET_OFFICE, 1),
                ExpectedPost.of(STREET, OfficerPost.STREET_OFFICE, OfficerGrade.ADDITIONAL, 3));
        StipendBudget budget = StipendBudget.of(CALC, STREET, officers, expected, MARCH, MARCH);

        assertThat(budget.byPostAndGrade())
                .containsExactly(Map.entry(
                        OfficerPost.STREET_OFFICE,
                        Map.of(
                                OfficerGrade.PRINCIPAL,
                                Money.parse("2008.80"),
                                OfficerGrade.ADDITIONAL,
                                Money.parse("120.00"))));
        assertThat(budget.byPostAndGrade().get(OfficerPost.STREET_OFFICE).keySet())
                .containsExactly(OfficerGrade.PRINCIPAL, OfficerGrade.ADDITIONAL);
        assertThat(budget.officersByPostAndGrade())
                .containsExactly(Map.entry(
                        OfficerPost.STREET_OFFICE, Map.of(OfficerGrade.PRINCIPAL, 1, OfficerGrade.ADDITIONAL, 2)));
        assertThat(budget.byPost()).containsExactly(Map.entry(OfficerPost.STREET_OFFICE, Money.parse("2128.80")));
        assertThat(budget.byFundingSource())
                .containsExactly(Map.entry(FundingSource.COUNTY_BUDGET, Money.parse("2128.80")));
        assertThat(budget.shortfalls())
                .extracting(Shortfall::toString)
                .containsExactly("VACANT_POST 629901001 STREET_OFFICE ADDITIONAL 2024-03 x1 60.00");
    }

    @Test
    void aGradeAPolicyDoesNotSetIsPaidNothingAndSaysSo() {
        // County A sets no terms for a village's further officer: no part is paid (the policy's rule for any part).
        Officer second = Officer.builder()
                .from(officer("629901101201", "2022-01-01", "2026-12-31"))
                .grade(OfficerGrade.ADDITIONAL)
                .build();
        StipendMonth m = CALC.month(second, MARCH);
        assertThat(m.amountDue()).isEqualTo(Money.ZERO);
        assertThat(CALC.month(officer("629901101201", "2022-01-01", "2026-12-31"), MARCH)
                        .amountDue())
                .isEqualTo(Money.parse("60.00"));
    }

    @Test
    void theParametersOfAFurtherOfficerHaveTheirOwnKeys() {
        assertThat(StipendParameters.forPost(OfficerPost.STREET_OFFICE, OfficerGrade.ADDITIONAL)
                        .part(StipendPartKind.LOST_WORK_ALLOWANCE)
                        .key())
                .isEqualTo("stipend.street-office.additional.lost-work-allowance");
        assertThat(StipendParameters.forPost(OfficerPost.STREET_OFFICE, OfficerGrade.PRINCIPAL))
                .isSameAs(StipendParameters.forPost(OfficerPost.STREET_OFFICE));
        assertThat(StipendParameters.catalog().definitions())
                .extracting(d -> d.key())
                .contains(
                        "stipend.street-office.additional.floor.minimum-wage",
                        "stipend.village.additional.floor.yearly");
    }
}
