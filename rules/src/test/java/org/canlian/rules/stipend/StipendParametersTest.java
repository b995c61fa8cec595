package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.stipend.Officers.COUNTY_A;
import static org.canlian.rules.stipend.Officers.COUNTY_B;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.rules.policy.InvalidPolicyException;
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
