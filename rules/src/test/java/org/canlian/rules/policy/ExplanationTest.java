package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.policy.TestPolicies.entry;
import static org.canlian.rules.policy.TestPolicies.file;
import static org.canlian.rules.policy.TestPolicies.published;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation's documented JSON form ({@code canlian.explanation/1}) and its numbered text: every member a step
 * may carry, each in a real case (a revised provincial value, a value carried forward, a table row, arithmetic).
 */
class ExplanationTest {
    private static final DivisionCode COUNTY = DivisionCode.parse("629901");

    /** The province's yearly amount 1200.00 from 2025 (published 2024-12-01), revised to 1500.00 for H1 2025. */
    private static final PolicySet REVISED = PolicyFiles.read(
            TestPolicies.CATALOG,
            file(entry(
                    "test.yearly",
                    "62",
                    published("2025-01-01", null, "\"1200.00\"", "CNY/year", "2024-12-01", null),
                    published("2025-01-01", "2025-06-30", "\"1500.00\"", "CNY/year", "2025-03-10", "2025-03-15"))),
            "revised.json");

    private static final Resolved<Money> REVISION = REVISED.lookup(
            TestPolicies.YEARLY, COUNTY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), GapMode.STRICT);

    private static final Resolved<Money> CARRIED =
            TestPolicies.base().lookup(TestPolicies.YEARLY, COUNTY, LocalDate.of(2021, 3, 1), GapMode.WARN);

    private static final Source NOTICE = Source.of("临泽县民政局", "临民发〔2024〕1号", "第三条", LocalDate.of(2024, 1, 1))
            .withUrl("https://example.org/notice")
            .withNote("illustrative");

    static Stream<Arguments> steps() {
        return Stream.of(
                arguments(
                        "a revised value: its publication, the value it replaced and the decision date",
                        (Supplier<Explanation.Step>) () -> Explanation.Step.parameter(REVISION),
                        "{\"kind\":\"parameter\",\"parameter\":\"test.yearly\",\"value\":\"1500.00\",\"unit\":\"CNY/year\","
                                + "\"region\":\"62\",\"requestedRegion\":\"629901\",\"period\":\"2025-01-01..2025-06-30\","
                                + "\"knownFrom\":\"2025-03-15\",\"benefitDate\":\"2025-05-01\","
                                + "\"decisionDate\":\"2025-04-01\",\"source\":{\"issuer\":\"test issuer\","
                                + "\"document\":\"doc 2025-03-10\",\"article\":\"art. 1\",\"date\":\"2025-03-10\"},"
                                + "\"zh\":\"测试年额 = ¥1,500.00/年（62，2025-01-01至2025-06-30；依据：test issuer, doc"
                                + " 2025-03-10, art. 1 (2025-03-10)；2025-03-15修订，原公布值：¥1,200.00/年）\","
                                + "\"en\":\"test yearly amount = ¥1,500.00/year (test.yearly; 62,"
                                + " 2025-01-01..2025-06-30; source: test issuer, doc 2025-03-10, art. 1 (2025-03-10);"
                                + " revised on 2025-03-15, first published: ¥1,200.00/year)\"}"),
                arguments(
                        "a value carried forward, with its warning",
                        (Supplier<Explanation.Step>) () -> Explanation.Step.parameter(CARRIED),
                        "{\"kind\":\"parameter\",\"parameter\":\"test.yearly\",\"value\":\"4000.00\",\"unit\":\"CNY/year\","
                                + "\"region\":\"629901\",\"requestedRegion\":\"629901\","
                                + "\"period\":\"2019-01-01..2020-12-31\",\"knownFrom\":\"2019-01-01\","
                                + "\"benefitDate\":\"2021-03-01\",\"carriedForward\":true,\"warning\":\"no value applies"
                                + " on 2021-03-01 (the last value (4000.00 CNY/year, 629901) ended on 2020-12-31);"
                                + " carried forward 4000.00 CNY/year from 2019-01-01..2020-12-31 of 629901\","
                                + "\"source\":{\"issuer\":\"test issuer\",\"document\":\"doc 2019-01-01\","
                                + "\"article\":\"art. 1\",\"date\":\"2019-01-01\"},"
                                + "\"zh\":\"测试年额 = ¥4,000.00/年（629901，2019-01-01至2020-12-31；依据：test issuer, doc"
                                + " 2019-01-01, art. 1 (2019-01-01)；警告：2021-03-01无适用的值，沿用截至2020-12-31的值）\","
                                + "\"en\":\"test yearly amount = ¥4,000.00/year (test.yearly; 629901,"
                                + " 2019-01-01..2020-12-31; source: test issuer, doc 2019-01-01, art. 1 (2019-01-01);"
                                + " WARNING: no value applies on 2021-03-01 (the last value (4000.00 CNY/year, 629901)"
                                + " ended on 2020-12-31); carried forward 4000.00 CNY/year from 2019-01-01..2020-12-31"
                                + " of 629901)\"}"),
                arguments(
                        "a rule citing a source with its link and note",
                        (Supplier<Explanation.Step>) () -> Explanation.Step.of(
                                        StepKind.RULE, Phrase.of("自申请当月起发放", "paid from the month of application"))
                                .withSource(NOTICE),
                        "{\"kind\":\"rule\",\"source\":{\"issuer\":\"临泽县民政局\",\"document\":\"临民发〔2024〕1号\","
                                + "\"article\":\"第三条\",\"date\":\"2024-01-01\",\"url\":\"https://example.org/notice\","
                                + "\"note\":\"illustrative\"},\"zh\":\"自申请当月起发放\","
                                + "\"en\":\"paid from the month of application\"}"),
                arguments(
                        "arithmetic with its amount and details of each kind",
                        (Supplier<Explanation.Step>) () -> Explanation.Step.of(
                                        StepKind.ARITHMETIC, Phrase.of("3个月 × {0}", "3 months × {0}", Money.ofYuan(5)))
                                .withAmount(Money.parse("15.00"))
                                .withDetail("months", 3)
                                .withDetail("whole", true)
                                .withDetail("base", Money.ofYuan(5))
                                .withDetail("rounding", RoundingRule.HALF_UP)
                                .withDetail("basis", "monthly"),
                        "{\"kind\":\"arithmetic\",\"amount\":\"15.00\",\"details\":{\"months\":3,\"whole\":true,"
                                + "\"base\":\"5.00\",\"rounding\":\"half-up\",\"basis\":\"monthly\"},"
                                + "\"zh\":\"3个月 × ¥5.00\",\"en\":\"3 months × ¥5.00\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aStepWritesEveryMemberItCarries(String name, Supplier<Explanation.Step> step, String json) {
        assertThat(step.get().toJson().toString()).isEqualTo(json);
    }

    @Test
    void aParameterStepCitesItsValuesSourceAndKeepsTheValue() {
        Explanation.Step step = Explanation.Step.parameter(REVISION);
        assertThat(step.kind()).isEqualTo(StepKind.PARAMETER);
        assertThat(step.parameter()).contains(REVISION);
        assertThat(step.source()).contains(REVISION.source());
        assertThat(step.amount()).isEmpty();
        assertThat(step.detail("row")).isEmpty();
        assertThat(step.toString()).isEqualTo(step.english()).startsWith("test yearly amount = ¥1,500.00/year");
        assertThat(step.text().chinese()).isEqualTo(step.chinese());
    }

    @Test
    void aTableRowStepCarriesTheRowAndItsResult() {
        Explanation.Builder b = Explanation.builder();
        DecisionTableTest.CARE
                .evaluate(DecisionTableTest.facts(2, 40, 0), (c, f) -> c[f])
                .explainInto(b, Phrase.of("护理补贴表", "care table"), NOTICE);
        List<Explanation.Step> steps = b.build().steps();
        assertThat(steps).extracting(s -> s.detail("row").orElseThrow()).containsExactly(1, 2);
        assertThat(steps).extracting(s -> s.detail("result").orElseThrow()).containsExactly("false", "true");
        assertThat(steps).allSatisfy(s -> assertThat(s.source()).contains(NOTICE));
        assertThat(steps.get(1).toJson().get("details").toString()).isEqualTo("{\"row\":2,\"result\":\"true\"}");
    }

    @Test
    void theBuilderKeepsStepsInOrderWithTheirAmountsAndSources() {
        Explanation first = Explanation.builder("临泽县")
                .parameters(List.of(REVISION, CARRIED))
                .step(StepKind.CONDITION, Phrase.of("一级", "grade 1"), NOTICE)
                .build();
        Explanation e = Explanation.builder()
                .steps(first)
                .step(StepKind.OUTCOME, Phrase.of("应发 {0}", "due {0}", Money.ofYuan(100)), Money.ofYuan(100))
                .step(StepKind.STATUS, Phrase.of("在册", "on the roll"))
                .build();
        assertThat(e.policy()).isEmpty();
        assertThat(first.policy()).contains("临泽县");
        Explanation.Builder chained = Explanation.builder();
        assertThat(chained.parameter(REVISION)).isSameAs(chained);
        assertThat(chained.build().steps()).containsExactly(Explanation.Step.parameter(REVISION));
        assertThat(e.steps())
                .extracting(Explanation.Step::kind)
                .containsExactly(
                        StepKind.PARAMETER, StepKind.PARAMETER, StepKind.CONDITION, StepKind.OUTCOME, StepKind.STATUS);
        assertThat(e.steps().get(2).source()).contains(NOTICE);
        assertThat(e.steps().get(3).amount()).contains(Money.ofYuan(100));
        assertThat(e.steps().get(4).amount()).isEmpty();
        assertThat(e.steps().get(4).source()).isEmpty();
        assertThat(e.toText(Locale.ENGLISH))
                .endsWith("\n3. grade 1\n4. due ¥100.00\n5. on the roll\n")
                .startsWith("1. test yearly amount = ¥1,500.00/year");
        assertThat(e.toText(Locale.SIMPLIFIED_CHINESE)).endsWith("\n3. 一级\n4. 应发 ¥100.00\n5. 在册\n");
        assertThat(e.toString()).isEqualTo(e.toText(Locale.ENGLISH));
    }

    @Test
    void anExplanationBuiltKeepsItsStepsWhenTheBuilderGoesOn() {
        Explanation.Builder builder = Explanation.builder("临泽县").step(StepKind.RULE, Phrase.of("规则一", "rule 1"));
        Explanation one = builder.build();
        Explanation two =
                builder.step(StepKind.RULE, Phrase.of("规则二", "rule 2")).build();
        Explanation three = builder.step(Explanation.Step.of(StepKind.STATUS, Phrase.of("在册", "on the roll")))
                .build();
        assertThat(one.toText(Locale.ENGLISH)).isEqualTo("1. rule 1\n");
        assertThat(two.toText(Locale.ENGLISH)).isEqualTo("1. rule 1\n2. rule 2\n");
        assertThat(three.toText(Locale.ENGLISH)).isEqualTo("1. rule 1\n2. rule 2\n3. on the roll\n");
        assertThat(one.steps()).hasSize(1);
        assertThat(two.steps()).hasSize(2);
        assertThatThrownBy(() -> one.steps().add(two.steps().get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Explanation.builder().steps(two).build())
                .isNotEqualTo(two)
                .satisfies(e -> assertThat(e.steps()).isEqualTo(two.steps()));
    }

    @Test
    void aBuilderGrowsPastItsFirstRoomAndAnExplanationSeesOnlyItsOwnSteps() {
        Explanation.Builder builder = Explanation.builder();
        List<Explanation> built = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            builder.step(StepKind.RULE, Phrase.of("规则{0}", "rule {0}", i));
            built.add(builder.build());
        }
        for (int i = 1; i <= 40; i++) {
            Explanation e = built.get(i - 1);
            assertThat(e.steps()).hasSize(i);
            assertThat(e.steps().get(i - 1).english()).isEqualTo("rule " + i);
            assertThat(e.toText(Locale.ENGLISH)).endsWith(i + ". rule " + i + "\n");
            int last = i;
            assertThatThrownBy(() -> e.steps().get(last)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThat(built.get(39).followedBy(built.get(1)).steps()).hasSize(42);
        assertThat(built.get(2))
                .isEqualTo(Explanation.builder().steps(built.get(2)).build());
        assertThat(built.get(2))
                .hasSameHashCodeAs(Explanation.builder().steps(built.get(2)).build());
        assertThat(built.get(2)).isNotEqualTo(built.get(3));
    }

    static Stream<Arguments> followed() {
        Explanation named = Explanation.builder("临泽县")
                .step(StepKind.RULE, Phrase.of("规则一", "rule 1"))
                .build();
        Explanation unnamed = Explanation.builder()
                .step(StepKind.RULE, Phrase.of("规则二", "rule 2"))
                .build();
        Explanation other = Explanation.builder("肃南县")
                .step(StepKind.RULE, Phrase.of("规则三", "rule 3"))
                .build();
        return Stream.of(
                arguments(named, other, Optional.of("临泽县"), "1. rule 1\n2. rule 3\n"),
                arguments(unnamed, other, Optional.of("肃南县"), "1. rule 2\n2. rule 3\n"),
                arguments(unnamed, unnamed, Optional.empty(), "1. rule 2\n2. rule 2\n"));
    }

    @ParameterizedTest
    @MethodSource("followed")
    void followedByKeepsTheFirstPolicyNameItFinds(
            Explanation first, Explanation then, Optional<String> policy, String text) {
        Explanation both = first.followedBy(then);
        assertThat(both.policy()).isEqualTo(policy);
        assertThat(both.toText(Locale.ENGLISH)).isEqualTo(text);
    }

    @Test
    void anExplanationBuiltFollowedBySharedStepsReadsThemAsItsOwn() {
        Explanation shared = Explanation.builder()
                .step(StepKind.CONDITION, Phrase.of("一级", "grade 1"))
                .step(StepKind.OUTCOME, Phrase.of("应发", "due"))
                .build();
        Explanation.Builder builder = Explanation.builder("临泽县").step(StepKind.FACT, Phrase.of("本人", "own"));
        Explanation mine = builder.buildFollowedBy(shared);
        Explanation copied = Explanation.builder("临泽县")
                .step(StepKind.FACT, Phrase.of("本人", "own"))
                .steps(shared)
                .build();
        assertThat(mine).isEqualTo(copied).hasSameHashCodeAs(copied).hasToString("1. own\n2. grade 1\n3. due\n");
        assertThat(mine.steps()).hasSize(3).isEqualTo(copied.steps());
        assertThat(mine.steps().get(1)).isSameAs(shared.steps().get(0));
        assertThat(mine.steps().get(2)).isSameAs(shared.steps().get(1));
        assertThatThrownBy(() -> mine.steps().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(mine.toJson()).isEqualTo(copied.toJson());
        assertThat(mine.toText(Locale.CHINESE)).isEqualTo("1. 本人\n2. 一级\n3. 应发\n");
        // Chained twice, copied, and followed: the steps read in order, the first policy name kept.
        Explanation twice = Explanation.builder()
                .step(StepKind.FACT, Phrase.of("前", "first"))
                .buildFollowedBy(mine);
        assertThat(twice.steps())
                .extracting(Explanation.Step::english)
                .containsExactly("first", "own", "grade 1", "due");
        assertThat(twice.policy()).contains("临泽县");
        assertThat(Explanation.builder().steps(twice).build().steps()).isEqualTo(twice.steps());
        assertThat(twice.followedBy(mine).steps())
                .hasSize(7)
                .element(6)
                .isSameAs(shared.steps().get(1));
        assertThat(mine.followedBy(twice).toText(Locale.ENGLISH))
                .isEqualTo("1. own\n2. grade 1\n3. due\n4. first\n5. own\n6. grade 1\n7. due\n");
        // Unequal by a shared step, by the policy, or by one step more.
        Explanation other = builder.buildFollowedBy(Explanation.builder()
                .step(StepKind.CONDITION, Phrase.of("二级", "grade 2"))
                .step(StepKind.OUTCOME, Phrase.of("应发", "due"))
                .build());
        assertThat(mine)
                .isNotEqualTo(other)
                .isNotEqualTo(Explanation.builder("肃南县").buildFollowedBy(copied));
        assertThat(mine).isNotEqualTo(twice).isNotEqualTo(builder.buildFollowedBy(mine));
        // Hashes read every step, shared ones too.
        assertThat(mine).doesNotHaveSameHashCodeAs(other);
        assertThat(mine.steps().get(1)).doesNotHaveSameHashCodeAs(other.steps().get(1));
        assertThatThrownBy(() -> builder.buildFollowedBy(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rest");
    }

    @Test
    void aSharedRestCanBeFollowedByALastStepOfItsOwn() {
        Explanation shared = Explanation.builder()
                .step(StepKind.CONDITION, Phrase.of("一级", "grade 1"))
                .step(StepKind.CONDITION, Phrase.of("低保", "dibao"))
                .build();
        Explanation.Step outcome = Explanation.Step.of(StepKind.OUTCOME, Phrase.of("不符合", "not eligible"));
        Explanation.Builder builder = Explanation.builder("临泽县").step(StepKind.FACT, Phrase.of("本人", "own"));
        Explanation mine = builder.buildFollowedBy(shared, outcome);
        Explanation copied = Explanation.builder("临泽县")
                .step(StepKind.FACT, Phrase.of("本人", "own"))
                .steps(shared)
                .step(outcome)
                .build();
        assertThat(mine).isEqualTo(copied).hasSameHashCodeAs(copied);
        assertThat(mine.toText(Locale.ENGLISH)).isEqualTo("1. own\n2. grade 1\n3. dibao\n4. not eligible\n");
        assertThat(mine.toJson()).isEqualTo(copied.toJson());
        assertThat(mine.steps()).hasSize(4).isEqualTo(copied.steps());
        assertThat(mine.steps().get(1)).isSameAs(shared.steps().get(0));
        assertThat(mine.steps().get(3)).isSameAs(outcome);
        assertThatThrownBy(() -> mine.steps().get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        // An empty rest (a decision that read no table), and the explanation as the rest of another: its last step
        // comes before that one's.
        assertThat(Explanation.builder()
                        .buildFollowedBy(Explanation.builder().build(), outcome)
                        .steps())
                .containsExactly(outcome);
        Explanation outer = Explanation.builder()
                .step(StepKind.FACT, Phrase.of("前", "first"))
                .buildFollowedBy(mine, Explanation.Step.of(StepKind.STATUS, Phrase.of("末", "end")));
        assertThat(outer.steps())
                .extracting(Explanation.Step::english)
                .containsExactly("first", "own", "grade 1", "dibao", "not eligible", "end");
        assertThat(outer.followedBy(mine).steps()).hasSize(10).element(9).isSameAs(outcome);
        assertThat(outer.policy()).contains("临泽县");
        assertThat(Explanation.builder("临泽县").steps(outer).build())
                .isEqualTo(outer.followedBy(Explanation.builder().build()));
        assertThat(mine).isNotEqualTo(builder.buildFollowedBy(shared)).isNotEqualTo(outer);
        assertThatThrownBy(() -> builder.buildFollowedBy(shared, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("last");
    }

    @Test
    void theJsonNamesItsSchemaAndPolicyOnlyWhenKnown() {
        Explanation.Step step = Explanation.Step.of(StepKind.FACT, Phrase.of("年龄67岁", "age 67"));
        assertThat(Explanation.builder("临泽县").step(step).build().toJson().toString())
                .isEqualTo("{\"schema\":\"canlian.explanation/1\",\"policy\":\"临泽县\",\"steps\":[{\"kind\":\"fact\","
                        + "\"zh\":\"年龄67岁\",\"en\":\"age 67\"}]}");
        assertThat(Explanation.builder().build().toJson().toString())
                .isEqualTo("{\"schema\":\"canlian.explanation/1\",\"steps\":[]}");
    }

    /** A certificate's facts, put into words only when read (as a subsidy decision's certificate step keeps them). */
    private record Certificate(String number, int grade) implements Bilingual {
        @Override
        public String chinese() {
            return "残疾人证" + number + "，" + grade + "级";
        }

        @Override
        public String english() {
            return "certificate " + number + ", grade " + grade;
        }
    }

    @Test
    void aStepOfTextThatIsNoPhraseRendersItWhenReadAndGivesItAsAPhrase() {
        Explanation.Step step = Explanation.Step.of(StepKind.FACT, new Certificate("6299***01", 2));
        assertThat(step.chinese()).isEqualTo("残疾人证6299***01，2级");
        assertThat(step.english()).isEqualTo("certificate 6299***01, grade 2");
        assertThat(step.text()).isInstanceOf(Phrase.class);
        assertThat(step.text().chinese()).isEqualTo("残疾人证6299***01，2级");
        assertThat(step.text().english()).isEqualTo("certificate 6299***01, grade 2");
        assertThat(step).isEqualTo(Explanation.Step.of(StepKind.FACT, new Certificate("6299***01", 2)));
        assertThat(step).isNotEqualTo(Explanation.Step.of(StepKind.FACT, new Certificate("6299***01", 3)));
        Explanation e = Explanation.builder().step(step).build();
        assertThat(e.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("1. 残疾人证6299***01，2级\n");
        assertThat(e.toText(Locale.ENGLISH)).isEqualTo("1. certificate 6299***01, grade 2\n");
        assertThat(e.toJson().toString())
                .isEqualTo("{\"schema\":\"canlian.explanation/1\",\"steps\":[{\"kind\":\"fact\","
                        + "\"zh\":\"残疾人证6299***01，2级\",\"en\":\"certificate 6299***01, grade 2\"}]}");
        Phrase phrase = Phrase.of("在册", "on the roll");
        assertThat(Explanation.Step.of(StepKind.STATUS, phrase).text()).isSameAs(phrase);
    }

    @Test
    void explanationsAreEqualByPolicyAndStepsWhateverTheRoomBehindThem() {
        Explanation.Builder builder = Explanation.builder("临泽县");
        for (int i = 1; i <= 20; i++) {
            builder.step(StepKind.RULE, Phrase.of("规则{0}", "rule {0}", i));
        }
        Explanation twenty = builder.build();
        Explanation.Builder again = Explanation.builder("临泽县");
        for (int i = 1; i <= 20; i++) {
            again.step(StepKind.RULE, Phrase.of("规则{0}", "rule {0}", i));
        }
        Explanation same = again.build();
        Explanation more =
                again.step(StepKind.RULE, Phrase.of("规则二十一", "rule 21")).build();
        assertThat(twenty).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(more);
        assertThat(more).isNotEqualTo(twenty);
        assertThat(twenty.steps()).isEqualTo(same.steps()).hasSize(20);
        assertThat(twenty.steps().hashCode()).isEqualTo(same.steps().hashCode());
        assertThat(twenty).isNotEqualTo(Explanation.builder("肃南县").steps(twenty).build());
        Explanation both = twenty.followedBy(more);
        assertThat(both.steps()).hasSize(41);
        assertThat(both.steps().get(19).english()).isEqualTo("rule 20");
        assertThat(both.steps().get(20).english()).isEqualTo("rule 1");
        assertThat(both.steps().get(40).english()).isEqualTo("rule 21");
        assertThat(both.toText(Locale.ENGLISH)).startsWith("1. rule 1\n").endsWith("\n41. rule 21\n");
    }
}
