package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.policy.TestPolicies.entry;
import static org.canlian.rules.policy.TestPolicies.file;
import static org.canlian.rules.policy.TestPolicies.value;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A policy set's names, what it sets where, and reforms and merges built from other sets. */
class PolicySetTest {
    private static final PolicySet BASE = TestPolicies.base();
    private static final DivisionCode COUNTY = DivisionCode.parse("629901");

    static Stream<Arguments> setFor() {
        return Stream.of(
                // parameter, region, whether the region or an ancestor sets it
                arguments(TestPolicies.YEARLY, "629901", true),
                arguments(TestPolicies.YEARLY, "629901101203", true),
                arguments(TestPolicies.YEARLY, "629902", false),
                arguments(TestPolicies.YEARLY, "62", false),
                arguments(TestPolicies.COUNT, "629902101", true),
                arguments(ParameterDefinitionTest.ONE_OFF, "629901", false));
    }

    @ParameterizedTest
    @MethodSource("setFor")
    void aParameterIsSetForARegionWhenItOrAnAncestorSetsIt(
            ParameterDefinition<?> parameter, String region, boolean set) {
        assertThat(BASE.isSetFor(parameter, DivisionCode.parse(region))).isEqualTo(set);
    }

    @Test
    void aSetNamesItsParametersAndRegions() {
        assertThat(BASE.name()).isEqualTo("test");
        assertThat(BASE.named("临泽县 2024").name()).isEqualTo("临泽县 2024");
        assertThat(BASE.catalog()).isSameAs(TestPolicies.CATALOG);
        assertThat(BASE.parameterKeys())
                .containsExactly(
                        "test.allowance",
                        "test.area",
                        "test.count",
                        "test.flag",
                        "test.rate",
                        "test.rule",
                        "test.validity",
                        "test.yearly");
        assertThat(BASE.regions(TestPolicies.YEARLY)).containsExactly(COUNTY);
        assertThat(BASE.timeline(TestPolicies.YEARLY, COUNTY)).isPresent();
        assertThat(BASE.timeline(TestPolicies.YEARLY, DivisionCode.parse("62"))).isEmpty();
    }

