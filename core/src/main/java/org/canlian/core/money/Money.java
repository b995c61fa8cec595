package org.canlian.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * An exact amount of Chinese yuan (CNY), held as a whole number of fen (分, 0.01 yuan). There is no {@code double}
 * in or out: amounts come from fen, whole yuan, text or a {@link BigDecimal} with at most two decimals, and every
 * operation that could produce a fraction of a fen takes the {@link RoundingMode} its rule declares.
 *
 * <pre>{@code
 * Money stipend = Money.parse("1500.00");
 * Money year = stipend.multipliedBy(12);                  // 18000.00
 * List<Money> months = Money.ofYuan(4000).split(12);      // 333.34 x 4, then 333.33 x 8: sums to 4000.00
 * Money.parse("¥1,234.50").format();                      // "¥1,234.50"
 * Money.total(Stream.of(stipend, stipend));               // 3000.00
 * }</pre>
 *
 * <p>Arithmetic that overflows {@code long} fen throws {@link ArithmeticException}. This class is immutable and
 * thread-safe.
 */
public final class Money implements Comparable<Money> {
    private static final String FIELD = "money amount";

    /** No money: 0.00 yuan. */
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /**
     * An amount in fen: {@code Money.ofFen(123450)} is 1,234.50 yuan.
     *
     * @param fen the amount in fen, may be negative
     * @return the amount
     */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /**
     * A whole number of yuan: {@code Money.ofYuan(60)} is 60.00 yuan.
     *
     * @param yuan the amount in yuan, may be negative
     * @return the amount
     * @throws ArithmeticException if the amount in fen overflows {@code long}
     */
    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * An amount in yuan given exactly, with at most two decimal places: {@code Money.of(new BigDecimal("12.30"))}.
     *
     * @param yuan the amount in yuan
     * @return the amount
     * @throws InvalidValueException if it has a fraction of a fen or does not fit in {@code long} fen
     */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        // More than 17 digits before the point cannot fit in long fen; checked first so that 1E+999999999 is not
        // expanded to a billion digits. toString, not toPlainString, in messages for the same reason.
        if (yuan.precision() - yuan.scale() > 17) {
            throw InvalidValueException.of(FIELD, "range", Masking.quote(yuan.toString()), "is too large");
        }
        BigDecimal inFen = yuan.movePointRight(2);
        if (inFen.signum() != 0 && inFen.stripTrailingZeros().scale() > 0) {
            throw InvalidValueException.of(
                    FIELD, "fen", Masking.quote(yuan.toString()), "has a fraction of a fen (at most 2 decimal places)");
        }
        try {
            return ofFen(inFen.longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidValueException.of(FIELD, "range", Masking.quote(yuan.toString()), "is too large");
        }
    }

    /**
     * The longest text {@link #parse(CharSequence)} reads: 64 characters, more than twice the longest amount
     * ({@code -¥92,233,720,368,547,758.08}, 27). Longer text is refused before it is read, so that the work of a parse
     * is bounded whatever the input (reading a million digits as a number takes seconds).
     */
    public static final int MAX_TEXT_LENGTH = 64;

