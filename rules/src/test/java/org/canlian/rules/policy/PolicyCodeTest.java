package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.rules.stipend.FundingSource;
import org.canlian.rules.stipend.PartialMonthRule;
import org.canlian.rules.stipend.PaymentEndRule;
import org.canlian.rules.stipend.RemainderRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enum that policy files name by a code follows one convention: {@code ofCode} throws, {@code find} does not. */
class PolicyCodeTest {
    static Stream<Arguments> foundCodes() {
        return Stream.of(
                Arguments.of(Unit.find("CNY/month"), Optional.of(Unit.CNY_PER_MONTH)),
                Arguments.of(Unit.find("m2"), Optional.of(Unit.SQUARE_METRES)),
                Arguments.of(Unit.find("yuan"), Optional.empty()),
                Arguments.of(
                        FundingSource.find("village-public-funds"), Optional.of(FundingSource.VILLAGE_PUBLIC_FUNDS)),
                Arguments.of(FundingSource.find("County-Budget"), Optional.empty()),
                Arguments.of(PartialMonthRule.find("pro-rata-days"), Optional.of(PartialMonthRule.PRO_RATA_DAYS)),
                Arguments.of(PartialMonthRule.find(""), Optional.empty()),
                Arguments.of(RemainderRule.find("last-months"), Optional.of(RemainderRule.LAST_MONTHS)),
                Arguments.of(RemainderRule.find("middle-months"), Optional.empty()),
                Arguments.of(PaymentEndRule.find("month-after-event"), Optional.of(PaymentEndRule.MONTH_AFTER_EVENT)),
                Arguments.of(PaymentEndRule.find("never"), Optional.empty()),
                Arguments.of(RoundingRule.find("half-even"), Optional.of(RoundingRule.HALF_EVEN)),
                Arguments.of(RoundingRule.find("HALF_EVEN"), Optional.empty()),
                Arguments.of(StepKind.find("outcome"), Optional.of(StepKind.OUTCOME)),
                Arguments.of(StepKind.find("remark"), Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("foundCodes")
    void findsTheConstantOfACodeExactly(Optional<?> found, Optional<?> expected) {
        assertThat(found).isEqualTo(expected);
    }

    static Stream<Arguments> knownCodes() {
        return Stream.of(
                Arguments.of(Unit.ofCode("CNY/year"), Unit.CNY_PER_YEAR),
                Arguments.of(FundingSource.ofCode("employment-fund"), FundingSource.EMPLOYMENT_FUND),
                Arguments.of(PartialMonthRule.ofCode("full-month"), PartialMonthRule.FULL_MONTH),
                Arguments.of(RemainderRule.ofCode("first-months"), RemainderRule.FIRST_MONTHS),
                Arguments.of(PaymentEndRule.ofCode("month-of-event"), PaymentEndRule.MONTH_OF_EVENT),
                Arguments.of(RoundingRule.ofCode("up-to-yuan"), RoundingRule.UP_TO_YUAN),
                Arguments.of(StepKind.ofCode("parameter"), StepKind.PARAMETER));
    }

    @ParameterizedTest
    @MethodSource("knownCodes")
    void ofCodeReturnsTheConstantOfAKnownCode(PolicyCode found, PolicyCode expected) {
        assertThat(found).isSameAs(expected);
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> Unit.ofCode("yuan"),
                        // every unit's code, whatever units are added later
                        "Invalid unit \"yuan\": must be one of " + PolicyCode.codes(Unit.class)),
                Arguments.of(
                        (Runnable) () -> FundingSource.ofCode("County-Budget"),
                        "Invalid funding source \"County-Budget\": must be one of [county-budget,"
                                + " village-public-funds, employment-fund]"),
                Arguments.of(
                        (Runnable) () -> RemainderRule.ofCode("middle-months"),
                        "Invalid remainder rule \"middle-months\": must be one of [first-months, last-months]"),
                Arguments.of(
                        (Runnable) () -> PartialMonthRule.ofCode(""),
                        "Invalid partial-month rule \"\": must be one of [full-month, pro-rata-days, whole-months-only]"),
                Arguments.of(
                        (Runnable) () -> PaymentEndRule.ofCode("never"),
                        "Invalid payment-end rule \"never\": must be one of [month-of-event, month-after-event]"),
                Arguments.of(
                        (Runnable) () -> RoundingRule.ofCode("HALF_EVEN"),
                        "Invalid rounding rule \"HALF_EVEN\": must be one of [half-up, down, half-even, up,"
                                + " half-up-to-yuan, up-to-yuan, down-to-yuan]"),
                Arguments.of(
                        (Runnable) () -> StepKind.ofCode("remark"),
                        "Invalid explanation step kind \"remark\": must be one of [parameter, rule, fact, condition,"
                                + " status, arithmetic, outcome]"));
    }

    @ParameterizedTest
    @MethodSource("unknownCodes")
    void ofCodeRejectsAnUnknownCodeNamingTheFieldAndTheCodesAllowed(Runnable lookup, String message) {
        assertThatThrownBy(lookup::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void listsTheCodesInDeclarationOrder() {
        assertThat(PolicyCode.codes(FundingSource.class))
                .containsExactly("county-budget", "village-public-funds", "employment-fund");
    }

    /** Household statuses as a county spreadsheet names them: codes and names from one {@link NamedCode.Names}. */
    enum Household implements NamedCode {
        DIBAO("dibao", "低保", "minimum-living-guarantee household"),
        DESTITUTE("destitute", "特困", "destitute person");

        private final Names names;

        Household(String code, String chinese, String english) {
            this.names = new Names(code, chinese, english);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    @Test
    void aNamedCodeTakesItsCodeAndNamesFromItsNames() {
        assertThat(Household.DESTITUTE.code()).isEqualTo("destitute");
        assertThat(Household.DESTITUTE.chinese()).isEqualTo("特困");
        assertThat(Household.DESTITUTE.english()).isEqualTo("destitute person");
        assertThat(PolicyCode.find(Household.class, "dibao")).contains(Household.DIBAO);
        assertThat(PolicyCode.codes(Household.class)).containsExactly("dibao", "destitute");
    }

    static Stream<Arguments> chineseNames() {
        return Stream.of(
                Arguments.of(PolicyCode.ofChineseName(Household.class, "household status", "低保"), Household.DIBAO),
                Arguments.of(PolicyCode.ofChineseName(Household.class, "household status", "特困"), Household.DESTITUTE),
                Arguments.of(
                        PolicyCode.ofChineseName(RoundingRule.class, "rounding rule", "四舍五入到分"), RoundingRule.HALF_UP),
                Arguments.of(
                        PolicyCode.ofChineseName(RoundingRule.class, "rounding rule", "舍去到元"),
                        RoundingRule.DOWN_TO_YUAN));
    }

    @ParameterizedTest
    @MethodSource("chineseNames")
    void ofChineseNameFindsTheConstantASpreadsheetNames(PolicyCode found, PolicyCode expected) {
        assertThat(found).isSameAs(expected);
    }

    @Test
    void ofChineseNameRejectsAnUnknownNameNamingTheNamesAllowed() {
        assertThatThrownBy(() -> PolicyCode.ofChineseName(Household.class, "household status", "低保户"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid household status \"低保户\": must be one of [低保, 特困]");
    }

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of(Unit.CNY_PER_MONTH, "CNY/month", "元/月", "yuan per month", true),
                Arguments.of(Unit.CNY_PER_YEAR, "CNY/year", "元/年", "yuan per year", true),
                Arguments.of(Unit.CNY, "CNY", "元", "yuan", true),
                Arguments.of(Unit.COUNT, "count", "个", "count", false),
                Arguments.of(Unit.PERCENT, "percent", "%", "percent", false),
                Arguments.of(Unit.PERIOD, "period", "期限", "period", false),
                Arguments.of(Unit.WORKING_DAYS, "working-days", "工作日", "working days", false),
                Arguments.of(Unit.SQUARE_METRES, "m2", "平方米", "square metres", false),
                Arguments.of(Unit.BOOLEAN, "boolean", "是/否", "yes/no", false),
                Arguments.of(Unit.CHOICE, "choice", "规则", "named rule", false),
                Arguments.of(Unit.TABLE, "table", "决策表", "decision table", false),
                Arguments.of(Unit.GROUPS, "groups", "分组", "groups", false));
    }

    @ParameterizedTest
    @MethodSource("units")
    void eachUnitHasItsCodeNamesAndKind(Unit unit, String code, String zh, String en, boolean money) {
        assertThat(unit.code()).isEqualTo(code);
        assertThat(unit.chineseName()).isEqualTo(zh);
        assertThat(unit.englishName()).isEqualTo(en);
        assertThat(unit.isMoney()).isEqualTo(money);
        assertThat(unit.valueType() == org.canlian.core.money.Money.class).isEqualTo(money);
        assertThat(Unit.ofCode(code)).isSameAs(unit);
    }

    static Stream<Arguments> conjunctions() {
        return Stream.of(
                Arguments.of(Truth.TRUE, Truth.TRUE, Truth.TRUE),
                Arguments.of(Truth.TRUE, Truth.FALSE, Truth.FALSE),
                Arguments.of(Truth.TRUE, Truth.UNKNOWN, Truth.UNKNOWN),
                Arguments.of(Truth.FALSE, Truth.TRUE, Truth.FALSE),
                Arguments.of(Truth.FALSE, Truth.FALSE, Truth.FALSE),
                Arguments.of(Truth.FALSE, Truth.UNKNOWN, Truth.FALSE),
                Arguments.of(Truth.UNKNOWN, Truth.TRUE, Truth.UNKNOWN),
                Arguments.of(Truth.UNKNOWN, Truth.FALSE, Truth.FALSE),
                Arguments.of(Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @MethodSource("conjunctions")
    void aKnownFalseDecidesAConjunctionAndAnUnknownLeavesTheRestOpen(Truth a, Truth b, Truth both) {
        assertThat(a.and(b)).isEqualTo(both);
        assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
        assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
    }
}
