package org.canlian.rules.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.money.Money;

/**
 * What a {@link DecisionTable} row gives when it matches: a fixed amount (per month, per year or once), a share of
 * another dated money parameter rounded by a named rule (Fujian: a share of the provincial rural 低保 standard), or
 * exclusion (the case is not eligible, e.g. under destitute-persons support).
 *
 * <pre>{@code
 * RowOutcome.amount(Money.ofYuan(100), Unit.CNY_PER_MONTH);
 * RowOutcome.share(new BigDecimal("25"), RURAL_DIBAO, RoundingRule.UP_TO_YUAN, Unit.CNY_PER_MONTH)
 *         .amountFrom(Money.ofYuan(455));          // 114.00
 * RowOutcome.excluded().isExcluded();               // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RowOutcome {
    /** The kind of outcome. */
    public enum Kind {
        /** A fixed amount. */
        AMOUNT,
        /** A percentage of another parameter's value, rounded by a named rule. */
        SHARE,
        /** Not eligible. */
        EXCLUDED
    }

    private static final RowOutcome EXCLUDED = new RowOutcome(Kind.EXCLUDED, null, null, null, null, null);

    private final Kind kind;
    private final Money amount;
    private final Unit unit;
    private final BigDecimal percent;
    private final ParameterDefinition<Money> base;
    private final RoundingRule rounding;
    private final Phrase description;

    private RowOutcome(
            Kind kind,
            Money amount,
            Unit unit,
            BigDecimal percent,
            ParameterDefinition<Money> base,
            RoundingRule rounding) {
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.percent = percent;
        this.base = base;
        this.rounding = rounding;
        this.description = describeOnce();
    }

    /**
     * {@return a fixed amount in a money unit}
     *
     * @param amount the amount, not negative
     * @param unit a money unit, e.g. {@link Unit#CNY_PER_MONTH}
     */
    public static RowOutcome amount(Money amount, Unit unit) {
        if (!unit.isMoney() || amount.isNegative()) {
            throw new IllegalArgumentException("an amount is a non-negative sum of money, not " + amount + " " + unit);
        }
        return new RowOutcome(Kind.AMOUNT, amount, unit, null, null, null);
    }

    /**
     * A share of another parameter's value.
     *
     * @param percent e.g. {@code 25} for 25 %, from 0 to 1000
     * @param base the money parameter, looked up for the same region and dates
     * @param rounding how the product is rounded
     * @param unit the unit of the result (the base's unit)
     * @return the outcome
     */
    public static RowOutcome share(
            BigDecimal percent, ParameterDefinition<Money> base, RoundingRule rounding, Unit unit) {
        if (percent.signum() < 0 || !unit.isMoney()) {
            throw new IllegalArgumentException("a share is a non-negative percentage in a money unit");
        }
        return new RowOutcome(
                Kind.SHARE,
                null,
                unit,
                percent,
                Objects.requireNonNull(base, "base"),
                Objects.requireNonNull(rounding, "rounding"));
    }

    /** {@return an outcome that makes the case not eligible when the row matches} */
    public static RowOutcome excluded() {
        return EXCLUDED;
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether a match means not eligible} */
    public boolean isExcluded() {
        return kind == Kind.EXCLUDED;
    }

    /** {@return the fixed amount, for {@link Kind#AMOUNT}} */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /** {@return the money unit of the result, empty for an exclusion} */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /** {@return the percentage, for {@link Kind#SHARE}} */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(percent);
    }

    /** {@return the parameter the share is of, for {@link Kind#SHARE}} */
    public Optional<ParameterDefinition<Money>> base() {
        return Optional.ofNullable(base);
    }

    /** {@return the rounding of a share} */
    public Optional<RoundingRule> rounding() {
        return Optional.ofNullable(rounding);
    }

    /**
     * {@return the share of {@code baseValue}, rounded by the row's rule; for {@link Kind#SHARE}}
     *
     * @param baseValue the amount the share is taken of, e.g. a subsistence allowance standard
     */
    public Money amountFrom(Money baseValue) {
        if (kind != Kind.SHARE) {
            throw new IllegalStateException("not a share: " + this);
        }
        return rounding.multiply(baseValue, percent.movePointLeft(2));
    }

    /** {@return the outcome as a phrase: {@code 每月 ¥100.00}, {@code 农村低保标准的25%（进位到元）}, {@code 不予享受}} */
    public Phrase describe() {
        return description;
    }

    private Phrase describeOnce() {
        return switch (kind) {
            case AMOUNT -> Phrase.of("{0}", "{0}", new Amount(amount, unit));
            case SHARE ->
                Phrase.of(
                        "{0}的{1}%（{2}）",
                        "{1}% of the {0} ({2})",
                        Phrase.of(base.chineseName(), base.englishName()),
                        percent.stripTrailingZeros().toPlainString(),
                        rounding);
            case EXCLUDED -> Phrase.of("不予享受", "not eligible");
        };
    }

    /** An amount with its unit in words. */
    record Amount(Money money, Unit unit) implements Bilingual {
        @Override
        public String chinese() {
            return switch (unit) {
                case CNY_PER_MONTH -> "每月" + money.format();
                case CNY_PER_YEAR -> "每年" + money.format();
                default -> "一次性" + money.format();
            };
        }

        @Override
        public String english() {
            return switch (unit) {
                case CNY_PER_MONTH -> money.format() + " a month";
                case CNY_PER_YEAR -> money.format() + " a year";
                default -> money.format() + " once";
            };
        }
    }

    /**
     * {@return {@code money} in {@code unit}, in words: {@code 每月¥100.00} / {@code ¥100.00 a month}}
     *
     * @param money the amount
     * @param unit the money unit, which says per month or per year
     */
    public static Bilingual inWords(Money money, Unit unit) {
        return new Amount(money, unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowOutcome other
                && kind == other.kind
                && Objects.equals(amount, other.amount)
                && unit == other.unit
                && Objects.equals(percent, other.percent)
                && Objects.equals(base, other.base)
                && rounding == other.rounding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount, unit, percent, base, rounding);
    }

    @Override
    public String toString() {
        return describe().english();
    }
}
