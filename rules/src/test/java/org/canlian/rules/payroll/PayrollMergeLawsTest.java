package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws a distributed engine relies on, on seeded random 临泽县 rosters: partial payrolls and reform impacts of
 * random disjoint parts (rows dealt at random, not consecutive), each shipped through Java serialization as an engine
 * ships a task's result, merge into the one-pass result whatever the grouping (random merge trees) and order (random
 * permutations): associative, order-independent, the empty result neutral, and equal to one pass over all the rows.
 */
class PayrollMergeLawsTest {
    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of(101L, 4_000, 2),
                Arguments.of(102L, 4_000, 5),
                Arguments.of(103L, 2_000, 17),
                Arguments.of(104L, 500, 64),
                Arguments.of(105L, 40, 40));
    }

    static final PayrollCalculator PAYROLL =
            PayrollCalculator.of(PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
    static final ReformCalculator REFORM = ReformCalculator.of(
            PayrollPropertyTest.LINZE,
            SubsidyCalculator.of(ReformTest.linzeCareReform(PayrollPropertyTest.LINZE.policy())),
            PayrollPropertyTest.YEAR,
            OnInvalidRow.REPORT_AND_CONTINUE);

    /** The rows dealt at random into {@code parts} parts (some may be empty). */
    static List<List<PayrollRow>> deal(List<PayrollRow> rows, int parts, Random r) {
        List<List<PayrollRow>> dealt = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            dealt.add(new ArrayList<>());
        }
        for (PayrollRow row : rows) {
            dealt.get(r.nextInt(parts)).add(row);
        }
        return dealt;
    }

    @SuppressWarnings("unchecked")
    static <T> T shipped(T partial) {
        try {
            return (T) PayrollTest.roundTrip(partial);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Merges the values in a random tree: two neighbours at a time, chosen at random, until one is left. */
    static <T> T randomTree(List<T> values, BinaryOperator<T> merge, Random r) {
        List<T> left = new ArrayList<>(values);
        while (left.size() > 1) {
            int i = r.nextInt(left.size() - 1);
            left.set(i, merge.apply(left.get(i), left.remove(i + 1)));
        }
        return left.get(0);
    }

    <T> void mergeLaws(
            long seed, int size, int parts, Function<List<PayrollRow>, T> run, BinaryOperator<T> merge, T empty) {
        List<PayrollRow> rows = PayrollPropertyTest.roster(seed, size);
        T onePass = run.apply(rows);
        Random r = new Random(seed);
        List<T> partials = new ArrayList<>();
        for (List<PayrollRow> part : deal(rows, parts, r)) {
            partials.add(shipped(run.apply(part)));
        }
        for (int trial = 0; trial < 5; trial++) {
            List<T> order = new ArrayList<>(partials);
            java.util.Collections.shuffle(order, r);
            assertThat(randomTree(order, merge, r)).as("trial %d", trial).isEqualTo(onePass);
        }
        for (int trial = 0; trial < 20 && partials.size() >= 3; trial++) {
            T a = partials.get(r.nextInt(partials.size()));
            T b = partials.get(r.nextInt(partials.size()));
            T c = partials.get(r.nextInt(partials.size()));
            assertThat(merge.apply(merge.apply(a, b), c)).isEqualTo(merge.apply(a, merge.apply(b, c)));
            assertThat(merge.apply(a, b)).isEqualTo(merge.apply(b, a));
            assertThat(merge.apply(a, empty)).isEqualTo(a);
        }
        assertThat(shipped(onePass)).isEqualTo(onePass);
    }

    @ParameterizedTest(name = "seed {0}, {1} rows in {2} parts")
    @MethodSource("splits")
    void partialPayrollsShippedAndMergedInAnyTreeAndOrderAreTheOnePassPayroll(long seed, int size, int parts) {
        mergeLaws(seed, size, parts, PAYROLL::runRows, Payroll::merge, PAYROLL.empty());
        Payroll p = PAYROLL.runRows(PayrollPropertyTest.roster(seed, size));
        if (size >= 2_000) {
            assertThat(p.errors())
                    .as("the roster has rows in error, whose errors merge too")
                    .isNotEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}, {1} rows in {2} parts")
    @MethodSource("splits")
    void partialReformImpactsShippedAndMergedInAnyTreeAndOrderAreTheOnePassImpact(long seed, int size, int parts) {
        mergeLaws(seed, size, parts, REFORM::runRows, ReformImpact::merge, REFORM.empty());
    }
}
