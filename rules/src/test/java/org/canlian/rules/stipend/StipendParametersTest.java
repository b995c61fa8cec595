package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.stipend.Officers.COUNTY_A;
import static org.canlian.rules.stipend.Officers.COUNTY_B;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.rules.policy.InvalidPolicyException;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.RoundingRule;
import org.canlian.rules.policy.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every named rule of the stipend policy is a typed choice: a lookup yields the enum constant, never a code. */
class StipendParametersTest {
    private static final DivisionCode A = DivisionCode.parse("629901101");
    private static final DivisionCode B = DivisionCode.parse("629902201201");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void namedRulesReadAsTheirEnumConstants() {
        assertThat(COUNTY_A.lookup(StipendParameters.PARTIAL_MONTH, A, DAY).value())
                .isEqualTo(PartialMonthRule.PRO_RATA_DAYS);
        assertThat(COUNTY_A.lookup(StipendParameters.ROUNDING, A, DAY).value()).isEqualTo(RoundingRule.HALF_UP);
        assertThat(COUNTY_B.lookup(StipendParameters.PARTIAL_MONTH, B, DAY).value())
                .isEqualTo(PartialMonthRule.FULL_MONTH);
        assertThat(COUNTY_B.lookup(StipendParameters.YEARLY_REMAINDER, B, DAY).value())
                .isEqualTo(RemainderRule.FIRST_MONTHS);
        assertThat(COUNTY_B.lookup(StipendParameters.CONTRACT_END, B, DAY).value())
                .isEqualTo(PaymentEndRule.MONTH_OF_EVENT);
        assertThat(COUNTY_A.lookup(StipendParameters.ASSESSMENT_FAILURE, A, DAY).value())
                .isEqualTo(PaymentEndRule.MONTH_AFTER_EVENT);
        assertThat(COUNTY_A.lookup(
                                StipendParameters.forPost(OfficerPost.VILLAGE)
                                        .payer(StipendPartKind.LOST_WORK_ALLOWANCE),
                                DivisionCode.parse("629901101201"),
                                DAY)
                        .value())
                .isEqualTo(FundingSource.VILLAGE_PUBLIC_FUNDS);
    }

    @Test
    void everyNamedRuleIsAChoiceOfAnEnumThatNamesItselfInBothLanguages() {
        StipendParameters.catalog().definitions().stream()
                .filter(d -> d.unit() == Unit.CHOICE)
                .forEach(d -> {
                    Class<? extends Enum<?>> type = d.choiceType().orElseThrow();
                    assertThat(d.type()).as(d.key()).isEqualTo(type);
                    assertThat(org.canlian.rules.policy.Bilingual.class)
                            .as(d.key())
                            .isAssignableFrom(type);
                    assertThat(d.choices()).as(d.key()).isNotEmpty();
                });
        assertThat(StipendParameters.forPost(OfficerPost.TOWNSHIP)
                        .payer(StipendPartKind.FLOOR_TOP_UP)
                        .choiceType())
                .contains(FundingSource.class);
    }

    private static StipendParameters.PostParameters streetOffice(OfficerGrade grade) {
        return StipendParameters.forPost(OfficerPost.STREET_OFFICE, grade);
    }

    /** A row: the parameter, looked up in the test (PIT credits a kill only to code run inside the test), and names. */
    private static Arguments row(Supplier<ParameterDefinition<?>> lookup, String key, String chinese, String english) {
        return arguments(lookup, key, chinese, english);
    }

