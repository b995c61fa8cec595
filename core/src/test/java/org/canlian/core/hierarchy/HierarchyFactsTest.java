package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
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
                        "Invalid unit facts 620723101: is a town federation, not a village or community"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101201"), FederationFacts.builder().build()),
                        "Invalid unit facts 620723101201: is a village association, not a federation"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101"),
                                FederationFacts.builder()
                                        .addSpecialAssociations(BLIND)
                                        .build()),
                        "Invalid unit facts 620723101: special associations belong to province, prefecture and county"
                                + " federations, not a township"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>) b -> b.federation(
                                c("620723101"),
                                FederationFacts.builder()
                                        .addOfficers(officer("620723102", OfficerPost.TOWNSHIP))
                                        .build()),
                        "Invalid unit facts 620723101: lists an officer (110105********002X) who serves 620723102"),
                Arguments.of(
                        (UnaryOperator<HierarchyFacts.Builder>)
                                b -> b.association(c("620723105201"), GrassrootsAssociation.NOT_FORMED),
                        "Invalid unit facts 620723105201: no such unit in the hierarchy under 00"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misplacedFacts")
    void rejectsFactsAttachedToTheWrongUnit(UnaryOperator<HierarchyFacts.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(HierarchyFacts.builder(TREE)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
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
