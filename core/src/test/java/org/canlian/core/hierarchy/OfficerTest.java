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
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class OfficerTest {
    private static final ResidentId PERSON = ResidentId.parse("11010519491231002X");

    /** A valid village officer's builder, the Javadoc example's values; other tests start from it too. */
    public static Officer.Builder village() {
        return Officer.builder()
                .person(PERSON)
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(DivisionCode.parse("620723101201"))
                .post(OfficerPost.VILLAGE)
                .openSelection(true)
                .contractStart(LocalDate.of(2024, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31))
                .combinesPublicWelfarePost(false);
    }

    static Stream<Arguments> validOfficers() {
        return Stream.of(
                Arguments.of("village officer", (UnaryOperator<Officer.Builder>) b -> b),
                Arguments.of("community officer", (UnaryOperator<Officer.Builder>)
                        b -> b.unit(DivisionCode.parse("620723100001")).post(OfficerPost.COMMUNITY)),
                Arguments.of("town officer", (UnaryOperator<Officer.Builder>)
                        b -> b.unit(DivisionCode.parse("620723101")).post(OfficerPost.TOWNSHIP)),
                Arguments.of("township-like unit officer", (UnaryOperator<Officer.Builder>)
                        b -> b.unit(DivisionCode.parse("620723400")).post(OfficerPost.TOWNSHIP)),
                Arguments.of("street office officer", (UnaryOperator<Officer.Builder>)
                        b -> b.unit(DivisionCode.parse("620702001")).post(OfficerPost.STREET_OFFICE)),
                Arguments.of("one-day contract", (UnaryOperator<Officer.Builder>)
                        b -> b.contractEnd(LocalDate.of(2024, 1, 1))),
                Arguments.of("relative, combined post", (UnaryOperator<Officer.Builder>)
                        b -> b.qualification(OfficerQualification.RELATIVE).combinesPublicWelfarePost(true)),
                Arguments.of("assessed on the first day", (UnaryOperator<Officer.Builder>) b -> b.addAssessments(
                        OfficerAssessment.of(AssessmentKind.MONTHLY_CHECK, LocalDate.of(2024, 1, 1), true))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validOfficers")
    void acceptsConsistentOfficer(String name, UnaryOperator<Officer.Builder> change) {
        Officer officer = change.apply(village()).build();
        assertThat(OfficerPost.forUnit(officer.unit())).contains(officer.post());
    }

    static Stream<Arguments> invalidOfficers() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.contractEnd(LocalDate.of(2023, 12, 31)),
                        "contract-order",
                        "Invalid officer contract end 2023-12-31: must not be before the contract start 2024-01-01"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.unit(DivisionCode.parse("620723")),
                        "post-level",
                        "Invalid officer unit 620723: an officer serves a township or village-level unit of a known"
                                + " kind, not a county-level code"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.unit(DivisionCode.parse("620723101700")),
                        "post-level",
                        "Invalid officer unit 620723101700"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.post(OfficerPost.COMMUNITY),
                        "post-kind",
                        "Invalid officer post COMMUNITY: unit 620723101201 is served by a village officer (VILLAGE)"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.unit(DivisionCode.parse("620702001")),
                        "post-kind",
                        "Invalid officer post VILLAGE: unit 620702001 is served by a street office officer"
                                + " (STREET_OFFICE)"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>)
                                b -> b.unit(DivisionCode.parse("620723101")).post(OfficerPost.STREET_OFFICE),
                        "post-kind",
                        "Invalid officer post STREET_OFFICE: unit 620723101 is served by a township officer (TOWNSHIP)"),
                Arguments.of(
                        (UnaryOperator<Officer.Builder>) b -> b.addAssessments(
                                OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2023, 12, 20), true)),
                        "assessment-before-contract",
                        "Invalid officer assessment date 2023-12-20: must not be before the contract start 2024-01-01"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidOfficers")
    void rejectsInconsistentOfficer(UnaryOperator<Officer.Builder> change, String rule, String message) {
        assertThatThrownBy(() -> change.apply(village()).build())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessageStartingWith(message);
    }

    @Test
    void masksThePersonInToString() {
        assertThat(village().build().toString()).contains("110105********002X").doesNotContain("19491231");
    }

    @Test
    void findsTheLatestAssessmentOfAKindUpToADate() {
        Officer officer = village()
                .addAssessments(
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2025, 12, 20), false),
                        OfficerAssessment.of(AssessmentKind.QUARTERLY, LocalDate.of(2025, 3, 31), true),
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true))
                .build();
        assertThat(officer.latestAssessment(AssessmentKind.YEARLY, LocalDate.of(2025, 6, 30)))
                .map(OfficerAssessment::passed)
                .contains(true);
        assertThat(officer.latestAssessment(AssessmentKind.YEARLY, LocalDate.of(2025, 12, 31)))
                .map(OfficerAssessment::passed)
                .contains(false);
        assertThat(officer.assessments(AssessmentKind.YEARLY))
                .extracting(OfficerAssessment::date)
                .containsExactly(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 12, 20));
        assertThat(officer.isUnderContractOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(officer.isUnderContractOn(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        JsonMapper mapper = CanlianJson.mapper();
        Officer officer = village()
                .addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true))
                .build();
        String json = mapper.writeValueAsString(officer);
        assertThat(json).contains("\"unit\":\"620723101201\"", "\"contractStart\":\"2024-01-01\"");
        assertThat(mapper.readValue(json, Officer.class)).isEqualTo(officer);
    }
}
