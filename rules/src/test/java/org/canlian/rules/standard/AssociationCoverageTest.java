package org.canlian.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.standard.StandardCheckTest.c;
import static org.canlian.rules.standard.StandardCheckTest.officer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.InForce;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which village-level units must have an association is policy: a county counts the associations that must exist,
 * kind by kind, as it reports them.
 */
class AssociationCoverageTest {
    static final DivisionCode COUNTY = c("629903");
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    static GrassrootsAssociation withOfficer(DivisionCode unit) {
        return GrassrootsAssociation.builder()
                .formed(true)
                .addOfficers(officer(unit.value()))
                .activityRoom(true)
                .build();
    }

    /**
     * A county of 11 townships and 2 street offices, 190 administrative villages and 18 communities, of which 142
     * villages and all 18 communities have an association with one officer (a county's report of the seeds); the
     * code is illustrative.
     */
    static HierarchyFacts reportedCounty() {
        Hierarchy.Builder tree = Hierarchy.builder(COUNTY, "示例县");
        List<DivisionCode> villages = new java.util.ArrayList<>();
        List<DivisionCode> communities = new java.util.ArrayList<>();
        for (int t = 0; t < 11; t++) {
            DivisionCode township = c("629903" + (200 + t));
            tree.add(township, "乡" + t);
            for (int v = 0; v < (t < 3 ? 18 : 17); v++) { // 3 x 18 + 8 x 17 = 190
                DivisionCode village = c(township.value() + (200 + v));
                tree.add(village, "村" + t + "-" + v);
                villages.add(village);
            }
        }
        for (int s = 1; s <= 2; s++) {
            DivisionCode street = c("62990300" + s);
            tree.add(street, "街道" + s);
            for (int k = 1; k <= 9; k++) {
                DivisionCode community = c(street.value() + "00" + k);
                tree.add(community, "社区" + s + "-" + k);
                communities.add(community);
            }
        }
        Hierarchy county = tree.build();
        HierarchyFacts.Builder facts = HierarchyFacts.builder(county);
        for (int i = 0; i < villages.size(); i++) {
            facts.association(
                    villages.get(i), i < 142 ? withOfficer(villages.get(i)) : GrassrootsAssociation.NOT_FORMED);
        }
        communities.forEach(u -> facts.association(u, withOfficer(u)));
        return facts.build();
    }

    @Test
    void aCountyReportsItsRatesByKindAndCombined() {
        HierarchyFacts facts = reportedCounty();
        RollUp county = StandardCheck.rollUps(facts.hierarchy(), facts, StandardCheckTest.STANDARD)
                .of(COUNTY)
                .orElseThrow();
        assertThat(county.byKind()).containsOnlyKeys(VillageKind.URBAN_COMMUNITY, VillageKind.RURAL_VILLAGE);
        GrassrootsRates villages = county.byKind().get(VillageKind.RURAL_VILLAGE);
        assertThat(villages.formed()).hasToString("142/190 (74.7 %)");
        assertThat(villages.officersAppointed()).hasToString("142/190 (74.7 %)");
        assertThat(county.byKind().get(VillageKind.URBAN_COMMUNITY).formed()).hasToString("18/18 (100.0 %)");
        assertThat(county.formed()).hasToString("160/208 (76.9 %)");
        assertThat(county.officersAppointed()).hasToString("160/208 (76.9 %)");
        assertThat(county.townshipOfficers()).isEqualTo(Rate.of(0, 13));
    }

    @Test
    void theReportPrintsTheRatesOfEachKind() {
        HierarchyFacts facts = reportedCounty();
        String text = StandardReportText.render(
                StandardCheck.check(facts.hierarchy(), facts, StandardCheckTest.STANDARD), COUNTY, 0);
        assertThat(text)
                .contains("  残协成立 associations formed 160/208 (76.9 %) · 专职委员配备 officers appointed 160/208 (76.9 %)")
                .contains("    社区 urban community: 残协成立 formed 18/18 (100.0 %) · 专职委员 officers 18/18 (100.0 %)")
                .contains("    村 rural village: 残协成立 formed 142/190 (74.7 %) · 专职委员 officers 142/190 (74.7 %)");
    }

    /** A town with two villages, a community and a farm's living area (village-like, 400-599). */
    static final Hierarchy TOWN = Hierarchy.builder(c("620723"), "临泽县")
            .add(c("620723101"), "沙河镇")
            .add(c("620723101001"), "乐民社区")
            .add(c("620723101201"), "五里墩村")
            .add(c("620723101202"), "化音村")
            .add(c("620723500"), "农场")
            .add(c("620723500498"), "农场生活区")
            .build();

