package org.canlian.rules.stipend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MonthStatusTest {
    static Stream<Arguments> statuses() {
        return Stream.of(
                // status, paid, Chinese, English
                Arguments.of(MonthStatus.PAID_FULL_MONTH, true, "整月计发", "paid for the whole month"),
                Arguments.of(
                        MonthStatus.PAID_PARTIAL_MONTH,
                        true,
                        "不足整月按规则计发",
                        "part of the month, paid by the partial-month rule"),
                Arguments.of(
                        MonthStatus.UNPAID_PARTIAL_MONTH,
                        false,
                        "不足整月不计发",
                        "part of the month, not paid by the partial-month rule"),
                Arguments.of(MonthStatus.BEFORE_CONTRACT, false, "合同尚未开始", "before the contract starts"),
                Arguments.of(MonthStatus.CONTRACT_ENDED, false, "合同期满停发", "payment ended with the contract"),
                Arguments.of(
                        MonthStatus.ASSESSMENT_FAILED,
                        false,
                        "年度考核不合格停发",
                        "payment ended after a failed yearly assessment"));
    }

    @ParameterizedTest(name = "{0}: paid {1}")
    @MethodSource("statuses")
    void onlyMonthsInPostUnderAPayingRuleArePaid(MonthStatus status, boolean paid, String chinese, String english) {
        assertThat(status.isPaid()).isEqualTo(paid);
        assertThat(status.chineseText()).isEqualTo(chinese);
        assertThat(status.englishText()).isEqualTo(english);
    }
}