    @Test
    void anEmptySetSetsNothing() {
        PolicySet empty = PolicySet.empty(TestPolicies.CATALOG);
        assertThat(empty.name()).isEqualTo("policy set");
        assertThat(empty.parameterKeys()).isEmpty();
        assertThat(empty.regions(TestPolicies.COUNT)).isEmpty();
        assertThat(empty.isSetFor(TestPolicies.COUNT, COUNTY)).isFalse();
        assertThatThrownBy(() -> empty.lookup(TestPolicies.COUNT, COUNTY, LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(PolicyLookupException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("No value of test.count for 629901 on 2024-01-01: no region from 629901 up to"
                                    + " the nation sets it");
                    assertThat(e.parameter()).isEqualTo("test.count");
                    assertThat(e.region()).isEqualTo(COUNTY);
                    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 1));
                });
    }

    @Test
    void aReformOfAParameterOutsideTheCatalogIsRefused() {
        assertThatThrownBy(() -> BASE.withTimeline(
                        ParameterDefinitionTest.ONE_OFF,
                        COUNTY,
                        Timeline.of(List.of(DatedValue.of(
                                Money.ofYuan(1000),
                                LocalDate.of(2024, 1, 1),
                                Source.of("县财政局", "通知", "一", LocalDate.of(2024, 1, 1)))))))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Invalid policy reform (1 error):\n  test.grant@629901: unknown parameter: not in the"
                        + " catalog");
    }

    /** A reform file: the county's yearly amount from 2021 in two steps, and a higher county allowance from 2022. */
    private static final PolicySet REFORM = PolicyFiles.read(
                    TestPolicies.CATALOG,
                    file(
                            entry(
                                    "test.yearly",
                                    "629901",
                                    value("2021-01-01", "2021-12-31", "\"4500.00\"", "CNY/year"),
                                    value("2022-01-01", null, "\"5000.00\"", "CNY/year")),
                            entry("test.allowance", "629901", value("2022-01-01", null, "\"300.00\"", "CNY/month"))),
                    "reform.json")
            .named("reform");

    static Stream<Arguments> reformed() {
        return Stream.of(
                // parameter, date, value after the reform
                arguments(TestPolicies.YEARLY, "2020-06-01", "4000.00"),
                arguments(TestPolicies.YEARLY, "2021-06-01", "4500.00"),
                arguments(TestPolicies.YEARLY, "2023-06-01", "5000.00"),
                arguments(TestPolicies.ALLOWANCE, "2021-12-01", "250.00"),
                arguments(TestPolicies.ALLOWANCE, "2022-01-01", "300.00"));
    }

    @ParameterizedTest
    @MethodSource("reformed")
    void aReformFileReplacesEachValueFromItsStartDateOn(
            ParameterDefinition<Money> parameter, String date, String expected) {
        PolicySet result = BASE.withValuesFrom(REFORM);
        assertThat(result.name()).isEqualTo("test with reform");
        assertThat(result.lookup(parameter, COUNTY, LocalDate.parse(date)).value())
                .isEqualTo(Money.parse(expected));
    }

    @Test
    void aReformFileSettingAParameterOutsideTheCatalogIsRefused() {
        ParameterCatalog wider =
                TestPolicies.CATALOG.plus(ParameterCatalog.of(List.of(ParameterDefinitionTest.ONE_OFF)));
        PolicySet grant = PolicyFiles.read(
                        wider,
                        file(entry("test.grant", "629901", value("2024-01-01", null, "\"1000.00\"", "CNY"))),
                        "grant.json")
                .named("grant");
        assertThatThrownBy(() -> BASE.withValuesFrom(grant))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Invalid policy grant (1 error):\n  test.grant: unknown parameter: not in the catalog");
    }

    @Test
    void aMergeJoinsNamesCatalogsAndValues() {
        ParameterCatalog wider =
                TestPolicies.CATALOG.plus(ParameterCatalog.of(List.of(ParameterDefinitionTest.ONE_OFF)));
        PolicySet grant = PolicyFiles.read(
                        wider,
                        file(
                                entry("test.grant", "629901", value("2024-01-01", null, "\"1000.00\"", "CNY")),
                                entry("test.yearly", "629902", value("2024-01-01", null, "\"3000.00\"", "CNY/year"))),
                        "grant.json")
                .named("grant");
        PolicySet merged = BASE.merge(grant);
        assertThat(merged.name()).isEqualTo("test + grant");
        assertThat(merged.catalog().contains(ParameterDefinitionTest.ONE_OFF)).isTrue();
        assertThat(merged.lookup(ParameterDefinitionTest.ONE_OFF, COUNTY, LocalDate.of(2024, 2, 1))
                        .value())
                .isEqualTo(Money.ofYuan(1000));
        assertThat(merged.regions(TestPolicies.YEARLY)).containsExactly(COUNTY, DivisionCode.parse("629902"));
        assertThat(merged.lookup(TestPolicies.ALLOWANCE, COUNTY, LocalDate.of(2024, 2, 1))
                        .value())
                .isEqualTo(Money.ofYuan(250));
    }

    @Test
    void aRefusalCountsItsErrors() {
        PolicySet province = PolicyFiles.read(
                TestPolicies.CATALOG,
                file(
                        entry("test.allowance", "62", value("2016-01-01", null, "\"150.00\"", "CNY/month")),
                        entry("test.count", "62", value("2016-01-01", null, "3", "count"))),
                "province.json");
        assertThatThrownBy(() -> province.merge(province))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("Invalid policy merge (2 errors):\n  ");
    }

    static Stream<Arguments> beforeTheFirstValue() {
        return Stream.of(
                // region asked (the county starts in 2018, the province in 2016, the nation in 2010), its message
                arguments("629901101", "its first value is from 2010-01-01 (00)"),
                arguments("629902", "its first value is from 2010-01-01 (00)"));
    }

    @ParameterizedTest
    @MethodSource("beforeTheFirstValue")
    void aDateBeforeEveryValueNamesTheEarliestStartOfTheChain(String region, String why) {
        assertThatThrownBy(() ->
                        BASE.lookup(TestPolicies.ALLOWANCE, DivisionCode.parse(region), LocalDate.of(2009, 12, 31)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage("No value of test.allowance for " + region + " on 2009-12-31: " + why);
    }
}
