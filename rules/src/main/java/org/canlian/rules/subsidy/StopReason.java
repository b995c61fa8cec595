package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
import org.canlian.rules.policy.PolicyCode;

/**
 * An event after which a subsidy stops: death, moving the household registration out of the province, fraud found, failing a review, or the person's own request.
 *
 * <pre>{@code
 * StopReason.ofCode("death");             // DEATH
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StopReason implements NamedCode {
    /** Death, or being declared dead. */
    DEATH("death", "死亡", "death"),
    /** Declared missing. */
    MISSING("missing", "宣告失踪", "declared missing"),
    /** Household registration moved out of the province. */
    MOVED_OUT("moved-out", "户籍迁出本省", "registration moved out of the province"),
    /** Fraud found. */
    FRAUD("fraud", "骗取补贴", "fraud found"),
    /** Failing a review of eligibility. */
    REVIEW_FAILED("review-failed", "复核不合格", "review failed"),
    /** The person asked to stop. */
    WITHDRAWN("withdrawn", "本人申请停发", "withdrawn at the person's request");

    private final Names names;

    StopReason(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code rosters use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static StopReason ofCode(String code) {
        return PolicyCode.of(StopReason.class, "stop reason", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code rosters use
     */
    public static Optional<StopReason> find(String code) {
        return PolicyCode.find(StopReason.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, as a county spreadsheet writes it
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static StopReason ofChineseName(String name) {
        return PolicyCode.ofChineseName(StopReason.class, "stop reason", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
