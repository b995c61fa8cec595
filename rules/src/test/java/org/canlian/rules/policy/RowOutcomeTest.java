package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a table row gives (an amount, a rounded share of another parameter, or exclusion) and the rounding rules. */
class RowOutcomeTest {
    private static final ParameterDefinition<Money> RURAL = DecisionTableTest.BASE;

    static Stream<Arguments> outcomes() {
        return Stream.of(
                arguments(
                        RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH),
                        RowOutcome.Kind.AMOUNT,
                        "每月¥300.00",
                        "¥300.00 a month"),
                arguments(
                        RowOutcome.amount(Money.ofYuan(4000), Unit.CNY_PER_YEAR),
                        RowOutcome.Kind.AMOUNT,
                        "每年¥4,000.00",
                        "¥4,000.00 a year"),
                arguments(
                        RowOutcome.amount(Money.ofYuan(10000), Unit.CNY),
                        RowOutcome.Kind.AMOUNT,
                        "一次性¥10,000.00",
                        "¥10,000.00 once"),
                arguments(
                        RowOutcome.amount(Money.ZERO, Unit.CNY_PER_MONTH),
                        RowOutcome.Kind.AMOUNT,
                        "每月¥0.00",
                        "¥0.00 a month"),
                arguments(
                        RowOutcome.share(new BigDecimal("25.00"), RURAL, RoundingRule.UP_TO_YUAN, Unit.CNY_PER_MONTH),
                        RowOutcome.Kind.SHARE,
                        "农村低保标准的25%（进位到元）",
                        "25% of the rural standard (up to the yuan)"),
                arguments(
                        RowOutcome.share(new BigDecimal("0"), RURAL, RoundingRule.HALF_UP, Unit.CNY_PER_MONTH),
                        RowOutcome.Kind.SHARE,
                        "农村低保标准的0%（四舍五入到分）",
                        "0% of the rural standard (half up to the fen)"),
                arguments(RowOutcome.excluded(), RowOutcome.Kind.EXCLUDED, "不予享受", "not eligible"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("outcomes")
    void anOutcomeReadsInBothLanguages(RowOutcome o, RowOutcome.Kind kind, String chinese, String english) {
        assertThat(o.kind()).isEqualTo(kind);
        assertThat(o.isExcluded()).isEqualTo(kind == RowOutcome.Kind.EXCLUDED);
        assertThat(o.describe().chinese()).isEqualTo(chinese);
        assertThat(o.describe().english()).isEqualTo(english);
        assertThat(o.toString()).isEqualTo(english);
        assertThat(o.amount().isPresent()).isEqualTo(kind == RowOutcome.Kind.AMOUNT);
        assertThat(o.percent().isPresent()).isEqualTo(kind == RowOutcome.Kind.SHARE);
        assertThat(o.base().isPresent()).isEqualTo(kind == RowOutcome.Kind.SHARE);
        assertThat(o.rounding().isPresent()).isEqualTo(kind == RowOutcome.Kind.SHARE);
        assertThat(o.unit().isPresent()).isEqualTo(kind != RowOutcome.Kind.EXCLUDED);
    }

    @Test
    void aShareKeepsItsPartsAndRoundsItsProduct() {
        RowOutcome share = RowOutcome.share(new BigDecimal("25"), RURAL, RoundingRule.UP_TO_YUAN, Unit.CNY_PER_MONTH);
        assertThat(share.percent()).contains(new BigDecimal("25"));
        assertThat(share.base()).contains(RURAL);
        assertThat(share.rounding()).contains(RoundingRule.UP_TO_YUAN);
        assertThat(share.unit()).contains(Unit.CNY_PER_MONTH);
        assertThat(share.amount()).isEmpty();
        // Fujian: a quarter of the provincial rural standard of 455.00 is 113.75, rounded up to 114.00.
        assertThat(share.amountFrom(Money.parse("455.00"))).isEqualTo(Money.parse("114.00"));
        RowOutcome amount = RowOutcome.amount(Money.ofYuan(300), Unit.CNY_PER_MONTH);
        assertThat(amount.amount()).contains(Money.ofYuan(300));
        assertThat(amount.unit()).contains(Unit.CNY_PER_MONTH);
        assertThatIllegalStateException()
                .isThrownBy(() -> amount.amountFrom(Money.ofYuan(455)))
                .withMessage("not a share: ¥300.00 a month");
        assertThatIllegalStateException()
                .isThrownBy(() -> RowOutcome.excluded().amountFrom(Money.ofYuan(455)))
                .withMessage("not a share: not eligible");
    }

    @Test
    void anAmountIsANonNegativeSumOfMoneyAndAShareANonNegativePercentage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RowOutcome.amount(Money.parse("-0.01"), Unit.CNY_PER_MONTH))
                .withMessage("an amount is a non-negative sum of money, not -¥0.01 CNY_PER_MONTH");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RowOutcome.amount(Money.ofYuan(3), Unit.COUNT))
                .withMessage("an amount is a non-negative sum of money, not ¥3.00 COUNT");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> RowOutcome.share(new BigDecimal("-1"), RURAL, RoundingRule.HALF_UP, Unit.CNY_PER_MONTH))
                .withMessage("a share is a non-negative percentage in a money unit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RowOutcome.share(new BigDecimal("25"), RURAL, RoundingRule.HALF_UP, Unit.PERCENT))
                .withMessage("a share is a non-negative percentage in a money unit");
    }

    @Test
    void anAmountInWordsSaysHowOften() {
        assertThat(RowOutcome.inWords(Money.ofYuan(60), Unit.CNY_PER_MONTH).chinese())
                .isEqualTo("每月¥60.00");
        assertThat(RowOutcome.inWords(Money.ofYuan(60), Unit.CNY_PER_YEAR).english())
                .isEqualTo("¥60.00 a year");
        assertThat(RowOutcome.inWords(Money.ofYuan(60), Unit.CNY).english()).isEqualTo("¥60.00 once");
    }

    static Stream<Arguments> roundings() {
        // 100.05 × 0.5 = 50.025 (a half fen); 455.00 × 0.25 = 113.75; 100.15 × 0.5 = 50.075
        return Stream.of(
                arguments(RoundingRule.HALF_UP, "100.05", "0.5", "50.03"),
                arguments(RoundingRule.DOWN, "100.05", "0.5", "50.02"),
                arguments(RoundingRule.HALF_EVEN, "100.05", "0.5", "50.02"),
                arguments(RoundingRule.HALF_EVEN, "100.15", "0.5", "50.08"),
                arguments(RoundingRule.UP, "100.05", "0.5", "50.03"),
                arguments(RoundingRule.HALF_UP, "455.00", "0.25", "113.75"),
                arguments(RoundingRule.HALF_UP_TO_YUAN, "455.00", "0.25", "114.00"),
                arguments(RoundingRule.HALF_UP_TO_YUAN, "100.05", "0.5", "50.00"),
                arguments(RoundingRule.UP_TO_YUAN, "455.00", "0.25", "114.00"),
                arguments(RoundingRule.UP_TO_YUAN, "100.05", "0.5", "51.00"),
                arguments(RoundingRule.DOWN_TO_YUAN, "455.00", "0.25", "113.00"),
                arguments(RoundingRule.DOWN_TO_YUAN, "200.00", "0.5", "100.00"));
    }

    @ParameterizedTest(name = "{0}: {1} × {2} = {3}")
    @MethodSource("roundings")
    void eachRuleRoundsTheExactProductItsWay(RoundingRule rule, String amount, String factor, String expected) {
        assertThat(rule.multiply(Money.parse(amount), new BigDecimal(factor))).isEqualTo(Money.parse(expected));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments(RoundingRule.HALF_UP, RoundingMode.HALF_UP, false, "四舍五入到分", "half up to the fen"),
                arguments(RoundingRule.DOWN, RoundingMode.DOWN, false, "舍去分以下", "down to the fen"),
                arguments(RoundingRule.HALF_EVEN, RoundingMode.HALF_EVEN, false, "四舍六入五成双到分", "half even to the fen"),
                arguments(RoundingRule.UP, RoundingMode.UP, false, "进位到分", "up to the fen"),
                arguments(RoundingRule.HALF_UP_TO_YUAN, RoundingMode.HALF_UP, true, "四舍五入到元", "half up to the yuan"),
                arguments(RoundingRule.UP_TO_YUAN, RoundingMode.UP, true, "进位到元", "up to the yuan"),
                arguments(RoundingRule.DOWN_TO_YUAN, RoundingMode.DOWN, true, "舍去到元", "down to the yuan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleNamesItsModeAndStep(RoundingRule rule, RoundingMode mode, boolean toYuan, String zh, String en) {
        assertThat(rule.mode()).isEqualTo(mode);
        assertThat(rule.toYuan()).isEqualTo(toYuan);
        assertThat(rule.chinese()).isEqualTo(zh);
        assertThat(rule.english()).isEqualTo(en);
        assertThat(RoundingRule.find(rule.code())).isEqualTo(Optional.of(rule));
    }
}
