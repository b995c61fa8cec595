package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
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
public enum StopReason implements PolicyCode, Bilingual {
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

    private final String code;
    private final String chineseName;
    private final String englishName;

    StopReason(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The constant with this code.
     *
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static StopReason ofCode(String code) {
        return PolicyCode.of(StopReason.class, "stop reason", code);
    }

    /** The constant with this code, if any. */
    public static Optional<StopReason> find(String code) {
        return PolicyCode.find(StopReason.class, code);
    }

    /**
     * The constant with this Chinese name, as county spreadsheets write it.
     *
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static StopReason ofChineseName(String name) {
        for (StopReason c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw org.canlian.core.InvalidValueException.of(
                "stop reason",
                "unknown-name",
                org.canlian.core.Masking.quote(name),
                "must be one of "
                        + java.util.Arrays.stream(values())
                                .map(StopReason::chinese)
                                .toList());
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chinese() {
        return chineseName;
    }

    @Override
    public String english() {
        return englishName;
    }
}
