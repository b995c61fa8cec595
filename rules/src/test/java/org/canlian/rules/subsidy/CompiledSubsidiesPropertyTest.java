package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The compiled path ({@link CompiledSubsidies#amountFen}) gives the interpreted decision's answer, for random cases. */
class CompiledSubsidiesPropertyTest {
    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledAndInterpretedAgree(long seed) {
        Random random = new Random(seed);
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth month = YearMonth.of(2024, 1).plusMonths(random.nextInt(24));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        int eligible = 0;
        for (int i = 0; i < 50; i++) {
            Claimant c = randomClaimant(random);
            for (Programme p : Programme.values()) {
                SubsidyDecision d = calc.decide(c, p, month);
                long expected = switch (d.eligibility()) {
                    case ELIGIBLE -> d.amount().toFen();
                    case NOT_ELIGIBLE -> CompiledSubsidies.NOT_ELIGIBLE;
                    case CANNOT_DECIDE -> CompiledSubsidies.CANNOT_DECIDE;
                };
                assertThat(compiled.amountFen(c, p)).as("%s %s %s", c, p, d).isEqualTo(expected);
                SubsidyDecision explained = compiled.decide(c, p);
                assertThat(explained.eligibility()).isEqualTo(d.eligibility());
                assertThat(explained.amount()).isEqualTo(d.amount());
                assertThat(explained.failedConditions()).isEqualTo(d.failedConditions());
                assertThat(explained.missingFacts()).isEqualTo(d.missingFacts());
                assertThat(explained.explanation().toText(java.util.Locale.CHINESE))
                        .isEqualTo(d.explanation().toText(java.util.Locale.CHINESE));
                assertThat(explained.explanation().toText(java.util.Locale.ENGLISH))
                        .isEqualTo(d.explanation().toText(java.util.Locale.ENGLISH));
                eligible += d.isEligible() ? 1 : 0;
            }
            SubsidyMonth all = calc.decideAll(c, month);
            SubsidyMonth allCompiled = compiled.decideAll(c);
            for (Programme p : Programme.values()) {
                assertThat(allCompiled.paid(p)).isEqualTo(all.paid(p));
                assertThat(allCompiled.status(p)).isEqualTo(all.status(p));
            }
            assertThat(allCompiled.higherOf().toText(java.util.Locale.ENGLISH))
                    .isEqualTo(all.higherOf().toText(java.util.Locale.ENGLISH));
            long[] out = new long[Programme.values().length];
            compiled.decideAll(c, out);
            for (Programme p : Programme.values()) {
                long expected = switch (all.status(p)) {
                    case ELIGIBLE -> all.paid(p).toFen();
                    case NOT_ELIGIBLE -> CompiledSubsidies.NOT_ELIGIBLE;
                    case CANNOT_DECIDE -> CompiledSubsidies.CANNOT_DECIDE;
                };
                assertThat(out[p.ordinal()]).as("after higher of: %s %s", c, p).isEqualTo(expected);
            }
        }
        assertThat(eligible).as("the generator reaches eligible cases").isPositive();
    }

    /**
     * Under {@link TestClaimants#OTHER_RULES} (other start and stop rules, seven age bands, a row paying nothing, a share
     * without base, groups of three members): the compiled amounts, before and after "higher of", are the interpreted
     * ones, errors included.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledAndInterpretedAgreeUnderOtherRules(long seed) {
        Random random = new Random(seed);
        SubsidyCalculator calc = SubsidyCalculatorTest.OTHER_RULES.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth month = YearMonth.of(2024, 1).plusMonths(random.nextInt(24));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        long[] out = new long[Programme.values().length];
        int eligible = 0;
        for (int i = 0; i < 50; i++) {
            // Odd seeds: allowances of 0, 100 or 200 yuan, to tie with a row paying nothing or another member.
            Claimant c = randomClaimant(random, seed % 2 == 1);
            for (Programme p : Programme.values()) {
                Object expected = outcome(() -> {
                    SubsidyDecision d = calc.decide(c, p, month);
                    return fen(d.eligibility(), d.amount());
                });
                assertAgrees(outcome(() -> compiled.amountFen(c, p)), expected, c + " " + p);
                eligible += expected instanceof Long fen && fen >= 0 ? 1 : 0;
            }
            Object all = outcome(() -> {
                SubsidyMonth m = calc.decideAll(c, month);
                return Arrays.stream(Programme.values())
                        .map(p -> fen(m.status(p), m.paid(p)))
                        .toList();
            });
            Object allCompiled = outcome(() -> {
                compiled.decideAll(c, out);
                return Arrays.stream(out).boxed().toList();
            });
            assertAgrees(allCompiled, all, "after higher of: " + c);
        }
        assertThat(eligible).as("the generator reaches eligible cases").isPositive();
    }

    /**
     * The compiled answer is the interpreted one; where the interpreted decision fails on a value without value (it
     * reads the table whatever the dates say), the compiled one weighs the dates first: it fails alike (naming the
     * compiled region) or, when the dates already decide, answers without the value.
     */
    private static void assertAgrees(Object compiled, Object interpreted, String what) {
        if (interpreted instanceof String error) {
            assertThat(error).startsWith("PolicyLookupException: No value of minimum-living.urban.monthly");
            if (compiled instanceof String compiledError) {
                assertThat(compiledError)
                        .as(what)
                        .startsWith("PolicyLookupException: No value of minimum-living.urban.monthly for 629901 ");
            } else if (compiled instanceof Long fen) {
                assertThat(fen).as(what).isIn(CompiledSubsidies.NOT_ELIGIBLE, CompiledSubsidies.CANNOT_DECIDE);
            } else {
                assertThat(compiled).as(what).isInstanceOf(List.class); // a month whose dates skip that table
            }
        } else {
            assertThat(compiled).as(what).isEqualTo(interpreted);
        }
    }

    private static long fen(Eligibility eligibility, Money amount) {
        return switch (eligibility) {
            case ELIGIBLE -> amount.toFen();
            case NOT_ELIGIBLE -> CompiledSubsidies.NOT_ELIGIBLE;
            case CANNOT_DECIDE -> CompiledSubsidies.CANNOT_DECIDE;
        };
    }

    /** A result, or the type and message of what was thrown. */
    static Object outcome(java.util.function.Supplier<Object> result) {
        try {
            return result.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Ages at the edges: born on the benefit date's month and day 59, 60 and 61 years before, on 29 February. */
    static Stream<Arguments> ageEdges() {
        List<Arguments> out = new ArrayList<>();
        for (YearMonth month : List.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2025, 3))) {
            // 0: born after the benefit date's day (age 0, not -1); 17, 18 and 60 are the rules' edges.
            for (int years : IntStream.concat(IntStream.of(0), IntStream.rangeClosed(16, 62))
                    .toArray()) {
                LocalDate first = month.atDay(1);
                for (LocalDate born : List.of(
                        first.minusYears(years),
                        first.minusYears(years).plusDays(1),
                        first.minusYears(years).minusDays(1))) {
                    out.add(Arguments.of(month, born));
                }
            }
            for (int leapYear : List.of(1960, 1964, 1968, 2008)) {
                out.add(Arguments.of(month, LocalDate.of(leapYear, 2, 29)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("ageEdges")
    void compiledAgeRangesAgreeAtEveryBirthdayEdge(YearMonth month, LocalDate born) {
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, month);
        for (HouseholdStatus household : HouseholdStatus.values()) {
            Claimant c = TestClaimants.baseline()
                    .residentId(TestClaimants.idBornOn(born))
                    .household(household)
                    .applied(Programme.LIVING, LocalDate.of(2023, 1, 1))
                    .applied(Programme.ELDERLY, LocalDate.of(2023, 1, 1))
                    .build();
            for (Programme p : List.of(Programme.LIVING, Programme.ELDERLY)) {
                SubsidyDecision d = calc.decide(c, p, month);
                long expected = d.isEligible()
                        ? d.amount().toFen()
                        : d.eligibility() == Eligibility.NOT_ELIGIBLE
                                ? CompiledSubsidies.NOT_ELIGIBLE
                                : CompiledSubsidies.CANNOT_DECIDE;
                assertThat(compiled.amountFen(c, p)).as("%s born %s", p, born).isEqualTo(expected);
            }
        }
    }

    static Claimant randomClaimant(Random r) {
        return randomClaimant(r, false);
    }

    /**
     * A random claimant; with {@code fewAllowanceAmounts}, outside allowances are of 0, 100 or 200 yuan (so that a
     * batch has few combinations of them), else of 50 to 349 yuan.
     */
    static Claimant randomClaimant(Random r, boolean fewAllowanceAmounts) {
        return randomClaimant(r, fewAllowanceAmounts, TestClaimants.COUNTY);
    }

    /** As {@link #randomClaimant(Random, boolean)}, registered in {@code county} or a township of it (or unknown). */
    static Claimant randomClaimant(Random r, boolean fewAllowanceAmounts, DivisionCode county) {
        Claimant.Builder b = Claimant.builder();
        if (r.nextInt(8) != 0) {
            b.residentId(
                    TestClaimants.idBornOn(LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28))));
        }
        if (r.nextInt(8) != 0) {
            DisabilityCategory cat = DisabilityCategory.values()[r.nextInt(6)];
            DisabilityRating rating = r.nextInt(6) == 0
                    ? DisabilityRating.multiple(java.util.List.of(
                            new DisabilityRating.Component(
                                    DisabilityCategory.INTELLECTUAL, DisabilityGrade.of(1 + r.nextInt(4))),
                            new DisabilityRating.Component(
                                    DisabilityCategory.HEARING, DisabilityGrade.of(1 + r.nextInt(4)))))
                    : DisabilityRating.single(cat, DisabilityGrade.of(1 + r.nextInt(4)));
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4000));
            b.certificate(rating, from, from.plusYears(10).minusDays(1));
            if (r.nextInt(10) == 0) {
                b.certificateCancelled(from.plusDays(r.nextInt(4000)));
            }
        }
        if (r.nextInt(10) != 0) {
            b.registration(county.child(101 + r.nextInt(3)), RegistrationType.values()[r.nextInt(2)]);
        } else if (r.nextBoolean()) {
            b.registration(county);
        }
        if (r.nextInt(6) != 0) {
            b.household(HouseholdStatus.values()[r.nextInt(4)]);
        }
        if (r.nextInt(6) != 0) {
            b.schooling(Schooling.values()[r.nextInt(4)]);
        }
        flag(r, b::childSupport, 10);
        flag(r, b::destituteSupport, 10);
        flag(r, b::workInjuryCare, 10);
        flag(r, b::longTermCare, 2);
        flag(r, b::fixedIncome, 2);
        flag(r, b::lowerLimb, 2);
        flag(r, b::ownsVehicle, 2);
        if (r.nextInt(4) != 0) {
            b.noOtherAllowances();
            if (r.nextInt(3) == 0) {
                Allowance a = Allowance.values()[r.nextInt(4)];
                b.allowance(a, Money.ofYuan(fewAllowanceAmounts ? 100 * r.nextInt(3) : 50 + r.nextInt(300)));
            }
        }
        for (Programme p : Programme.values()) {
            int roll = r.nextInt(10);
            if (roll < 7) {
                b.applied(p, LocalDate.of(2023, 6, 1).plusDays(r.nextInt(900)));
            } else if (roll < 9) {
                b.notApplied(p);
            }
        }
        if (r.nextInt(5) == 0) {
            b.event(
                    StopReason.values()[r.nextInt(StopReason.values().length)],
                    LocalDate.of(2023, 6, 1).plusDays(r.nextInt(900)));
        }
        return b.build();
    }

    private static void flag(Random r, java.util.function.Consumer<Boolean> set, int oneInTrue) {
        int pick = r.nextInt(8);
        if (pick != 0) {
            set.accept(r.nextInt(oneInTrue) == 0);
        }
    }
}