    static Stream<Arguments> whoIsCounted() {
        return Stream.of(
                Arguments.of(
                        "national: villages and communities",
                        EnumSet.of(VillageKind.URBAN_COMMUNITY, VillageKind.RURAL_VILLAGE),
                        false,
                        "2/3 (66.7 %)"),
                Arguments.of(
                        "a region that requires village-like units too",
                        EnumSet.allOf(VillageKind.class),
                        false,
                        "2/4 (50.0 %)"),
                Arguments.of(
                        "village-like required, but the unit marked as needing none",
                        EnumSet.allOf(VillageKind.class),
                        true,
                        "2/3 (66.7 %)"),
                Arguments.of("rural villages only", EnumSet.of(VillageKind.RURAL_VILLAGE), false, "1/2 (50.0 %)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoIsCounted")
    void onlyUnitsThatMustHaveAnAssociationAreCounted(
            String name, Set<VillageKind> required, boolean farmNeedsNone, String formed) {
        HierarchyFacts.Builder b = HierarchyFacts.builder(TOWN)
                .association(c("620723101001"), withOfficer(c("620723101001")))
                .association(c("620723101201"), withOfficer(c("620723101201")))
                .association(c("620723101202"), GrassrootsAssociation.NOT_FORMED);
        if (farmNeedsNone) {
            b.association(c("620723500498"), GrassrootsAssociation.noneNeeded("农场生活区，由农场残联服务"));
        }
        OrganisationStandard standard = StandardCheckTest.STANDARD.toBuilder()
                .associationKinds(required)
                .build();
        StandardReport report = StandardCheck.check(TOWN, b.build(), standard);
        assertThat(report.unit(c("620723")).orElseThrow().rollUp().orElseThrow().formed())
                .hasToString(formed);
        boolean farmCounted = required.contains(VillageKind.VILLAGE_LIKE) && !farmNeedsNone;
        assertThat(report.unit(c("620723500498")).orElseThrow().findings())
                .extracting(Finding::outcome)
                .isEqualTo(
                        farmCounted
                                ? List.of(Outcome.NOT_REPORTED, Outcome.NOT_REPORTED, Outcome.NOT_REPORTED)
                                : List.of());
    }

    @Test
    void whichKindsMustHaveAnAssociationIsDatedRegionalPolicy() {
        PolicySet policy = StandardPolicy.national()
                .withValueFrom(
                        StandardPolicy.associationRequired(VillageKind.VILLAGE_LIKE),
                        c("620723"),
                        DatedValue.of(
                                true,
                                LocalDate.of(2025, 1, 1),
                                Source.of("test county", "rule 2", "art. 1", LocalDate.of(2024, 12, 1))));
        assertThat(StandardPolicy.standard(StandardPolicy.national(), c("620723"), DAY)
                        .value()
                        .associationKinds())
                .containsExactly(VillageKind.URBAN_COMMUNITY, VillageKind.RURAL_VILLAGE);
        assertThat(StandardPolicy.standard(policy, c("620723"), LocalDate.of(2024, 12, 31))
                        .value()
                        .associationKinds())
                .doesNotContain(VillageKind.VILLAGE_LIKE);
        InForce<OrganisationStandard> from2025 = StandardPolicy.standard(policy, c("620723"), LocalDate.of(2025, 1, 1));
        assertThat(from2025.value().associationKinds()).contains(VillageKind.VILLAGE_LIKE);
        assertThat(from2025.value().source())
                .contains("standard.association.required.village-like = true (620723)")
                .contains("中国残疾人联合会章程 (CDPF charter)");
        assertThat(StandardPolicy.standard(policy, c("620702"), LocalDate.of(2025, 1, 1))
                        .value()
                        .associationKinds())
                .as("another county keeps the national rule")
                .doesNotContain(VillageKind.VILLAGE_LIKE);
    }

    @Test
    void aTreeRootedAtAVillageRollsUpItsOwnUnit() {
        Hierarchy village = Hierarchy.builder(c("620723101201"), "五里墩村").build();
        HierarchyFacts facts = HierarchyFacts.builder(village)
                .association(c("620723101201"), withOfficer(c("620723101201")))
                .build();
        RollUp own = StandardCheck.rollUps(village, facts, StandardCheckTest.STANDARD)
                .at(0);
        assertThat(own.formed()).isEqualTo(Rate.of(1, 1));
        assertThat(own.byKind().get(VillageKind.RURAL_VILLAGE).formed()).isEqualTo(Rate.of(1, 1));
        assertThat(own.byKind().get(VillageKind.URBAN_COMMUNITY).formed()).isEqualTo(Rate.of(0, 0));
    }

    @Test
    void aStandardRequiresAssociationsOfSomeKind() {
        assertThatThrownBy(() -> StandardCheckTest.STANDARD.toBuilder()
                        .associationKinds(Set.of())
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid association kinds []: name at least one kind of village-level unit that must have"
                        + " an association (e.g. RURAL_VILLAGE)");
        assertThatThrownBy(() -> GrassrootsAssociation.noneNeeded(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid grassroots association reason \" \": say why the unit needs no association");
    }
}
