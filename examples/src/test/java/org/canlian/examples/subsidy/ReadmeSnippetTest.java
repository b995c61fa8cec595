package org.canlian.examples.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.examples.ReadmeBlocks;
import org.canlian.examples.ReadmeJava;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyDecision;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;

/**
 * The "Subsidy eligibility" section of README.md, proven: its Java snippet, run as the reader pastes it, decides what
 * its comments say, its JSON excerpt is part of the shipped 临泽县 policy file, and its output excerpt is what the demo
 * prints.
 */
class ReadmeSnippetTest {
    private static final String SECTION = "## Subsidy eligibility";

    @Test
    void theReadmeSnippetDecidesMarch2025() throws Exception {
        Map<String, Object> v = ReadmeJava.run(ReadmeBlocks.javaBlock(SECTION, 0));
        SubsidyMonth march = (SubsidyMonth) v.get("march");
        SubsidyDecision care = (SubsidyDecision) v.get("care");
        SubsidyDecision fuel = (SubsidyDecision) v.get("fuel");

        assertThat(v.get("total")).isEqualTo(Money.ofYuan(200));
        assertThat(march.status(Programme.LIVING)).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(march.paid(Programme.CARE)).isEqualTo(Money.ofYuan(100));
        assertThat(care.row()).hasValue(1);
        assertThat((String) v.get("why"))
                .startsWith("1. 申领项目：重度残疾人护理补贴，2025-03\n2. ")
                .contains("重度残疾人护理补贴标准第1行（残疾等级：一级、二级，且需长期照护：是）：符合，每月¥100.00\n");
        JsonNode json = (JsonNode) v.get("json");
        assertThat(json.get("schema").asText()).isEqualTo("canlian.explanation/1");
        assertThat(json.get("steps").get(0).get("en").asText())
                .isEqualTo("programme: care subsidy for the severely disabled, 2025-03");
        assertThat(fuel.eligibility()).isEqualTo(Eligibility.CANNOT_DECIDE);
        assertThat(fuel.missingFacts())
                .isEqualTo(v.get("missing"))
                .extracting(Bilingual::english)
                .containsExactly(
                        "application date for the fuel subsidy for disabled people's motor vehicles",
                        "lower-limb disability",
                        "owns a motor vehicle for the disabled");
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
