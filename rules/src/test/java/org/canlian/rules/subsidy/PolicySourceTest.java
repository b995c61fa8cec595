package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.InvalidPolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A policy source is a small serializable recipe: shipped to another JVM and built there, it decides as the policy
 * it names does; a reform file applies as {@code withValueFrom} of each of its values.
 */
class PolicySourceTest {
    static final String CARE_REFORM = """
            { "policy": "临泽县 care reform (illustrative)", "parameters": [
              { "parameter": "subsidy.care.table", "region": "620723", "values": [
                { "from": "2025-07-01", "unit": "table",
                  "source": { "issuer": "canlian test data", "document": "an illustrative reform", "article": "n/a",
                              "date": "2025-05-01" },
                  "value": { "rows": [
                    { "when": { "grade": ["1", "2"], "long-term-care": true },
                      "then": { "amount": "150.00", "unit": "CNY/month" } } ] } } ] } ] }
            """;

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of(PolicySource.shipped(SubsidyPolicies.GANSU_LINZE), "620723", 1L),
                Arguments.of(
                        PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).asKnownOn(LocalDate.of(2026, 1, 10)),
                        "620723",
                        2L),
                Arguments.of(PolicySource.shipped(SubsidyPolicies.SHANGHAI), "310115", 3L),
                Arguments.of(
                        PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).withReform("care-reform.json", CARE_REFORM),
                        "620723",
                        4L));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void aShippedSourceDecidesAsThePolicyItNames(PolicySource source, String region, long seed) throws Exception {
        PolicySource copy = (PolicySource) roundTrip(source);
        assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(copy.calculator()).as("built once, then kept").isSameAs(copy.calculator());
        DivisionCode unit = DivisionCode.parse(region);
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            Claimant c = CompiledSubsidiesPropertyTest.randomClaimant(r).toBuilder()
                    .registration(unit)
                    .build();
            YearMonth month = YearMonth.of(2025, 1 + r.nextInt(12));
            long[] shipped = new long[Programme.values().length];
            long[] here = new long[Programme.values().length];
            copy.calculator().compile(unit, month).decideAll(c, shipped);
            source.calculator().compile(unit, month).decideAll(c, here);
            assertThat(shipped).isEqualTo(here);
        }
    }

    @Test
    void aReformFileAppliesEachValueFromItsDate() {
        PolicySource linze = PolicySource.shipped(SubsidyPolicies.GANSU_LINZE);
        PolicySource reformed = linze.withReform("care-reform.json", CARE_REFORM);
        assertThat(reformed.policy().name()).endsWith(" with 临泽县 care reform (illustrative)");
        DivisionCode county = DivisionCode.parse("620723");
        var care = SubsidyParameters.table(Programme.CARE);
        assertThat(reformed.policy().timeline(care, county).orElseThrow().values())
                .hasSize(linze.policy()
                                .timeline(care, county)
                                .orElseThrow()
                                .values()
                                .size()
                        + 1);
        assertThat(reformed.toString())
                .isEqualTo("PolicySource[national + " + SubsidyPolicies.GANSU_LINZE + ", reform care-reform.json]");
    }

    @Test
    void filesAreReadWhenTheSourceIsMade(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reform.json");
        Files.writeString(file, CARE_REFORM);
        PolicySource source = PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).withReform(file);
        Files.delete(file);
        assertThat(((PolicySource) roundTrip(source)).policy().name()).contains("care reform");
        assertThatThrownBy(() -> PolicySource.ofFiles(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot read policy file")
                .hasMessageContaining("missing.json");
    }

    @Test
    void anInvalidFileFailsWhenTheCalculatorIsBuiltNamingTheFile() {
        PolicySource bad = PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).withReform("bad.json", "{}");
        assertThatThrownBy(bad::calculator)
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("bad.json");
    }

    @Test
    void aSourceOfFilesDecidesAsTheSameRulesAndSaysAsKnownOnWhen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test-county.json");
        Files.writeString(file, TestClaimants.POLICY);
        PolicySource source = PolicySource.ofFiles(file);
        assertThat(source).hasToString("PolicySource[national + test-county.json]");
        assertThat(source.decisionDate()).isEmpty();
        PolicySource known = source.asKnownOn(LocalDate.of(2025, 4, 1));
        assertThat(known.decisionDate()).contains(LocalDate.of(2025, 4, 1));
        Claimant c = TestClaimants.baseline().longTermCare(true).build();
        // The 2025 care table is known from 2025-03-15: 150 when decided on 2025-04-01.
        assertThat(known.calculator().decide(c, Programme.CARE, SubsidyCalculatorTest.MARCH))
                .isEqualTo(SubsidyCalculatorTest.CALC
                        .asKnownOn(LocalDate.of(2025, 4, 1))
                        .decide(c, Programme.CARE, SubsidyCalculatorTest.MARCH));
        assertThat(known.calculator()
                        .decide(c, Programme.CARE, SubsidyCalculatorTest.MARCH)
                        .amount())
                .isEqualTo(org.canlian.core.money.Money.ofYuan(150));
    }
}