    static Stream<Arguments> postParameters() {
        OfficerGrade principal = OfficerGrade.PRINCIPAL;
        OfficerGrade additional = OfficerGrade.ADDITIONAL;
        return Stream.of(
                row(
                        () -> streetOffice(principal).part(StipendPartKind.WORK_ALLOWANCE),
                        "stipend.street-office.work-allowance",
                        "街道专职委员工作补贴",
                        "street office officer work allowance"),
                row(
                        () -> streetOffice(additional).part(StipendPartKind.LOST_WORK_ALLOWANCE),
                        "stipend.street-office.additional.lost-work-allowance",
                        "街道专职委员（增配）误工补贴",
                        "street office officer (additional) lost-work allowance"),
                row(
                        () -> streetOffice(additional).payer(StipendPartKind.POST_SUBSIDY),
                        "stipend.street-office.additional.post-subsidy.payer",
                        "街道专职委员（增配）岗位补贴资金来源",
                        "street office officer (additional) post subsidy: who pays"),
                row(
                        () -> streetOffice(principal).payer(StipendPartKind.FLOOR_TOP_UP),
                        "stipend.street-office.floor.payer",
                        "街道专职委员保底补足资金来源",
                        "street office officer floor top-up: who pays"),
                row(
                        () -> streetOffice(additional).socialInsuranceRate(),
                        "stipend.street-office.additional.social-insurance.rate",
                        "街道专职委员（增配）社会保险缴费比例",
                        "street office officer (additional) social-insurance rate (percent of pay)"),
                row(
                        () -> StipendParameters.forPost(OfficerPost.VILLAGE).yearlyFloor(),
                        "stipend.village.floor.yearly",
                        "村专职委员年保底",
                        "village officer yearly floor"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("postParameters")
    void eachPostAndGradeHasItsOwnKeysAndNames(
            Supplier<ParameterDefinition<?>> lookup, String key, String chinese, String english) {
        ParameterDefinition<?> parameter = lookup.get();
        assertThat(parameter.key()).isEqualTo(key);
        assertThat(parameter.chineseName()).isEqualTo(chinese);
        assertThat(parameter.englishName()).isEqualTo(english);
        assertThat(StipendParameters.catalog().definitions()).contains(parameter);
    }

    static Stream<Arguments> segments() {
        return Stream.of(
                arguments(OfficerPost.STREET_OFFICE, OfficerGrade.PRINCIPAL, "street-office"),
                arguments(OfficerPost.STREET_OFFICE, OfficerGrade.ADDITIONAL, "street-office.additional"),
                arguments(OfficerPost.TOWNSHIP, OfficerGrade.PRINCIPAL, "township"),
                arguments(OfficerPost.COMMUNITY, OfficerGrade.ADDITIONAL, "community.additional"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("segments")
    void aPostAndGradeHaveTheirSegmentInKeys(OfficerPost post, OfficerGrade grade, String segment) {
        assertThat(StipendParameters.segment(post, grade)).isEqualTo(segment);
        assertThat(StipendParameters.segment(post)).isEqualTo(segment.replace(".additional", ""));
        assertThat(StipendParameters.forPost(post, grade).post()).isEqualTo(post);
        assertThat(StipendParameters.forPost(post, grade).grade()).isEqualTo(grade);
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                arguments(
                        "stipend.rounding",
                        "\"half-down\"",
                        "\"half-down\" is not one of [half-up, down, half-even, up, half-up-to-yuan, up-to-yuan,"
                                + " down-to-yuan]"),
                arguments(
                        "stipend.village.work-allowance.payer",
                        "\"county\"",
                        "\"county\" is not one of [county-budget, village-public-funds, employment-fund]"),
                arguments(
                        "stipend.partial-month",
                        "\"PRO_RATA_DAYS\"",
                        "\"PRO_RATA_DAYS\" is not one of [full-month, pro-rata-days, whole-months-only]"),
                arguments(
                        "stipend.contract-end.payment-ends",
                        "true",
                        "a boolean is not one of [month-of-event, month-after-event]"));
    }

    @ParameterizedTest
    @MethodSource("unknownCodes")
    void aPolicyFileNamingAnUnknownRuleIsRefusedWithTheCodesAllowed(String parameter, String value, String reason) {
        String json = "{\"policy\": \"t\", \"parameters\": [{\"parameter\": \"" + parameter + "\", \"region\":"
                + " \"629902\", \"values\": [{\"from\": \"2015-01-01\", \"value\": " + value + ", \"unit\": \"choice\","
                + " \"source\": {\"issuer\": \"t\", \"document\": \"t\", \"article\": \"t\", \"date\": \"2015-01-01\"}}]}]}";
        assertThatThrownBy(() -> PolicyFiles.read(StipendParameters.catalog(), json, "t.json"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("$.parameters[0].values[0].value: " + reason);
    }
}
