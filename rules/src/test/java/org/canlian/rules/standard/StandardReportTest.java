package org.canlian.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.rules.standard.StandardCheckTest.STANDARD;
import static org.canlian.rules.standard.StandardCheckTest.TREE;
import static org.canlian.rules.standard.StandardCheckTest.c;
import static org.canlian.rules.standard.StandardCheckTest.facts;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Set;
import java.util.stream.Stream;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a county reads of its self-check: the units that missed a criterion, the rates of each federation's subtree
 * kind by kind, and the text, line by line (甘肃 > 张掖 > 临泽县 and 甘州区 of {@link StandardCheckTest}).
 */
class StandardReportTest {
    /** Computed by each test: PIT swaps mutated classes into a running JVM, where a static report would be stale. */
    static StandardReport report() {
        return StandardCheck.check(TREE, facts(), STANDARD);
    }

    @Test
    void listsTheUnitsThatMissedACriterionNotThoseThatOnlyDidNotReport() {
        assertThat(report().unitsMissing())
                .extracting(UnitFindings::code)
                .containsExactly(c("620723101201"), c("620723102"), c("620723102201"));
        assertThat(report().unit(c("620723101201")).orElseThrow().missed())
                .containsExactly(Finding.of(Criterion.ACTIVITY_ROOM, Outcome.MISSED, "none", "activity room"));
        assertThat(report().unit(c("620723101202")).orElseThrow().notReported())
                .extracting(Finding::criterion)
                .containsExactly(Criterion.ASSOCIATION_FORMED, Criterion.ASSOCIATION_OFFICERS, Criterion.ACTIVITY_ROOM);
        assertThat(report().unit(c("620723101202")).orElseThrow().missed()).isEmpty();
        assertThat(report().unit(c("620723101201")).orElseThrow().notReported()).isEmpty();
        assertThat(report().unit(c("620723999"))).isEmpty();
    }

    static Stream<Arguments> ratesByKind() {
        return Stream.of(
                // 临泽县: 乐民社区 formed; 五里墩村 formed without room, 化音村 not reported, 新华村 not formed.
                arguments("620723", VillageKind.URBAN_COMMUNITY, "1/1 (100.0 %)", "1/1 (100.0 %)", 0L),
                arguments("620723", VillageKind.RURAL_VILLAGE, "1/3 (33.3 %)", "0/3 (0.0 %)", 1L),
                arguments("620723101", VillageKind.RURAL_VILLAGE, "1/2 (50.0 %)", "0/2 (0.0 %)", 1L),
                arguments("620723102", VillageKind.RURAL_VILLAGE, "0/1 (0.0 %)", "0/1 (0.0 %)", 0L),
                // 甘州区: one street office with one community, and no village.
                arguments("620702", VillageKind.URBAN_COMMUNITY, "1/1 (100.0 %)", "1/1 (100.0 %)", 0L),
                arguments("620702", VillageKind.RURAL_VILLAGE, "0/0 (-)", "0/0 (-)", 0L),
                arguments("62", VillageKind.URBAN_COMMUNITY, "2/2 (100.0 %)", "2/2 (100.0 %)", 0L),
                arguments("62", VillageKind.RURAL_VILLAGE, "1/3 (33.3 %)", "0/3 (0.0 %)", 1L),
                arguments("00", VillageKind.RURAL_VILLAGE, "1/3 (33.3 %)", "0/3 (0.0 %)", 1L));
    }

    @ParameterizedTest(name = "{0} {1}: formed {2}, rooms {3}")
    @MethodSource("ratesByKind")
    void eachFederationCountsItsSubtreeKindByKind(
            String unit, VillageKind kind, String formed, String rooms, long notReported) {
        GrassrootsRates rates = StandardCheck.rollUps(TREE, facts(), STANDARD)
                .of(c(unit))
                .orElseThrow()
                .byKind()
                .get(kind);
        assertThat(rates.formed()).hasToString(formed);
        assertThat(rates.officersAppointed()).hasToString(formed);
        assertThat(rates.activityRooms()).hasToString(rooms);
        assertThat(rates.notReported()).isEqualTo(notReported);
    }

