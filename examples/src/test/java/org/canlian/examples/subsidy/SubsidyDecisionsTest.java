package org.canlian.examples.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.StepKind;
import org.canlian.rules.policy.Truth;
import org.canlian.rules.policy.Unit;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.PaymentStart;
import org.canlian.rules.subsidy.PaymentStop;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubsidyDecisionsTest {
    private static final Pattern ANSWER = Pattern.compile("不符合条件|符合条件|无法判断");
    private static SubsidyDecisions.Report report;
    private static String output;

    @BeforeAll
    static void decideAndRender() {
        report = SubsidyDecisions.decideAll();
        output = SubsidyDecisions.render(report);
    }

    static Stream<Arguments> amountsPaidInMarch2025() {
        return Stream.of(
                // case, programme, answer after "higher of", amount paid
                Arguments.of(1, Programme.LIVING, Eligibility.ELIGIBLE, "100.00"),
                Arguments.of(1, Programme.CARE, Eligibility.ELIGIBLE, "100.00"),
                Arguments.of(2, Programme.LIVING, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(2, Programme.CARE, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(2, Programme.ELDERLY, Eligibility.ELIGIBLE, "100.00"),
                Arguments.of(3, Programme.LIVING, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(3, Programme.CARE, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(4, Programme.LIVING, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(4, Programme.CARE, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(5, Programme.CARE, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(5, Programme.ELDERLY, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(6, Programme.LIVING, Eligibility.ELIGIBLE, "100.00"),
                Arguments.of(6, Programme.CARE, Eligibility.CANNOT_DECIDE, "0.00"),
                Arguments.of(7, Programme.FUEL, Eligibility.ELIGIBLE, "260.00"),
                Arguments.of(8, Programme.CARE, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(8, Programme.ELDERLY, Eligibility.ELIGIBLE, "100.00"));
    }

    @ParameterizedTest(name = "case {0}, {1}: {2} {3}")
    @MethodSource
    void amountsPaidInMarch2025(int number, Programme programme, Eligibility answer, String amount) {
        SubsidyMonth m = report.get(number).month();
        assertThat(m.status(programme)).isEqualTo(answer);
        assertThat(m.paid(programme)).isEqualTo(Money.parse(amount));
    }

    @Test
    void monthlyTotalsAreTheEligibleMonthlyAmounts() {
        assertThat(report.get(1).month().monthlyTotal()).isEqualTo(Money.ofYuan(200));
        assertThat(report.get(2).month().monthlyTotal()).isEqualTo(Money.ofYuan(100));
        assertThat(report.get(7).month().monthlyTotal()).isEqualTo(Money.ZERO);
        assertThat(output).contains("每年 per year").contains("¥260.00");
    }

    @Test
    void eachUnpaidProgrammeSaysWhy() {
        assertThat(report.get(3).month().decision(Programme.CARE).failedConditions())
                .extracting(Bilingual::english)
                .containsExactly("excluded: destitute-persons support: yes");
        assertThat(report.get(4).month().decision(Programme.LIVING).failedConditions())
                .singleElement()
                .extracting(Bilingual::english)
                .asString()
                .startsWith("no valid certificate in the month");
        assertThat(report.get(5).month().decision(Programme.CARE).failedConditions())
                .singleElement()
                .extracting(Bilingual::english)
                .asString()
                .contains("death on 2025-02-17, paid through 2025-02");
        assertThat(report.get(6).month().decision(Programme.CARE).missingFacts())
                .extracting(Bilingual::english)
                .containsExactly("needs long-term care");
        assertThat(output)
                .contains("择高享受（残疾老人生活补助；困难残疾人生活补贴）：保留残疾老人生活补助（每月¥100.00），其余不予发放\n")
                .contains("keeps the old-age allowance (¥200.00 a month); the others are not paid\n")
                .contains("重度残疾人护理补贴：无法判断，缺少：需长期照护\n")
                .contains("care subsidy for the severely disabled: cannot decide, missing: needs long-term care\n");
    }

    @Test
    void theFullExplanationsAreInChineseAndEnglish() {
        assertThat(output)
                .contains("== 案例 2 的依据 / Why, case 2 ==\n")
                .contains("重度残疾人护理补贴标准第1行（残疾等级：一级、二级，且需长期照护：是）：无法判断：需长期照护为不详\n")
                .contains("care subsidy for the severely disabled table, row 1 (disability grade: grade 1, grade 2 and"
                        + " needs long-term care: yes): cannot tell: needs long-term care is unknown\n");
    }

    @Test
    void residentIdsAreValidIdsOfLinzeWithTheirOwnCheckCharacter() {
        for (SubsidyDecisions.Case c : SubsidyDecisions.cases()) {
            ResidentId id = c.claimant().residentId().orElseThrow();
            String full = id.reveal();
            assertThat(full).startsWith("620723");
            assertThat(full.charAt(17)).isEqualTo(mod112(full.substring(0, 17)));
            assertThat(ResidentId.parse(full, SubsidyDecisions.DECISION_DATE)).isEqualTo(id);
            assertThat(id.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2010, 1, 1));
        }
        assertThat(SubsidyDecisions.cases())
                .extracting(c -> c.claimant().residentId().orElseThrow())
                .doesNotHaveDuplicates();
    }

    @Test
    void outputNeverShowsAFullResidentId() {
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(output).find()).isFalse();
        for (SubsidyDecisions.Case c : SubsidyDecisions.cases()) {
            ResidentId id = c.claimant().residentId().orElseThrow();
            assertThat(output).doesNotContain(id.reveal()).contains(id.masked());
        }
    }

    @Test
    void outputShowsNoEnumNameAndNoRawMap() {
        List<Enum<?>> constants = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(
                Eligibility.class,
                Programme.class,
                HouseholdStatus.class,
                RegistrationType.class,
                Allowance.class,
                StopReason.class,
                PaymentStart.class,
                PaymentStop.class,
                Schooling.class,
                DisabilityCategory.class,
                DisabilityGrade.class,
                Sex.class,
                Unit.class,
                StepKind.class,
                Truth.class)) {
            constants.addAll(List.of(type.getEnumConstants()));
        }
        for (Enum<?> e : constants) {
            assertThat(Pattern.compile("\\b" + e.name() + "\\b").matcher(output).find())
                    .as("output shows %s.%s", e.getDeclaringClass().getSimpleName(), e.name())
                    .isFalse();
        }
        assertThat(output).doesNotContain("NOT_ELIGIBLE").doesNotContain("CANNOT_DECIDE");
        assertThat(Pattern.compile("\\{\\w+=").matcher(output).find())
                .as("a raw map")
                .isFalse();
        assertThat(output).doesNotContain("Optional[").doesNotContain("Claimant[");
    }

    @Test
    void unitsAreNamedBesideTheirCodes() {
        assertThat(output)
                .startsWith("620723 临泽县 残疾人补贴资格审核 / Subsidy eligibility: 2025年3月 March 2025\n")
                .contains("户籍 registered in 620723101 沙河镇, 620723 临泽县, 农村户籍 rural registration\n")
                .contains("620723107 倪家营镇");
    }

    @Test
    void tablesAreAlignedInDisplayColumns() {
        String[] lines = output.split("\n");
        int checked = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("  项目 programme")) {
                continue;
            }
            int result = SubsidyDecisions.displayWidth(lines[i].substring(0, lines[i].indexOf("结果")));
            int unit = SubsidyDecisions.displayWidth(lines[i].substring(0, lines[i].indexOf("单位")));
            // The rows up to the totals, which end each table.
            for (int j = i + 1; !lines[j - 1].startsWith("  合计"); j++) {
                String row = lines[j];
                assertThat(SubsidyDecisions.displayWidth(row.substring(0, row.indexOf("每"))))
                        .as(row)
                        .isEqualTo(unit);
                Matcher answer = ANSWER.matcher(row);
                if (answer.find()) {
                    assertThat(SubsidyDecisions.displayWidth(row.substring(0, answer.start())))
                            .as(row)
                            .isEqualTo(result);
                } else {
                    assertThat(row).startsWith("  合计 total");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(24);
    }

    @Test
    void displayWidthCountsChineseAsTwoColumns() {
        assertThat(SubsidyDecisions.displayWidth("临泽县 abc")).isEqualTo(10);
        assertThat(SubsidyDecisions.displayWidth("（¥100.00）")).isEqualTo(11);
        assertThat(SubsidyDecisions.padRight("沙河镇", 8)).isEqualTo("沙河镇  ");
        assertThat(SubsidyDecisions.padLeft("¥1.00", 7)).isEqualTo("  ¥1.00");
    }

    @Test
    void theReportIsTheSameOnEveryRun() {
        assertThat(SubsidyDecisions.render(SubsidyDecisions.decideAll())).isEqualTo(output);
    }

    /** ISO 7064 MOD 11-2, computed here independently of the code under test. */
    private static char mod112(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(seventeenDigits.charAt(i), 10) * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
