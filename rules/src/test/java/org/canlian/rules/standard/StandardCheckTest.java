package org.canlian.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.hierarchy.FederationFacts;
import org.canlian.core.hierarchy.Governance;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.hierarchy.SpecialAssociation;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.json.JsonInputException;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardCheckTest {
    /** The national standard in force, from the shipped policy data (county and city federation work reports). */
    static final OrganisationStandard STANDARD = StandardPolicy.standard(
                    StandardPolicy.national(), DivisionCode.parse("620723"), LocalDate.of(2024, 6, 1))
            .value();

    static DivisionCode c(String digits) {
        return DivisionCode.parse(digits);
    }

    /** 甘肃 > 张掖 > 临泽县 (two towns, four villages) and 甘州区 (one street office with one community). */
    static final Hierarchy TREE = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国")
            .add(c("62"), "甘肃省")
            .add(c("6207"), "张掖市")
            .add(c("620723"), "临泽县")
            .add(c("620723101"), "沙河镇")
            .add(c("620723101001"), "乐民社区")
            .add(c("620723101201"), "五里墩村")
            .add(c("620723101202"), "化音村")
            .add(c("620723102"), "新华镇")
            .add(c("620723102201"), "新华村")
            .add(c("620702"), "甘州区")
            .add(c("620702001"), "东街街道")
            .add(c("620702001001"), "东环路社区")
            .build();

    static Officer officer(String unit) {
        DivisionCode code = c(unit);
        return Officer.builder()
                .person(ResidentId.parse("11010519491231002X"))
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(code)
                .post(OfficerPost.forUnit(code).orElseThrow())
                .openSelection(true)
                .contractStart(LocalDate.of(2024, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31))
                .combinesPublicWelfarePost(false)
                .build();
    }

    static GrassrootsAssociation association(String unit, int officers, boolean room) {
        return GrassrootsAssociation.builder()
                .formed(true)
                .officers(IntStream.range(0, officers)
                        .mapToObj(i -> officer(unit))
                        .toList())
                .activityRoom(room)
                .build();
    }

    static FederationFacts township(String unit, int officers) {
        return FederationFacts.builder()
                .officers(IntStream.range(0, officers)
                        .mapToObj(i -> officer(unit))
                        .toList())
                .build();
    }

    static List<SpecialAssociation> allFive(Money budget) {
        return Stream.of(SpecialAssociationKind.values())
                .map(k -> SpecialAssociation.of(k, true, 1, budget))
                .toList();
    }

    /** Facts: one village unreported, one without room, the street office with one officer. */
    static HierarchyFacts facts() {
        return HierarchyFacts.builder(TREE)
                .association(c("620723101001"), association("620723101001", 1, true))
                .association(c("620723101201"), association("620723101201", 1, false))
                .association(c("620723102201"), GrassrootsAssociation.NOT_FORMED)
                .association(c("620702001001"), association("620702001001", 2, true))
                .federation(c("620723101"), township("620723101", 1))
                .federation(c("620723102"), township("620723102", 0))
                .federation(c("620702001"), township("620702001", 1))
                .federation(
                        c("620723"),
                        FederationFacts.builder()
                                .specialAssociations(allFive(Money.ofYuan(5_000)))
                                .population(148_000)
                                .serviceFacilityFloorArea(800)
                                .build())
                .build();
    }

    static Finding only(StandardReport report, String unit, Criterion criterion) {
        return report.unit(c(unit)).orElseThrow().findings().stream()
                .filter(f -> f.criterion() == criterion)
                .reduce((a, b) -> {
                    throw new AssertionError("two findings for " + criterion);
                })
                .orElseThrow();
    }

    static Stream<Arguments> villageAndTownshipFindings() {
        return Stream.of(
                Arguments.of("620723101001", Criterion.ASSOCIATION_FORMED, Outcome.MET, "formed", "formed"),
                Arguments.of("620723101001", Criterion.ASSOCIATION_OFFICERS, Outcome.MET, "1", "at least 1"),
                Arguments.of("620723101201", Criterion.ACTIVITY_ROOM, Outcome.MISSED, "none", "activity room"),
                Arguments.of("620723101202", Criterion.ASSOCIATION_FORMED, Outcome.NOT_REPORTED, "-", "formed"),
                Arguments.of("620723102201", Criterion.ASSOCIATION_FORMED, Outcome.MISSED, "not formed", "formed"),
                Arguments.of("620723102201", Criterion.ASSOCIATION_OFFICERS, Outcome.MISSED, "0", "at least 1"),
                Arguments.of("620723101", Criterion.TOWNSHIP_OFFICERS, Outcome.MET, "1", "at least 1"),
                Arguments.of("620723102", Criterion.TOWNSHIP_OFFICERS, Outcome.MISSED, "0", "at least 1"),
                Arguments.of("620702001", Criterion.TOWNSHIP_OFFICERS, Outcome.MET, "1", "1-5"),
                Arguments.of(
                        "620723",
                        Criterion.SERVICE_FACILITY_AREA,
                        Outcome.MET,
                        "800 m² (population 148,000)",
                        "at least 800 m² (population under 600,000)"),
                Arguments.of(
                        "620702", Criterion.SERVICE_FACILITY_AREA, Outcome.NOT_REPORTED, "-", "by population band"),
                Arguments.of("6207", Criterion.DISABLED_STAFF_SHARE, Outcome.NOT_REPORTED, "-", "at least 15 %"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("villageAndTownshipFindings")
    void reportsEachCriterionWithItsFigures(
            String unit, Criterion criterion, Outcome outcome, String actual, String required) {
        Finding f = only(StandardCheck.check(TREE, facts(), STANDARD), unit, criterion);
        assertThat(f.outcome()).isEqualTo(outcome);
        assertThat(f.actual()).isEqualTo(actual);
        assertThat(f.required()).isEqualTo(required);
    }

    /** Findings of a village: association formed, officers appointed, activity room. */
    static List<Finding> village(Outcome formed, String actualFormed, Outcome officers, String count, Outcome room) {
        return List.of(
                Finding.of(Criterion.ASSOCIATION_FORMED, formed, actualFormed, "formed"),
                Finding.of(Criterion.ASSOCIATION_OFFICERS, officers, count, "at least 1"),
                Finding.of(
                        Criterion.ACTIVITY_ROOM,
                        room,
                        room == Outcome.MET ? "activity room" : room == Outcome.MISSED ? "none" : "-",
                        "activity room"));
    }

    /** A village whose association is formed, with its officers and room, and the officers' and room's outcomes. */
    static Arguments formed(String unit, int officers, boolean room, Outcome appointed, Outcome roomOutcome) {
        return Arguments.of(
                unit,
                association(unit, officers, room),
                village(Outcome.MET, "formed", appointed, Integer.toString(officers), roomOutcome));
    }

    /** The villages of one town, every combination of facts in one report (villages with the same facts share them). */
    static Stream<Arguments> villagesOfATown() {
        Outcome met = Outcome.MET;
        Outcome missed = Outcome.MISSED;
        return Stream.of(
                formed("620723101201", 1, true, met, met),
                formed("620723101202", 1, false, met, missed),
                formed("620723101203", 0, true, missed, met),
                formed("620723101204", 0, false, missed, missed),
                Arguments.of(
                        "620723101205",
                        GrassrootsAssociation.NOT_FORMED,
                        village(missed, "not formed", missed, "0", missed)),
                formed("620723101206", 2, true, met, met),
                formed("620723101207", 7, false, met, missed),
                formed("620723101208", 8, true, met, met),
                formed("620723101209", 9, false, met, missed),
                formed("620723101211", 1, true, met, met),
                Arguments.of(
                        "620723101210",
                        null,
                        village(Outcome.NOT_REPORTED, "-", Outcome.NOT_REPORTED, "-", Outcome.NOT_REPORTED)));
    }

    static StandardReport townReport() {
        Hierarchy.Builder town = Hierarchy.builder(c("620723101"), "沙河镇");
        villagesOfATown().forEach(a -> town.add(c((String) a.get()[0]), "村" + a.get()[0]));
        Hierarchy tree = town.build();
        HierarchyFacts.Builder facts = HierarchyFacts.builder(tree);
        villagesOfATown()
                .filter(a -> a.get()[1] != null)
                .forEach(a -> facts.association(c((String) a.get()[0]), (GrassrootsAssociation) a.get()[1]));
        return StandardCheck.check(tree, facts.build(), STANDARD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villagesOfATown")
    void eachVillageGetsTheFindingsOfItsOwnFacts(String unit, GrassrootsAssociation facts, List<Finding> findings) {
        assertThat(townReport().unit(c(unit)).orElseThrow().findings()).isEqualTo(findings);
    }

    static Stream<Arguments> twoOfficersRequired() {
        return Stream.of(
                Arguments.of(1, Outcome.MISSED, Rate.of(0, 4)),
                Arguments.of(2, Outcome.MET, Rate.of(1, 4)),
                Arguments.of(9, Outcome.MET, Rate.of(1, 4)));
    }

    @ParameterizedTest(name = "{0} officers: {1}")
    @MethodSource("twoOfficersRequired")
    void aRegionMayRequireTwoOfficersAndNoActivityRoom(int officers, Outcome outcome, Rate appointed) {
        OrganisationStandard two = STANDARD.toBuilder()
                .grassrootsOfficersMinimum(2)
                .activityRoomRequired(false)
                .build();
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .association(c("620723101201"), association("620723101201", officers, false))
                .build();
        StandardReport report = StandardCheck.check(TREE, facts, two);
        assertThat(report.unit(c("620723101201")).orElseThrow().findings())
                .containsExactly(
                        Finding.of(Criterion.ASSOCIATION_FORMED, Outcome.MET, "formed", "formed"),
                        Finding.of(Criterion.ASSOCIATION_OFFICERS, outcome, Integer.toString(officers), "at least 2"));
        assertThat(report.unit(c("620723101202")).orElseThrow().findings())
                .containsExactly(
                        Finding.of(Criterion.ASSOCIATION_FORMED, Outcome.NOT_REPORTED, "-", "formed"),
                        Finding.of(Criterion.ASSOCIATION_OFFICERS, Outcome.NOT_REPORTED, "-", "at least 2"));
        assertThat(report.unit(c("620723")).orElseThrow().rollUp().orElseThrow().officersAppointed())
                .isEqualTo(appointed);
    }

    @Test
    void streetOfficeNeedsThreeToFiveWhereTheStandardSaysSo() {
        OrganisationStandard threeToFive = STANDARD.withOfficerRanges(
                Map.of(TownshipKind.STREET_OFFICE, OfficerRange.of(3, 5), TownshipKind.TOWN, OfficerRange.atLeast(1)));
        Finding f = only(StandardCheck.check(TREE, facts(), threeToFive), "620702001", Criterion.TOWNSHIP_OFFICERS);
        assertThat(f).isEqualTo(Finding.of(Criterion.TOWNSHIP_OFFICERS, Outcome.MISSED, "1", "3-5"));
    }

    @Test
    void rollsUpExactRatesWithTheirCounts() {
        StandardReport report = StandardCheck.check(TREE, facts(), STANDARD);
        RollUp county = report.unit(c("620723")).orElseThrow().rollUp().orElseThrow();
        assertThat(county.formed()).isEqualTo(Rate.of(2, 4));
        assertThat(county.officersAppointed()).isEqualTo(Rate.of(2, 4));
        assertThat(county.activityRooms()).isEqualTo(Rate.of(1, 4));
        assertThat(county.townshipOfficers()).isEqualTo(Rate.of(1, 2));
        assertThat(county.notReported()).isEqualTo(1);
        RollUp province = report.unit(c("62")).orElseThrow().rollUp().orElseThrow();
        assertThat(province.formed()).hasToString("3/5 (60.0 %)");
        assertThat(province.activityRooms()).hasToString("2/5 (40.0 %)");
        assertThat(province.townshipOfficers()).hasToString("2/3 (66.7 %)");
        assertThat(StandardCheck.rollUps(TREE, facts(), STANDARD).of(c("62"))).contains(province);
        assertThat(report.unit(c("620723101201")).orElseThrow().rollUp()).isEmpty();
        assertThat(report.units()).hasSize(TREE.size());
    }

    static Stream<Arguments> specialAssociationCases() {
        SpecialAssociation poorBlind =
                SpecialAssociation.of(SpecialAssociationKind.BLIND, false, 0, Money.parse("4999.99"));
        return Stream.of(
                Arguments.of(
                        "620723",
                        allFive(Money.ofYuan(5_000)),
                        Criterion.SPECIAL_ASSOCIATION_BUDGET,
                        Outcome.MET,
                        "¥5,000.00 a year",
                        "at least ¥5,000.00 a year"),
                Arguments.of(
                        "620723",
                        List.of(poorBlind),
                        Criterion.SPECIAL_ASSOCIATION_BUDGET,
                        Outcome.MISSED,
                        "¥4,999.99 a year",
                        "at least ¥5,000.00 a year"),
                Arguments.of(
                        "620723",
                        List.of(poorBlind),
                        Criterion.SPECIAL_ASSOCIATION_OFFICE,
                        Outcome.MISSED,
                        "no office",
                        "office"),
                Arguments.of(
                        "6207",
                        allFive(Money.ofYuan(5_000)),
                        Criterion.SPECIAL_ASSOCIATION_BUDGET,
                        Outcome.MISSED,
                        "¥5,000.00 a year",
                        "at least ¥10,000.00 a year"),
                Arguments.of(
                        "6207", List.of(), Criterion.SPECIAL_ASSOCIATION_PRESENT, Outcome.MISSED, "absent", "present"));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("specialAssociationCases")
    void checksTheBlindAssociationOfficeAndBudgetFloorOfItsLevel(
            String unit,
            List<SpecialAssociation> associations,
            Criterion criterion,
            Outcome outcome,
            String actual,
            String required) {
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .federation(
                        c(unit),
                        FederationFacts.builder()
                                .specialAssociations(associations)
                                .build())
                .build();
        Finding blind = StandardCheck.check(TREE, facts, STANDARD).unit(c(unit)).orElseThrow().findings().stream()
                .filter(f -> f.criterion() == criterion
                        && f.specialAssociation().orElseThrow() == SpecialAssociationKind.BLIND)
                .findFirst()
                .orElseThrow();
        assertThat(blind.outcome()).isEqualTo(outcome);
        assertThat(blind.actual()).isEqualTo(actual);
        assertThat(blind.required()).isEqualTo(required);
    }

    static Stream<Arguments> staffShares() {
        return Stream.of(
                Arguments.of(2, 10, Outcome.MET, "2 of 12 staff (16.7 %)"),
                Arguments.of(1, 11, Outcome.MISSED, "1 of 12 staff (8.3 %)"),
                Arguments.of(3, 17, Outcome.MET, "3 of 20 staff (15.0 %)"),
                Arguments.of(0, 0, Outcome.MISSED, "0 of 0 staff (-)"));
    }

    @ParameterizedTest(name = "{0} disabled of {0}+{1}")
    @MethodSource("staffShares")
    void cityFederationNeedsFifteenPercentDisabledStaffExactly(
            int disabled, int notDisabled, Outcome outcome, String actual) {
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .federation(
                        c("6207"),
                        FederationFacts.builder()
                                .governance(Governance.builder()
                                        .staffingQuota(12)
                                        .staffDisabled(disabled)
                                        .staffNotDisabled(notDisabled)
                                        .build())
                                .build())
                .build();
        Finding f = only(StandardCheck.check(TREE, facts, STANDARD), "6207", Criterion.DISABLED_STAFF_SHARE);
        assertThat(f.outcome()).isEqualTo(outcome);
        assertThat(f.actual()).isEqualTo(actual);
    }

    static Stream<Arguments> facilityBands() {
        return Stream.of(
                Arguments.of(599_999, 800, Outcome.MET, "at least 800 m² (population under 600,000)"),
                Arguments.of(600_000, 999, Outcome.MISSED, "at least 1,000 m² (population 600,000 to under 800,000)"),
                Arguments.of(799_999, 1_000, Outcome.MET, "at least 1,000 m² (population 600,000 to under 800,000)"),
                Arguments.of(800_000, 1_199, Outcome.MISSED, "at least 1,200 m² (population 800,000 or more)"),
                Arguments.of(2_000_000, 1_200, Outcome.MET, "at least 1,200 m² (population 800,000 or more)"));
    }

    @ParameterizedTest(name = "population {0}, {1} m²")
    @MethodSource("facilityBands")
    void countyFacilityFloorAreaFollowsItsPopulationBand(long population, int area, Outcome outcome, String required) {
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .federation(
                        c("620723"),
                        FederationFacts.builder()
                                .population(population)
                                .serviceFacilityFloorArea(area)
                                .build())
                .build();
        Finding f = only(StandardCheck.check(TREE, facts, STANDARD), "620723", Criterion.SERVICE_FACILITY_AREA);
        assertThat(f.outcome()).isEqualTo(outcome);
        assertThat(f.required()).isEqualTo(required);
    }

    @Test
    void aCountyThatReportsItsPopulationButNotItsFacilityIsNotReportedAgainstItsBand() {
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .federation(
                        c("620702"),
                        FederationFacts.builder().population(650_000).build())
                .build();
        assertThat(only(StandardCheck.check(TREE, facts, STANDARD), "620702", Criterion.SERVICE_FACILITY_AREA))
                .isEqualTo(Finding.of(
                        Criterion.SERVICE_FACILITY_AREA,
                        Outcome.NOT_REPORTED,
                        "-",
                        "at least 1,000 m² (population 600,000 to under 800,000)"));
    }

    @Test
    void rejectsFactsAboutAnotherTree() {
        HierarchyFacts other = HierarchyFacts.builder(TREE.subtree(c("620723"))).build();
        assertThatThrownBy(() -> StandardCheck.check(TREE, other, STANDARD))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("are about another hierarchy");
    }

    @Test
    void givesTheSameReportForTheSameInputs() {
        assertThat(StandardCheck.check(TREE, facts(), STANDARD))
                .isEqualTo(StandardCheck.check(TREE, facts(), STANDARD));
    }

    @Test
    void reportRoundTripsThroughJson() throws Exception {
        JsonMapper mapper = CanlianJson.mapper();
        StandardReport report = StandardCheck.check(TREE, facts(), STANDARD);
        String json = mapper.writeValueAsString(report);
        assertThat(json).contains("\"formed\":{\"count\":2,\"total\":4}").doesNotContain("index");
        assertThat(mapper.readValue(json, StandardReport.class)).isEqualTo(report);
    }

    @Test
    void rendersASelfCheckWithRatesAndMissedUnits() {
        String text = StandardReportText.render(StandardCheck.check(TREE, facts(), STANDARD), c("620723"), 1);
        assertThat(text)
                .contains("临泽县 620723 · 县残联 county federation")
                .contains("  残协成立 associations formed 2/4 (50.0 %)")
                .contains("  沙河镇 620723101 · 镇残联 town federation")
                .contains("620723101202 化音村: 残协成立 association formed 未报 not reported")
                .contains("[未达标 missed] 乡镇（街道）专职委员 township officers: 0 (required: at least 1)")
                .doesNotContain("甘州区");
    }

    static Stream<Arguments> invalidStandards() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<String>) j -> j.replace("\"grassrootsOfficersMinimum\":1", "\"x\":1"),
                        "$.x",
                        "is not a property of OrganisationStandard (known: activityRoomRequired,"),
                Arguments.of(
                        (UnaryOperator<String>) j -> j.replace("\"grassrootsOfficersMinimum\":1,", ""),
                        "$.grassrootsOfficersMinimum",
                        "is required but missing or null"),
                Arguments.of(
                        (UnaryOperator<String>) j ->
                                j.replace("\"disabledStaffShareMinimum\":0.15", "\"disabledStaffShareMinimum\":15"),
                        "$",
                        "Invalid disabled staff share minimum 15: must be a fraction from 0 to 1 (0.15 for 15 %)"),
                Arguments.of(
                        (UnaryOperator<String>) j -> j.replace("{\"populationFrom\":0,", "{\"populationFrom\":1,"),
                        "$",
                        "Invalid facility floor area bands 1: the first band must start at population 0"),
                Arguments.of(
                        (UnaryOperator<String>)
                                j -> j.replace("\"minimum\":1,\"maximum\":5", "\"minimum\":6,\"maximum\":5"),
                        "$.townshipOfficers.STREET_OFFICE",
                        "Invalid officer range maximum 5: must not be below the minimum 6"),
                Arguments.of(
                        (UnaryOperator<String>) j -> j.replace("\"COUNTY\":\"5000.00\"", "\"COUNTY\":\"5000.001\""),
                        "$.specialAssociationBudgetFloors.COUNTY",
                        "Invalid money amount \"5000.001\": has more than 2 decimal places (amounts are whole fen)"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidStandards")
    void rejectsInvalidStandardJsonNamingTheProperty(UnaryOperator<String> change, String path, String reason)
            throws Exception {
        String json = CanlianJson.mapper().writeValueAsString(STANDARD);
        String broken = change.apply(json);
        assertThat(broken).isNotEqualTo(json);
        assertThatThrownBy(() -> OrganisationStandard.fromJson(broken))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("Invalid JSON at " + path + " (line 1, column ")
                .hasMessageContaining("): " + reason)
                .extracting(e -> ((JsonInputException) e).path())
                .isEqualTo(path);
    }

    @Test
    void nationalStandardRoundTripsThroughJsonAndCitesItsSources() throws Exception {
        String json = CanlianJson.mapper().writeValueAsString(STANDARD);
        assertThat(OrganisationStandard.fromJson(json)).isEqualTo(STANDARD);
        assertThat(STANDARD.source())
                .startsWith("policy for 620723 on 2024-06-01: ")
                .contains("standard.special-association.budget-floor.county = 5000.00");
        assertThat(STANDARD.budgetFloor(org.canlian.core.division.DivisionLevel.PROVINCE))
                .isEmpty();
    }
}
