package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.policy.TestPolicies.entry;
import static org.canlian.rules.policy.TestPolicies.file;
import static org.canlian.rules.policy.TestPolicies.published;
import static org.canlian.rules.policy.TestPolicies.source;
import static org.canlian.rules.policy.TestPolicies.value;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.RulesCatalog;
import org.canlian.rules.stipend.StipendParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFilesTest {
    private static final String OK = value("2020-01-01", null, "\"60.00\"", "CNY/month");

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                arguments("[]", "$", "must be a JSON object, not an array"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [], \"extra\": 1}",
                        "$.extra",
                        "unknown property \"extra\""),
                arguments("{\"parameters\": []}", "$.policy", "is required"),
                arguments("{\"policy\": \"x\"}", "$.parameters", "is required"),
                arguments("{\"policy\": \"x\", \"parameters\": {}}", "$.parameters", "must be an array, not an object"),
                arguments(
                        file(entry("test.unknown", "00", OK)),
                        "$.parameters[0].parameter",
                        "unknown parameter \"test.unknown\""),
                arguments(
                        file(entry("test.allowance", "99", OK)),
                        "$.parameters[0].region",
                        "Invalid division code \"99\": province digits 99 are not a GB/T 2260 province"),
                arguments(
                        file("{\"parameter\": \"test.allowance\", \"region\": \"00\", \"values\": []}"),
                        "$.parameters[0].values",
                        "must be a non-empty array of dated values"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "\"60.00\"", "CNY/year"))),
                        "$.parameters[0].values[0].unit",
                        "unit \"CNY/year\" does not match test.allowance's unit CNY/month"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "\"60.00\"", "RMB"))),
                        "$.parameters[0].values[0].unit",
                        "unknown unit \"RMB\""),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "60.5", "CNY/month"))),
                        "$.parameters[0].values[0].value",
                        "must be a decimal string of yuan such as \"60.00\", not a number"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "\"60.005\"", "CNY/month"))),
                        "$.parameters[0].values[0].value",
                        "has more than 2 decimal places"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "\"-1\"", "CNY/month"))),
                        "$.parameters[0].values[0].value",
                        "must not be negative"),
                arguments(
                        file(entry("test.count", "00", value("2020-01-01", null, "\"30\"", "count"))),
                        "$.parameters[0].values[0].value",
                        "must be a whole number, not a string"),
                arguments(
                        file(entry("test.count", "00", value("2020-01-01", null, "2.5", "count"))),
                        "$.parameters[0].values[0].value",
                        "must be a whole number, not a number 2.5"),
                arguments(
                        file(entry("test.rate", "00", value("2020-01-01", null, "\"101\"", "percent"))),
                        "$.parameters[0].values[0].value",
                        "a percentage must not exceed 100: \"101\""),
                arguments(
                        file(entry("test.validity", "00", value("2020-01-01", null, "\"10 years\"", "period"))),
                        "$.parameters[0].values[0].value",
                        "\"10 years\" is not an ISO-8601 period"),
                arguments(
                        file(entry("test.flag", "00", value("2020-01-01", null, "\"yes\"", "boolean"))),
                        "$.parameters[0].values[0].value",
                        "must be true or false"),
                arguments(
                        file(entry("test.rule", "00", value("2020-01-01", null, "\"middle\"", "choice"))),
                        "$.parameters[0].values[0].value",
                        "\"middle\" is not one of [first-months, last-months]"),
                arguments(
                        file(entry("test.rule", "00", value("2020-01-01", null, "\"LAST_MONTHS\"", "choice"))),
                        "$.parameters[0].values[0].value",
                        "\"LAST_MONTHS\" is not one of [first-months, last-months]"),
                arguments(
                        file(entry("test.rule", "00", value("2020-01-01", null, "2", "choice"))),
                        "$.parameters[0].values[0].value",
                        "a number is not one of [first-months, last-months]"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-13-01", null, "\"60.00\"", "CNY/month"))),
                        "$.parameters[0].values[0].from",
                        "\"2020-13-01\" is not a date in the form 2015-01-31"),
                arguments(
                        file(entry(
                                "test.allowance", "00", value("2020-01-01", "2019-12-31", "\"60.00\"", "CNY/month"))),
                        "$.parameters[0].values[0].until",
                        "ends on 2019-12-31, before it starts on 2020-01-01"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\"}")),
                        "$.parameters[0].values[0].source",
                        "is required: every value cites its source"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\", \"source\":"
                                        + " {\"issuer\": \"x\", \"document\": \"y\", \"date\": \"2020-01-01\"}}")),
                        "$.parameters[0].values[0].source.article",
                        "is required"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\", \"to\":"
                                        + " \"2021-01-01\", \"source\": " + source("2020-01-01") + "}")),
                        "$.parameters[0].values[0].to",
                        "unknown property \"to\" of a dated value"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                value("2020-01-01", null, "\"60.00\"", "CNY/month"),
                                published("2021-01-01", null, "\"70.00\"", "CNY/month", "2020-01-01", null))),
                        "$.parameters[0].values[1].from",
                        "starts on 2021-01-01 and overlaps the value from 2020-01-01 (no end date) published on the"
                                + " same date 2020-01-01: a revision must be published later (knownFrom)"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                value("2020-01-01", "2020-12-31", "\"60.00\"", "CNY/month"),
                                published("2020-06-01", null, "\"70.00\"", "CNY/month", "2020-01-01", null))),
                        "$.parameters[0].values[1].from",
                        "starts on 2020-06-01 and overlaps the value from 2020-01-01 (until 2020-12-31) published on"
                                + " the same date 2020-01-01"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                value("2021-01-01", null, "\"70.00\"", "CNY/month"),
                                value("2020-01-01", "2020-12-31", "\"60.00\"", "CNY/month"))),
                        "$.parameters[0].values[1].from",
                        "starts on 2020-01-01, not after the previous value's start 2021-01-01 (values must be in date"
                                + " order)"),
                arguments(
                        file(entry("test.allowance", "00", OK), entry("test.allowance", "00", OK)),
                        "$.parameters[1].region",
                        "test.allowance is already set for 00 in $.parameters[0]: give all of a region's values in one"
                                + " entry"),
                arguments("{\"policy\": \"x\", \"parameters\": [", "$ (line 1, column 32)", "not valid JSON"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [null]}",
                        "$.parameters[0]",
                        "must be an object, not null"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [[]]}",
                        "$.parameters[0]",
                        "must be an object, not an array"),
                arguments(
                        "{\"policy\": \" \", \"parameters\": []}",
                        "$.policy",
                        "must be a non-blank string, not a string"),
                arguments(
                        "{\"policy\": 3, \"parameters\": []}", "$.policy", "must be a non-blank string, not a number"),
                arguments(
                        "{\"$schema\": true, \"policy\": \"x\", \"parameters\": []}",
                        "$.$schema",
                        "must be a non-blank string, not a boolean"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [{\"parameter\": \"test.allowance\", \"region\": \"00\"}]}",
                        "$.parameters[0].values",
                        "is required"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [{\"region\": \"00\", \"values\": [" + OK + "]}]}",
                        "$.parameters[0].parameter",
                        "is required"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [{\"parameter\": \"test.allowance\", \"region\": \"00\","
                                + " \"note\": {}, \"colour\": 1, \"values\": [" + OK + "]}]}",
                        "$.parameters[0].colour",
                        "unknown property \"colour\" of a parameter entry"),
                arguments(
                        "{\"policy\": \"x\", \"parameters\": [{\"parameter\": \"test.allowance\", \"region\": \"00\","
                                + " \"note\": {}, \"values\": [" + OK + "]}]}",
                        "$.parameters[0].note",
                        "must be a non-blank string, not an object"),
                arguments(
                        file(entry("test.allowance", "00", "1")),
                        "$.parameters[0].values[0]",
                        "must be an object, not a number"),
                arguments(
                        file(entry("test.allowance", "00", value("2020-01-01", null, "null", "CNY/month"))),
                        "$.parameters[0].values[0].value",
                        "is required"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"knownFrom\": \"2020-02-30\", \"value\": \"60.00\","
                                        + " \"unit\": \"CNY/month\", \"source\": " + source("2020-01-01") + "}")),
                        "$.parameters[0].values[0].knownFrom",
                        "\"2020-02-30\" is not a date in the form 2015-01-31"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\", \"source\":"
                                        + " \"doc 1\"}")),
                        "$.parameters[0].values[0].source",
                        "must be an object, not a string"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\", \"source\":"
                                        + " {\"issuer\": \"x\", \"document\": \"y\", \"article\": \"z\", \"date\":"
                                        + " \"2020-01-01\", \"url\": 5, \"page\": 2}}")),
                        "$.parameters[0].values[0].source.url",
                        "must be a non-blank string, not a number"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                "{\"from\": \"2020-01-01\", \"value\": \"60.00\", \"unit\": \"CNY/month\", \"source\":"
                                        + " {\"issuer\": \"x\", \"document\": \"y\", \"article\": \"z\", \"date\":"
                                        + " \"2020-01-01\", \"page\": 2}}")),
                        "$.parameters[0].values[0].source.page",
                        "unknown property \"page\" of a source"),
                arguments(
                        file(entry("test.count", "00", value("2020-01-01", null, "-3", "count"))),
                        "$.parameters[0].values[0].value",
                        "must not be negative: -3"),
                arguments(
                        file(entry("test.count", "00", value("2020-01-01", null, "99999999999999999999", "count"))),
                        "$.parameters[0].values[0].value",
                        // too long for a long; a long digit run is masked like an ID
                        "must be a whole number, not a number 999999**********9999"),
                arguments(
                        file(entry("test.rate", "00", value("2020-01-01", null, "15", "percent"))),
                        "$.parameters[0].values[0].value",
                        "must be a decimal string such as \"15\" or \"99.5\", not a number"),
                arguments(
                        file(entry("test.rate", "00", value("2020-01-01", null, "\"15%\"", "percent"))),
                        "$.parameters[0].values[0].value",
                        "\"15%\" is not a decimal number"),
                arguments(
                        file(entry("test.area", "00", value("2020-01-01", null, "\"-0.5\"", "m2"))),
                        "$.parameters[0].values[0].value",
                        "must not be negative: \"-0.5\""),
                arguments(
                        file(entry("test.validity", "00", value("2020-01-01", null, "\"P0D\"", "period"))),
                        "$.parameters[0].values[0].value",
                        "must be a positive period: P0D"),
                arguments(
                        file(entry("test.validity", "00", value("2020-01-01", null, "\"P-1Y\"", "period"))),
                        "$.parameters[0].values[0].value",
                        "must not be a negative period: P-1Y"),
                arguments(
                        file(entry("test.validity", "00", value("2020-01-01", null, "10", "period"))),
                        "$.parameters[0].values[0].value",
                        "must be an ISO-8601 period such as \"P10Y\", not a number"),
                arguments(
                        file(entry(
                                "test.allowance",
                                "00",
                                value("2020-01-01", null, "\"60.00\"", "CNY/month"),
                                value("2020-01-01", null, "\"70.00\"", "CNY/month"))),
                        "$.parameters[0].values[1].from",
                        "starts on 2020-01-01 and overlaps the value from 2020-01-01 (no end date) published on the"
                                + " same date 2020-01-01"));
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void refusesAnInvalidFileNamingTheJsonPath(String json, String path, String reason) {
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, json, "bad.json"))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
                    assertThat(e.errors()).anySatisfy(error -> {
                        assertThat(error.location()).isEqualTo(path);
                        assertThat(error.reason()).contains(reason);
                    });
                    assertThat(e.getMessage())
                            .startsWith("Invalid policy bad.json")
                            .contains(path + ": ");
                });
    }

    @Test
    void reportsEveryErrorOfAFileNotOnlyTheFirst() {
        String json = file(
                entry("test.nope", "00", OK),
                entry("test.allowance", "00", value("2020-01-01", null, "\"60.00\"", "CNY/year")),
                entry("test.count", "00", value("2020-01-01", null, "-3", "count")));
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, json, "bad.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors())
                                .extracting(PolicyError::location)
                                .containsExactly(
                                        "$.parameters[0].parameter",
                                        "$.parameters[1].values[0].unit",
                                        "$.parameters[2].values[0].value"));
    }

    static Stream<Arguments> floors() {
        return Stream.of(
                arguments(
                        "140.00",
                        "2018-01-01",
                        "629901 sets 140.00 CNY/month from 2018-01-01, below the floor 150.00 CNY/month that 62 sets"
                                + " from 2016-01-01 (test issuer, doc 2016-01-01, art. 1 (2016-01-01)) on 2018-01-01:"
                                + " test.allowance must not be below its parent's value"),
                // In 2020 the province's value has ended: the nation's 120.00 is the floor.
                arguments(
                        "110.00",
                        "2020-01-01",
                        "629901 sets 110.00 CNY/month from 2020-01-01, below the floor 120.00 CNY/month that 00 sets"
                                + " from 2016-01-01"),
                // Below the province only from the province's start: the breakpoint inside the value is checked.
                arguments(
                        "130.00",
                        "2015-01-01",
                        "629901 sets 130.00 CNY/month from 2015-01-01, below the floor 150.00 CNY/month that 62 sets"
                                + " from 2016-01-01 (test issuer, doc 2016-01-01, art. 1 (2016-01-01)) on 2016-01-01"));
    }

    @ParameterizedTest
    @MethodSource("floors")
    void refusesAValueBelowItsParentsFloorNamingBothValues(String amount, String from, String reason) {
        String json = file(
                entry(
                        "test.allowance",
                        "00",
                        value("2010-01-01", "2015-12-31", "\"100.00\"", "CNY/month"),
                        value("2016-01-01", null, "\"120.00\"", "CNY/month")),
                entry("test.allowance", "62", value("2016-01-01", "2019-12-31", "\"150.00\"", "CNY/month")),
                entry("test.allowance", "629901", value(from, null, "\"" + amount + "\"", "CNY/month")));
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, json, "floors.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.location()).isEqualTo("$.parameters[2].values[0].value");
                            assertThat(error.reason()).startsWith(reason);
                        }));
    }

    @Test
    void acceptsAValueAtOrAboveItsParentsFloor() {
        PolicySet set = TestPolicies.base();
        assertThat(set.regions(TestPolicies.ALLOWANCE))
                .extracting(Object::toString)
                .containsExactly("00", "62", "629901");
    }

    @Test
    void mergeChecksFloorsAcrossSetsAndRefusesAClash() {
        PolicySet province = PolicyFiles.read(
                TestPolicies.CATALOG,
                file(entry("test.allowance", "62", value("2016-01-01", null, "\"150.00\"", "CNY/month"))),
                "province.json");
        PolicySet county = PolicyFiles.read(
                TestPolicies.CATALOG,
                file(entry("test.allowance", "629901", value("2016-01-01", null, "\"140.00\"", "CNY/month"))),
                "county.json");
        assertThatThrownBy(() -> province.merge(county))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.location()).isEqualTo("test.allowance@629901");
                            assertThat(error.reason()).contains("140.00 CNY/month", "150.00 CNY/month");
                        }));
        assertThatThrownBy(() -> province.merge(province))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("test.allowance@62: set in both policy sets");
    }

    @Test
    void aReformSharesEveryUnchangedParameter() {
        PolicySet base = TestPolicies.base();
        PolicySet reform = base.withValueFrom(
                TestPolicies.YEARLY,
                org.canlian.core.division.DivisionCode.parse("629901"),
                DatedValue.of(
                        org.canlian.core.money.Money.ofYuan(5000),
                        java.time.LocalDate.of(2021, 1, 1),
                        Source.of("x", "y", "z", java.time.LocalDate.of(2020, 12, 1))));
        for (ParameterDefinition<?> d : List.of(TestPolicies.ALLOWANCE, TestPolicies.COUNT, TestPolicies.RULE)) {
            for (org.canlian.core.division.DivisionCode r : base.regions(d)) {
                assertThat(reform.timeline(d, r).orElseThrow())
                        .isSameAs(base.timeline(d, r).orElseThrow());
            }
        }
        assertThat(reform.timeline(TestPolicies.YEARLY, org.canlian.core.division.DivisionCode.parse("629901"))
                        .orElseThrow()
                        .values())
                .hasSize(2);
        assertThat(base.timeline(TestPolicies.YEARLY, org.canlian.core.division.DivisionCode.parse("629901"))
                        .orElseThrow()
                        .values())
                .hasSize(1);
    }

    @Test
    void aReformBelowTheFloorIsRefused() {
        PolicySet base = TestPolicies.base();
        assertThatThrownBy(() -> base.withValueFrom(
                        TestPolicies.ALLOWANCE,
                        org.canlian.core.division.DivisionCode.parse("629901"),
                        DatedValue.of(
                                org.canlian.core.money.Money.ofYuan(90),
                                java.time.LocalDate.of(2022, 1, 1),
                                Source.of("x", "y", "z", java.time.LocalDate.of(2021, 12, 1)))))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("629901 sets 90.00 CNY/month from 2022-01-01, below the floor 120.00 CNY/month");
    }

    @Test
    void readsAFileByItsPathAsTheResourceOfTheSameText(@TempDir Path dir) throws IOException {
        String resource = "/org/canlian/rules/policy/examples/county-a.json";
        Path copy = dir.resolve("county-a.json");
        try (InputStream in = PolicyFiles.class.getResourceAsStream(resource)) {
            Files.copy(in, copy);
        }
        PolicySet fromFile = PolicyFiles.read(RulesCatalog.all(), copy);
        PolicySet fromResource = PolicyFiles.readResource(RulesCatalog.all(), resource);
        assertThat(fromFile.name()).isEqualTo(fromResource.name());
        assertThat(fromFile.parameterKeys()).isEqualTo(fromResource.parameterKeys());
        assertThat(fromFile.lookup(
                                StipendParameters.MINIMUM_WAGE,
                                DivisionCode.parse("629901101"),
                                LocalDate.of(2021, 9, 1))
                        .value())
                .isEqualTo(Money.parse("1470.00"));
    }

    @Test
    void aFileWithAnErrorIsNamedByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"policy\": \"broken\"}");
        assertThatThrownBy(() -> PolicyFiles.read(RulesCatalog.all(), file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Invalid policy " + file + " (1 error):\n  $.parameters: is required");
    }

    static Stream<Arguments> textsThatAreNotFileNames() {
        return Stream.of(
                // text passed as JSON, the one error it gets
                arguments("\"policy/a.json\"", "$: must be a JSON object, not a string"),
                arguments("[\"policy/a.json\"]", "$: must be a JSON object, not an array"),
                arguments("   ", "$: must be a JSON object, not null"),
                arguments("policy/a.json\n{}", "$ (line 1, column 8): not valid JSON"),
                arguments("county-a", "$ (line 1, column 8): not valid JSON"),
                arguments("a/" + "b".repeat(4095), "$ (line 1, column 3): not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("textsThatAreNotFileNames")
    void textWithJsonStructureOrNoFileLikeNameIsReadAsJson(String text, String error) {
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, text, "inline"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(err -> assertThat(err.toString()).startsWith(error)));
    }

    static Stream<Arguments> fileNames() {
        String longName = "policy/" + "x".repeat(400) + ".json";
        return Stream.of(
                // text passed as JSON, the file name the error quotes
                arguments("COUNTY-A.JSON", "\"COUNTY-A.JSON\""),
                arguments("  policy/county-a  ", "\"policy/county-a\""),
                arguments("policy\\county-a", "\"policy\\county-a\""),
                arguments(longName, "\"" + longName.substring(0, 300) + "…\""),
                arguments("p/" + "x".repeat(298), "\"p/" + "x".repeat(298) + "\""),
                arguments("/etc/canlian/county-a", "\"/etc/canlian/county-a\""),
                arguments("\\\\server\\policy", "\"\\\\server\\policy\""),
                arguments("a/" + "b".repeat(4094), "\"a/" + "b".repeat(298) + "…\""));
    }

    @ParameterizedTest
    @MethodSource("fileNames")
    void aFileNamePassedAsJsonIsRecognisedAndQuoted(String text, String quoted) {
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, text, "inline"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Invalid policy inline (1 error):\n  $: this is a file name, not JSON text: " + quoted
                        + "; read a file with PolicyFiles.read(catalog, Path.of(" + quoted + ")) or a classpath"
                        + " resource with PolicyFiles.readResource(catalog, \"/...\")");
    }

    @Test
    void oneLineJsonNamingAFileIsStillReadAsJson() {
        assertThat(PolicyFiles.read(TestPolicies.CATALOG, "{\"policy\": \"county-a/2024\", \"parameters\": []}", "x")
                        .name())
                .isEqualTo("county-a/2024");
        assertThat(PolicyFiles.read(TestPolicies.CATALOG, "{\"policy\": \"a.json\", \"parameters\": []}", "x")
                        .name())
                .isEqualTo("a.json");
    }
}
