package org.canlian.rules.stipend;

/**
 * Whether, and why, an officer is paid for a month.
 *
 * <pre>{@code
 * calculator.month(officer, YearMonth.of(2024, 3)).status();   // PAID_FULL_MONTH
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MonthStatus {
    /** In post the whole month: paid in full. */
    PAID_FULL_MONTH("整月计发", "paid for the whole month"),
    /** In post part of the month: paid by the policy's partial-month rule. */
    PAID_PARTIAL_MONTH("不足整月按规则计发", "part of the month, paid by the partial-month rule"),
    /** In post part of the month, which the policy's partial-month rule does not pay. */
    UNPAID_PARTIAL_MONTH("不足整月不计发", "part of the month, not paid by the partial-month rule"),
    /** The contract had not started. */
    BEFORE_CONTRACT("合同尚未开始", "before the contract starts"),
    /** Payment ended with the contract, from the month the policy says. */
    CONTRACT_ENDED("合同期满停发", "payment ended with the contract"),
    /** Payment ended after a failed yearly assessment, from the month the policy says. */
    ASSESSMENT_FAILED("年度考核不合格停发", "payment ended after a failed yearly assessment");

    private final String chineseText;
    private final String englishText;

    MonthStatus(String chineseText, String englishText) {
        this.chineseText = chineseText;
        this.englishText = englishText;
    }

    /** {@return the status in Chinese} */
    public String chineseText() {
        return chineseText;
    }

    /** {@return the status in English} */
    public String englishText() {
        return englishText;
    }

    /** {@return whether anything is paid} */
    public boolean isPaid() {
        return this == PAID_FULL_MONTH || this == PAID_PARTIAL_MONTH;
    }
}
