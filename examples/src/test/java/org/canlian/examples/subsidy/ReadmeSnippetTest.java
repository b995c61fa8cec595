package org.canlian.examples.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.ReadmeBlocks;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyDecision;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;

/**
 * The "Subsidy eligibility" section of README.md, proven: its Java snippet is copied below verbatim and run, its JSON
 * excerpt is part of the shipped 临泽县 policy file, and its output excerpt is what the demo prints.
 */
class ReadmeSnippetTest {
    private static final String SECTION = "## Subsidy eligibility";

    @Test
    void theReadmeSnippetDecidesMarch2025() {
        // README snippet, verbatim from here ...
        PolicySet linze = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE); // national rules + 临泽县 620723
        SubsidyCalculator calculator = SubsidyCalculator.of(linze).asKnownOn(LocalDate.of(2025, 4, 10));
        Claimant claimant = Claimant.builder()
                .residentId(ResidentId.parse("620723197208190246"))
                .certificate(
                        DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO),
                        LocalDate.of(2021, 6, 8),
                        LocalDate.of(2031, 6, 7))
                .registration(DivisionCode.parse("620723101"), RegistrationType.RURAL) // 沙河镇
                .household(HouseholdStatus.DIBAO)
                .longTermCare(true)
                .destituteSupport(false)
                .workInjuryCare(false)
                .childSupport(false)
                .noOtherAllowances()
                .applied(Programme.LIVING, LocalDate.of(2021, 7, 2))
                .applied(Programme.CARE, LocalDate.of(2021, 7, 2))
                .build();
        SubsidyMonth march = calculator.decideAll(claimant, YearMonth.of(2025, 3));
        Money total = march.monthlyTotal(); // ¥200.00: living subsidy 100 + care subsidy 100
        SubsidyDecision care = march.decision(Programme.CARE);
        String why = care.explanation().toText(Locale.CHINESE); // "1. 申领项目：重度残疾人护理补贴，2025-03\n2. ..."
        JsonNode json = care.explanation().toJson(); // {"schema":"canlian.explanation/1","policy":...,"steps":[...]}
        SubsidyDecision fuel = calculator.decide(claimant, Programme.FUEL, YearMonth.of(2025, 3));
        List<Bilingual> missing = fuel.missingFacts(); // CANNOT_DECIDE: no application, lower limbs?, own vehicle?
        // ... to here.

        assertThat(total).isEqualTo(Money.ofYuan(200));
        assertThat(march.status(Programme.LIVING)).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(march.paid(Programme.CARE)).isEqualTo(Money.ofYuan(100));
        assertThat(care.row()).hasValue(1);
        assertThat(why)
                .startsWith("1. 申领项目：重度残疾人护理补贴，2025-03\n2. ")
                .contains("重度残疾人护理补贴标准第1行（残疾等级：一级、二级，且需长期照护：是）：符合，每月¥100.00\n");
        assertThat(json.get("schema").asText()).isEqualTo("canlian.explanation/1");
        assertThat(json.get("steps").get(0).get("en").asText())
                .isEqualTo("programme: care subsidy for the severely disabled, 2025-03");
        assertThat(fuel.eligibility()).isEqualTo(Eligibility.CANNOT_DECIDE);
        assertThat(missing)
                .extracting(Bilingual::english)
                .containsExactly(
                        "application date for the fuel subsidy for disabled people's motor vehicles",
                        "lower-limb disability",
                        "owns a motor vehicle for the disabled");
    }

    @Test
    void theReadmeShowsTheSnippetThisTestRuns() throws IOException {
        List<String> snippet = ReadmeBlocks.block(section(), "```java");
        List<String> source =
                ReadmeBlocks.lines("examples/src/test/java/org/canlian/examples/subsidy/ReadmeSnippetTest.java");
        List<String> body =
                ReadmeBlocks.between(source, "// README snippet, verbatim from here ...", "// ... to here.");
        List<String> imports = source.stream()
                .filter(l -> l.startsWith("import ") && !l.startsWith("import static"))
                .toList();
        List<String> readmeImports =
                snippet.stream().filter(l -> l.startsWith("import ")).toList();
        List<String> readmeCode = snippet.stream()
                .filter(l -> !l.startsWith("import ") && !l.isBlank())
                .toList();
        assertThat(imports).containsAll(readmeImports);
        assertThat(readmeCode).isEqualTo(body.stream().map(l -> l.substring(8)).toList());
        // Every import the snippet needs is shown: the code's types are all imported in the README.
        for (String type : List.of(
                "PolicySet",
                "SubsidyPolicies",
                "SubsidyCalculator",
                "LocalDate",
                "Claimant",
                "ResidentId",
                "DisabilityRating",
                "DisabilityCategory",
                "DisabilityGrade",
                "DivisionCode",
                "RegistrationType",
                "HouseholdStatus",
                "Programme",
                "SubsidyMonth",
                "YearMonth",
                "Money",
                "SubsidyDecision",
                "Locale",
                "JsonNode",
                "List",
                "Bilingual")) {
            assertThat(readmeImports).anyMatch(l -> l.endsWith("." + type + ";"));
        }
    }

    @Test
    void theReadmePolicyExcerptIsPartOfTheShippedLinzeFile() throws IOException {
        JsonNode excerpt = CanlianJson.mapper().readTree(String.join("\n", ReadmeBlocks.block(section(), "```json")));
        JsonNode shipped;
        try (var in = SubsidyPolicies.class.getResourceAsStream(SubsidyPolicies.GANSU_LINZE)) {
            shipped = CanlianJson.mapper().readTree(in);
        }
        List<JsonNode> same = new ArrayList<>();
        shipped.get("parameters").forEach(p -> {
            if (p.get("parameter").equals(excerpt.get("parameter"))
                    && p.get("region").equals(excerpt.get("region"))) {
                same.add(p);
            }
        });
        assertThat(same).containsExactly(excerpt);
    }

    @Test
    void theReadmeOutputExcerptIsWhatTheDemoPrints() throws IOException {
        String demo = SubsidyDecisions.render(SubsidyDecisions.decideAll());
        String excerpt = String.join("\n", ReadmeBlocks.block(section(), "```text")) + "\n";
        assertThat(demo).contains(excerpt);
        assertThat(section())
                .contains("./mvnw -q -pl examples -am compile exec:java"
                        + " -Ddemo.mainClass=org.canlian.examples.subsidy.SubsidyDecisions");
    }

    /** The README's "Subsidy eligibility" section, up to the next section. */
    private static String section() throws IOException {
        return ReadmeBlocks.section(SECTION);
    }
}
