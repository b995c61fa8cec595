package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.rules.policy.Bilingual;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stipend's named rules and payers as a policy file writes them (codes) and as an explanation names them (Chinese
 * and English): each code reads as its constant, exactly, and an unknown code is refused with the codes allowed.
 */
class StipendCodesTest {
    static Stream<Arguments> codes() {
        return Stream.of(
                arguments(
                        "village-public-funds",
                        (Function<String, Object>) FundingSource::ofCode,
                        (Function<String, Optional<?>>) FundingSource::find,
                        FundingSource.VILLAGE_PUBLIC_FUNDS,
                        "村集体经费",
                        "village public funds"),
                arguments(
                        "pro-rata-days",
                        (Function<String, Object>) PartialMonthRule::ofCode,
                        (Function<String, Optional<?>>) PartialMonthRule::find,
                        PartialMonthRule.PRO_RATA_DAYS,
                        "按在岗天数折算",
                        "days in post / days in the month"),
                arguments(
                        "month-of-event",
                        (Function<String, Object>) PaymentEndRule::ofCode,
                        (Function<String, Optional<?>>) PaymentEndRule::find,
                        PaymentEndRule.MONTH_OF_EVENT,
                        "当月起停发",
                        "no payment from the month of the event"),
                arguments(
                        "month-after-event",
                        (Function<String, Object>) PaymentEndRule::ofCode,
                        (Function<String, Optional<?>>) PaymentEndRule::find,
                        PaymentEndRule.MONTH_AFTER_EVENT,
                        "次月起停发",
                        "no payment from the month after the event"),
                arguments(
                        "last-months",
                        (Function<String, Object>) RemainderRule::ofCode,
                        (Function<String, Optional<?>>) RemainderRule::find,
                        RemainderRule.LAST_MONTHS,
                        "余数分摊至后几个月",
                        "remainder fen to the last months"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void aCodeReadsAsItsConstantWhichNamesItselfInBothLanguages(
            String code,
            Function<String, Object> of,
            Function<String, Optional<?>> find,
            Bilingual constant,
            String chinese,
            String english) {
        assertThat(of.apply(code)).isSameAs(constant);
        assertThat(find.apply(code).orElseThrow()).isSameAs(constant);
        assertThat(constant.chinese()).isEqualTo(chinese);
        assertThat(constant.english()).isEqualTo(english);
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                arguments(
                        (Function<String, Object>) FundingSource::ofCode,
                        (Function<String, Optional<?>>) FundingSource::find,
                        "County-Budget",
                        "Invalid funding source \"County-Budget\": must be one of [county-budget, village-public-funds,"
                                + " employment-fund]"),
                arguments(
                        (Function<String, Object>) PartialMonthRule::ofCode,
                        (Function<String, Optional<?>>) PartialMonthRule::find,
                        "by-the-week",
                        "Invalid partial-month rule \"by-the-week\": must be one of [full-month, pro-rata-days,"
                                + " whole-months-only]"),
                arguments(
                        (Function<String, Object>) PaymentEndRule::ofCode,
                        (Function<String, Optional<?>>) PaymentEndRule::find,
                        "never",
                        "Invalid payment-end rule \"never\": must be one of [month-of-event, month-after-event]"),
                arguments(
                        (Function<String, Object>) RemainderRule::ofCode,
                        (Function<String, Optional<?>>) RemainderRule::find,
                        "middle-months",
                        "Invalid remainder rule \"middle-months\": must be one of [first-months, last-months]"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unknownCodes")
    void anUnknownCodeIsRefusedWithTheCodesAllowed(
            Function<String, Object> of, Function<String, Optional<?>> find, String code, String message) {
        assertThat(find.apply(code)).isEmpty();
        assertThatThrownBy(() -> of.apply(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> everyCode() {
        // Listed inside the test, not in this table: PIT credits a kill only to code the test runs.
        return Stream.of(
                arguments(
                        (Supplier<List<String>>) PartialMonthRule::codes,
                        List.of("full-month", "pro-rata-days", "whole-months-only")),
                arguments(
                        (Supplier<List<String>>) PaymentEndRule::codes, List.of("month-of-event", "month-after-event")),
                arguments((Supplier<List<String>>) RemainderRule::codes, List.of("first-months", "last-months")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyCode")
    void listsEveryCodeInDeclarationOrder(Supplier<List<String>> codes, List<String> expected) {
        assertThat(codes.get()).isEqualTo(expected);
    }

    static Stream<Arguments> parts() {
        return Stream.of(
                arguments(StipendPartKind.WORK_ALLOWANCE, true),
                arguments(StipendPartKind.LOST_WORK_ALLOWANCE, true),
                arguments(StipendPartKind.POST_SUBSIDY, true),
                arguments(StipendPartKind.FLOOR_TOP_UP, true),
                // Paid to the insurance fund on the officer's behalf.
                arguments(StipendPartKind.SOCIAL_INSURANCE, false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("parts")
    void everyPartButSocialInsuranceIsPaidToTheOfficer(StipendPartKind kind, boolean paidToOfficer) {
        assertThat(kind.paidToOfficer()).isEqualTo(paidToOfficer);
    }
}
