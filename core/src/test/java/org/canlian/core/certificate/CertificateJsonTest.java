package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateCommand.*;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.json.CertificateJson;
import org.canlian.core.json.JsonInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON of commands, events, applications and certificates: explicit type names, errors naming the property. */
class CertificateJsonTest {
    private static final Assessment MULTI = Assessment.qualifying(
            HOSPITAL,
            LocalDate.of(2028, 6, 1),
            true,
            DisabilityRating.multiple(List.of(
                    new DisabilityRating.Component(DisabilityCategory.VISUAL, DisabilityGrade.TWO),
                    new DisabilityRating.Component(DisabilityCategory.PHYSICAL, DisabilityGrade.THREE))));

    static Stream<CertificateCommand> commands() {
        return Stream.of(
                applyCommand(),
                new Apply(MINOR, COUNTY, VILLAGE, new Applicant.Guardian(GUARDIAN, "母亲"), DisabilityCategory.SPEECH),
                new Accept(),
                new Assess(MULTI),
                new Assess(Assessment.notQualifying(HOSPITAL, ASSESSED_ON, false)),
                new Appeal("grade too mild"),
                new DecideAppeal(MULTI),
                new PostNotice(VILLAGE),
                new Approve(),
                new Reject("objection upheld"),
                new Issue(CLERK),
                new Issue(new IssuingClerk("B-1", Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)))),
                new Renew(CLERK),
                new ReplaceLost(CLERK),
                new ExchangeDamaged(CLERK),
                new ChangeRating(MULTI, CLERK),
                new Transfer(OTHER_COUNTY, LocalDate.of(2026, 8, 1)),
                new Cancel(new CancellationReason.Death(LocalDate.of(2027, 5, 1))),
                new Cancel(new CancellationReason.NoLongerMeetsStandard(
                        Assessment.notQualifying(HOSPITAL, ASSESSED_ON, false))),
                new Cancel(new CancellationReason.WrittenRequest(new Applicant.Guardian(GUARDIAN, "女儿"))));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandRoundTripsWithItsStepAsType(CertificateCommand command) {
        String json = CertificateJson.write(command);
        assertThat(json).startsWith("{\"type\":\"" + command.step() + "\"");
        assertThat(CertificateJson.read(json, CertificateCommand.class)).isEqualTo(command);
    }

    static Stream<CertificateEvent> events() {
        List<CertificateEvent> all =
                new ArrayList<>(CertificateStatusTest.life().history());
        all.addAll(((Application) Fixtures.provinceDecided()).history());
        all.addAll(((Application) Fixtures.rejected()).history());
        all.addAll(((Certificate) Fixtures.step(issued(), new ChangeRating(MULTI, CLERK), LocalDate.of(2028, 6, 2)))
                .history());
        all.addAll(((Certificate) Fixtures.step(
                        issued(), new Transfer(OTHER_COUNTY, LocalDate.of(2026, 8, 1)), LocalDate.of(2026, 8, 2)))
                .history());
        all.addAll(((Certificate) Fixtures.step(issued(), new ExchangeDamaged(CLERK), LocalDate.of(2026, 8, 2)))
                .history());
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventRoundTripsWithItsType(CertificateEvent event) {
        String json = CertificateJson.write(event);
        assertThat(json).startsWith("{\"type\":\"" + event.type() + "\"");
        assertThat(CertificateJson.read(json, CertificateEvent.class)).isEqualTo(event);
    }

    @Test
    void everyEventTypeIsCoveredByTheRoundTrip() {
        assertThat(events().map(CertificateEvent::type).distinct())
                .containsExactlyInAnyOrder(
                        "applied",
                        "accepted",
                        "assessed",
                        "appealed",
                        "appeal-decided",
                        "notice-posted",
                        "approved",
                        "rejected",
                        "issued",
                        "renewed",
                        "replaced",
                        "exchanged",
                        "rating-changed",
                        "transferred",
                        "cancelled");
    }

    static Stream<CertificateState> states() {
        return Stream.of(
                Fixtures.applied(),
                Fixtures.appealed(),
                Fixtures.inNotice(),
                Fixtures.rejected(),
                Fixtures.issued(),
                CertificateStatusTest.life());
    }

    @ParameterizedTest
    @MethodSource("states")
    void applicationsAndCertificatesRoundTripAndTheirHistoryRebuildsThem(CertificateState state) {
        String json = CertificateJson.write(state);
        assertThat(CertificateJson.readState(json)).isEqualTo(state);
        assertThat(CertificateJson.read(json, CertificateState.class)).isEqualTo(state);
    }

    @Test
    void aCertificateIsWrittenWithItsFullNumberAndNamedFields() {
        String json = CertificateJson.write(Fixtures.issued());
        assertThat(json)
                .startsWith("{\"type\":\"certificate\",\"number\":\"11010519491231002X42\"")
                .contains("\"validUntil\":\"2035-03-20\"")
                .contains("\"issuer\":\"110105\"");
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                // JSON, type, path, problem: CanlianJson's one error style (issue 10)
                Arguments.of(
                        "{\"type\":\"accept\",\"extra\":1}", CertificateCommand.class, "$.extra", "unknown-property"),
                Arguments.of("{\"type\":\"teleport\"}", CertificateCommand.class, "$.type", "unknown-type"),
                Arguments.of("{\"grounds\":\"x\"}", CertificateCommand.class, "$.type", "missing-property"),
                Arguments.of(
                        "{\"type\":\"apply\",\"county\":\"110105\",\"householdRegistration\":\"110105001\","
                                + "\"applicant\":{\"type\":\"self\"},\"claimedCategory\":\"PHYSICAL\"}",
                        CertificateCommand.class,
                        "$.holder",
                        "missing-property"),
                Arguments.of(
                        "{\"type\":\"apply\",\"holder\":\"110105194912310021\",\"county\":\"110105\","
                                + "\"householdRegistration\":\"110105001\",\"applicant\":{\"type\":\"self\"},"
                                + "\"claimedCategory\":\"PHYSICAL\"}",
                        CertificateCommand.class,
                        "$.holder",
                        "invalid-value"),
                Arguments.of(
                        "{\"type\":\"transfer\",\"toCounty\":\"110106\",\"movedOn\":\"2026-13-01\"}",
                        CertificateCommand.class,
                        "$.movedOn",
                        "invalid-value"),
                Arguments.of(
                        "{\"type\":\"cancel\",\"reason\":{\"type\":\"written-request\",\"by\":{\"type\":\"guardian\","
                                + "\"guardian\":\"11010519491231002X\",\"relationship\":\" \"}}}",
                        CertificateCommand.class,
                        "$.reason.by",
                        "invalid-value"),
                Arguments.of(
                        "{\"type\":\"accepted\",\"date\":\"2025-03-04\"", CertificateEvent.class, "$.date", "syntax"),
                Arguments.of(
                        "{\"type\":\"assess\",\"assessment\":{\"institution\":\"x\",\"assessedOn\":\"2025-03-04\","
                                + "\"atHome\":\"11010519491231002X\"}}",
                        CertificateCommand.class,
                        "$.assessment.atHome",
                        "wrong-type"));
    }

    @ParameterizedTest
    @MethodSource("badJson")
    void badJsonIsRejectedNamingThePropertyWithoutRevealingIds(
            String json, Class<?> type, String path, String problem) {
        assertThatThrownBy(() -> CertificateJson.read(json, type))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(problem);
                })
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("11010519491231002X")
                        .doesNotContain("110105194912310021")
                        .doesNotContain("Immutable"));
    }

    @Test
    void anUnknownTypeNamesTheKindsThereAre() {
        assertThatThrownBy(() -> CertificateJson.read("{\"type\":\"teleport\"}", CertificateCommand.class))
                .hasMessage(
                        "Invalid JSON at $.type (line 1, column 9): \"teleport\" is not a kind of CertificateCommand"
                                + " (one of accept, appeal, apply, approve, assess, cancel, change-rating, decide-appeal,"
                                + " exchange-damaged, issue, post-notice, reject, renew, replace-lost, transfer)");
    }

    @Test
    void aStateWhoseHistoryDoesNotRebuildItIsRejected() {
        String json = CertificateJson.write(Fixtures.issued());
        String tampered = json.replace(
                "\"validUntil\":\"2035-03-20\",\"cancellation\"", "\"validUntil\":\"2045-03-20\",\"cancellation\"");
        assertThat(tampered).isNotEqualTo(json);
        assertThatThrownBy(() -> CertificateJson.readState(tampered))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.history");
                    assertThat(e.problem()).isEqualTo("history");
                })
                .hasMessageStartingWith("Invalid JSON at $.history: replaying the history gives ");
    }

    @Test
    void aHistoryThatDoesNotReplayIsRejectedWithTheReplaysReason() {
        String json = CertificateJson.write(Fixtures.issued());
        // a second approval after the certificate was issued
        String tampered = json.replace(
                "\"clerk\":\"A-07\"}]", "\"clerk\":\"A-07\"},{\"type\":\"approved\",\"date\":\"2025-03-21\"}]");
        assertThat(tampered).isNotEqualTo(json);
        assertThatThrownBy(() -> CertificateJson.readState(tampered))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.history");
                    assertThat(e.problem()).isEqualTo("history");
                    assertThat(e.invalidValue()).isEmpty();
                })
                .hasMessage("Invalid JSON at $.history: does not replay: event approved of 2025-03-21 cannot follow"
                        + " certificate ACTIVE");
    }

    static Stream<Arguments> idsInJson() {
        String fullWidth = "１１０１０５１９４９１２３１００２Ｘ";
        return Stream.of(
                // JSON, where the ID stands: a property name (the path), a type id, a date, an enum (Jackson's text)
                Arguments.of("{\"type\":\"accept\",\"11010519491231002X\":1}"),
                Arguments.of("{\"type\":\"accept\",\"1101051949123100\":1}"),
                Arguments.of("{\"type\":\"" + fullWidth + "\"}"),
                Arguments.of("{\"type\":\"1101051949123100\"}"),
                Arguments.of("{\"type\":\"transfer\",\"toCounty\":\"110106\",\"movedOn\":\"11010519491231002\"}"),
                Arguments.of("{\"type\":\"apply\",\"claimedCategory\":\"" + fullWidth + "\"}"),
                Arguments.of("{\"type\":\"assess\",\"assessment\":{\"institution\":\"x\",\"assessedOn\":\"2025-03-04\","
                        + "\"atHome\":\"1101051949123100\"}}"));
    }

    @ParameterizedTest
    @MethodSource("idsInJson")
    void anIdAnywhereInTheJsonIsMaskedInTheMessage(String json) {
        assertThatThrownBy(() -> CertificateJson.read(json, CertificateCommand.class))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e ->
                        assertThat(e.getMessage()).doesNotContain("19491231").doesNotContain("１９４９１２３１"));
    }
}
