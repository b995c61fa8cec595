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

class PolicyCodeTest {
    static Stream<Arguments> knownCodes() {
        return Stream.of(
                Arguments.of(Unit.ofCode("CNY/month"), Optional.of(Unit.CNY_PER_MONTH)),
                Arguments.of(Unit.ofCode("m2"), Optional.of(Unit.SQUARE_METRES)),
                Arguments.of(Unit.ofCode("yuan"), Optional.empty()),
                Arguments.of(
                        FundingSource.ofCode("village-public-funds"), Optional.of(FundingSource.VILLAGE_PUBLIC_FUNDS)),
                Arguments.of(FundingSource.ofCode("County-Budget"), Optional.empty()),
                Arguments.of(
                        Optional.of(PartialMonthRule.ofCode("pro-rata-days")),
                        Optional.of(PartialMonthRule.PRO_RATA_DAYS)),
                Arguments.of(Optional.of(RemainderRule.ofCode("last-months")), Optional.of(RemainderRule.LAST_MONTHS)),
                Arguments.of(
                        Optional.of(PaymentEndRule.ofCode("month-after-event")),
                        Optional.of(PaymentEndRule.MONTH_AFTER_EVENT)));
    }

    @ParameterizedTest
    @MethodSource("knownCodes")
    void findsTheConstantOfACodeExactly(Optional<?> found, Optional<?> expected) {
        assertThat(found).isEqualTo(expected);
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> RemainderRule.ofCode("middle-months"),
                        "Invalid remainder rule \"middle-months\": must be one of [first-months, last-months]"),
                Arguments.of(
                        (Runnable) () -> PartialMonthRule.ofCode(""),
                        "Invalid partial-month rule \"\": must be one of [full-month, pro-rata-days, whole-months-only]"),
                Arguments.of(
                        (Runnable) () -> PaymentEndRule.ofCode("never"),
                        "Invalid payment-end rule \"never\": must be one of [month-of-event, month-after-event]"));
    }

    @ParameterizedTest
    @MethodSource("unknownCodes")
    void rejectsAnUnknownCodeNamingTheCodesAllowed(Runnable lookup, String message) {
        assertThatThrownBy(lookup::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void listsTheCodesInDeclarationOrder() {
        assertThat(PolicyCode.codes(FundingSource.class))
                .containsExactly("county-budget", "village-public-funds", "employment-fund");
    }
}
