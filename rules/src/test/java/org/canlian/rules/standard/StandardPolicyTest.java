package org.canlian.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.InForce;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardPolicyTest {
    private static final PolicySet NATIONAL =
            PolicyFiles.readResource(StandardPolicy.catalog(), StandardPolicy.NATIONAL_RESOURCE);
    private static final DivisionCode COUNTY = DivisionCode.parse("620723");
    /** An illustrative county rule: at least 3 officers per street office from 2024. */
    private static final PolicySet COUNTY_RULE = NATIONAL.withValueFrom(
            StandardPolicy.officersMinimum(TownshipKind.STREET_OFFICE),
            COUNTY,
            DatedValue.of(
                    3L,
                    LocalDate.of(2024, 1, 1),
                    Source.of("test county", "rule 1", "art. 1", LocalDate.of(2023, 12, 1))));

    @Test
    void theShippedNationalValuesAreThoseOfDomain() {
        OrganisationStandard fromPolicy = StandardPolicy.standard(NATIONAL, COUNTY, LocalDate.of(2024, 6, 1))
                .value();
        assertThat(fromPolicy.grassrootsOfficersMinimum()).isEqualTo(1);
        assertThat(fromPolicy.associationKinds())
                .as("the charter's villages and communities; not the village-like units (400-599)")
                .containsExactly(VillageKind.URBAN_COMMUNITY, VillageKind.RURAL_VILLAGE);
        assertThat(fromPolicy.activityRoomRequired()).isTrue();
        assertThat(fromPolicy.specialAssociationOfficeRequired()).isTrue();
        assertThat(fromPolicy.townshipOfficers())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        TownshipKind.STREET_OFFICE, OfficerRange.of(1, 5),
                        TownshipKind.TOWN, OfficerRange.atLeast(1),
                        TownshipKind.TOWNSHIP, OfficerRange.atLeast(1),
                        TownshipKind.TOWNSHIP_LIKE, OfficerRange.atLeast(1)));
        assertThat(fromPolicy.specialAssociationBudgetFloors())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DivisionLevel.PREFECTURE, Money.ofYuan(10_000), DivisionLevel.COUNTY, Money.ofYuan(5_000)));
        assertThat(fromPolicy.disabledStaffShareMinimum()).isEqualByComparingTo("0.15");
        assertThat(fromPolicy.facilityFloorAreaBands())
                .containsExactly(
                        FloorAreaBand.of(0, 800), FloorAreaBand.of(600_000, 1_000), FloorAreaBand.of(800_000, 1_200));
        assertThat(fromPolicy.specialAssociationLevels())
                .containsExactlyInAnyOrder(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY);
        assertThat(fromPolicy.specialAssociationKinds()).hasSize(5);
        assertThat(fromPolicy.source())
                .startsWith("policy for 620723 on 2024-06-01: standard.grassroots-officers.minimum = 1 count (00), ")
                .contains("standard.association.required.urban-community = true (00),"
                        + " standard.association.required.rural-village = true (00),"
                        + " standard.association.required.village-like = false (00)")
                .endsWith("; sources: [seed] county and city federation work reports, work reports, 2009-2024:"
                        + " grassroots officers;"
                        + " 中国残疾人联合会 (China Disabled Persons' Federation), 中国残疾人联合会章程 (CDPF charter), as"
                        + " amended by the 5th national congress, 2008-11-12;"
                        + " [seed] county and city federation work reports, work reports, 2009-2024: standards of the"
                        + " grassroots and of service facilities; [seed] county and city federation work reports, work"
                        + " reports, 2009-2024: the special associations");
    }

    static Stream<Arguments> streetOfficeRanges() {
        return Stream.of(
                arguments("620723", "2023-12-31", 1),
                arguments("620723", "2024-01-01", 3),
                arguments("620723001", "2025-05-01", 3),
                arguments("620702", "2025-05-01", 1));
    }

    @ParameterizedTest
    @MethodSource("streetOfficeRanges")
    void aCountysOwnValueAppliesToItsUnitsFromItsDate(String region, String date, int minimum) {
        OfficerRange range = StandardPolicy.standard(COUNTY_RULE, DivisionCode.parse(region), LocalDate.parse(date))
                .value()
                .townshipOfficers()
                .get(TownshipKind.STREET_OFFICE);
        assertThat(range.minimum()).isEqualTo(minimum);
        assertThat(range.maximum()).contains(5);
    }

    @Test
    void aDecisionMadeBeforeTheCountysRuleWasPublishedUsesTheNationalRange() {
        // The county's rule (at least 3 per street office from 2024-01-01) was published on 2023-12-01.
        PolicyView view = PolicyView.of(COUNTY_RULE, COUNTY, LocalDate.of(2024, 6, 1));
        assertThat(StandardPolicy.standard(view).value().townshipOfficers().get(TownshipKind.STREET_OFFICE))
                .isEqualTo(OfficerRange.of(3, 5));
        InForce<OrganisationStandard> asKnown = StandardPolicy.standard(view.asKnownOn(LocalDate.of(2023, 11, 1)));
        assertThat(asKnown.value().townshipOfficers().get(TownshipKind.STREET_OFFICE))
                .isEqualTo(OfficerRange.of(1, 5));
        assertThat(asKnown.value().source()).startsWith("policy for 620723 on 2024-06-01 as known on 2023-11-01: ");
        assertThat(asKnown.parametersUsed())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.decisionDate()).contains(LocalDate.of(2023, 11, 1)));
    }

    @Test
    void theConvenientFormsReadThroughAPolicyView() {
        LocalDate date = LocalDate.of(2024, 6, 1);
        assertThat(StandardPolicy.standard(COUNTY_RULE, COUNTY, date))
                .isEqualTo(StandardPolicy.standard(PolicyView.of(COUNTY_RULE, COUNTY, date)));
        assertThat(StandardPolicy.standard(COUNTY_RULE, COUNTY, date, GapMode.CARRY_FORWARD))
                .isEqualTo(StandardPolicy.standard(
                        PolicyView.of(COUNTY_RULE, COUNTY, date).withGap(GapMode.CARRY_FORWARD)));
    }

    @Test
    void budgetFloorsComeFromThePolicyAndLevelsWithoutOneHaveNone() {
        OrganisationStandard s = StandardPolicy.standard(NATIONAL, COUNTY, LocalDate.of(2024, 6, 1))
                .value();
        assertThat(s.budgetFloor(DivisionLevel.COUNTY)).contains(Money.ofYuan(5000));
        assertThat(s.budgetFloor(DivisionLevel.PREFECTURE)).contains(Money.ofYuan(10000));
        assertThat(s.budgetFloor(DivisionLevel.PROVINCE)).isEmpty();
    }

    /** A row: the parameter, looked up in the test (PIT credits a kill only to code run inside the test), and key. */
    private static Arguments row(Supplier<ParameterDefinition<?>> lookup, String key) {
        return arguments(lookup, key);
    }

    static Stream<Arguments> parameterKeys() {
        return Stream.of(
                row(
                        () -> StandardPolicy.officersMinimum(TownshipKind.STREET_OFFICE),
                        "standard.township-officers.street-office.minimum"),
                row(
                        () -> StandardPolicy.officersMaximum(TownshipKind.STREET_OFFICE),
                        "standard.township-officers.street-office.maximum"),
                row(
                        () -> StandardPolicy.officersMinimum(TownshipKind.TOWNSHIP_LIKE),
                        "standard.township-officers.township-like.minimum"),
                row(() -> StandardPolicy.officersMaximum(TownshipKind.TOWN), "standard.township-officers.town.maximum"),
                row(
                        () -> StandardPolicy.budgetFloor(DivisionLevel.PREFECTURE),
                        "standard.special-association.budget-floor.prefecture"),
                row(
                        () -> StandardPolicy.budgetFloor(DivisionLevel.COUNTY),
                        "standard.special-association.budget-floor.county"),
                row(
                        () -> StandardPolicy.associationRequired(VillageKind.URBAN_COMMUNITY),
                        "standard.association.required.urban-community"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("parameterKeys")
    void eachThresholdHasTheKeyPolicyFilesUse(Supplier<ParameterDefinition<?>> lookup, String key) {
        ParameterDefinition<?> parameter = lookup.get();
        assertThat(parameter.key()).isEqualTo(key);
        assertThat(StandardPolicy.catalog().definitions()).contains(parameter);
    }

    @Test
    void beforeTheFirstValueThereIsNoStandard() {
        assertThatThrownBy(() -> StandardPolicy.standard(NATIONAL, COUNTY, LocalDate.of(2008, 12, 31)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("its first value is from 2009-01-01 (00)");
    }
}