    static Stream<Arguments> subtreeCounts() {
        return Stream.of(
                arguments("00", 3, 5),
                arguments("62", 3, 5),
                arguments("620723", 2, 4),
                arguments("620723101", 2, 3),
                arguments("620702001", 1, 1),
                arguments("620723101201", 1, 1),
                arguments("620723101202", 0, 1));
    }

    @ParameterizedTest(name = "{0}: {1} formed of {2}")
    @MethodSource("subtreeCounts")
    void countsAssociationsFormedAtEachPositionOfTheTree(String unit, int formed, int villages) {
        RollUps rollUps = StandardCheck.rollUps(TREE, facts(), STANDARD);
        int i = TREE.indexOf(c(unit));
        assertThat(rollUps.formedAt(i)).isEqualTo(formed);
        assertThat(rollUps.villagesAt(i)).isEqualTo(villages);
    }

    @Test
    void aVillageOrAnUnknownCodeHasNoFederationRollUp() {
        RollUps rollUps = StandardCheck.rollUps(TREE, facts(), STANDARD);
        assertThat(rollUps.of(c("620723101201"))).isEmpty();
        assertThat(rollUps.of(c("620723999"))).isEmpty();
        assertThat(rollUps.of(c("620723101"))).isPresent();
    }

    @Test
    void aVillageNotReportedCountsInItsOwnKindOnly() {
        Hierarchy village = Hierarchy.builder(c("620723101202"), "化音村").build();
        RollUp own = StandardCheck.rollUps(
                        village, HierarchyFacts.builder(village).build(), STANDARD)
                .at(0);
        assertThat(own.notReported()).isEqualTo(1);
        assertThat(own.byKind().get(VillageKind.RURAL_VILLAGE).notReported()).isEqualTo(1);
        assertThat(own.byKind().get(VillageKind.RURAL_VILLAGE).formed()).isEqualTo(Rate.of(0, 1));
        assertThat(own.byKind().get(VillageKind.URBAN_COMMUNITY).notReported()).isZero();
        assertThat(own.byKind().get(VillageKind.URBAN_COMMUNITY).formed()).isEqualTo(Rate.of(0, 0));
    }