    /**
     * Reads an amount in yuan: {@code 1234.50}, {@code 1234.5}, {@code 1234}, {@code -12.30}, and the display forms
     * {@code ¥1,234.50} and {@code -¥1,234.50}. Grouping commas must stand every three digits. Text longer than
     * {@link #MAX_TEXT_LENGTH} (64) characters is refused unread, rule {@code length}.
     *
     * @param text the amount
     * @return the amount
     * @throws InvalidValueException naming what is wrong: too long, not a number, more than two decimals, misplaced
     *     commas, too large
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            // Only the start is shown (and read): nothing here is proportional to the length.
            throw InvalidValueException.of(
                    FIELD,
                    "length",
                    Masking.quote(text.subSequence(0, 30) + "…"),
                    "is longer than " + MAX_TEXT_LENGTH + " characters, "
                            + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " given");
        }
        String s = text.toString();
        boolean negative = false;
        int i = 0;
        if (s.startsWith("-")) {
            negative = true;
            i = 1;
        }
        if (s.startsWith("¥", i)) {
            i++;
        }
        String number = s.substring(i);
        if (number.indexOf(',') >= 0) {
            if (!number.matches("\\d{1,3}(,\\d{3})*(\\.\\d+)?")) {
                throw invalid(s, "format", "grouping commas must separate every three digits");
            }
            number = number.replace(",", "");
        }
        if (!number.matches("\\d+(\\.\\d+)?")) {
            throw invalid(s, "format", "must be a number of yuan such as 1234.50 or ¥1,234.50");
        }
        int dot = number.indexOf('.');
        if (dot >= 0 && number.length() - dot - 1 > 2) {
            throw invalid(s, "fen", "has more than 2 decimal places (amounts are whole fen)");
        }
        // The sign goes into the BigDecimal: negating afterwards could not reach Long.MIN_VALUE fen.
        BigDecimal yuan = new BigDecimal(negative ? "-" + number : number);
        try {
            return ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(s, "range", "is too large");
        }
    }

    /**
     * The sum of some amounts; zero for none.
     *
     * @param amounts the amounts
     * @return their exact sum
     */
    public static Money total(Iterable<Money> amounts) {
        long sum = 0;
        for (Money m : amounts) {
            sum = Math.addExact(sum, m.fen);
        }
        return ofFen(sum);
    }

    /**
     * The sum of a stream of amounts; zero for an empty stream.
     *
     * @param amounts the amounts
     * @return their exact sum
     */
    public static Money total(Stream<Money> amounts) {
        return amounts.collect(summing());
    }

    /**
     * A collector that sums amounts exactly: {@code officers.stream().map(Pay::amount).collect(Money.summing())}.
     *
     * @return the collector
     */
    public static Collector<Money, ?, Money> summing() {
        return Collector.of(
                () -> new long[1],
                (acc, m) -> acc[0] = Math.addExact(acc[0], m.fen),
                (a, b) -> {
                    a[0] = Math.addExact(a[0], b[0]);
                    return a;
                },
                acc -> ofFen(acc[0]));
    }

    /** {@return the amount in fen, e.g. 123450 for 1,234.50 yuan} */
    public long toFen() {
        return fen;
    }

