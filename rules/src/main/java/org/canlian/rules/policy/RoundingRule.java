package org.canlian.rules.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.canlian.core.InvalidValueException;
import org.canlian.core.money.Money;

/**
 * A named rounding of a computed amount, as a policy declares it: to the fen or to the whole yuan, up, down or half up.
 * Every rounding canlian does is one of these, named by the rule that applies it.
 *
 * <pre>{@code
 * RoundingRule.UP_TO_YUAN.multiply(Money.ofYuan(455), new BigDecimal("0.25"));   // 114.00 (113.75 rounded up)
 * RoundingRule.HALF_UP.multiply(Money.parse("100.05"), new BigDecimal("0.5"));   // 50.03
 * RoundingRule.ofCode("half-up-to-yuan");                                         // HALF_UP_TO_YUAN
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RoundingRule implements PolicyCode, Bilingual {
    /** To the fen, half up. */
    HALF_UP("half-up", RoundingMode.HALF_UP, 1, "四舍五入到分", "half up to the fen"),
    /** To the fen, down (truncated). */
    DOWN("down", RoundingMode.DOWN, 1, "舍去分以下", "down to the fen"),
    /** To the fen, half to even (banker's rounding). */
    HALF_EVEN("half-even", RoundingMode.HALF_EVEN, 1, "四舍六入五成双到分", "half even to the fen"),
    /** To the fen, up. */
    UP("up", RoundingMode.UP, 1, "进位到分", "up to the fen"),
    /** To the whole yuan, half up. */
    HALF_UP_TO_YUAN("half-up-to-yuan", RoundingMode.HALF_UP, 100, "四舍五入到元", "half up to the yuan"),
    /** To the whole yuan, up. */
    UP_TO_YUAN("up-to-yuan", RoundingMode.UP, 100, "进位到元", "up to the yuan"),
    /** To the whole yuan, down. */
    DOWN_TO_YUAN("down-to-yuan", RoundingMode.DOWN, 100, "舍去到元", "down to the yuan");

    private final String code;
    private final RoundingMode mode;
    private final long stepFen;
    private final String chineseName;
    private final String englishName;

    RoundingRule(String code, RoundingMode mode, long stepFen, String chineseName, String englishName) {
        this.code = code;
        this.mode = mode;
        this.stepFen = stepFen;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * {@return the rule with this code}
     *
     * @param code the code policy files use, e.g. {@code half-up-to-yuan}
     * @throws InvalidValueException naming the codes allowed
     */
    public static RoundingRule ofCode(String code) {
        return PolicyCode.of(RoundingRule.class, "rounding rule", code);
    }

    /**
     * {@return the rule with this code, if any}
     *
     * @param code the code policy files use, e.g. {@code half-up-to-yuan}
     */
    public static java.util.Optional<RoundingRule> find(String code) {
        return PolicyCode.find(RoundingRule.class, code);
    }

    @Override
    public String code() {
        return code;
    }

    /** {@return the rounding mode applied at the rule's step (the fen or the yuan)} */
    public RoundingMode mode() {
        return mode;
    }

    /** {@return whether the rule rounds to the whole yuan (otherwise to the fen)} */
    public boolean toYuan() {
        return stepFen == 100;
    }

    /**
     * {@code amount} times {@code factor}, rounded by this rule.
     *
     * @param amount the base amount
     * @param factor the exact factor, e.g. {@code 0.25} for 25 %
     * @return the rounded product
     */
    public Money multiply(Money amount, BigDecimal factor) {
        BigDecimal fen = BigDecimal.valueOf(amount.toFen()).multiply(factor);
        BigDecimal steps = fen.divide(BigDecimal.valueOf(stepFen), 0, mode);
        return Money.ofFen(steps.longValueExact() * stepFen);
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
