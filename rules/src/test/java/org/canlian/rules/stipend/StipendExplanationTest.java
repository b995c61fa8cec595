package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.stipend.Officers.COUNTY_A;
import static org.canlian.rules.stipend.Officers.COUNTY_B;
import static org.canlian.rules.stipend.Officers.failedOn;
import static org.canlian.rules.stipend.Officers.officer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Source;
import org.canlian.rules.policy.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stipend month explains itself in the policy layer's form: structured steps, Chinese free of code words. */
class StipendExplanationTest {
    // Fresh calculators for each test: their memo of terms would keep results of unmutated code when PIT swaps a
    // mutated class into a running JVM.
    private static StipendCalculator a() {
        return StipendCalculator.of(COUNTY_A);
    }

    private static StipendCalculator b() {
        return StipendCalculator.of(COUNTY_B);
    }

    /**
     * Fails if a step's Chinese text holds an ASCII letter outside its cited source: no parameter key
     * ({@code stipend.village.work-allowance}), no rule or payer code ({@code first-months}, {@code county-budget}),
     * no English word. Division codes and dates are digits, amounts {@code ¥1,234.50}; a citation quotes its document
     * as published, in whatever script.
     */
    static void assertChineseHasNoCodeWords(Explanation e) {
        for (Explanation.Step step : e.steps()) {
            String zh = step.chinese();
            String outsideCitation =
                    step.source().map(s -> zh.replace(s.citation(), "")).orElse(zh);
            assertThat(outsideCitation)
                    .as("Chinese text of a %s step: %s", step.kind().code(), zh)
                    .doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void theAssertionCatchesACodeWordButAllowsACitation() {
        Explanation coded = Explanation.builder()
                .step(StepKind.RULE, Phrase.of("余数规则：{0}", "remainder rule: {0}", "first-months"))
                .build();
        assertThatThrownBy(() -> assertChineseHasNoCodeWords(coded)).isInstanceOf(AssertionError.class);
        Source seed =
                Source.of("[seed] county work report", "County A work report", "art. 1", LocalDate.of(2015, 1, 1));
        Explanation cited = Explanation.builder()
                .step(StepKind.RULE, Phrase.of("依据：{0}，629901", "source: {0}, 629901", seed.citation()), seed)
                .build();
        assertChineseHasNoCodeWords(cited);
    }

    static Stream<StipendMonth> months() {
        List<StipendMonth> all = new ArrayList<>();
        List<Officer> inA = List.of(
                officer("629901101", "2024-03-16", "2024-10-20"), // township, pro rata at both ends
                officer("629901001", "2020-01-01", "2026-12-31"), // street office, floor and insurance
                officer("629901101201", "2020-01-01", "2024-06-15"), // village, contract ends mid-year
                failedOn("629901101201", "2020-01-01", "2026-12-31", "2024-04-10"),
                officer("629901001001", "2024-05-01", "2026-12-31")); // community, starts in May
        List<Officer> inB = List.of(
                officer("629902201201", "2020-01-01", "2024-06-15"), // village, yearly floor, contract ends
                officer("629902001001", "2024-03-20", "2026-12-31"), // community, a partial month paid whole
                failedOn("629902201", "2020-01-01", "2026-12-31", "2024-04-10"));
        inA.forEach(o -> all.addAll(a().year(o, Year.of(2024)).months()));
        inB.forEach(o -> all.addAll(b().year(o, Year.of(2024)).months()));
        Officer township = officer("629901101", "2020-01-01", "2026-12-31");
        all.add(a().asKnownOn(LocalDate.of(2021, 8, 1))
                .withGapMode(GapMode.WARN)
                .month(township, YearMonth.of(2021, 10)));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("months")
    void theChineseTextNamesRulesAndPayersInChineseNeverByCode(StipendMonth m) {
        assertChineseHasNoCodeWords(m.explanation());
        assertThat(m.explanation().toText(Locale.CHINESE)).doesNotContain("stipend.", "wage.", "-months", "-event");
    }

    @ParameterizedTest
    @MethodSource("months")
    void everyExplanationStartsWithTheStatusAndEndsWithTheAmountDue(StipendMonth m) {
        List<Explanation.Step> steps = m.explanation().steps();
        assertThat(steps.get(0).kind()).isEqualTo(StepKind.STATUS);
        Explanation.Step last = steps.get(steps.size() - 1);
        assertThat(last.kind()).isEqualTo(StepKind.OUTCOME);
        assertThat(last.amount()).contains(m.amountDue());
        // every value used is cited once, as a parameter step
        assertThat(steps)
                .filteredOn(s -> s.kind() == StepKind.PARAMETER)
                .<Object>map(s -> s.parameter().orElseThrow())
                .containsExactlyInAnyOrderElementsOf(List.<Object>copyOf(m.parametersUsed()));
    }

    @Test
    void theJsonFormIsTheVersionedPolicyExplanation() {
        StipendMonth m = b().month(officer("629902201201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1));
        JsonNode json = m.explanation().toJson();
        assertThat(json.get("schema").asText())
                .isEqualTo("canlian.explanation/1")
                .isEqualTo(Explanation.JSON_SCHEMA);
        List<JsonNode> steps =
                StreamSupport.stream(json.get("steps").spliterator(), false).toList();
        assertThat(steps)
                .extracting(s -> s.get("kind").asText())
                .startsWith("status", "rule", "parameter")
                .endsWith("arithmetic", "arithmetic", "arithmetic", "outcome")
                .containsOnly("status", "rule", "parameter", "arithmetic", "outcome");
        assertThat(steps).filteredOn(s -> s.has("parameter")).allSatisfy(s -> {
            assertThat(s.get("source").get("issuer").asText()).isNotBlank();
            assertThat(s.get("region").asText()).isEqualTo("629902");
            assertThat(s.get("benefitDate").asText()).isEqualTo("2024-01-01");
        });
        assertThat(steps)
                .filteredOn(s -> s.get("parameter") != null
                        && s.get("parameter").asText().equals("stipend.yearly-floor.remainder"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.get("value").asText()).isEqualTo("first-months");
                    assertThat(s.get("zh").asText()).contains("余数分摊至前几个月").doesNotContain("first-months");
                    assertThat(s.get("en").asText()).contains("remainder fen to the first months");
                });
        JsonNode outcome = steps.get(steps.size() - 1);
        assertThat(outcome.get("amount").asText()).isEqualTo("333.34");
        assertThat(outcome.get("zh").asText())
                .isEqualTo("工作补贴 ¥200.00（县级财政）；保底补足 ¥133.34（县级财政）；应发 ¥333.34，总成本 ¥333.34");
        assertThat(outcome.get("en").asText())
                .isEqualTo("work allowance ¥200.00 (county budget); floor top-up ¥133.34 (county budget); due ¥333.34,"
                        + " total cost ¥333.34");
    }

    @Test
    void arithmeticStepsCarryTheirAmountsAsMoney() {
        StipendMonth m = b().month(officer("629902201201", "2020-01-01", "2026-12-31"), YearMonth.of(2024, 1));
        assertThat(m.explanation().steps())
                .filteredOn(s -> s.kind() == StepKind.ARITHMETIC)
                .extracting(s -> s.amount().orElseThrow())
                .containsExactly(Money.ofYuan(200), Money.parse("333.34"), Money.parse("133.34"));
    }

    @Test
    void aProRataMonthShowsEachPartProratedAndRoundedByTheNamedRule() {
        StipendMonth m = a().month(officer("629901101", "2024-03-16", "2026-12-31"), YearMonth.of(2024, 3));
        Explanation e = m.explanation();
        assertThat(e.steps())
                .filteredOn(s -> s.kind() == StepKind.RULE)
                .extracting(Explanation.Step::chinese)
                .contains("不足整月（在岗16天，共31天）：按在岗天数折算");
        assertThat(e.toText(Locale.CHINESE))
                .contains("保底补足 = ¥1,620.00 × 16/31 = ¥836.13（四舍五入到分）")
                .contains("社会保险缴费 = 24% × ¥836.13 = ¥200.67（四舍五入到分）");
        assertThat(e.toText(Locale.ENGLISH))
                .contains("part of the month (16 of 31 days in post): days in post / days in the month")
                .contains("floor top-up = ¥1,620.00 x 16/31 = ¥836.13 (half up to the fen)")
                .contains("social insurance = 24% x ¥836.13 = ¥200.67 (half up to the fen)");
    }

    @Test
    void aProRataMonthWithTwoPartsAndAnUnfundedFloorProratesEachPartAndTheShortfall() {
        // County A with an illustrative village work allowance of 100.00 (county budget) besides the 60.00 lost-work
        // allowance, and a monthly floor of 300.00 that nobody is named to top up: 140.00 short in a whole month.
        Source rule = Source.of("test county", "rule 3", "art. 1", LocalDate.of(2023, 12, 1));
        StipendParameters.PostParameters village = StipendParameters.forPost(OfficerPost.VILLAGE);
        DivisionCode county = DivisionCode.parse("629901");
        PolicySet policy = COUNTY_A.withValueFrom(
                        village.part(StipendPartKind.WORK_ALLOWANCE),
                        county,
                        DatedValue.of(Money.ofYuan(100), LocalDate.of(2024, 1, 1), rule))
                .withValueFrom(
                        village.payer(StipendPartKind.WORK_ALLOWANCE),
                        county,
                        DatedValue.of(FundingSource.COUNTY_BUDGET, LocalDate.of(2024, 1, 1), rule))
                .withValueFrom(
                        village.monthlyFloor(),
                        county,
                        DatedValue.of(Money.ofYuan(300), LocalDate.of(2024, 1, 1), rule));
        // 16 of 31 March days, half up to the fen: 100 x 16/31 = 51.61, 60 x 16/31 = 30.97, 140 x 16/31 = 72.26.
        StipendMonth m = StipendCalculator.of(policy)
                .month(officer("629901101201", "2024-03-16", "2026-12-31"), YearMonth.of(2024, 3));
        assertThat(m.amountDue()).isEqualTo(Money.parse("82.58"));
        assertThat(m.shortfall()).isEqualTo(Money.parse("72.26"));
        assertThat(m.explanation().toText(Locale.ENGLISH))
                .contains("work allowance = ¥100.00 x 16/31 = ¥51.61 (half up to the fen)")
                .contains("lost-work allowance = ¥60.00 x 16/31 = ¥30.97 (half up to the fen)")
                .contains("shortfall = ¥140.00 x 16/31 = ¥72.26 (half up to the fen)");
        // A whole month has no pro-rata shortfall step.
        assertThat(StipendCalculator.of(policy)
                        .month(officer("629901101201", "2024-03-16", "2026-12-31"), YearMonth.of(2024, 4))
                        .explanation()
                        .toText(Locale.ENGLISH))
                .doesNotContain("shortfall = ")
                .contains("shortfall ¥140.00");
    }

    @Test
    void anEndedContractNamesTheRuleThatStoppedPayment() {
        StipendMonth m = a().month(officer("629901101201", "2020-01-01", "2024-06-15"), YearMonth.of(2024, 7));
        Explanation e = m.explanation();
        assertThat(e.steps())
                .extracting(Explanation.Step::kind)
                .containsExactly(StepKind.STATUS, StepKind.PARAMETER, StepKind.RULE, StepKind.OUTCOME);
        assertThat(e.steps().get(1).parameter().orElseThrow().value()).isEqualTo(PaymentEndRule.MONTH_AFTER_EVENT);
        assertThat(e.steps().get(2).chinese()).isEqualTo("停发事件 2024-06-16：次月起停发");
        assertThat(e.steps().get(3).chinese()).isEqualTo("应发 ¥0.00，总成本 ¥0.00");
        assertThat(e.steps().get(0).chinese())
                .isEqualTo("村专职委员（629901101201），2024-07：合同期满停发，在岗0天（共31天），合同期2020-01-01至2024-06-15");
    }
}
