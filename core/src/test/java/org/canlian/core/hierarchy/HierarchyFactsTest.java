package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchyFactsTest {
    private static final Hierarchy TREE = HierarchyTest.small().build();

    private static DivisionCode c(String digits) {
        return DivisionCode.parse(digits);
    }

    static Officer officer(String unit, OfficerPost post) {
        return Officer.builder()
                .person(ResidentId.parse("11010519491231002X"))
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(c(unit))
                .post(post)
                .openSelection(true)
                .contractStart(LocalDate.of(2024, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31))
                .combinesPublicWelfarePost(false)
                .build();
    }

    static final SpecialAssociation BLIND =
            SpecialAssociation.of(SpecialAssociationKind.BLIND, true, 1, Money.ofYuan(5_000));

    @Test
    void keepsFactsByUnit() {
        GrassrootsAssociation village = GrassrootsAssociation.builder()
                .formed(true)
                .addOfficers(officer("620723101201", OfficerPost.VILLAGE))
                .activityRoom(true)
                .build();
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .association(c("620723101201"), village)
                .federation(
                        c("620723"),
                        FederationFacts.builder().addSpecialAssociations(BLIND).build())
                .build();
        assertThat(facts.association(c("620723101201"))).contains(village);
        assertThat(facts.association(c("620723101001"))).isEmpty();
        assertThat(facts.federation(c("620723")).orElseThrow().specialAssociation(SpecialAssociationKind.BLIND))
                .contains(BLIND);
        assertThat(facts.federation(c("620724"))).isEmpty();
    }

    static Stream<Arguments> misplacedFacts() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>)
                                b -> b.association(c("620723101"), GrassrootsAssociation.NOT_FORMED),
                        "Invalid unit facts 620723101: is a town federation, not a village or community (fact 1)"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101201"), FederationFacts.builder().build()),
                        "Invalid unit facts 620723101201: is a village association, not a federation (fact 1)"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101"),
                                FederationFacts.builder()
                                        .addSpecialAssociations(BLIND)
                                        .build()),
                        "Invalid unit facts 620723101: special associations belong to province, prefecture and county"
                                + " federations, not a township (fact 1)"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101"),
                                FederationFacts.builder()
                                        .addOfficers(officer("620723102", OfficerPost.TOWNSHIP))
                                        .build()),
                        "Invalid unit facts 620723101: lists an officer (110105********002X) who serves 620723102 (fact 1)"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>)
                                b -> b.association(c("620723105201"), GrassrootsAssociation.NOT_FORMED),
                        "Invalid unit facts 620723105201: no such unit in the hierarchy under 00 (fact 1)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misplacedFacts")
    void rejectsFactsAttachedToTheWrongUnit(UnaryOperator<HierarchyFacts.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(HierarchyFacts.builder(TREE)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    /** Five facts, three of them bad: a batch reports all three with their positions and keeps the two good. */
    static HierarchyFacts.Builder threeBadOfFive() {
        return HierarchyFacts.builder(TREE)
                .association(c("620723101201"), GrassrootsAssociation.NOT_FORMED)
                .association(c("620723101"), GrassrootsAssociation.NOT_FORMED)
                .federation(
                        c("620723"),
                        FederationFacts.builder().addSpecialAssociations(BLIND).build())
                .federation(
                        c("620723101"),
                        FederationFacts.builder()
                                .addOfficers(officer("620723102", OfficerPost.TOWNSHIP))
                                .build())
                .association(c("620723105201"), GrassrootsAssociation.NOT_FORMED);
    }

    @Test
    void aBatchReportsEveryBadFactWithItsPositionAndKeepsTheGoodOnes() {
        HierarchyFactsBuild result = threeBadOfFive().build(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors())
                .extracting(RowError::line, RowError::rule, RowError::toString)
                .containsExactly(
                        tuple(
                                2,
                                "association-level",
                                "line 2: Invalid unit facts 620723101: is a town federation, not a village or community"
                                        + " (fact 2)"),
                        tuple(
                                4,
                                "officer-unit",
                                "line 4: Invalid unit facts 620723101: lists an officer (110105********002X) who serves"
                                        + " 620723102 (fact 4)"),
                        tuple(
                                5,
                                "unknown-unit",
                                "line 5: Invalid unit facts 620723105201: no such unit in the hierarchy under 00"
                                        + " (fact 5)"));
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.isClean()).isFalse();
        assertThat(result).hasToString("HierarchyFactsBuild[2 good, 3 bad]");
        assertThat(result.facts().association(c("620723101201"))).contains(GrassrootsAssociation.NOT_FORMED);
        assertThat(result.facts().federation(c("620723"))).isPresent();
        assertThat(result.facts().federation(c("620723101"))).isEmpty();
    }

    @Test
    void stopEndsAtTheFirstBadFactAndBuildThrowsIt() {
        assertThatThrownBy(() -> threeBadOfFive().build(OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(2))
                .hasMessage("Batch stopped at line 2: Invalid unit facts 620723101: is a town federation, not a village"
                        + " or community (fact 2)");
        assertThatThrownBy(() -> threeBadOfFive().build())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("association-level"));
    }

    @Test
    void factsReadFromAFileAreNamedByTheirLine() {
        HierarchyFactsBuild result = HierarchyFacts.builder(TREE)
                .association(17, c("620723101201"), GrassrootsAssociation.NOT_FORMED)
                .federation(18, c("620723101201"), FederationFacts.builder().build())
                .build(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors())
                .extracting(RowError::toString)
                .containsExactly("line 18: Invalid unit facts 620723101201: is a village association, not a federation"
                        + " (line 18)");
        assertThat(HierarchyFacts.builder(TREE)
                        .federation(c("620723"), FederationFacts.builder().build())
                        .build(OnInvalidRow.STOP)
                        .isClean())
                .isTrue();
    }

    static Stream<Arguments> invalidFacts() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> GrassrootsAssociation.builder()
                                .formed(false)
                                .activityRoom(true)
                                .build(),
                        "Invalid grassroots association formed=false: an association not formed has no officers and no"
                                + " activity room"),
                Arguments.of(
                        (Runnable) () -> FederationFacts.builder()
                                .addSpecialAssociations(BLIND, BLIND)
                                .build(),
                        "Invalid special association BLIND: is listed twice for one federation"),
                Arguments.of(
                        (Runnable) () -> FederationFacts.builder()
                                .serviceFacilityFloorArea(-1)
                                .build(),
                        "Invalid service facility floor area -1: must be 0 or more square metres"),
                Arguments.of(
                        (Runnable) () -> SpecialAssociation.of(SpecialAssociationKind.DEAF, true, 0, Money.ofYuan(-1)),
                        "Invalid special association budget -1.00: must not be negative"),
                Arguments.of(
                        (Runnable) () -> Governance.builder()
                                .staffingQuota(8)
                                .staffDisabled(-1)
                                .staffNotDisabled(3)
                                .build(),
                        "Invalid disabled staff -1: must be 0 or more"),
                Arguments.of(
                        (Runnable) () -> GrassrootsAssociation.builder()
                                .formed(false)
                                .addOfficers(officer("620723101201", OfficerPost.VILLAGE))
                                .activityRoom(false)
                                .build(),
                        "Invalid grassroots association formed=false: an association not formed has no officers and no"
                                + " activity room"),
                Arguments.of(
                        (Runnable) () -> GrassrootsAssociation.builder()
                                .formed(true)
                                .activityRoom(false)
                                .noneNeededBecause("农场生活区，由农场残联服务")
                                .build(),
                        "Invalid grassroots association formed=true: a unit marked as needing no association has none"
                                + " formed"),
                Arguments.of(
                        (Runnable) () -> GrassrootsAssociation.noneNeeded(" "),
                        "Invalid grassroots association reason \" \": say why the unit needs no association"),
                Arguments.of(
                        (Runnable)
                                () -> FederationFacts.builder().population(-1).build(),
                        "Invalid population -1: must be 0 or more"),
                Arguments.of(
                        (Runnable) () -> Governance.builder()
                                .staffingQuota(-8)
                                .staffDisabled(2)
                                .staffNotDisabled(6)
                                .build(),
                        "Invalid staffing quota -8: must be 0 or more"),
                Arguments.of(
                        (Runnable) () -> Governance.builder()
                                .staffingQuota(8)
                                .staffDisabled(2)
                                .staffNotDisabled(-6)
                                .build(),
                        "Invalid non-disabled staff -6: must be 0 or more"),
                Arguments.of((Runnable) () -> Leader.of(" ", true), "Invalid leader name \" \": must not be blank"),
                Arguments.of(
                        (Runnable) () -> AffiliatedInstitution.of("康复中心", -15),
                        "Invalid institution staffing quota -15: must be 0 or more"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidFacts")
    void rejectsInconsistentFacts(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void zeroIsACountLikeAnyOther() {
        // a federation newly set up: no staff yet, no facility, an institution without quota
        Governance g = Governance.builder()
                .chair(Leader.of("理事长", false))
                .staffingQuota(0)
                .staffDisabled(0)
                .staffNotDisabled(0)
                .addAffiliatedInstitutions(AffiliatedInstitution.of("残疾人托养中心", 0))
                .build();
        FederationFacts facts = FederationFacts.builder()
                .governance(g)
                .serviceFacilityFloorArea(0)
                .population(0)
                .addSpecialAssociations(SpecialAssociation.of(SpecialAssociationKind.DEAF, false, 0, Money.ZERO))
                .build();
        assertThat(g.staffInPost()).isZero();
        assertThat(g.affiliatedInstitutions())
                .extracting(AffiliatedInstitution::staffingQuota)
                .containsExactly(0);
        assertThat(facts.serviceFacilityFloorArea()).hasValue(0);
        assertThat(facts.population()).hasValue(0);
        assertThat(facts.specialAssociation(SpecialAssociationKind.DEAF))
                .get()
                .extracting(
                        SpecialAssociation::hasOffice,
                        SpecialAssociation::staff,
                        SpecialAssociation::yearlyActivityBudget)
                .containsExactly(false, 0, Money.ZERO);
        assertThat(facts.specialAssociation(SpecialAssociationKind.BLIND)).isEmpty();
    }

    @Test
    void aUnitMayNeedNoAssociation() {
        GrassrootsAssociation farm = GrassrootsAssociation.noneNeeded("农场生活区，由农场残联服务");
        assertThat(farm.isNoneNeeded()).isTrue();
        assertThat(farm.formed()).isFalse();
        assertThat(farm.noneNeededBecause()).contains("农场生活区，由农场残联服务");
        assertThat(GrassrootsAssociation.NOT_FORMED.isNoneNeeded()).isFalse();
    }

    @Test
    void factsOfTheRootAndByPosition() {
        FederationFacts nation =
                FederationFacts.builder().population(1_409_000_000L).build();
        GrassrootsAssociation village =
                GrassrootsAssociation.builder().formed(true).activityRoom(false).build();
        HierarchyFacts facts = HierarchyFacts.builder(TREE)
                .federation(DivisionCode.NATIONAL, nation)
                .association(c("620723101201"), village)
                .build();
        int villageAt = TREE.indexOf(c("620723101201"));
        assertThat(facts.hierarchy()).isSameAs(TREE);
        assertThat(facts.federation(DivisionCode.NATIONAL)).contains(nation);
        assertThat(facts.federationAt(0)).isSameAs(nation);
        assertThat(facts.associationAt(villageAt)).isSameAs(village);
        assertThat(facts.federationAt(villageAt)).isNull();
        assertThat(facts.associationAt(0)).isNull();
    }

    @Test
    void aVillageTreeHoldsItsAssociationAtTheRoot() {
        Hierarchy oneVillage = Hierarchy.builder(c("620723101201"), "五里墩村").build();
        GrassrootsAssociation formed =
                GrassrootsAssociation.builder().formed(true).activityRoom(true).build();
        HierarchyFacts facts = HierarchyFacts.builder(oneVillage)
                .association(c("620723101201"), formed)
                .build();
        assertThat(facts.association(c("620723101201"))).contains(formed);
    }

    @Test
    void factsOfUnitsOutsideTheTreeAreReportedAndTheRestKept() {
        FederationFacts county = FederationFacts.builder().population(148_000).build();
        HierarchyFactsBuild result = HierarchyFacts.builder(TREE)
                .federation(2, c("620724"), county)
                .association(3, c("620723101299"), GrassrootsAssociation.NOT_FORMED)
                .federation(4, c("620723"), county)
                .build(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors())
                .extracting(RowError::line, RowError::rule, RowError::message)
                .containsExactly(
                        tuple(
                                2,
                                "unknown-unit",
                                "Invalid unit facts 620724: no such unit in the hierarchy under 00 (line 2)"),
                        tuple(
                                3,
                                "unknown-unit",
                                "Invalid unit facts 620723101299: no such unit in the hierarchy under 00 (line 3)"));
        assertThat(result.facts().federation(c("620723"))).contains(county);
    }

    @Test
    void governanceCountsStaffAndDisabledViceChairs() {
        Governance g = Governance.builder()
                .chair(Leader.of("理事长", false))
                .addViceChairs(Leader.of("甲", true), Leader.of("乙", false))
                .staffingQuota(8)
                .staffDisabled(2)
                .staffNotDisabled(6)
                .addAffiliatedInstitutions(AffiliatedInstitution.of("残疾人康复中心", 15))
                .build();
        assertThat(g.staffInPost()).isEqualTo(8);
        assertThat(g.disabledViceChairs()).isEqualTo(1);
    }

    @Test
    void federationFactsRoundTripThroughJson() throws Exception {
        JsonMapper mapper = CanlianJson.mapper();
        FederationFacts facts = FederationFacts.builder()
                .governance(Governance.builder()
                        .chair(Leader.of("理事长", false))
                        .staffingQuota(8)
                        .staffDisabled(2)
                        .staffNotDisabled(6)
                        .build())
                .addSpecialAssociations(BLIND)
                .serviceFacilityFloorArea(900)
                .population(148_000)
                .build();
        String json = mapper.writeValueAsString(facts);
        assertThat(json).contains("\"yearlyActivityBudget\":\"5000.00\"", "\"serviceFacilityFloorArea\":900");
        assertThat(mapper.readValue(json, FederationFacts.class)).isEqualTo(facts);
    }
}