    /** {@return the amount in yuan with two decimals, e.g. {@code 1234.50}} */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * {@return the sum of this and {@code other}}
     *
     * @param other the amount to add
     */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * {@return this less {@code other}; may be negative}
     *
     * @param other the amount to subtract
     */
    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * {@return this times a whole number, e.g. a monthly amount times 12}
     *
     * @param factor the whole-number factor, e.g. 12 for a year of a monthly amount
     */
    public Money multipliedBy(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /**
     * This times an exact factor (a rate, a share), rounded to the fen by the rule's declared rounding.
     *
     * @param factor the factor, e.g. {@code new BigDecimal("0.15")}
     * @param rounding how a fraction of a fen is rounded
     * @return the rounded product
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        BigDecimal product = BigDecimal.valueOf(fen).multiply(factor).setScale(0, rounding);
        return ofFen(product.longValueExact());
    }

    /**
     * This divided by a whole number, rounded to the fen by the rule's declared rounding. To share an amount out
     * without losing a fen, use {@link #split(int)} or {@link #allocate(long...)}.
     *
     * @param divisor the divisor, not zero
     * @param rounding how a fraction of a fen is rounded
     * @return the rounded quotient
     * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@code UNNECESSARY} and the
     *     quotient is not whole fen
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return ofFen(BigDecimal.valueOf(fen)
                .divide(BigDecimal.valueOf(divisor), 0, rounding)
                .longValueExact());
    }

    /**
     * Splits this into {@code parts} amounts that differ by at most one fen and sum exactly to this; the remainder
     * fen go to the first parts. {@code Money.ofYuan(4000).split(12)} is four of 333.34 then eight of 333.33.
     *
     * @param parts how many parts, at least 1
     * @return the parts, in order
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw InvalidValueException.of(
                    "parts", "range", Masking.quote(Integer.toString(parts)), "must be at least 1");
        }
        long[] ratios = new long[parts];
        java.util.Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    /**
     * Shares this out in proportion to {@code ratios}, exactly (the largest remainder method): each share is first
     * rounded down to the fen, then the fen left over go one each to the shares with the largest remainders, ties
     * going first to last. The shares sum to this amount and each is within one fen of its exact proportion; a zero
     * ratio gets nothing. For a negative amount the same is done to its magnitude.
     *
     * <pre>{@code
     * Money.ofFen(100).allocate(1, 1, 1);   // 0.34, 0.33, 0.33
     * }</pre>
     *
     * @param ratios non-negative weights, not all zero
     * @return one share per ratio
     * @throws InvalidValueException if a ratio is negative, or there is none, or all are zero
     * @throws ArithmeticException for {@code Long.MIN_VALUE} fen, whose magnitude {@code long} cannot hold
     */
    public List<Money> allocate(long... ratios) {
        long totalRatio = 0;
        for (long r : ratios) {
            if (r < 0) {
                throw InvalidValueException.of(
                        "allocation ratio", "range", Masking.quote(Long.toString(r)), "must not be negative");
            }
            totalRatio = Math.addExact(totalRatio, r);
        }
        if (totalRatio == 0) {
            throw InvalidValueException.of(
                    "allocation ratios",
                    "range",
                    Masking.quote(java.util.Arrays.toString(ratios)),
                    ratios.length == 0 ? "must not be empty" : "must not all be zero");
        }
        long magnitude = Math.absExact(fen);
        BigInteger whole = BigInteger.valueOf(magnitude);
        BigInteger divisor = BigInteger.valueOf(totalRatio);
        long[] shares = new long[ratios.length];
        long[] remainders = new long[ratios.length];
        long allotted = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(divisor);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            allotted += shares[i];
        }
        // Largest remainder first, ties first to last: each share ends within one fen of its exact proportion, and
        // a share that came out exact never takes a fen that another share lacks.
        Integer[] order = new Integer[ratios.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; allotted < magnitude; k++) {
            shares[order[k]]++;
            allotted++;
        }
        List<Money> result = new ArrayList<>(ratios.length);
        for (long share : shares) {
            result.add(ofFen(fen < 0 ? -share : share));
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return the negation of this amount} */
    public Money negated() {
        return ofFen(Math.negateExact(fen));
    }

    /** {@return whether this is zero} */
    public boolean isZero() {
        return fen == 0;
    }

    /** {@return whether this is more than zero} */
    public boolean isPositive() {
        return fen > 0;
    }

    /** {@return whether this is less than zero} */
    public boolean isNegative() {
        return fen < 0;
    }

    /**
     * {@return whether this is more than {@code other}}
     *
     * @param other the amount to compare with
     */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /**
     * {@return whether this is less than {@code other}}
     *
     * @param other the amount to compare with
     */
    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    /**
     * {@return the larger of this and {@code other}}
     *
     * @param other the amount to compare with
     */
    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    /**
     * {@return the smaller of this and {@code other}}
     *
     * @param other the amount to compare with
     */
    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    /** {@return the amount as plain decimal yuan, {@code 1234.50} or {@code -0.05}: the JSON and CSV form} */
    public String toPlainString() {
        return toYuan().toPlainString();
    }

    /** {@return the amount for display, with the yuan sign and grouping: {@code ¥1,234.50}, {@code -¥0.05}} */
    public String format() {
        // Through BigDecimal, not Math.abs: Math.abs(Long.MIN_VALUE) is negative.
        String plain = toYuan().abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder yuan = new StringBuilder(plain.substring(0, dot));
        for (int i = yuan.length() - 3; i > 0; i -= 3) {
            yuan.insert(i, ',');
        }
        return (fen < 0 ? "-¥" : "¥") + yuan + plain.substring(dot);
    }

    private static InvalidValueException invalid(String text, String rule, String reason) {
        return InvalidValueException.of(FIELD, rule, Masking.quote(text), reason);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && fen == other.fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /** The display form, as {@link #format()}: {@code ¥1,234.50}. */
    @Override
    public String toString() {
        return format();
    }
}
