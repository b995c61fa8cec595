package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.rules.subsidy.SubsidyCalculatorTest.CALC;
import static org.canlian.rules.subsidy.SubsidyCalculatorTest.MARCH;
import static org.canlian.rules.subsidy.TestClaimants.baseline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.CodeGroups;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.Resolved;
import org.canlian.rules.policy.StepKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claimants and decisions compare by value: deciding the same case twice gives equal decisions, and a claimant or
 * decision that differs in one fact is not equal (rosters deduplicate claimants; back pay compares decisions).
 */
class SubsidyValueEqualityTest {
    private static final Claimant DIBAO =
            baseline().household(HouseholdStatus.DIBAO).build();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "Claimant",
                        (Supplier<?>) () -> baseline().build(),
                        List.of(
                                DIBAO,
                                baseline().longTermCare(true).build(),
                                baseline()
                                        .residentId(TestClaimants.idBornOn(LocalDate.of(1975, 6, 16)))
                                        .build())),
                Arguments.of(
                        "Claimant, one fact changed at a time",
                        (Supplier<?>) () -> baseline().build(),
                        List.of(
                                physical(3, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)),
                                physical(2, LocalDate.of(2020, 1, 2), LocalDate.of(2030, 1, 1)),
                                physical(2, LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31)),
                                baseline()
                                        .certificateCancelled(LocalDate.of(2024, 7, 1))
                                        .build(),
                                baseline()
                                        .registration(DivisionCode.parse("629901101"), RegistrationType.RURAL)
                                        .build(),
                                baseline()
                                        .registration(TestClaimants.COUNTY, RegistrationType.URBAN)
                                        .build(),
                                baseline().childSupport(true).build(),
                                baseline().destituteSupport(true).build(),
                                baseline().workInjuryCare(true).build(),
                                baseline().fixedIncome(true).build(),
                                baseline().lowerLimb(true).build(),
                                baseline().ownsVehicle(true).build(),
                                baseline().schooling(Schooling.SCHOOL).build(),
                                baseline()
                                        .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
                                        .build(),
                                baseline()
                                        .applied(Programme.CARE, LocalDate.of(2025, 2, 10))
                                        .build(),
                                baseline()
                                        .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                                        .build())),
                Arguments.of(
                        // Applied and not applied for are apart only when neither is known for some programme.
                        "Claimant, applications not known",
                        (Supplier<?>) () -> Claimant.builder()
                                .registration(TestClaimants.COUNTY)
                                .build(),
                        List.of(
                                Claimant.builder()
                                        .registration(TestClaimants.COUNTY)
                                        .notApplied(Programme.COLLEGE)
                                        .build(),
                                Claimant.builder()
                                        .registration(TestClaimants.COUNTY)
                                        .applied(Programme.COLLEGE, LocalDate.of(2025, 8, 1))
                                        .build())),
                Arguments.of(
                        // The key of a compiled month's kept explanation parts: the elderly allowance, age 60.
                        "CompiledSubsidies.FactsKey",
                        (Supplier<?>) () -> new CompiledSubsidies.FactsKey(new long[] {2, 60}),
                        List.of(
                                new CompiledSubsidies.FactsKey(new long[] {2, 61}),
                                new CompiledSubsidies.FactsKey(new long[] {1, 60}),
                                new CompiledSubsidies.FactsKey(new long[] {2}),
                                new CompiledSubsidies.FactsKey(new long[] {2, 60, 0}))),
                Arguments.of(
                        "SubsidyDecision.Verdict, one part changed at a time",
                        (Supplier<?>) () -> verdict(Programme.CARE, Eligibility.ELIGIBLE, 100, 0, List.of(), List.of()),
                        List.of(
                                verdict(Programme.LIVING, Eligibility.ELIGIBLE, 100, 0, List.of(), List.of()),
                                verdict(Programme.CARE, Eligibility.NOT_ELIGIBLE, 100, 0, List.of(), List.of()),
                                verdict(Programme.CARE, Eligibility.ELIGIBLE, 50, 0, List.of(), List.of()),
                                verdict(Programme.CARE, Eligibility.ELIGIBLE, 100, 1, List.of(), List.of()),
                                verdict(
                                        Programme.CARE,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(Phrase.of("年满60周岁", "aged 60 or over")),
                                        List.of()),
                                verdict(
                                        Programme.CARE,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(HouseholdStatus.DIBAO)))),
                Arguments.of(
                        "SubsidyDecision, one part changed at a time",
                        (Supplier<?>) () -> decision(
                                Programme.CARE, MARCH, Eligibility.ELIGIBLE, 100, 0, List.of(), List.of(), "100"),
                        List.of(
                                decision(
                                        Programme.LIVING,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH.plusMonths(1),
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.NOT_ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        50,
                                        0,
                                        List.of(),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        1,
                                        List.of(),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(Phrase.of("年满60周岁", "aged 60 or over")),
                                        List.of(),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(HouseholdStatus.DIBAO),
                                        "100"),
                                decision(
                                        Programme.CARE,
                                        MARCH,
                                        Eligibility.ELIGIBLE,
                                        100,
                                        0,
                                        List.of(),
                                        List.of(),
                                        "200"))),
                Arguments.of(
                        "SubsidyMonth, decisions or status changed",
                        (Supplier<?>) () -> higherOf(CARE_LOSES, MARCH, DECISIONS, GROUPS),
                        List.of(
                                // The same decisions, the care subsidy undecided rather than lost.
                                higherOf(ALLOWANCES_UNKNOWN, MARCH, DECISIONS, GROUPS),
                                // The same status and amounts, other decisions (their explanations differ).
                                higherOf(CARE_LOSES, MARCH, DECISIONS_EXPLAINED_OTHERWISE, GROUPS),
                                higherOf(CARE_LOSES, MARCH.plusMonths(1), DECISIONS, GROUPS),
                                higherOf(CARE_LOSES, MARCH, DECISIONS, Optional.empty()))),
                Arguments.of(
                        "PolicySource",
                        (Supplier<?>) () -> PolicySource.shipped(SubsidyPolicies.GANSU_LINZE)
                                .withReform("care-reform.json", "{}"),
                        List.of(
                                PolicySource.shipped(SubsidyPolicies.SHANGHAI).withReform("care-reform.json", "{}"),
                                PolicySource.shipped(SubsidyPolicies.GANSU_LINZE)
                                        .withReform("care-reform.json", "{ }"),
                                PolicySource.shipped(SubsidyPolicies.GANSU_LINZE)
                                        .withReform("care-reform.json", "{}")
                                        .asKnownOn(LocalDate.of(2026, 1, 10)))),
                Arguments.of(
                        "SubsidyDecision",
                        (Supplier<?>) () -> CALC.decide(DIBAO, Programme.LIVING, MARCH),
                        List.of(
                                CALC.decide(DIBAO, Programme.CARE, MARCH),
                                CALC.decide(DIBAO, Programme.LIVING, MARCH.plusMonths(1)),
                                CALC.decide(baseline().build(), Programme.LIVING, MARCH))),
                Arguments.of(
                        "SubsidyMonth",
                        (Supplier<?>) () -> CALC.decideAll(DIBAO, MARCH),
                        List.of(
                                CALC.decideAll(DIBAO, MARCH.plusMonths(1)),
                                CALC.decideAll(baseline().build(), MARCH))));
    }

    /** The baseline with another certificate of physical disability. */
    static Claimant physical(int grade, LocalDate from, LocalDate until) {
        return baseline()
                .certificate(TestClaimants.rating(DisabilityCategory.PHYSICAL, grade), from, until)
                .build();
    }

    /** A verdict with the values given, as they are (each part changed alone in the value tests). */
    static SubsidyDecision.Verdict verdict(
            Programme programme,
            Eligibility eligibility,
            long yuan,
            int row,
            List<Phrase> failed,
            List<org.canlian.rules.policy.Bilingual> missing) {
        return new SubsidyDecision.Verdict(programme, eligibility, Money.ofYuan(yuan), row, failed, missing);
    }

    static SubsidyDecision decision(
            Programme programme,
            YearMonth month,
            Eligibility eligibility,
            long yuan,
            int row,
            List<Phrase> failed,
            List<org.canlian.rules.policy.Bilingual> missing,
            String explained) {
        return new SubsidyDecision(
                month,
                verdict(programme, eligibility, yuan, row, failed, missing),
                Explanation.builder("test")
                        .step(StepKind.OUTCOME, Phrase.of("应发 {0}", "due {0}", explained))
                        .build());
    }

    /** A claimant receiving an old-age allowance higher than the care subsidy, which loses "higher of". */
    private static final Claimant CARE_LOSES =
            baseline().allowance(Allowance.OLD_AGE, Money.ofYuan(200)).build();
    /** Whether any other allowance is received unknown: "higher of" cannot decide. */
    private static final Claimant ALLOWANCES_UNKNOWN =
            Claimant.builder().registration(TestClaimants.COUNTY).build();

    private static final List<SubsidyDecision> DECISIONS =
            List.of(decision(Programme.CARE, MARCH, Eligibility.ELIGIBLE, 150, 0, List.of(), List.of(), "150"));
    private static final List<SubsidyDecision> DECISIONS_EXPLAINED_OTHERWISE =
            List.of(decision(Programme.CARE, MARCH, Eligibility.ELIGIBLE, 150, 0, List.of(), List.of(), "150.00"));
    /** The test county's groups: [elderly, living], [old-age-allowance, care]. */
    private static final Optional<Resolved<CodeGroups>> GROUPS =
            CALC.view(TestClaimants.COUNTY, MARCH).find(SubsidyParameters.HIGHER_OF);

    static SubsidyMonth higherOf(
            Claimant claimant, YearMonth month, List<SubsidyDecision> all, Optional<Resolved<CodeGroups>> groups) {
        return SubsidyMonth.of(CALC.policy(), claimant, month, all, groups);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }

    static Stream<Arguments> decisionTexts() {
        return Stream.of(
                Arguments.of(
                        (Supplier<SubsidyDecision>) () -> decision(
                                Programme.CARE, MARCH, Eligibility.ELIGIBLE, 150, 1, List.of(), List.of(), "150"),
                        "care 2025-03: eligible 150.00 CNY/month",
                        java.util.OptionalInt.of(2)),
                Arguments.of(
                        (Supplier<SubsidyDecision>) () -> decision(
                                Programme.ELDERLY,
                                MARCH,
                                Eligibility.NOT_ELIGIBLE,
                                0,
                                -1,
                                List.of(Phrase.of("年满60周岁", "aged 60 or over"), Phrase.of("低保", "dibao")),
                                List.of(),
                                "0"),
                        "elderly 2025-03: not eligible [aged 60 or over, dibao]",
                        java.util.OptionalInt.empty()),
                Arguments.of(
                        (Supplier<SubsidyDecision>) () -> decision(
                                Programme.LIVING,
                                MARCH,
                                Eligibility.CANNOT_DECIDE,
                                0,
                                -1,
                                List.of(),
                                List.of(HouseholdStatus.DIBAO),
                                "0"),
                        "living 2025-03: cannot decide missing [minimum-living-guarantee (dibao) household]",
                        java.util.OptionalInt.empty()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("decisionTexts")
    void aDecisionReadsAsItsOutcomeAndNumbersItsRowFromOne(
            Supplier<SubsidyDecision> make, String text, java.util.OptionalInt row) {
        SubsidyDecision d = make.get();
        assertThat(d).hasToString(text);
        assertThat(d.month()).isEqualTo(MARCH);
        assertThat(d.row()).isEqualTo(row);
        assertThat(d.unit()).isSameAs(d.programme().unit());
    }
}
