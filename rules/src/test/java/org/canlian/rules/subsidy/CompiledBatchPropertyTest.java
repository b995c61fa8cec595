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
import org.canlian.rules.policy.FactSource;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        CompiledBatch inTurn = new CompiledBatch(compiled, people, 0, 0, 0);
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        // A claimant's programmes explained at once, in an order of the seed's: each as alone.
        List<Programme> shuffled = new ArrayList<>(List.of(Programme.values()));
        java.util.Collections.shuffle(shuffled, random);
        Programme[] programmes =
                shuffled.subList(0, 1 + random.nextInt(shuffled.size())).toArray(new Programme[0]);
        SubsidyDecision[] atOnce = new SubsidyDecision[programmes.length];
        int eligible = 0;
        for (int i = 0; i < claimants.size(); i++) {
            Claimant c = claimants.get(i);
            batch.decide(i, programmes, atOnce);
            for (int k = 0; k < programmes.length; k++) {
                assertThat(atOnce[k])
                        .as("at once: %s %s", c, programmes[k])
                        .isEqualTo(compiled.decide(c, programmes[k]));
            }
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

    /**
     * Claimants sharing a few fact profiles, with their own birth dates, certificate dates, applications and events:
     * the whole months fit the budget, and every answer read from them is the claimant's alone, errors included, under
     * the test county's rules and under {@link TestClaimants#OTHER_RULES}.
     */
    static LongStream fewSeeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewSeeds")
    void wholeMonthsOfAFewProfilesAnswerAsEachClaimantAlone(long seed) {
        Random random = new Random(seed);
        SubsidyCalculator calc = (seed % 2 == 0 ? SubsidyCalculatorTest.CALC : SubsidyCalculatorTest.OTHER_RULES)
                .asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth month = YearMonth.of(2024, 1).plusMonths(random.nextInt(24));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        List<Claimant> claimants = ofAFewProfiles(random);
        ClaimantBatch people = ClaimantBatch.of(claimants);
        CompiledBatch batch = compiled.forBatch(people);
        assertThat(batch.wholeMonthsKept()).as("whole months kept").isPositive();
        assertThat(batch.rules()).isSameAs(compiled);
        assertThat(batch.claimants()).isSameAs(people);
        assertThat(batch).hasToString("CompiledBatch[629901 " + month + ", " + people + "]");
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        // A claimant's programmes explained at once, in an order of the seed's: each as alone.
        List<Programme> shuffled = new ArrayList<>(List.of(Programme.values()));
        java.util.Collections.shuffle(shuffled, random);
        Programme[] programmes =
                shuffled.subList(0, 1 + random.nextInt(shuffled.size())).toArray(new Programme[0]);
        SubsidyDecision[] atOnce = new SubsidyDecision[programmes.length];
        int eligible = 0;
        for (int i = 0; i < claimants.size(); i++) {
            Claimant c = claimants.get(i);
            int claimant = i;
            assertThat(outcome(() -> {
                        batch.decide(claimant, programmes, atOnce);
                        return List.of(atOnce);
                    }))
                    .as("at once: %s %s", c, Arrays.toString(programmes))
                    .isEqualTo(outcome(() -> Arrays.stream(programmes)
                            .map(p -> compiled.decide(c, p))
                            .toList()));
            Object expected = outcome(() -> {
                compiled.decideAll(c, alone);
                return Arrays.stream(alone).boxed().toList();
            });
            int at = i;
            assertThat(outcome(() -> {
                        batch.decideAll(at, together);
                        return Arrays.stream(together).boxed().toList();
                    }))
                    .as("%s in %s", c, month)
                    .isEqualTo(expected);
            for (Programme p : Programme.values()) {
                assertThat(outcome(() -> batch.amountFen(at, p)))
                        .as("%s %s", c, p)
                        .isEqualTo(outcome(() -> compiled.amountFen(c, p)));
            }
            eligible += expected instanceof List<?> l && l.stream().anyMatch(v -> (Long) v >= 0) ? 1 : 0;
        }
        assertThat(eligible).as("the generator reaches eligible cases").isPositive();
        assertThat(batch.decide(0, Programme.CARE)).isEqualTo(compiled.decide(claimants.get(0), Programme.CARE));
    }

    /** The test county's rules of March 2025, as known at the end of 2025. */
    private static CompiledSubsidies march() {
        return SubsidyCalculatorTest.CALC
                .asKnownOn(LocalDate.of(2025, 12, 31))
                .compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
    }

    /** 300 claimants of 8 random fact profiles (allowances of a few amounts), each with their own dates. */
    private static List<Claimant> ofAFewProfiles(Random random) {
        List<Claimant> profiles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            profiles.add(CompiledSubsidiesPropertyTest.randomClaimant(random, true));
        }
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            claimants.add(withOtherDates(profiles.get(random.nextInt(profiles.size())), random));
        }
        return claimants;
    }

    /** The claimant's coded facts and allowances with other dates: birth, certificate, applications, events. */
    private static Claimant withOtherDates(Claimant profile, Random r) {
        Claimant.Builder b = profile.toBuilder();
        if (profile.residentId().isPresent()) {
            b.residentId(
                    TestClaimants.idBornOn(LocalDate.of(1915 + r.nextInt(110), 1 + r.nextInt(12), 1 + r.nextInt(28))));
        }
        if (profile.rating().isPresent()) {
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4000));
            b.certificate(
                    profile.rating().orElseThrow(), from, from.plusYears(10).minusDays(1));
            if (r.nextInt(10) == 0) {
                b.certificateCancelled(from.plusDays(r.nextInt(4000)));
            }
        }
        for (Programme p : Programme.values()) {
            int roll = r.nextInt(10);
            if (roll < 6) {
                b.applied(p, LocalDate.of(2023, 6, 1).plusDays(r.nextInt(900)));
            } else if (roll < 8) {
                b.notApplied(p);
            }
        }
        if (r.nextInt(4) == 0) {
            b.event(StopReason.DEATH, LocalDate.of(2023, 6, 1).plusDays(r.nextInt(900)));
        }
        return b.build();
    }

    private static Object outcome(java.util.function.Supplier<Object> result) {
        return CompiledSubsidiesPropertyTest.outcome(result);
    }

    @Test
    void theBudgetOfWholeMonthsIsInclusiveAndCountsAllowancesOnlyWhenAGroupDoes() {
        CompiledSubsidies compiled = march();
        ClaimantBatch people = ClaimantBatch.of(List.of(
                TestClaimants.baseline().build(),
                TestClaimants.baseline()
                        .allowance(Allowance.OLD_AGE, org.canlian.core.money.Money.ofYuan(200))
                        .build(),
                TestClaimants.baseline()
                        .allowance(Allowance.RETIREMENT, org.canlian.core.money.Money.ofYuan(300))
                        .build()));
        int kept = compiled.forBatch(people).wholeMonthsKept();
        assertThat(kept).isPositive();
        assertThat(new CompiledBatch(compiled, people, kept, 0, 0).wholeMonthsKept())
                .isEqualTo(kept);
        assertThat(new CompiledBatch(compiled, people, kept - 1, 0, 0).wholeMonthsKept())
                .isZero();
        // The test county's groups count the old-age allowance: 3 allowance combinations and "unknown", 4 slots.
        // Without such a group, one slot.
        org.canlian.rules.policy.PolicySet programmesOnly = SubsidyCalculatorTest.POLICY.withValueFrom(
                SubsidyParameters.HIGHER_OF,
                TestClaimants.COUNTY,
                org.canlian.rules.policy.DatedValue.of(
                        org.canlian.rules.policy.CodeGroups.of(List.of(List.of("elderly", "living"))),
                        LocalDate.of(2025, 1, 1),
                        org.canlian.rules.policy.Source.of(
                                "test", "programmes only", "n/a", LocalDate.of(2024, 12, 1))));
        CompiledSubsidies noAllowanceGroup = SubsidyCalculator.of(programmesOnly)
                .asKnownOn(LocalDate.of(2025, 12, 31))
                .compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
        assertThat(noAllowanceGroup.forBatch(people).wholeMonthsKept()).isEqualTo(kept / 4);
    }

    /**
     * More distinct answers than whole months may number (65,535, numbered 0 to 65,534: a real batch needs tens of
     * thousands of allowance combinations to reach it): the months are not kept, and every claimant is decided in turn,
     * as alone. The limit is inclusive: exactly as many answers as it allows are kept.
     */
    @Test
    void wholeMonthsWithMoreDistinctAnswersThanTheirNumbersAllowAreNotKept() {
        Random random = new Random(7);
        CompiledSubsidies compiled = march();
        List<Claimant> claimants = ofAFewProfiles(random);
        ClaimantBatch people = ClaimantBatch.of(claimants);
        int answers = compiled.forBatch(people).distinctAnswers();
        assertThat(answers)
                .as("the batch's claimants get several distinct months")
                .isGreaterThan(2);
        CompiledBatch atLimit = new CompiledBatch(compiled, people, 1L << 22, answers, 0, 0);
        assertThat(atLimit.wholeMonthsKept()).isPositive();
        assertThat(atLimit.distinctAnswers()).isEqualTo(answers);
        CompiledBatch beyond = new CompiledBatch(compiled, people, 1L << 22, answers - 1, 0, 0);
        assertThat(beyond.wholeMonthsKept()).isZero();
        assertThat(beyond.distinctAnswers()).isZero();
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        for (int i = 0; i < claimants.size(); i++) {
            Claimant c = claimants.get(i);
            int at = i;
            Object expected = outcome(() -> {
                compiled.decideAll(c, alone);
                return java.util.Arrays.toString(alone);
            });
            for (CompiledBatch batch : List.of(atLimit, beyond)) {
                Object read = outcome(() -> {
                    batch.decideAll(at, together);
                    return java.util.Arrays.toString(together);
                });
                assertThat(read).as("%s", c).isEqualTo(expected);
            }
        }
    }

    static Stream<SubsidyCalculator> calculators() {
        // The test county's rules cut ages into few bands (read in turn); the other rules into more than 8 (searched).
        return Stream.of(SubsidyCalculatorTest.CALC, SubsidyCalculatorTest.OTHER_RULES);
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void everyBirthdayEdgeOfTheAgeBandsAnswersAsAlone(SubsidyCalculator rules) {
        SubsidyCalculator calc = rules.asKnownOn(LocalDate.of(2025, 12, 31));
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
        for (CompiledBatch batch : List.of(compiled.forBatch(people), new CompiledBatch(compiled, people, 0, 0, 0))) {
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
        CompiledSubsidies compiled = march();
        Claimant inside = TestClaimants.baseline().build();
        Claimant outside = TestClaimants.baseline()
                .registration(DivisionCode.parse("110105"), RegistrationType.URBAN)
                .build();
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(List.of(inside, outside)));
        assertThat(batch.readsRegistrations()).isTrue();
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
        SubsidyDecision[] into = new SubsidyDecision[2];
        assertThatThrownBy(() -> batch.decide(1, new Programme[] {Programme.CARE, Programme.LIVING}, into))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
        assertThatThrownBy(() -> compiled.decide(outside, Programme.CARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 110105, outside the compiled region 629901");
    }

    /** A claimant's decisions at once go into the caller's array from its start, which must have room for them. */
    @Test
    void decisionsAtOnceFillTheCallersArrayWhichMustHaveRoom() {
        CompiledSubsidies compiled = march();
        Claimant who = TestClaimants.baseline().build();
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(List.of(who)));
        SubsidyDecision[] into = new SubsidyDecision[3];
        batch.decide(0, new Programme[] {Programme.LIVING, Programme.CARE}, into);
        assertThat(into)
                .containsExactly(compiled.decide(who, Programme.LIVING), compiled.decide(who, Programme.CARE), null);
        batch.decide(0, new Programme[0], new SubsidyDecision[0]);
        assertThatThrownBy(() ->
                        batch.decide(0, new Programme[] {Programme.CARE, Programme.LIVING}, new SubsidyDecision[1]))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> batch.decide(0, new Programme[] {null}, into))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("programme");
    }

    /**
     * A batch reads its claimants' registrations only when one is unknown or outside the region; a claimant whose
     * registration is unknown cannot be decided in any programme, in a batch as alone, and the others of their batch
     * are decided as alone.
     */
    @Test
    void aClaimantWithAnUnknownRegistrationCannotBeDecidedAsAlone() {
        CompiledSubsidies compiled = march();
        Claimant inside = TestClaimants.baseline().build();
        Claimant unknown = Claimant.builder()
                .certificate(
                        TestClaimants.rating(org.canlian.core.disability.DisabilityCategory.PHYSICAL, 2),
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2030, 1, 1))
                .build();
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        compiled.decideAll(unknown, alone);
        assertThat(alone).containsOnly(CompiledSubsidies.CANNOT_DECIDE);
        for (List<Claimant> claimants : List.of(List.of(inside, unknown), List.of(unknown), List.of(inside, inside))) {
            CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(claimants));
            assertThat(batch.readsRegistrations()).as("%s", claimants).isEqualTo(claimants.contains(unknown));
            for (int i = 0; i < claimants.size(); i++) {
                compiled.decideAll(claimants.get(i), alone);
                batch.decideAll(i, together);
                assertThat(together).as("%s of %s", i, claimants).containsExactly(alone);
                for (Programme p : Programme.values()) {
                    assertThat(batch.amountFen(i, p)).isEqualTo(compiled.amountFen(claimants.get(i), p));
                }
            }
        }
    }

    /**
     * An age band starting before year 1 (a table's age beyond any person's, here 3,000 years): the batch counts an
     * unknown birth date in no band, so that a claimant of unknown age is still undecided, as alone, while those born
     * are decided by their band.
     */
    @Test
    void anAgeBandBeforeAnyBirthDateLeavesTheUnknownAgeUndecided() {
        String beyondAnyAge = TestClaimants.POLICY.replace(
                "\"rows\": [ { \"when\": { \"age\": { \"min\": 60 } },",
                "\"rows\": [ { \"when\": { \"age\": { \"min\": 3000 } },");
        assertThat(beyondAnyAge).isNotEqualTo(TestClaimants.POLICY);
        CompiledSubsidies compiled = SubsidyCalculator.of(PolicyFiles.readResource(
                                SubsidyParameters.catalog(), SubsidyPolicies.NATIONAL)
                        .merge(PolicyFiles.read(SubsidyParameters.catalog(), beyondAnyAge, "beyond-any-age.json")))
                .asKnownOn(LocalDate.of(2025, 12, 31))
                .compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
        List<Claimant> claimants = List.of(
                TestClaimants.baseline().build(),
                TestClaimants.baselineWithoutId().build());
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(claimants));
        assertThat(compiled.amountFen(claimants.get(1), Programme.ELDERLY)).isEqualTo(CompiledSubsidies.CANNOT_DECIDE);
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        for (int i = 0; i < claimants.size(); i++) {
            compiled.decideAll(claimants.get(i), alone);
            batch.decideAll(i, together);
            assertThat(together).as("%s", claimants.get(i)).containsExactly(alone);
        }
    }

    /**
     * Under rules with monthly programmes only (临泽县's: living, care, elderly, and the yearly fuel subsidy), the batch
     * reads each application's verdict without the one-off rule: every answer is still each claimant's own.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void underMonthlyProgrammesOnlyABatchAnswersAsEachClaimantAlone(long seed) {
        Random random = new Random(seed);
        DivisionCode linze = DivisionCode.parse("620723");
        SubsidyCalculator calc = SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE));
        YearMonth month = YearMonth.of(2024, 1).plusMonths(random.nextInt(24));
        CompiledSubsidies compiled = calc.compile(linze, month);
        assertThat(Arrays.stream(compiled.providedOrdinals()).boxed().toList())
                .as("no one-off programme provided")
                .noneMatch(p -> Programme.values()[p].isOneOff())
                .isNotEmpty();
        List<Claimant> claimants = new ArrayList<>();
        // 150 claimants: their fact profiles, age bands, 81 verdict combinations and allowances fit the whole months'
        // budget.
        for (int i = 0; i < 150; i++) {
            claimants.add(CompiledSubsidiesPropertyTest.randomClaimant(random, true, linze));
        }
        CompiledBatch batch = compiled.forBatch(ClaimantBatch.of(claimants));
        assertThat(batch.wholeMonthsKept()).as("whole months kept").isPositive();
        long[] alone = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        java.util.Set<Long> answers = new java.util.HashSet<>();
        for (int i = 0; i < claimants.size(); i++) {
            Claimant c = claimants.get(i);
            compiled.decideAll(c, alone);
            batch.decideAll(i, together);
            assertThat(together).as("%s in %s", c, month).containsExactly(alone);
            for (long fen : alone) {
                answers.add(fen);
            }
        }
        assertThat(answers)
                .as("the generator reaches paid, unpaid and undecided programmes")
                .contains(CompiledSubsidies.NOT_ELIGIBLE, CompiledSubsidies.CANNOT_DECIDE)
                .anyMatch(fen -> fen > 0);
    }

    @Test
    void aBatchKeepsEachClaimantsDatesAndSharesWhatIsAlike() {
        DivisionCode township = TestClaimants.COUNTY.child(101);
        Claimant plain = TestClaimants.baseline().build();
        Claimant dibaoInTownship = TestClaimants.baseline()
                .household(HouseholdStatus.DIBAO)
                .registration(township, RegistrationType.RURAL)
                .allowance(Allowance.OLD_AGE, org.canlian.core.money.Money.ofYuan(100))
                .certificateCancelled(LocalDate.of(2025, 3, 1))
                .notApplied(Programme.COLLEGE)
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        Claimant nothingKnown = Claimant.builder().build();
        Claimant youngerTwin = TestClaimants.baseline()
                .residentId(TestClaimants.idBornOn(LocalDate.of(1990, 2, 28)))
                .build();
        Claimant withAllowance = TestClaimants.baseline()
                .allowance(Allowance.OLD_AGE, org.canlian.core.money.Money.ofYuan(100))
                .build();
        ClaimantBatch batch =
                ClaimantBatch.of(List.of(plain, dibaoInTownship, nothingKnown, youngerTwin, withAllowance));

        // Coded facts: the birth date is kept per claimant, so people born on other days share a profile.
        assertThat(batch.profileCount()).isEqualTo(3);
        assertThat(List.of(batch.profile(0), batch.profile(1), batch.profile(2), batch.profile(3), batch.profile(4)))
                .containsExactly(0, 1, 2, 0, 0);
        assertThat(batch.profileFacts(0)[SubsidyFacts.AGE]).isZero();
        assertThat(batch.profileFacts(0)[SubsidyFacts.HOUSEHOLD]).isEqualTo(1L << 3);
        assertThat(batch.profileFacts(1)[SubsidyFacts.HOUSEHOLD]).isEqualTo(1L);
        assertThat(batch.profileFacts(2)[SubsidyFacts.AGE]).isEqualTo(FactSource.UNKNOWN);
        assertThat(List.of(batch.birth(0), batch.birth(2), batch.birth(3))).containsExactly(19_750_615, 0, 19_900_228);

        // Registrations and outside allowances: numbered in order of first appearance, -1 when unknown.
        assertThat(batch.registrationCount()).isEqualTo(2);
        assertThat(List.of(batch.registration(0), batch.registration(1), batch.registration(2)))
                .containsExactly(0, 1, -1);
        assertThat(batch.registrationAt(0)).isEqualTo(TestClaimants.COUNTY);
        assertThat(batch.registrationAt(1)).isEqualTo(township);
        assertThat(batch.allowanceCount()).isEqualTo(2);
        assertThat(List.of(
                        batch.allowanceIndex(0),
                        batch.allowanceIndex(1),
                        batch.allowanceIndex(2),
                        batch.allowanceIndex(3),
                        batch.allowanceIndex(4)))
                .containsExactly(0, 1, -1, 0, 1);
        assertThat(batch.allowanceAt(0)).containsExactly(-1, -1, -1, -1);
        assertThat(batch.allowanceFen(4)).containsExactly(10_000, -1, -1, -1);
        assertThat(batch.allowanceFen(2)).isNull();

        // The certificate: valid 2020-01-01 to 2030-01-01, or cancelled on 2025-03-01, or unknown.
        long february = LocalDate.of(2025, 2, 28).toEpochDay();
        long march = LocalDate.of(2025, 3, 1).toEpochDay();
        assertThat(batch.certificateValidWithin(0, march, march)).isEqualTo(1);
        assertThat(batch.certificateValidWithin(1, march, march)).isZero();
        assertThat(batch.certificateValidWithin(1, february, february)).isEqualTo(1);
        assertThat(batch.certificateValidWithin(2, march, march)).isEqualTo(-1);
        assertThat(batch.certificateValidWithin(0, LocalDate.of(2030, 1, 2).toEpochDay(), Long.MAX_VALUE))
                .isZero();

        // Application months per programme and claimant; the first stopping event's month.
        assertThat(batch.applicationMonth(0, Programme.CARE.ordinal())).isEqualTo(2025 * 12);
        assertThat(batch.applicationMonth(1, Programme.COLLEGE.ordinal())).isEqualTo(Claimant.NOT_APPLIED);
        assertThat(batch.applicationMonth(1, Programme.CARE.ordinal())).isEqualTo(2025 * 12);
        assertThat(batch.applicationMonth(2, Programme.COLLEGE.ordinal())).isEqualTo(Claimant.UNKNOWN_MONTH);
        assertThat(batch.firstEventMonth(1)).isEqualTo(2025 * 12 + 5);
        assertThat(batch.firstEventMonth(0)).isEqualTo(Integer.MAX_VALUE);

        // What explained decisions read besides: the rating, the certificate's days, each application's day.
        assertThat(batch.rating(1)).isEqualTo(dibaoInTownship.rating().orElseThrow());
        assertThat(List.of(batch.certificateFromDay(1), batch.certificateUntilDay(1), batch.cancelledDay(1)))
                .containsExactly(
                        LocalDate.of(2020, 1, 1).toEpochDay(),
                        LocalDate.of(2030, 1, 1).toEpochDay(),
                        march);
        assertThat(batch.cancelledDay(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(batch.applicationDayCount()).isEqualTo(1);
        assertThat(batch.applicationDayAt(0))
                .isEqualTo(LocalDate.of(2025, 1, 10).toEpochDay());
        assertThat(List.of(
                        batch.applicationDay(0, Programme.CARE.ordinal()),
                        batch.applicationDay(1, Programme.COLLEGE.ordinal()),
                        batch.applicationDay(2, Programme.COLLEGE.ordinal())))
                .containsExactly(0, -1, -1);
    }

    @Test
    void aBatchNumbersTheDaysOfApplicationInOrderOnceEach() {
        LocalDate[] days = {LocalDate.of(2025, 3, 9), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 9)};
        List<Claimant> claimants = new ArrayList<>();
        for (LocalDate day : days) {
            claimants.add(TestClaimants.baseline()
                    .applied(Programme.CARE, day)
                    .applied(Programme.LIVING, LocalDate.of(2020, 2, 29))
                    .build());
        }
        ClaimantBatch batch = ClaimantBatch.of(claimants);
        // The other programmes keep the baseline's day, 2025-01-10.
        assertThat(batch.applicationDayCount()).isEqualTo(4);
        assertThat(List.of(
                        batch.applicationDayAt(0),
                        batch.applicationDayAt(1),
                        batch.applicationDayAt(2),
                        batch.applicationDayAt(3)))
                .containsExactly(
                        LocalDate.of(2020, 2, 29).toEpochDay(),
                        LocalDate.of(2024, 12, 31).toEpochDay(),
                        LocalDate.of(2025, 1, 10).toEpochDay(),
                        LocalDate.of(2025, 3, 9).toEpochDay());
        assertThat(List.of(
                        batch.applicationDay(0, Programme.CARE.ordinal()),
                        batch.applicationDay(1, Programme.CARE.ordinal()),
                        batch.applicationDay(2, Programme.CARE.ordinal()),
                        batch.applicationDay(2, Programme.LIVING.ordinal())))
                .containsExactly(3, 1, 3, 0);
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

    @Test
    void explainedDecisionsShareTheStepsOfClaimantsAlikeAndKeepEveryAgeApart() {
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth march = YearMonth.of(2025, 3);
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, march);
        // 134 on 2025-03-01, older than the ages a batch keeps a slot for: near dibao, 60 or over, living 80.00.
        Claimant oldest = TestClaimants.baseline()
                .residentId(TestClaimants.idBornOn(LocalDate.of(1890, 6, 15)))
                .household(HouseholdStatus.NEAR_DIBAO)
                .build();
        // Both 6 on 2025-03-01 (134 - 128 ages kept: the slot next to the oldest's), low income, up to 17: 60.00.
        Claimant child = TestClaimants.baseline()
                .residentId(TestClaimants.idBornOn(LocalDate.of(2018, 6, 15)))
                .household(HouseholdStatus.LOW_INCOME)
                .build();
        Claimant sameAge = TestClaimants.baseline()
                .residentId(TestClaimants.idBornOn(LocalDate.of(2018, 9, 30)))
                .household(HouseholdStatus.LOW_INCOME)
                .build();
        ClaimantBatch people = ClaimantBatch.of(List.of(oldest, child, sameAge));
        assertThat(List.of(people.profile(0), people.profile(1), people.profile(2)))
                .containsExactly(0, 1, 1);
        CompiledBatch batch = compiled.forBatch(people);
        for (Programme p : List.of(Programme.LIVING, Programme.ELDERLY)) {
            SubsidyDecision old = batch.decide(0, p);
            SubsidyDecision young = batch.decide(1, p);
            SubsidyDecision alsoYoung = batch.decide(2, p);
            assertThat(old).as("%s", p).isEqualTo(compiled.decide(oldest, p)).isEqualTo(calc.decide(oldest, p, march));
            assertThat(young).as("%s", p).isEqualTo(compiled.decide(child, p)).isEqualTo(calc.decide(child, p, march));
            assertThat(alsoYoung).as("%s", p).isEqualTo(compiled.decide(sameAge, p));
            // Claimants alike share their programme, registration, parameter, application and outcome steps, not
            // copies.
            List<org.canlian.rules.policy.Explanation.Step> a =
                    young.explanation().steps();
            List<org.canlian.rules.policy.Explanation.Step> b =
                    alsoYoung.explanation().steps();
            assertThat(b).hasSameSizeAs(a);
            for (int i : new int[] {0, 1, 2, 3, 4, 6, a.size() - 1}) {
                assertThat(b.get(i)).as("%s step %d", p, i + 1).isSameAs(a.get(i));
            }
            List<org.canlian.rules.policy.Explanation.Step> alone =
                    compiled.decide(sameAge, p).explanation().steps();
            assertThat(alone.get(alone.size() - 1))
                    .isSameAs(compiled.decide(child, p).explanation().steps().get(alone.size() - 1));
        }
        assertThat(batch.decide(0, Programme.LIVING).amount()).isEqualTo(org.canlian.core.money.Money.ofYuan(80));
        assertThat(batch.decide(1, Programme.LIVING).amount()).isEqualTo(org.canlian.core.money.Money.ofYuan(60));
        assertThat(batch.decide(0, Programme.ELDERLY).amount()).isEqualTo(org.canlian.core.money.Money.ofYuan(100));
        assertThat(batch.decide(2, Programme.ELDERLY).eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    void explanationPartsAreKeptPerClassOfProfilesAlikeInWhatAProgrammesTablesRead() {
        CompiledSubsidies compiled = march();
        // Four profiles, alike but for the household status: one class for a programme whose tables do not read it.
        List<Claimant> claimants = new java.util.ArrayList<>(java.util.Arrays.stream(HouseholdStatus.values())
                .map(h -> TestClaimants.baseline().household(h).build())
                .toList());
        // And one whose age is unknown, in the same class as the 127-year-old before it (127 on 2025-03-01: the last
        // age kept is 126, the slot after it is the unknown age's).
        claimants.add(TestClaimants.baseline()
                .residentId(TestClaimants.idBornOn(LocalDate.of(1897, 6, 15)))
                .build());
        claimants.add(TestClaimants.baselineWithoutId().build());
        ClaimantBatch people = ClaimantBatch.of(claimants);
        assertThat(people.profileCount())
                .as("the unknown age is a profile of its own")
                .isEqualTo(HouseholdStatus.values().length + 1);
        int classes = 0;
        for (Programme p : Programme.values()) {
            boolean readsHousehold =
                    java.util.Arrays.stream(compiled.factsRead(p.ordinal())).anyMatch(f -> f == SubsidyFacts.HOUSEHOLD);
            classes += readsHousehold ? HouseholdStatus.values().length : 1;
        }
        assertThat(classes)
                .as("classes over the 7 programmes: fewer than one per profile and programme")
                .isLessThan(Programme.values().length * HouseholdStatus.values().length);
        int slots = classes * 128; // one per age, the last for an unknown age
        assertThat(compiled.forBatch(people).partSlotsKept()).isEqualTo(slots);
        assertThat(new CompiledBatch(compiled, people, 0, slots, 0).partSlotsKept())
                .as("the budget is inclusive")
                .isEqualTo(slots);
        CompiledBatch none = new CompiledBatch(compiled, people, 0, slots - 1, 0);
        assertThat(none.partSlotsKept()).isZero();
        CompiledBatch kept = compiled.forBatch(people);
        for (int i = 0; i < claimants.size(); i++) {
            for (Programme p : Programme.values()) {
                SubsidyDecision alone = compiled.decide(claimants.get(i), p);
                assertThat(kept.decide(i, p)).as("%s %s kept", i, p).isEqualTo(alone);
                assertThat(none.decide(i, p)).as("%s %s not kept", i, p).isEqualTo(alone);
            }
        }
    }
}
