package org.canlian.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {
    static Stream<Arguments> parsedAmounts() {
        return Stream.of(
                // text, fen, plain, formatted
                Arguments.of("1234.50", 123450L, "1234.50", "¥1,234.50"),
                Arguments.of("1234.5", 123450L, "1234.50", "¥1,234.50"),
                Arguments.of("1234", 123400L, "1234.00", "¥1,234.00"),
                Arguments.of("¥1,234.50", 123450L, "1234.50", "¥1,234.50"),
                Arguments.of("¥1234.50", 123450L, "1234.50", "¥1,234.50"),
                Arguments.of("1,234", 123400L, "1234.00", "¥1,234.00"),
                Arguments.of("1,234,567.89", 123456789L, "1234567.89", "¥1,234,567.89"),
                Arguments.of("-12.30", -1230L, "-12.30", "-¥12.30"),
                Arguments.of("-¥1,234.50", -123450L, "-1234.50", "-¥1,234.50"),
                Arguments.of("0.05", 5L, "0.05", "¥0.05"),
                Arguments.of("-0.05", -5L, "-0.05", "-¥0.05"),
                Arguments.of("0", 0L, "0.00", "¥0.00"),
                Arguments.of("-0.00", 0L, "0.00", "¥0.00"),
                Arguments.of("007.10", 710L, "7.10", "¥7.10"),
                Arguments.of("999", 99900L, "999.00", "¥999.00"),
                Arguments.of("1000", 100000L, "1000.00", "¥1,000.00"),
                Arguments.of(
                        "92233720368547758.07", Long.MAX_VALUE, "92233720368547758.07", "¥92,233,720,368,547,758.07"),
                Arguments.of(
                        "-92233720368547758.08",
                        Long.MIN_VALUE,
                        "-92233720368547758.08",
                        "-¥92,233,720,368,547,758.08"));
    }

    @ParameterizedTest
    @MethodSource("parsedAmounts")
    void parsesAndFormatsAmounts(String text, long fen, String plain, String formatted) {
        Money money = Money.parse(text);

        assertThat(money.toFen()).isEqualTo(fen);
        assertThat(money.toPlainString()).isEqualTo(plain);
        assertThat(money.format()).isEqualTo(formatted);
        assertThat(money).hasToString(formatted);
        assertThat(Money.parse(plain)).isEqualTo(money);
        assertThat(Money.parse(formatted)).isEqualTo(money);
        assertThat(money.toYuan()).isEqualTo(new BigDecimal(plain));
    }

    static Stream<Arguments> invalidAmounts() {
        return Stream.of(
                // text, rule, message
                Arguments.of(
                        "",
                        "format",
                        "Invalid money amount \"\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "¥",
                        "format",
                        "Invalid money amount \"¥\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "-",
                        "format",
                        "Invalid money amount \"-\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "abc",
                        "format",
                        "Invalid money amount \"abc\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "12.",
                        "format",
                        "Invalid money amount \"12.\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        ".5",
                        "format",
                        "Invalid money amount \".5\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "+5",
                        "format",
                        "Invalid money amount \"+5\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "--5",
                        "format",
                        "Invalid money amount \"--5\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "¥-5",
                        "format",
                        "Invalid money amount \"¥-5\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        " 5",
                        "format",
                        "Invalid money amount \" 5\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "5 ",
                        "format",
                        "Invalid money amount \"5 \": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "1e3",
                        "format",
                        "Invalid money amount \"1e3\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "１２",
                        "format",
                        "Invalid money amount \"１２\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "12\n",
                        "format",
                        "Invalid money amount \"12\\u000a\": must be a number of yuan such as 1234.50 or ¥1,234.50"),
                Arguments.of(
                        "1234,50",
                        "format",
                        "Invalid money amount \"1234,50\": grouping commas must separate every three digits"),
                Arguments.of(
                        "12,34.50",
                        "format",
                        "Invalid money amount \"12,34.50\": grouping commas must separate every three digits"),
                Arguments.of(
                        "1234,567",
                        "format",
                        "Invalid money amount \"1234,567\": grouping commas must separate every three digits"),
                Arguments.of(
                        ",123",
                        "format",
                        "Invalid money amount \",123\": grouping commas must separate every three digits"),
                Arguments.of(
                        "1,234,",
                        "format",
                        "Invalid money amount \"1,234,\": grouping commas must separate every three digits"),
                Arguments.of(
                        "1.234,50",
                        "format",
                        "Invalid money amount \"1.234,50\": grouping commas must separate every three digits"),
                Arguments.of(
                        "12.345",
                        "fen",
                        "Invalid money amount \"12.345\": has more than 2 decimal places (amounts are whole fen)"),
                Arguments.of(
                        "12.300",
                        "fen",
                        "Invalid money amount \"12.300\": has more than 2 decimal places (amounts are whole fen)"),
                Arguments.of(
                        "¥1,234.567",
                        "fen",
                        "Invalid money amount \"¥1,234.567\": has more than 2 decimal places (amounts are whole fen)"),
                Arguments.of(
                        "92233720368547758.08", "range", "Invalid money amount \"922337***********.08\": is too large"),
                Arguments.of(
                        "-92233720368547758.09",
                        "range",
                        "Invalid money amount \"-922337***********.09\": is too large"));
    }

    @ParameterizedTest
    @MethodSource("invalidAmounts")
    void rejectsInvalidAmountsNamingTheRule(String text, String rule, String message) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("money amount");
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e).hasMessage(message);
        });
    }

    static Stream<Arguments> exactDecimals() {
        return Stream.of(
                Arguments.of("12.30", 1230L),
                Arguments.of("12.3", 1230L),
                Arguments.of("12.300000", 1230L),
                Arguments.of("-0.01", -1L),
                Arguments.of("1E+2", 10000L),
                Arguments.of("0E-10", 0L));
    }

    @ParameterizedTest
    @MethodSource("exactDecimals")
    void takesBigDecimalsWithAtMostTwoSignificantDecimals(String decimal, long fen) {
        assertThat(Money.of(new BigDecimal(decimal)).toFen()).isEqualTo(fen);
    }

    static Stream<Arguments> inexactDecimals() {
        return Stream.of(
                Arguments.of(
                        "0.001", "Invalid money amount \"0.001\": has a fraction of a fen (at most 2 decimal places)"),
                Arguments.of(
                        "12.345",
                        "Invalid money amount \"12.345\": has a fraction of a fen (at most 2 decimal places)"),
                Arguments.of(
                        "1E-999999999",
                        "Invalid money amount \"1E-999999999\": has a fraction of a fen (at most 2 decimal places)"),
                Arguments.of("1E+999999999", "Invalid money amount \"1E+999999999\": is too large"),
                Arguments.of("92233720368547758.08", "Invalid money amount \"922337***********.08\": is too large"));
    }

    @ParameterizedTest
    @MethodSource("inexactDecimals")
    void rejectsBigDecimalsWithAFractionOfAFenOrTooLarge(String decimal, String message) {
        assertThatThrownBy(() -> Money.of(new BigDecimal(decimal)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void arithmeticIsExact() {
        Money stipend = Money.parse("1500.00");
        assertThat(stipend.multipliedBy(12)).isEqualTo(Money.ofYuan(18_000));
        assertThat(stipend.plus(Money.ofFen(1))).isEqualTo(Money.parse("1500.01"));
        assertThat(stipend.minus(Money.ofYuan(1600))).isEqualTo(Money.parse("-100"));
        assertThat(stipend.negated()).isEqualTo(Money.parse("-1500"));
        assertThat(Money.ofFen(10).plus(Money.ofFen(20))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.ofYuan(60).toFen()).isEqualTo(6000L);
        assertThat(Money.ofFen(0)).isSameAs(Money.ZERO);
    }

    static Stream<Arguments> roundedProducts() {
        return Stream.of(
                // fen, factor, rounding, expected fen
                Arguments.of(100L, "0.155", RoundingMode.HALF_UP, 16L),
                Arguments.of(100L, "0.155", RoundingMode.DOWN, 15L),
                Arguments.of(100L, "0.165", RoundingMode.HALF_EVEN, 16L),
                Arguments.of(100L, "0.155", RoundingMode.HALF_EVEN, 16L),
                Arguments.of(-100L, "0.155", RoundingMode.HALF_UP, -16L),
                Arguments.of(-100L, "0.155", RoundingMode.FLOOR, -16L),
                Arguments.of(150000L, "1.5", RoundingMode.UNNECESSARY, 225000L));
    }

    @ParameterizedTest
    @MethodSource("roundedProducts")
    void multiplyingByARateRoundsAsTheRuleDeclares(long fen, String factor, RoundingMode rounding, long expected) {
        assertThat(Money.ofFen(fen)
                        .multipliedBy(new BigDecimal(factor), rounding)
                        .toFen())
                .isEqualTo(expected);
    }

    static Stream<Arguments> roundedQuotients() {
        return Stream.of(
                Arguments.of(400000L, 12L, RoundingMode.HALF_UP, 33333L),
                Arguments.of(400000L, 12L, RoundingMode.UP, 33334L),
                Arguments.of(5L, 2L, RoundingMode.HALF_EVEN, 2L),
                Arguments.of(5L, 2L, RoundingMode.HALF_UP, 3L),
                Arguments.of(-5L, 2L, RoundingMode.HALF_UP, -3L),
                Arguments.of(5L, -2L, RoundingMode.DOWN, -2L));
    }

    @ParameterizedTest
    @MethodSource("roundedQuotients")
    void dividingRoundsAsTheRuleDeclares(long fen, long divisor, RoundingMode rounding, long expected) {
        assertThat(Money.ofFen(fen).dividedBy(divisor, rounding).toFen()).isEqualTo(expected);
    }

    @Test
    void rejectsDivisionByZeroAndUndeclaredRounding() {
        assertThatThrownBy(() -> Money.ofFen(5).dividedBy(0, RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(5).dividedBy(2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negated()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).split(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.total(List.of(max, Money.ofFen(1)))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void splitsAnAmountIntoPartsThatDifferByAtMostOneFen() {
        assertThat(fens(Money.ofYuan(4000).split(12)))
                .containsExactly(
                        33334L, 33334L, 33334L, 33334L, 33333L, 33333L, 33333L, 33333L, 33333L, 33333L, 33333L, 33333L);
        assertThat(fens(Money.parse("1.00").split(3))).containsExactly(34L, 33L, 33L);
        assertThat(fens(Money.parse("0.02").split(3))).containsExactly(1L, 1L, 0L);
        assertThat(fens(Money.parse("-1.00").split(3))).containsExactly(-34L, -33L, -33L);
        assertThat(fens(Money.ZERO.split(2))).containsExactly(0L, 0L);
        // County B paid 175,200 yuan to its 73 officers: 2,400 yuan each
        assertThat(Money.ofYuan(175_200).split(73))
                .containsOnly(Money.ofYuan(2_400))
                .hasSize(73);
    }

    static Stream<Arguments> allocations() {
        return Stream.of(
                // fen, ratios, shares
                Arguments.of(100L, new long[] {1, 1, 1}, List.of(34L, 33L, 33L)),
                Arguments.of(100L, new long[] {1, 2}, List.of(33L, 67L)),
                // an exact share (3.00) takes no fen from the others
                Arguments.of(6L, new long[] {2, 1, 1}, List.of(3L, 2L, 1L)),
                Arguments.of(100L, new long[] {0, 1, 1}, List.of(0L, 50L, 50L)),
                Arguments.of(101L, new long[] {0, 1, 1}, List.of(0L, 51L, 50L)),
                Arguments.of(5L, new long[] {0, 0, 1, 1}, List.of(0L, 0L, 3L, 2L)),
                Arguments.of(1000L, new long[] {70, 20, 10}, List.of(700L, 200L, 100L)),
                Arguments.of(-100L, new long[] {1, 2}, List.of(-33L, -67L)),
                Arguments.of(7L, new long[] {5}, List.of(7L)));
    }

    @ParameterizedTest
    @MethodSource("allocations")
    void allocatesInProportionWithoutLosingAFen(long fen, long[] ratios, List<Long> shares) {
        assertThat(fens(Money.ofFen(fen).allocate(ratios))).isEqualTo(shares);
    }

    static Stream<Arguments> invalidAllocations() {
        return Stream.of(
                Arguments.of(new long[] {}, "Invalid allocation ratios \"[]\": must not be empty"),
                Arguments.of(new long[] {0, 0}, "Invalid allocation ratios \"[0, 0]\": must not all be zero"),
                Arguments.of(new long[] {1, -1}, "Invalid allocation ratio \"-1\": must not be negative"));
    }

    @ParameterizedTest
    @MethodSource("invalidAllocations")
    void rejectsRatiosThatShareNothingOut(long[] ratios, String message) {
        assertThatThrownBy(() -> Money.ofYuan(1).allocate(ratios))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsSplitIntoFewerThanOnePart() {
        assertThatThrownBy(() -> Money.ofYuan(1).split(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid parts \"0\": must be at least 1");
    }

    @Test
    void splitAndAllocateNeverLoseAFen() {
        Random random = new Random(4000L);
        for (int i = 0; i < 5_000; i++) {
            long fen = random.nextInt(4) == 0 ? random.nextLong() / 1_000 : random.nextInt(2_000_000) - 1_000_000;
            Money amount = Money.ofFen(fen);
            int parts = 1 + random.nextInt(40);

            List<Money> split = amount.split(parts);
            assertThat(split).hasSize(parts);
            assertThat(Money.total(split)).isEqualTo(amount);
            long least = split.stream().mapToLong(Money::toFen).min().orElseThrow();
            long most = split.stream().mapToLong(Money::toFen).max().orElseThrow();
            assertThat(most - least).isLessThanOrEqualTo(1);

            long[] ratios = LongStream.generate(() -> random.nextInt(5) == 0 ? 0 : random.nextInt(1_000))
                    .limit(parts)
                    .toArray();
            ratios[random.nextInt(parts)] = 1 + random.nextInt(1_000);
            List<Money> shares = amount.allocate(ratios);
            assertThat(Money.total(shares)).isEqualTo(amount);
            long totalRatio = LongStream.of(ratios).sum();
            for (int k = 0; k < parts; k++) {
                // each share is within one fen of its exact proportion, and a zero ratio gets nothing
                BigDecimal exact = BigDecimal.valueOf(fen)
                        .multiply(BigDecimal.valueOf(ratios[k]))
                        .divide(BigDecimal.valueOf(totalRatio), 10, RoundingMode.HALF_EVEN);
                assertThat(BigDecimal.valueOf(shares.get(k).toFen())
                                .subtract(exact)
                                .abs())
                        .isLessThan(BigDecimal.ONE);
                if (ratios[k] == 0) {
                    assertThat(shares.get(k)).isEqualTo(Money.ZERO);
                }
            }
        }
    }

    @Test
    void sumsIterablesAndStreams() {
        List<Money> amounts = List.of(Money.parse("0.10"), Money.parse("0.20"), Money.parse("-0.05"));
        assertThat(Money.total(amounts)).isEqualTo(Money.parse("0.25"));
        assertThat(Money.total(amounts.stream())).isEqualTo(Money.parse("0.25"));
        assertThat(amounts.parallelStream().collect(Money.summing())).isEqualTo(Money.parse("0.25"));
        assertThat(Money.total(List.of())).isEqualTo(Money.ZERO);
        assertThat(Money.total(Stream.empty())).isEqualTo(Money.ZERO);
    }

    @Test
    void sumOfManyAmountsInParallelIsExact() {
        Random random = new Random(52L);
        List<Money> amounts = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < 10_000; i++) {
            long fen = random.nextInt(1_000_000) - 500_000;
            amounts.add(Money.ofFen(fen));
            expected += fen;
        }
        assertThat(amounts.parallelStream().collect(Money.summing()).toFen()).isEqualTo(expected);
    }

    static Stream<Arguments> signs() {
        return Stream.of(
                // fen, zero, positive, negative
                Arguments.of(Long.MIN_VALUE, false, false, true),
                Arguments.of(-1L, false, false, true),
                Arguments.of(0L, true, false, false),
                Arguments.of(1L, false, true, false),
                Arguments.of(Long.MAX_VALUE, false, true, false));
    }

    @ParameterizedTest(name = "{0} fen: zero {1}, positive {2}, negative {3}")
    @MethodSource("signs")
    void tellsTheSignOfAnAmount(long fen, boolean zero, boolean positive, boolean negative) {
        Money money = Money.ofFen(fen);

        assertThat(money.isZero()).isEqualTo(zero);
        assertThat(money.isPositive()).isEqualTo(positive);
        assertThat(money.isNegative()).isEqualTo(negative);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // a, b (fen), a < b, a > b
                Arguments.of(99L, 100L, true, false),
                Arguments.of(100L, 99L, false, true),
                Arguments.of(100L, 100L, false, false),
                Arguments.of(-100L, 0L, true, false),
                Arguments.of(Long.MIN_VALUE, Long.MAX_VALUE, true, false));
    }

    @ParameterizedTest(name = "{0} and {1} fen: less {2}, greater {3}")
    @MethodSource("pairs")
    void comparesTwoAmounts(long a, long b, boolean less, boolean greater) {
        Money first = Money.ofFen(a);
        Money second = Money.ofFen(b);

        assertThat(first.isLessThan(second)).isEqualTo(less);
        assertThat(first.isGreaterThan(second)).isEqualTo(greater);
        assertThat(first.max(second).toFen()).isEqualTo(Math.max(a, b));
        assertThat(first.min(second).toFen()).isEqualTo(Math.min(a, b));
    }

    @Test
    void comparesAmounts() {
        Money small = Money.parse("0.99");
        Money big = Money.parse("1.00");
        assertThat(small).isLessThan(big);
        assertThat(small.isLessThan(big)).isTrue();
        assertThat(big.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(small)).isFalse();
        assertThat(small.max(big)).isSameAs(big);
        assertThat(small.min(big)).isSameAs(small);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(big.isPositive()).isTrue();
        assertThat(big.negated().isNegative()).isTrue();
        assertThat(Money.parse("1.5")).isEqualTo(Money.parse("1.50")).hasSameHashCodeAs(Money.parse("1.50"));
    }

    @Test
    void everyAmountRoundTripsThroughItsPlainAndDisplayForms() {
        Random random = new Random(123450L);
        for (int i = 0; i < 10_000; i++) {
            long fen = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(100_000) - 50_000;
                case 1 -> random.nextLong();
                default -> random.nextLong() / 1_000_000;
            };
            Money money = Money.ofFen(fen);
            assertThat(Money.parse(money.toPlainString())).isEqualTo(money);
            assertThat(Money.parse(money.format())).isEqualTo(money);
            assertThat(Money.of(money.toYuan())).isEqualTo(money);
        }
    }

    @Test
    void parseOfArbitraryTextThrowsOnlyInvalidValueException() {
        Random random = new Random(1234L);
        String alphabet = "0123456789012345678901234567890123456789.,-¥ e+\n";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(16);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Money money = Money.parse(text);
                assertThat(Money.parse(money.toPlainString())).isEqualTo(money);
            } catch (InvalidValueException e) {
                assertThat(e.getMessage()).startsWith("Invalid money amount ").doesNotContain("\n");
            }
        }
    }

    private static List<Long> fens(List<Money> amounts) {
        return amounts.stream().map(Money::toFen).toList();
    }

    static Stream<Arguments> textsBeyondTheLengthLimit() {
        return Stream.of(
                // issue 10: a million digits took 20 s (BigDecimal and the patterns are super-linear in the length)
                Arguments.of("1".repeat(1_000_000)),
                Arguments.of("1".repeat(300_000) + ".00"),
                Arguments.of("¥" + "1,000".repeat(200_000)),
                Arguments.of("0".repeat(62) + ".01"),
                Arguments.of("-" + "0".repeat(64)));
    }

    @ParameterizedTest
    @MethodSource("textsBeyondTheLengthLimit")
    void textLongerThanSixtyFourCharactersIsRefusedBeforeItIsRead(String text) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("length"))
                .hasMessageEndingWith(": is longer than " + Money.MAX_TEXT_LENGTH + " characters, "
                        + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " given");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
    }

    @Test
    void textOfSixtyFourCharactersIsStillRead() {
        assertThat(Money.MAX_TEXT_LENGTH).isEqualTo(64);
        assertThat(Money.parse("0".repeat(61) + ".01")).isEqualTo(Money.ofFen(1));
        assertThat(Money.parse("-¥" + "0".repeat(62))).isEqualTo(Money.ZERO);
    }

    @Test
    void aMillionDigitsInJsonAreRefusedAtOnceToo() {
        String json = "\"" + "9".repeat(1_000_000) + "\"";
        assertThat(org.canlian.core.json.CanlianJson.read("\"1.00\"", Money.class))
                .isEqualTo(Money.ofYuan(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> org.canlian.core.json.CanlianJson.read(json, Money.class))
                .hasMessageContaining("is longer than 64 characters, 1,000,000 given");
        // 20 s before the limit; reading the document itself is linear
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
    }
}
