package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.PolicyLookupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A compiled month bound to a batch ({@link CompiledBatch}) answers every claimant as the compiled month does for that
 * claimant alone ({@link CompiledSubsidies#decideAll(Claimant, long[])}), errors included, for random claimants with
 * unknown facts, cancelled certificates, stopping events and outside allowances.
 */
class CompiledBatchPropertyTest {
    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void batchAnswersAsEachClaimantAlone(long seed) {
        Random random = new Random(seed);
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth month = YearMonth.of(2024, 1).plusMonths(random.nextInt(24));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            claimants.add(CompiledSubsidiesPropertyTest.randomClaimant(random));
        }
        ClaimantBatch people = ClaimantBatch.of(claimants);
        // Whole months kept (the default), and each claimant's programmes decided in turn (no budget).
        CompiledBatch batch = compiled.forBatch(people);
        CompiledBatch inTurn = new CompiledBatch(compiled, people, 0, 0);
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        int eligible = 0;
        for (int i = 0; i < claimants.size(); i++) {
            Claimant c = claimants.get(i);
            compiled.decideAll(c, alone);
            batch.decideAll(i, together);
            assertThat(together).as("%s in %s", c, month).containsExactly(alone);
            inTurn.decideAll(i, together);
            assertThat(together).as("in turn: %s in %s", c, month).containsExactly(alone);
            for (Programme p : Programme.values()) {
                assertThat(batch.amountFen(i, p)).as("%s %s", c, p).isEqualTo(compiled.amountFen(c, p));
                eligible += alone[p.ordinal()] >= 0 ? 1 : 0;
                // Explained: the batch's kept parts and the month's own give the decision and the steps alike.
                SubsidyDecision explained = compiled.decide(c, p);
                assertThat(batch.decide(i, p)).as("%s %s", c, p).isEqualTo(explained);
                assertThat(inTurn.decide(i, p)).as("no parts kept: %s %s", c, p).isEqualTo(explained);
            }
        }
        assertThat(eligible).as("the generator reaches eligible cases").isPositive();
    }

    @Test
    void everyBirthdayEdgeOfTheAgeBandsAnswersAsAlone() {
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth month = YearMonth.of(2024, 3);
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        List<Claimant> claimants = new ArrayList<>();
        // Up to 130: beyond the batch's kept ages (0 to 126), explained decisions use the month's own parts.
        for (int years : java.util.stream.IntStream.concat(
                        java.util.stream.IntStream.rangeClosed(0, 100),
                        java.util.stream.IntStream.of(126, 127, 128, 130))
                .toArray()) {
            LocalDate first = month.atDay(1).minusYears(years);
            for (LocalDate born : List.of(first, first.plusDays(1), first.minusDays(1))) {
                for (HouseholdStatus household : HouseholdStatus.values()) {
                    claimants.add(TestClaimants.baseline()
                            .residentId(TestClaimants.idBornOn(born))
                            .household(household)
                            .applied(Programme.LIVING, LocalDate.of(2023, 1, 1))
                            .applied(Programme.ELDERLY, LocalDate.of(2023, 1, 1))
                            .build());
                }
            }
        }
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(claimants));
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        int paidElderly = 0;
        for (int i = 0; i < claimants.size(); i++) {
            compiled.decideAll(claimants.get(i), alone);
            batch.decideAll(i, together);
            assertThat(together).as("claimant %d", i).containsExactly(alone);
            paidElderly += alone[Programme.ELDERLY.ordinal()] > 0 ? 1 : 0;
            SubsidyDecision elderly = batch.decide(i, Programme.ELDERLY);
            assertThat(elderly).as("claimant %d", i).isEqualTo(compiled.decide(claimants.get(i), Programme.ELDERLY));
            assertThat(elderly.explanation().toText(java.util.Locale.ENGLISH))
                    .isEqualTo(calc.decide(claimants.get(i), Programme.ELDERLY, month)
                            .explanation()
                            .toText(java.util.Locale.ENGLISH));
        }
        assertThat(paidElderly).as("some are old enough").isPositive();
    }

    /** Jiangsu's files: 2023-03 has no living-subsidy table in force; 2023-04's shares have no urban dibao base. */
    static Stream<Arguments> policyGaps() {
        return Stream.of(
                Arguments.of(
                        "2023-03",
                        RegionalPeople.in("320583100", RegistrationType.URBAN)
                                .rated(DisabilityCategory.PHYSICAL, 1)
                                .needsCare()
                                .build()),
                Arguments.of(
                        "2023-04",
                        RegionalPeople.in("320583100", RegistrationType.URBAN)
                                .dibao()
                                .rated(DisabilityCategory.PHYSICAL, 1)
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyGaps")
    void aValueMissingInTheMonthFailsAsAlone(String month, Claimant who) {
        CompiledSubsidies compiled = SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.JIANGSU))
                .compile(DivisionCode.parse("320583"), YearMonth.parse(month));
        long[] out = new long[Programme.values().length];
        Throwable alone = catchThrowable(() -> compiled.decideAll(who, out));
        assertThat(alone).isInstanceOf(PolicyLookupException.class);
        ClaimantBatch people = ClaimantBatch.of(List.of(who));
        for (CompiledBatch batch : List.of(compiled.forBatch(people), new CompiledBatch(compiled, people, 0, 0))) {
            assertThatThrownBy(() -> batch.decideAll(0, out))
                    .isInstanceOf(PolicyLookupException.class)
                    .hasMessage(alone.getMessage());
            for (Programme p : Programme.values()) {
                Object expected = outcome(() -> compiled.amountFen(who, p));
                assertThat(outcome(() -> batch.amountFen(0, p))).as("%s", p).isEqualTo(expected);
                Object explained = explained(() -> compiled.decide(who, p));
                assertThat(explained(() -> batch.decide(0, p))).as("%s", p).isEqualTo(explained);
            }
        }
    }

    /** A decision's explanation in English, or the message of what was thrown. */
    private static Object explained(java.util.function.Supplier<SubsidyDecision> decision) {
        try {
            return decision.get().explanation().toText(java.util.Locale.ENGLISH);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** An amount, or the message of what was thrown. */
    private static Object outcome(java.util.function.LongSupplier amount) {
        try {
            return amount.getAsLong();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void aClaimantOutsideTheRegionFailsAsAlone() {
        CompiledSubsidies compiled = SubsidyCalculatorTest.CALC
                .asKnownOn(LocalDate.of(2025, 12, 31))
                .compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
        Claimant inside = TestClaimants.baseline().build();
        Claimant outside = TestClaimants.baseline()
                .registration(DivisionCode.parse("110105"), RegistrationType.URBAN)
                .build();
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(List.of(inside, outside)));
        long[] out = new long[Programme.values().length];
        batch.decideAll(0, out);
        assertThat(Arrays.stream(out).allMatch(v -> v == CompiledSubsidies.NOT_ELIGIBLE || v >= 0))
                .isTrue();
        assertThatThrownBy(() -> batch.decideAll(1, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
        assertThatThrownBy(() -> batch.amountFen(1, Programme.CARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
        assertThatThrownBy(() -> batch.decide(1, Programme.CARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
        assertThatThrownBy(() -> compiled.decide(outside, Programme.CARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
    }

    @Test
    void aBatchReportsItsSizeAndSharedProfiles() {
        Claimant a = TestClaimants.baseline().build();
        Claimant b =
                TestClaimants.baseline().household(HouseholdStatus.NEAR_DIBAO).build();
        ClaimantBatch batch = ClaimantBatch.of(List.of(a, b, a, a));
        assertThat(batch.size()).isEqualTo(4);
        assertThat(batch.get(1)).isSameAs(b);
        assertThat(batch.profileCount()).isEqualTo(2);
        assertThat(batch).hasToString("ClaimantBatch[4 claimants, 2 fact profiles]");
        assertThatThrownBy(() -> ClaimantBatch.of(java.util.Arrays.asList(a, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("claimants[1] is null: a batch holds claimants only");
    }
}
