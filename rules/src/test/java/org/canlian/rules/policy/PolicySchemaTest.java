package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.json.CanlianJson;
import org.canlian.rules.RulesCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema describes the format the loader reads: shipped files conform, bad ones do not. */
class PolicySchemaTest {
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = PolicyFiles.class.getResourceAsStream(PolicyFiles.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(CanlianJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> shippedFiles() {
        return Stream.of(
                "/org/canlian/rules/policy/examples/county-a.json",
                "/org/canlian/rules/policy/examples/county-b.json",
                "/org/canlian/rules/policy/examples/national-certificate.json",
                "/org/canlian/rules/policy/examples/national-standard.json");
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shippedPolicyFilesConformToTheSchemaAndLoad(String resource) throws IOException {
        try (InputStream in = PolicyFiles.class.getResourceAsStream(resource)) {
            JsonNode json = CanlianJson.mapper().readTree(in);
            Set<ValidationMessage> problems = SCHEMA.validate(json);
            assertThat(problems).isEmpty();
        }
        assertThat(PolicyFiles.readResource(RulesCatalog.all(), resource).parameterKeys())
                .isNotEmpty();
    }

    static Stream<String> subsidyFiles() {
        return Stream.concat(
                Stream.of(org.canlian.rules.subsidy.SubsidyPolicies.NATIONAL),
                org.canlian.rules.subsidy.SubsidyPolicies.regional().stream());
    }

    @ParameterizedTest
    @MethodSource("subsidyFiles")
    void shippedSubsidyFilesConformToTheSchemaAndLoad(String resource) throws IOException {
        try (InputStream in = PolicyFiles.class.getResourceAsStream(resource)) {
            JsonNode json = CanlianJson.mapper().readTree(in);
            Set<ValidationMessage> problems = SCHEMA.validate(json);
            assertThat(problems).isEmpty();
        }
        assertThat(PolicyFiles.readResource(org.canlian.rules.subsidy.SubsidyParameters.catalog(), resource)
                        .parameterKeys())
                .isNotEmpty();
    }

    private static String table(String rows) {
        return TestPolicies.file(TestPolicies.entry(
                "subsidy.living.table",
                "00",
                TestPolicies.value("2020-01-01", null, "{\"rows\": [" + rows + "]}", "table")));
    }

    static Stream<String> tablesBothRefuse() {
        String amount = "{\"amount\": \"100.00\", \"unit\": \"CNY/month\"}";
        return Stream.of(
                TestPolicies.file(TestPolicies.entry(
                        "subsidy.living.table",
                        "00",
                        TestPolicies.value("2020-01-01", null, "{\"rows\": []}", "table"))),
                TestPolicies.file(TestPolicies.entry(
                        "subsidy.living.table", "00", TestPolicies.value("2020-01-01", null, "[]", "table"))),
                table("{\"when\": {\"household\": [\"dibao\"]}}"),
                table("{\"when\": {\"household\": [\"dibao\"]}, \"then\": \"maybe\"}"),
                table("{\"when\": {\"household\": \"dibao\"}, \"then\": " + amount + "}"),
                table("{\"when\": {\"household\": []}, \"then\": " + amount + "}"),
                table("{\"when\": {\"age\": {\"from\": 60}}, \"then\": " + amount + "}"),
                table("{\"when\": {\"age\": {}}, \"then\": " + amount + "}"),
                table("{\"then\": {\"amount\": 100, \"unit\": \"CNY/month\"}}"),
                table("{\"then\": {\"amount\": \"100.00\"}}"),
                table("{\"then\": {\"share\": \"25\", \"of\": \"minimum-living.rural.monthly\","
                        + " \"unit\": \"CNY/month\"}}"),
                table("{\"then\": {\"share\": \"25\", \"of\": \"minimum-living.rural.monthly\","
                        + " \"rounding\": \"to-taste\", \"unit\": \"CNY/month\"}}"),
                table("{\"then\": " + amount + ", \"because\": \"x\"}"),
                TestPolicies.file(TestPolicies.entry(
                        "subsidy.higher-of", "00", TestPolicies.value("2020-01-01", null, "[[\"living\"]]", "groups"))),
                TestPolicies.file(TestPolicies.entry(
                        "subsidy.higher-of",
                        "00",
                        TestPolicies.value("2020-01-01", null, "[[\"living\", \"living\"]]", "groups"))),
                TestPolicies.file(TestPolicies.entry(
                        "subsidy.higher-of", "00", TestPolicies.value("2020-01-01", null, "[\"living\"]", "groups"))));
    }

    @ParameterizedTest
    @MethodSource("tablesBothRefuse")
    void theSchemaAndTheLoaderRefuseTheSameMalformedTablesAndGroups(String json) throws IOException {
        assertThat(SCHEMA.validate(CanlianJson.mapper().readTree(json))).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PolicyFiles.read(org.canlian.rules.subsidy.SubsidyParameters.catalog(), json, "bad.json"))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void theSchemaListsExactlyTheRoundingRulesTheLoaderKnows() throws IOException {
        JsonNode schema;
        try (InputStream in = PolicyFiles.class.getResourceAsStream(PolicyFiles.SCHEMA_RESOURCE)) {
            schema = CanlianJson.mapper().readTree(in);
        }
        JsonNode share = schema.at("/$defs/outcome/oneOf/2/properties/rounding/enum");
        Set<String> listed = java.util.stream.StreamSupport.stream(share.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
        assertThat(listed)
                .isEqualTo(Arrays.stream(RoundingRule.values())
                        .map(RoundingRule::code)
                        .collect(Collectors.toSet()));
    }

    static Stream<String> filesBothRefuse() {
        String ok = TestPolicies.value("2020-01-01", null, "\"60.00\"", "CNY/month");
        return Stream.of(
                "{\"parameters\": []}",
                "{\"policy\": \"x\", \"parameters\": [], \"extra\": 1}",
                TestPolicies.file(TestPolicies.entry("test.allowance", "1234567", ok)),
                TestPolicies.file(TestPolicies.entry(
                        "test.allowance", "00", TestPolicies.value("2020-01-01", null, "60.5", "CNY/month"))),
                TestPolicies.file(TestPolicies.entry(
                        "test.allowance", "00", TestPolicies.value("2020-01-01", null, "\"60.00\"", "RMB"))),
                TestPolicies.file(TestPolicies.entry(
                        "test.count", "00", TestPolicies.value("2020-01-01", null, "\"3\"", "count"))),
                TestPolicies.file(TestPolicies.entry(
                        "test.flag", "00", TestPolicies.value("2020-01-01", null, "\"yes\"", "boolean"))),
                TestPolicies.file(TestPolicies.entry(
                        "test.validity", "00", TestPolicies.value("2020-01-01", null, "\"10 years\"", "period"))),
                TestPolicies.file("{\"parameter\": \"test.allowance\", \"region\": \"00\", \"values\": [{\"from\":"
                        + " \"2020-01-01\", \"value\": \"1\", \"unit\": \"CNY/month\"}]}"));
    }

    @ParameterizedTest
    @MethodSource("filesBothRefuse")
    void theSchemaAndTheLoaderRefuseTheSameStructuralErrors(String json) throws IOException {
        assertThat(SCHEMA.validate(CanlianJson.mapper().readTree(json))).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PolicyFiles.read(TestPolicies.CATALOG, json, "bad.json"))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void theReadmePolicyExampleConformsAndLoads() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int section = readme.indexOf("<!-- section: policy (issue 5) -->");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        assertThat(SCHEMA.validate(CanlianJson.mapper().readTree(json))).isEmpty();
        PolicySet policy = PolicyFiles.read(RulesCatalog.all(), json, "README.md");
        assertThat(policy.lookup(
                                org.canlian.rules.stipend.StipendParameters.MINIMUM_WAGE,
                                org.canlian.core.division.DivisionCode.parse("629901101"),
                                java.time.LocalDate.of(2021, 9, 1))
                        .value())
                .isEqualTo(org.canlian.core.money.Money.parse("1470.00"));
    }

    @Test
    void theSchemaListsExactlyTheUnitsTheLoaderKnows() throws IOException {
        JsonNode schema;
        try (InputStream in = PolicyFiles.class.getResourceAsStream(PolicyFiles.SCHEMA_RESOURCE)) {
            schema = CanlianJson.mapper().readTree(in);
        }
        Set<String> listed = Stream.of(schema.at("/$defs/datedValue/properties/unit/enum"))
                .flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
        assertThat(listed)
                .isEqualTo(Arrays.stream(Unit.values()).map(Unit::code).collect(Collectors.toSet()));
    }
}
