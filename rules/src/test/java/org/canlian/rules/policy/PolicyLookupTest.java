package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyLookupTest {
    private static final PolicySet POLICY = TestPolicies.base();

    static Stream<Arguments> lookups() {
        return Stream.of(
                // region asked, date, expected value, region that set it
                arguments("629901101", "2018-03-01", "200.00", "629901"),
                arguments("629901101203", "2020-06-30", "200.00", "629901"),
                arguments("629901101", "2017-03-01", "150.00", "62"),
                arguments("6299", "2017-03-01", "150.00", "62"),
                arguments("629901", "2015-06-01", "100.00", "00"),
                arguments("629901", "2016-01-01", "150.00", "62"),
                arguments("629901", "2020-07-01", "250.00", "629901"),
                arguments("629902", "2016-06-01", "150.00", "62"),
                arguments("629902", "2020-01-01", "120.00", "00"),
                arguments("11", "2010-01-01", "100.00", "00"),
                arguments("00", "2030-01-01", "120.00", "00"));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void findsTheNearestRegionThatSetsAValueOnTheDate(String region, String date, String expected, String setBy) {
        Resolved<Money> r = POLICY.lookup(TestPolicies.ALLOWANCE, DivisionCode.parse(region), LocalDate.parse(date));
        assertThat(r.value()).isEqualTo(Money.parse(expected));
        assertThat(r.region()).isEqualTo(DivisionCode.parse(setBy));
        assertThat(r.requestedRegion()).isEqualTo(DivisionCode.parse(region));
        assertThat(r.carriedForward()).isFalse();
        assertThat(r.warning()).isEmpty();
        assertThat(r.source().issuer()).isEqualTo("test issuer");
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                // benefit date, decision date, expected, set by: the county's July value was published 2020-08-15
                arguments("2020-07-01", "2020-08-01", "120.00", "00"),
                arguments("2020-07-01", "2020-08-15", "250.00", "629901"),
                arguments("2020-03-01", "2020-08-01", "200.00", "629901"),
                arguments("2018-03-01", "2024-09-01", "200.00", "629901"));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void aDecisionSeesOnlyValuesPublishedByItsDate(String benefit, String decision, String expected, String setBy) {
        Resolved<Money> r = POLICY.lookup(
                TestPolicies.ALLOWANCE,
                DivisionCode.parse("629901101"),
                LocalDate.parse(benefit),
                LocalDate.parse(decision),
                GapMode.STRICT);
        assertThat(r.value()).isEqualTo(Money.parse(expected));
        assertThat(r.region()).isEqualTo(DivisionCode.parse(setBy));
        assertThat(r.decisionDate()).contains(LocalDate.parse(decision));
    }

    @Test
    void aDecisionTodayAboutLastMarchUsesLastMarchsValueAfterALaterChange() {
        DivisionCode county = DivisionCode.parse("629901");
        Source decree = Source.of("County A finance bureau", "reform 2024-1", "art. 2", LocalDate.of(2024, 5, 20));
        PolicySet reformed = POLICY.withValueFrom(
                TestPolicies.ALLOWANCE, county, DatedValue.of(Money.ofYuan(300), LocalDate.of(2024, 6, 1), decree));
        LocalDate march = LocalDate.of(2024, 3, 1);
        LocalDate today = LocalDate.of(2024, 9, 1);
        Resolved<Money> r = reformed.lookup(TestPolicies.ALLOWANCE, county, march, today, GapMode.STRICT);
        assertThat(r.value()).isEqualTo(Money.ofYuan(250));
        assertThat(r.datedValue().until()).contains(LocalDate.of(2024, 5, 31));
        assertThat(reformed.lookup(TestPolicies.ALLOWANCE, county, LocalDate.of(2024, 6, 1), today, GapMode.STRICT)
                        .value())
                .isEqualTo(Money.ofYuan(300));
        // The original set is unchanged.
        assertThat(POLICY.lookup(TestPolicies.ALLOWANCE, county, LocalDate.of(2024, 6, 1))
                        .value())
                .isEqualTo(Money.ofYuan(250));
    }

    static Stream<Arguments> strictFailures() {
        return Stream.of(
                arguments(
                        "11",
                        "2009-12-31",
                        "No value of test.allowance for 11 on 2009-12-31: its first value is from 2010-01-01 (00)"),
                arguments(
                        "629901",
                        "2021-03-01",
                        "No value of test.yearly for 629901 on 2021-03-01: the last value (4000.00 CNY/year, 629901)"
                                + " ended on 2020-12-31"),
                arguments(
                        "629902",
                        "2019-06-01",
                        "No value of test.yearly for 629902 on 2019-06-01: no region from 629902 up to the nation"
                                + " sets it"));
    }

    @ParameterizedTest
    @MethodSource("strictFailures")
    void strictLookupRefusesDatesWithoutValue(String region, String date, String message) {
        ParameterDefinition<Money> p = message.contains("test.yearly") ? TestPolicies.YEARLY : TestPolicies.ALLOWANCE;
        assertThatThrownBy(() -> POLICY.lookup(p, DivisionCode.parse(region), LocalDate.parse(date)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(message);
    }

    @Test
    void warnModeCarriesTheEndedValueForwardAndSaysSoInTheResult() {
        Resolved<Money> r = POLICY.lookup(
                TestPolicies.YEARLY, DivisionCode.parse("629901101"), LocalDate.of(2021, 3, 1), GapMode.WARN);
        assertThat(r.value()).isEqualTo(Money.ofYuan(4000));
        assertThat(r.carriedForward()).isTrue();
        assertThat(r.warning())
                .contains("no value applies on 2021-03-01 (the last value (4000.00 CNY/year, 629901) ended on"
                        + " 2020-12-31); carried forward 4000.00 CNY/year from 2019-01-01..2020-12-31 of 629901");
    }

    @Test
    void carryForwardModeCarriesTheEndedValueWithoutWarning() {
        Resolved<Money> r = POLICY.lookup(
                TestPolicies.YEARLY, DivisionCode.parse("629901"), LocalDate.of(2021, 3, 1), GapMode.CARRY_FORWARD);
        assertThat(r.value()).isEqualTo(Money.ofYuan(4000));
        assertThat(r.carriedForward()).isTrue();
        assertThat(r.warning()).isEmpty();
    }

    @Test
    void everyModeRefusesADateBeforeTheFirstValue() {
        for (GapMode mode : GapMode.values()) {
            assertThatThrownBy(() -> POLICY.lookup(
                            TestPolicies.YEARLY, DivisionCode.parse("629901"), LocalDate.of(2018, 12, 31), mode))
                    .isInstanceOf(PolicyLookupException.class)
                    .hasMessageContaining("its first value is from 2019-01-01 (629901)");
        }
    }

    @Test
    void eachUnitReadsAsItsOwnType() {
        DivisionCode county = DivisionCode.parse("629901");
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertThat(POLICY.lookup(TestPolicies.COUNT, county, d).value()).isEqualTo(30L);
        assertThat(POLICY.lookup(TestPolicies.RATE, county, d).value()).isEqualByComparingTo(new BigDecimal("15"));
        assertThat(POLICY.lookup(TestPolicies.VALIDITY, county, d).value()).isEqualTo(Period.ofYears(10));
        assertThat(POLICY.lookup(TestPolicies.FLAG, county, d).value()).isTrue();
        assertThat(POLICY.lookup(TestPolicies.RULE, county, d).value()).isEqualTo(TestPolicies.TestRule.LAST_MONTHS);
        assertThat(POLICY.lookup(TestPolicies.RULE, county, d).formattedValue()).isEqualTo("last-months");
        assertThat(POLICY.lookup(TestPolicies.AREA, county, d).value()).isEqualByComparingTo("1200");
        assertThat(POLICY.lookup(TestPolicies.AREA, county, d).formattedValue()).isEqualTo("1200 m2");
    }

    @Test
    void aSourceMustNameItsIssuerDocumentAndArticle() {
        assertThatThrownBy(() -> Source.of("county", " ", "art. 1", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(org.canlian.core.InvalidValueException.class)
                .hasMessage("Invalid policy source document \"\": a source names its document");
    }

    @Test
    void datedValuesMustNotEndBeforeTheyStart() {
        Source s = Source.of("county", "doc", "art. 1", LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> DatedValue.of(Money.ofYuan(1), LocalDate.of(2020, 1, 1), s)
                        .until(LocalDate.of(2019, 12, 31)))
                .isInstanceOf(org.canlian.core.InvalidValueException.class)
                .hasMessage("Invalid value end date 2019-12-31: is before its start date 2020-01-01");
    }

    @Test
    void aParameterOutsideTheCatalogCannotBeLookedUp() {
        ParameterDefinition<Money> stranger = ParameterDefinition.money("other.amount", Unit.CNY, "其他", "other");
        assertThatThrownBy(() -> POLICY.lookup(stranger, DivisionCode.NATIONAL, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("not in this policy set's catalog");
    }
}
