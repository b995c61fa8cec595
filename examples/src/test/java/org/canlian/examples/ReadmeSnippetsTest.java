package org.canlian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.certificate.Outcome;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.examples.ReadmeBlocks.JavaBlock;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.stipend.PartialMonthRule;
import org.canlian.rules.stipend.StipendParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of README.md compiles as a reader would paste it (its own imports, every variable
 * defined) and runs, except the few marked {@code <!-- not run: why -->} in the README (they read the reader's files). Tests of a section's figures
 * ({@code subsidy.ReadmeSnippetTest}, {@code payroll.PayrollReadmeSnippetTest} ...) run their block through the same
 * {@link ReadmeJava} and check the values its variables hold.
 */
class ReadmeSnippetsTest {
    static Stream<JavaBlock> blocks() {
        return ReadmeBlocks.javaBlocks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void compilesWithItsOwnImports(JavaBlock block) {
        assertThat(ReadmeJava.compile(block)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void runs(JavaBlock block) throws Exception {
        // A block marked <!-- not run: ... --> reads the reader's own files or needs the reader's libraries.
        Assumptions.assumeTrue(block.run(), "not run: " + block);
        Map<String, Object> variables = ReadmeJava.run(block);
        assertThat(variables.keySet()).containsExactlyElementsOf(ReadmeJava.variables(block));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQuickStartHoldsWhatItsCommentsSay() throws Exception {
        Map<String, Object> v = ReadmeJava.run(ReadmeBlocks.javaBlock("## Quick start", 0));
        assertThat(v.get("no")).hasToString("110105********002X42");
        assertThat((List<Object>) v.get("months"))
                .hasSize(12)
                .startsWith(Money.parse("333.34"))
                .endsWith(Money.parse("333.33"));
    }

    @Test
    void thePolicySnippetLooksUpTypedValuesAsThenKnownAndReforms() throws Exception {
        String policySection = "## Policy data and officers' stipends";
        Map<String, Object> v = ReadmeJava.run(ReadmeBlocks.javaBlock(policySection, 0));
        assertThat(v.get("minimumWage")).isEqualTo(Money.parse("1470.00"));
        assertThat(v.get("partialMonths")).isInstanceOf(PartialMonthRule.class);
        Resolved<?> asThenKnown = (Resolved<?>) v.get("asThenKnown");
        assertThat(asThenKnown.value()).isEqualTo(Money.parse("1470.00"));
        assertThat(asThenKnown.warning()).hasValueSatisfying(w -> assertThat(w).contains("2021-08-15"));
        PolicySet reform = (PolicySet) v.get("reform");
        assertThat(reform.lookup(
                                StipendParameters.MINIMUM_WAGE,
                                DivisionCode.parse("629901101"),
                                LocalDate.of(2025, 2, 1))
                        .value())
                .isEqualTo(Money.ofYuan(1800));

        Map<String, Object> officer = ReadmeJava.run(ReadmeBlocks.javaBlock(policySection, 1));
        assertThat(officer.get("due")).isEqualTo(Money.parse("333.34"));
    }

    @Test
    void theCertificateSnippetIsRefusedWhileTheNoticeRuns() throws Exception {
        Map<String, Object> v = ReadmeJava.run(ReadmeBlocks.javaBlock("## The certificate lifecycle", 0));
        assertThat(v.get("o")).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) v.get("o")).refusal().message())
                .isEqualTo("Refused approve in application IN_NOTICE [notice-period]: the public notice of 5 working"
                        + " days runs until 2025-03-18 inclusive");
    }

    @Test
    void theReadmeHasItsJavaBlocks() {
        assertThat(ReadmeBlocks.javaBlocks()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(ReadmeBlocks.javaBlocks()).filteredOn(b -> !b.run()).hasSizeLessThanOrEqualTo(3);
    }

    static Stream<List<String>> brokenSnippets() {
        return Stream.of(
                // an import missing: nothing is imported for the reader
                List.of("LocalDate d = LocalDate.of(2025, 1, 1);"),
                // a variable never defined
                List.of("import java.time.LocalDate;", "LocalDate d = LocalDate.of(2025, 1, 1);", "d.plusDays(days);"),
                // a type in the wrong package
                List.of("import org.canlian.rules.policy.RulesCatalog;", "RulesCatalog.all();"));
    }

    @ParameterizedTest
    @MethodSource("brokenSnippets")
    void aBrokenSnippetFailsNamingItsReadmeLine(List<String> lines) {
        JavaBlock broken = new JavaBlock(500, "## A section", lines);
        assertThatThrownBy(() -> ReadmeJava.compile(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("README.md line 500 (## A section) does not compile:")
                .hasMessageContaining("README.md line " + (500 + lines.size() - 1) + ": ");
    }

    @Test
    void aSnippetsTypesAndVariablesAreItsOwn() throws Exception {
        JavaBlock block = new JavaBlock(
                10,
                "## A section",
                List.of(
                        "import java.util.List;",
                        "List<Pair> pairs = List.of(new Pair(\"a\", 1));",
                        "int size = pairs.size();",
                        "public record Pair(String name, int count) {",
                        "    int twice() { return 2 * count; }",
                        "}"));
        assertThat(ReadmeJava.run(block)).containsEntry("size", 1).containsKey("pairs");
        assertThat(ReadmeJava.variables(block)).containsExactly("pairs", "size");
    }
}
