package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.Test;

/** A parameter step names the parameter by key in English and in its JSON, never in its Chinese text. */
class ExplanationStepTest {
    private static final PolicySet POLICY = TestPolicies.base();
    private static final DivisionCode VILLAGE = DivisionCode.parse("629901101201");

    @Test
    void theChineseTextOfAParameterNamesItInChineseWithoutItsKey() {
        Resolved<?> r = POLICY.lookup(TestPolicies.ALLOWANCE, VILLAGE, LocalDate.of(2019, 3, 1));
        Explanation.Step step = Explanation.Step.parameter(r);
        assertThat(step.chinese())
                .isEqualTo("测试津贴 = ¥200.00/月（629901，2018-01-01至2020-06-30；依据：test issuer, doc 2018-01-01,"
                        + " art. 1 (2018-01-01)）");
        assertThat(step.english())
                .isEqualTo("test allowance = ¥200.00/month (test.allowance; 629901, 2018-01-01..2020-06-30; source:"
                        + " test issuer, doc 2018-01-01, art. 1 (2018-01-01))");
        assertThat(Explanation.builder()
                        .parameter(r)
                        .build()
                        .toJson()
                        .get("steps")
                        .get(0)
                        .get("parameter")
                        .asText())
                .isEqualTo("test.allowance");
    }

    @Test
    void aNamedRuleIsRenderedByItsNameAndAnOpenEndedValueByItsStart() {
        Resolved<?> rule = POLICY.lookup(TestPolicies.RULE, VILLAGE, LocalDate.of(2020, 1, 1));
        assertThat(Explanation.Step.parameter(rule).chinese()).startsWith("规则 = 余数归后几个月（629901，2010-01-01起；");
        assertThat(Explanation.Step.parameter(rule).english())
                .startsWith("rule = remainder to the last months (test.rule; 629901, 2010-01-01..;");
        assertThat(Explanation.builder()
                        .parameter(rule)
                        .build()
                        .toJson()
                        .get("steps")
                        .get(0)
                        .get("value")
                        .asText())
                .isEqualTo("last-months");
    }

    @Test
    void aCarriedForwardValueWarnsInChineseToo() {
        Resolved<?> r = POLICY.lookup(
                TestPolicies.YEARLY, DivisionCode.parse("629901"), LocalDate.of(2021, 3, 1), GapMode.WARN);
        Explanation e = Explanation.builder().parameter(r).build();
        assertThat(e.toText(Locale.CHINESE)).contains("；警告：2021-03-01无适用的值，沿用截至2020-12-31的值）");
        assertThat(e.toText(Locale.ENGLISH)).contains("; WARNING: no value applies on 2021-03-01");
    }
}