    static Stream<Arguments> citations() {
        return Stream.of(
                arguments(
                        "policy for 620723 on 2024-06-01: a = 1 (00), b = 2 (00); sources: 某县残联, 通知",
                        "policy for 620723 on 2024-06-01; 依据 sources: 某县残联, 通知"),
                // A standard built by hand cites what its author wrote, unchanged.
                arguments("county federation's 2024 self-check rules", "county federation's 2024 self-check rules"),
                arguments("county rules: art. 3", "county rules: art. 3"),
                arguments("county rules; sources: art. 3", "county rules; sources: art. 3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("citations")
    void theHeadingCitesWhereAndWhenTheStandardIsInForceAndItsSources(String source, String heading) {
        StandardReport report =
                StandardReport.builder().from(report()).standardSource(source).build();
        assertThat(StandardReportText.render(report, c("620702001001"), 0))
                .startsWith("组织建设标准 Organisation standard: " + heading + "\n");
    }

    @Test
    void rendersACountyAndItsTownsWithTheUnitsBelowThatMissedOrDidNotReport() {
        // Rural villages only, no activity room required, no special associations: a short self-check.
        OrganisationStandard villagesOnly = STANDARD.toBuilder()
                .associationKinds(Set.of(VillageKind.RURAL_VILLAGE))
                .activityRoomRequired(false)
                .specialAssociationLevels(Set.of())
                .build();
        StandardReport report = StandardReport.builder()
                .from(StandardCheck.check(TREE, facts(), villagesOnly))
                .standardSource("county rules")
                .build();
        assertThat(StandardReportText.render(report, c("620723"), 1))
                .isEqualTo(String.join(
                        "\n",
                        "组织建设标准 Organisation standard: county rules",
                        "临泽县 620723 · 县残联 county federation",
                        "  残协成立 associations formed 1/3 (33.3 %) · 专职委员配备 officers appointed 1/3 (33.3 %)"
                                + " · 活动室 activity rooms 0/3 (0.0 %)",
                        "  乡镇（街道）专职委员 township officers 1/2 (50.0 %) · 未报 not reported: 1",
                        "  [达标 met] 综合服务设施面积 service facility floor area: 800 m² (population 148,000)"
                                + " (required: at least 800 m² (population under 600,000))",
                        "  沙河镇 620723101 · 镇残联 town federation",
                        "    残协成立 associations formed 1/2 (50.0 %) · 专职委员配备 officers appointed 1/2 (50.0 %)"
                                + " · 活动室 activity rooms 0/2 (0.0 %)",
                        "    乡镇（街道）专职委员 township officers 1/1 (100.0 %) · 未报 not reported: 1",
                        "    [达标 met] 乡镇（街道）专职委员 township officers: 1 (required: at least 1)",
                        "    未达标或未报 missed or not reported:",
                        "      620723101202 化音村: 残协成立 association formed 未报 not reported (-, required formed);"
                                + " 专职委员配备 officers appointed 未报 not reported (-, required at least 1)",
                        "  新华镇 620723102 · 镇残联 town federation",
                        "    残协成立 associations formed 0/1 (0.0 %) · 专职委员配备 officers appointed 0/1 (0.0 %)"
                                + " · 活动室 activity rooms 0/1 (0.0 %)",
                        "    乡镇（街道）专职委员 township officers 0/1 (0.0 %)",
                        "    [未达标 missed] 乡镇（街道）专职委员 township officers: 0 (required: at least 1)",
                        "    未达标或未报 missed or not reported:",
                        "      620723102201 新华村: 残协成立 association formed 未达标 missed (not formed, required formed);"
                                + " 专职委员配备 officers appointed 未达标 missed (0, required at least 1)",
                        ""));
    }

    static Stream<Arguments> nationalStandardLines() {
        return Stream.of(
                arguments(
                        "620723",
                        0,
                        "    村 rural village: 残协成立 formed 1/3 (33.3 %) · 专职委员 officers 1/3 (33.3 %)"
                                + " · 活动室 rooms 0/3 (0.0 %)\n"),
                arguments(
                        "620723",
                        0,
                        "\n  [达标 met] 专门协会成立 special association present · 盲人协会 blind persons' association:"
                                + " present (required: present)\n"),
                arguments(
                        "620723",
                        0,
                        "\n  未达标或未报 missed or not reported:\n"
                                + "    620723101201 五里墩村: 活动室 activity room 未达标 missed (none, required activity"
                                + " room)\n"),
                // No unit below 甘州区 missed anything, and none failed to report: no such line, and no count of 0.
                arguments("620702", 0, "\n  乡镇（街道）专职委员 township officers 1/1 (100.0 %)\n  [未报 not reported]"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("nationalStandardLines")
    void rendersEachLineOfTheNationalSelfCheck(String unit, int depth, String lines) {
        String text = StandardReportText.render(report(), c(unit), depth);
        assertThat(text).contains(lines);
        assertThat(text.split("未达标或未报", -1)).hasSize(unit.equals("620702") ? 1 : 2);
    }

    @Test
    void aStandardOfOneKindPrintsNoRatesKindByKind() {
        OrganisationStandard villagesOnly = STANDARD.toBuilder()
                .associationKinds(Set.of(VillageKind.RURAL_VILLAGE))
                .build();
        String text = StandardReportText.render(StandardCheck.check(TREE, facts(), villagesOnly), c("620723"), 0);
        assertThat(text)
                .contains("  残协成立 associations formed 1/3 (33.3 %)")
                .doesNotContain("村 rural village:")
                .doesNotContain("社区 urban community:");
    }
}
