package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.canlian.rules.subsidy.TestClaimants.baseline;
import static org.canlian.rules.subsidy.TestClaimants.idBornOn;
import static org.canlian.rules.subsidy.TestClaimants.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubsidyCalculatorTest {
    static final PolicySet POLICY = PolicyFiles.readResource(SubsidyParameters.catalog(), SubsidyPolicies.NATIONAL)
            .merge(PolicyFiles.read(SubsidyParameters.catalog(), TestClaimants.POLICY, "test-county.json"));
    static final SubsidyCalculator CALC = SubsidyCalculator.of(POLICY);
    /** The test county under {@link TestClaimants#OTHER_RULES}. */
    static final SubsidyCalculator OTHER_RULES = SubsidyCalculator.of(PolicyFiles.readResource(
                    SubsidyParameters.catalog(), SubsidyPolicies.NATIONAL)
            .merge(PolicyFiles.read(SubsidyParameters.catalog(), TestClaimants.OTHER_RULES, "other-rules.json")));

    static final YearMonth MARCH = YearMonth.of(2025, 3);

    static Arguments row(
            String name,
            UnaryOperator<Claimant.Builder> facts,
            Programme programme,
            Eligibility expected,
            String amount,
            String reasonOrMissing) {
        return Arguments.of(name, facts, programme, expected, amount, reasonOrMissing);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // conditions on codes, flags, numbers and components
                row(
                        "care grade 1 needing care",
                        b -> b.certificate(
                                        rating(DisabilityCategory.PHYSICAL, 1),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1))
                                .longTermCare(true),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "300.00",
                        ""),
                row(
                        "care grade 2 needing care",
                        b -> b.longTermCare(true),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "care grade 2 without care need fails every row",
                        b -> b,
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no row of the care subsidy"),
                row(
                        "care grade 3 intellectual is covered",
                        b -> b.certificate(
                                rating(DisabilityCategory.INTELLECTUAL, 3),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1)),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "care grade 3 multiple including psychosocial is covered",
                        b -> b.certificate(
                                DisabilityRating.multiple(List.of(
                                        new DisabilityRating.Component(
                                                DisabilityCategory.PSYCHOSOCIAL, DisabilityGrade.THREE),
                                        new DisabilityRating.Component(
                                                DisabilityCategory.HEARING, DisabilityGrade.FOUR))),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1)),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "care grade 3 physical is not covered",
                        b -> b.certificate(
                                        rating(DisabilityCategory.PHYSICAL, 3),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1))
                                .longTermCare(true),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no row"),
                // shares of a dated parameter, rounded by a named rule
                row(
                        "living rural dibao: 25 % of 455.00 rounded up to the yuan",
                        b -> b.household(HouseholdStatus.DIBAO), Programme.LIVING, Eligibility.ELIGIBLE, "114.00", ""),
                row(
                        "living urban dibao: fixed",
                        b -> b.household(HouseholdStatus.DIBAO)
                                .registration(TestClaimants.COUNTY, RegistrationType.URBAN),
                        Programme.LIVING,
                        Eligibility.ELIGIBLE,
                        "100.00",
                        ""),
                row(
                        "living near-dibao aged 60 without fixed income",
                        b -> b.household(HouseholdStatus.NEAR_DIBAO).residentId(idBornOn(LocalDate.of(1965, 3, 1))),
                        Programme.LIVING,
                        Eligibility.ELIGIBLE,
                        "80.00",
                        ""),
                row(
                        "living near-dibao turning 60 on the 2nd of the month is 59 on the 1st",
                        b -> b.household(HouseholdStatus.NEAR_DIBAO).residentId(idBornOn(LocalDate.of(1965, 3, 2))),
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no row"),
                row(
                        "living low-income child",
                        b -> b.household(HouseholdStatus.LOW_INCOME).residentId(idBornOn(LocalDate.of(2010, 5, 1))),
                        Programme.LIVING,
                        Eligibility.ELIGIBLE,
                        "60.00",
                        ""),
                row(
                        "an excluding row decides not eligible",
                        b -> b.household(HouseholdStatus.LOW_INCOME)
                                .certificate(
                                        rating(DisabilityCategory.INTELLECTUAL, 4),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1)),
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "row 4 of the living subsidy"),
                row(
                        "living household not in hardship",
                        b -> b,
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no row"),
                // national exclusions
                row(
                        "destitute-persons support excludes care",
                        b -> b.longTermCare(true).destituteSupport(true),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "excluded: destitute-persons support: yes"),
                row(
                        "work-injury care allowance excludes living",
                        b -> b.household(HouseholdStatus.DIBAO).workInjuryCare(true),
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "excluded: work-injury care allowance"),
                row(
                        "child support excludes living",
                        b -> b.household(HouseholdStatus.DIBAO).childSupport(true),
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "excluded: orphan"),
                row(
                        "child support does not exclude care",
                        b -> b.longTermCare(true).childSupport(true),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                // payment start and stop
                row(
                        "applied in April: not yet paid in March",
                        b -> b.longTermCare(true).applied(Programme.CARE, LocalDate.of(2025, 4, 2)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "paid from 2025-04"),
                row(
                        "did not apply: not paid, not undecided",
                        b -> b.longTermCare(true).notApplied(Programme.CARE),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no application for the care subsidy"),
                row(
                        "applied on the last day of March: paid for March",
                        b -> b.longTermCare(true).applied(Programme.CARE, LocalDate.of(2025, 3, 31)),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "died in March: paid for March",
                        b -> b.longTermCare(true).event(StopReason.DEATH, LocalDate.of(2025, 3, 20)),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "died in February: stopped from March",
                        b -> b.longTermCare(true).event(StopReason.DEATH, LocalDate.of(2025, 2, 28)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "death on 2025-02-28, paid through 2025-02"),
                row(
                        "moved out of the province in January",
                        b -> b.household(HouseholdStatus.DIBAO).event(StopReason.MOVED_OUT, LocalDate.of(2025, 1, 5)),
                        Programme.LIVING,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "registration moved out"),
                // certificate
                row(
                        "certificate expired in February",
                        b -> b.longTermCare(true)
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 2),
                                        LocalDate.of(2015, 1, 1),
                                        LocalDate.of(2025, 2, 27)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no valid certificate"),
                row(
                        "certificate valid from mid-March counts for March",
                        b -> b.longTermCare(true)
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 2),
                                        LocalDate.of(2025, 3, 15),
                                        LocalDate.of(2035, 3, 14)),
                        Programme.CARE,
                        Eligibility.ELIGIBLE,
                        "150.00",
                        ""),
                row(
                        "certificate cancelled in February",
                        b -> b.longTermCare(true).certificateCancelled(LocalDate.of(2025, 2, 10)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no valid certificate"),
                // one-off and yearly programmes
                row(
                        "college grant in the month of application",
                        b -> b.schooling(Schooling.UNDERGRADUATE).applied(Programme.COLLEGE, LocalDate.of(2025, 3, 1)),
                        Programme.COLLEGE,
                        Eligibility.ELIGIBLE,
                        "3000.00",
                        ""),
                row(
                        "college grant is paid once, not again",
                        b -> b.schooling(Schooling.JUNIOR_COLLEGE),
                        Programme.COLLEGE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "one-off grant is paid in 2025-01"),
                row(
                        "fuel subsidy for a lower-limb disability with a vehicle",
                        b -> b.lowerLimb(true).ownsVehicle(true),
                        Programme.FUEL,
                        Eligibility.ELIGIBLE,
                        "260.00",
                        ""),
                row(
                        "a programme the county does not provide",
                        b -> b,
                        Programme.SCHOOL,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "is not provided in 629901"),
                // three-valued answers
                row(
                        "unknown care need: cannot decide, naming it",
                        b -> b.toString().isEmpty() ? b : unknownCare(b),
                        Programme.CARE,
                        Eligibility.CANNOT_DECIDE,
                        "0.00",
                        "needs long-term care"),
                row(
                        "unknown care need does not matter when the grade fails",
                        b -> unknownCare(b)
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 4),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "no row"),
                row(
                        "a known failure decides even with the certificate unknown",
                        b -> noCertificate(b).applied(Programme.CARE, LocalDate.of(2025, 5, 1)),
                        Programme.CARE,
                        Eligibility.NOT_ELIGIBLE,
                        "0.00",
                        "paid from 2025-05"),
                row(
                        "unknown application date",
                        b -> Claimant.builder()
                                .residentId(idBornOn(LocalDate.of(1975, 6, 15)))
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 1),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1))
                                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .longTermCare(true),
                        Programme.CARE,
                        Eligibility.CANNOT_DECIDE,
                        "0.00",
                        "application date for the care subsidy"),
                row(
                        "unknown exclusion facts: cannot decide",
                        b -> Claimant.builder()
                                .residentId(idBornOn(LocalDate.of(1975, 6, 15)))
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 1),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1))
                                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                                .applied(Programme.CARE, LocalDate.of(2025, 1, 1))
                                .longTermCare(true),
                        Programme.CARE,
                        Eligibility.CANNOT_DECIDE,
                        "0.00",
                        "destitute-persons support, work-injury care allowance"),
                row(
                        "unknown age only matters for the rows that test it",
                        b -> Claimant.builder()
                                .certificate(
                                        rating(DisabilityCategory.PHYSICAL, 2),
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2030, 1, 1))
                                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .childSupport(false)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .applied(Programme.LIVING, LocalDate.of(2025, 1, 1)),
                        Programme.LIVING,
                        Eligibility.ELIGIBLE,
                        "114.00",
                        ""),
                row(
                        "unknown registration",
                        b -> Claimant.builder().household(HouseholdStatus.DIBAO),
                        Programme.LIVING,
                        Eligibility.CANNOT_DECIDE,
                        "0.00",
                        "registration"));
    }

    private static Claimant.Builder unknownCare(Claimant.Builder b) {
        Claimant c = b.build();
        Claimant.Builder fresh = Claimant.builder()
                .residentId(c.residentId().orElseThrow())
                .certificate(
                        c.rating().orElseThrow(),
                        c.certificateFrom().orElseThrow(),
                        c.certificateUntil().orElseThrow())
                .registration(
                        c.registration().orElseThrow(), c.registrationType().orElseThrow())
                .household(c.household().orElseThrow())
                .destituteSupport(false)
                .workInjuryCare(false)
                .childSupport(false);
        for (Programme p : Programme.values()) {
            c.appliedOn(p).ifPresent(d -> fresh.applied(p, d));
        }
        return fresh;
    }

    private static Claimant.Builder noCertificate(Claimant.Builder b) {
        Claimant c = b.build();
        return Claimant.builder()
                .residentId(c.residentId().orElseThrow())
                .registration(c.registration().orElseThrow(), RegistrationType.RURAL)
                .longTermCare(true)
                .destituteSupport(false)
                .workInjuryCare(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesEachCaseAsThePolicySays(
            String name,
            UnaryOperator<Claimant.Builder> facts,
            Programme programme,
            Eligibility expected,
            String amount,
            String reason) {
        Claimant claimant = facts.apply(baseline()).build();
        SubsidyDecision d = CALC.asKnownOn(LocalDate.of(2025, 4, 1)).decide(claimant, programme, MARCH);
        assertThat(d.eligibility()).as(d.toString()).isEqualTo(expected);
        assertThat(d.amount()).isEqualTo(Money.parse(amount));
        String explained = d.explanation().toText(Locale.ENGLISH);
        switch (expected) {
            case ELIGIBLE -> {
                assertThat(d.row()).isPresent();
                assertThat(explained)
                        .contains("eligible: " + Money.parse(amount).format());
                assertThat(d.failedConditions()).isEmpty();
                assertThat(d.missingFacts()).isEmpty();
            }
            case NOT_ELIGIBLE -> {
                assertThat(d.failedConditions().stream()
                                .map(Phrase::english)
                                .toList()
                                .toString())
                        .contains(reason);
                assertThat(d.missingFacts()).isEmpty();
                assertThat(d.row()).isEmpty();
                assertThat(explained).contains("not eligible: ");
            }
            case CANNOT_DECIDE -> {
                assertThat(d.missingFacts().stream()
                                .map(Bilingual::english)
                                .toList()
                                .toString())
                        .contains(reason);
                assertThat(d.failedConditions()).isEmpty();
                assertThat(d.row()).isEmpty();
                assertThat(explained).contains("cannot decide, missing: ");
            }
        }
        String chinese = d.explanation().toText(Locale.CHINESE);
        assertThat(chinese.replaceAll("依据：[^）]*", "").replaceAll("（[^（）]*\\.\\.[^（）]*）", ""))
                .as("no English code words in the Chinese text")
                .doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(chinese + explained)
                .doesNotContain(claimant.residentId().map(i -> i.reveal()).orElse("#"));
    }

    @Test
    void aShareExplainsItsArithmeticAndCitesTheBaseValue() {
        SubsidyDecision d =
                CALC.decide(baseline().household(HouseholdStatus.DIBAO).build(), Programme.LIVING, MARCH);
        assertThat(d.explanation().toText(Locale.ENGLISH))
                .contains("rural minimum-living standard = ¥455.00/month")
                .contains("¥455.00 × 25% = ¥114.00 (up to the yuan)");
        assertThat(d.explanation().toText(Locale.CHINESE)).contains("¥455.00 × 25% = ¥114.00（进位到元）");
        assertThat(d.row()).hasValue(1);
    }

    @Test
    void explanationJsonNamesThePolicySetAndEachSource() {
        SubsidyDecision d = CALC.decide(baseline().longTermCare(true).build(), Programme.CARE, MARCH);
        var json = d.explanation().toJson();
        assertThat(json.get("schema").asText()).isEqualTo("canlian.explanation/1");
        assertThat(json.get("policy").asText()).contains("Test county 629901");
        var parameterSteps = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        json.get("steps").forEach(s -> {
            if (s.get("kind").asText().equals("parameter")) {
                parameterSteps.add(s);
            }
        });
        assertThat(parameterSteps)
                .extracting(s -> s.get("parameter").asText())
                .contains("subsidy.care.table", "subsidy.payment-starts", "subsidy.care.exclusions");
        assertThat(parameterSteps)
                .allSatisfy(s ->
                        assertThat(s.get("source").get("document").asText()).isNotBlank());
        assertThat(json.get("steps")
                        .get(json.get("steps").size() - 1)
                        .get("amount")
                        .asText())
                .isEqualTo("150.00");
    }

    @Test
    void aDecisionAboutAPastMonthUsesTheValuesKnownOnTheDecisionDate() {
        Claimant c = baseline().longTermCare(true).build();
        YearMonth january = YearMonth.of(2025, 1);
        // The 2025 table was published on 2025-03-15, retroactive to January.
        assertThat(CALC.asKnownOn(LocalDate.of(2025, 4, 1))
                        .decide(c, Programme.CARE, january)
                        .amount())
                .isEqualTo(Money.ofYuan(150));
        assertThatThrownBy(() -> CALC.asKnownOn(LocalDate.of(2025, 2, 1)).decide(c, Programme.CARE, january))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("published on 2025-03-15, after the decision date 2025-02-01");
        SubsidyDecision asThenKnown = CALC.asKnownOn(LocalDate.of(2025, 2, 1))
                .withGap(GapMode.CARRY_FORWARD)
                .decide(c, Programme.CARE, january);
        assertThat(asThenKnown.amount())
                .as(asThenKnown.explanation().toString())
                .isEqualTo(Money.ofYuan(100));
        Claimant earlier = baseline()
                .longTermCare(true)
                .applied(Programme.CARE, LocalDate.of(2024, 6, 1))
                .build();
        assertThat(CALC.decide(earlier, Programme.CARE, YearMonth.of(2024, 12)).amount())
                .isEqualTo(Money.ofYuan(100));
    }

    @Test
    void aRetroactiveRevisionAppliesToDecisionsMadeAfterItsPublication() {
        String src = "{\"issuer\": \"i\", \"document\": \"d\", \"article\": \"a\", \"date\": \"%s\"}";
        String json = ("{\"policy\": \"revised county\", \"parameters\": [{\"parameter\": \"subsidy.care.table\","
                + " \"region\": \"629902\", \"values\": ["
                + "{\"from\": \"2025-01-01\", \"unit\": \"table\", \"source\": " + src.formatted("2024-12-01")
                + ", \"value\": {\"rows\": [{\"when\": {\"long-term-care\": true},"
                + " \"then\": {\"amount\": \"100.00\", \"unit\": \"CNY/month\"}}]}},"
                + "{\"from\": \"2025-01-01\", \"unit\": \"table\", \"source\": " + src.formatted("2025-03-15")
                + ", \"value\": {\"rows\": [{\"when\": {\"long-term-care\": true},"
                + " \"then\": {\"amount\": \"120.00\", \"unit\": \"CNY/month\"}}]}}]}]}");
        PolicySet revised = PolicyFiles.readResource(SubsidyParameters.catalog(), SubsidyPolicies.NATIONAL)
                .merge(PolicyFiles.read(SubsidyParameters.catalog(), json, "revised.json"));
        Claimant c = baseline()
                .registration(DivisionCode.parse("629902"), RegistrationType.RURAL)
                .longTermCare(true)
                .build();
        SubsidyCalculator calc = SubsidyCalculator.of(revised);
        YearMonth january = YearMonth.of(2025, 1);
        assertThat(calc.asKnownOn(LocalDate.of(2025, 2, 5))
                        .decide(c, Programme.CARE, january)
                        .amount())
                .isEqualTo(Money.ofYuan(100));
        SubsidyDecision after = calc.asKnownOn(LocalDate.of(2025, 3, 20)).decide(c, Programme.CARE, january);
        assertThat(after.amount()).isEqualTo(Money.ofYuan(120));
        assertThat(after.explanation().toText(Locale.ENGLISH)).contains("revised on 2025-03-15, first published:");
        assertThat(after.explanation().toText(Locale.CHINESE)).contains("2025-03-15修订，原公布值：决策表（1行）");
    }

    @Test
    void higherOfKeepsTheHigherAmountAndSaysWhy() {
        Claimant c = baseline()
                .household(HouseholdStatus.DIBAO)
                .residentId(idBornOn(LocalDate.of(1950, 1, 1)))
                .longTermCare(true)
                .allowance(Allowance.OLD_AGE, Money.ofYuan(200))
                .build();
        SubsidyMonth m = CALC.decideAll(c, MARCH);
        // elderly 100 vs living 114: living kept; old-age 200 vs care 150: the allowance kept, care not paid.
        assertThat(m.decision(Programme.CARE).amount()).isEqualTo(Money.ofYuan(150));
        assertThat(m.paid(Programme.CARE)).isEqualTo(Money.ZERO);
        assertThat(m.status(Programme.CARE)).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(m.paid(Programme.LIVING)).isEqualTo(Money.ofYuan(114));
        assertThat(m.paid(Programme.ELDERLY)).isEqualTo(Money.ZERO);
        assertThat(m.monthlyTotal()).isEqualTo(Money.ofYuan(114));
        assertThat(m.higherOf().toText(Locale.ENGLISH))
                .contains("higher of (living allowance for disabled elderly people; living subsidy for disabled people"
                        + " in hardship): keeps the living subsidy for disabled people in hardship (¥114.00 a month)")
                .contains("keeps the old-age allowance (¥200.00 a month)");
        assertThat(m.higherOf().toText(Locale.CHINESE))
                .contains("择高享受（残疾老人生活补助；困难残疾人生活补贴）：保留困难残疾人生活补贴")
                .contains("保留高龄津贴（每月¥200.00）");
    }

    @Test
    void aMonthGivesEachDecisionAndExplainsThemAllThenHigherOf() {
        Claimant c = baseline()
                .longTermCare(true)
                .allowance(Allowance.OLD_AGE, Money.ofYuan(200))
                .build();
        SubsidyMonth m = CALC.decideAll(c, MARCH);
        assertThat(m.month()).isEqualTo(MARCH);
        assertThat(m.decisions()).containsOnlyKeys(Programme.values());
        assertThat(m.decisions().get(Programme.CARE)).isSameAs(m.decision(Programme.CARE));
        assertThat(m.explanation().toText(Locale.ENGLISH))
                .contains("programme: living subsidy for disabled people in hardship, 2025-03")
                .contains("programme: care subsidy for the severely disabled, 2025-03")
                .contains("keeps the old-age allowance (¥200.00 a month)");
        assertThat(m.toString())
                .startsWith("2025-03 {")
                .contains(m.paid(Programme.LIVING).toString());
    }

    @Test
    void higherOfOnATieKeepsTheMemberListedFirst() {
        Claimant c = baseline()
                .longTermCare(true)
                .allowance(Allowance.OLD_AGE, Money.ofYuan(150))
                .build();
        SubsidyMonth m = CALC.decideAll(c, MARCH);
        assertThat(m.paid(Programme.CARE)).isEqualTo(Money.ZERO);
        assertThat(m.higherOf().toText(Locale.ENGLISH)).contains("keeps the old-age allowance");
    }

    @Test
    void higherOfWithUnknownAllowancesCannotDecide() {
        Claimant known = baseline().longTermCare(true).build();
        Claimant c = Claimant.builder()
                .residentId(known.residentId().orElseThrow())
                .certificate(known.rating().orElseThrow(), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                .longTermCare(true)
                .destituteSupport(false)
                .workInjuryCare(false)
                .applied(Programme.CARE, LocalDate.of(2025, 1, 1))
                .build();
        SubsidyMonth m = CALC.decideAll(c, MARCH);
        assertThat(m.decision(Programme.CARE).isEligible()).isTrue();
        assertThat(m.status(Programme.CARE)).isEqualTo(Eligibility.CANNOT_DECIDE);
        assertThat(m.higherOf().toText(Locale.ENGLISH))
                .contains("whether the old-age allowance is received is unknown");
    }

    @Test
    void aRegionThatListsNoGroupLetsBenefitsStack() {
        PolicySet stacking = POLICY.withValueFrom(
                SubsidyParameters.HIGHER_OF,
                TestClaimants.COUNTY,
                org.canlian.rules.policy.DatedValue.of(
                        org.canlian.rules.policy.CodeGroups.of(List.of()),
                        LocalDate.of(2025, 1, 1),
                        org.canlian.rules.policy.Source.of(
                                "test", "stacking reform", "n/a", LocalDate.of(2024, 12, 1))));
        Claimant c = baseline()
                .longTermCare(true)
                .allowance(Allowance.OLD_AGE, Money.ofYuan(500))
                .build();
        assertThat(SubsidyCalculator.of(stacking).decideAll(c, MARCH).paid(Programme.CARE))
                .isEqualTo(Money.ofYuan(150));
    }

    @Test
    void claimantToStringMasksTheResidentId() {
        Claimant c = baseline().build();
        assertThat(c.toString())
                .doesNotContain(c.residentId().orElseThrow().reveal())
                .contains("629901********");
    }

    /**
     * The payment start and stop rules, interpreted and compiled alike: the test county pays from the month of the
     * application and stops from the month after the event; under {@link TestClaimants#OTHER_RULES} it pays from the
     * month after and stops from the month of the event. Care grade 2 needing care: 150 (2025) or 120 (other rules).
     */
    static Stream<Arguments> paymentMonths() {
        LocalDate applied = LocalDate.of(2025, 3, 10);
        LocalDate died = LocalDate.of(2025, 6, 3);
        return Stream.of(
                Arguments.of("applied in March, paid from March", "test", applied, null, "2025-03", 15_000L),
                Arguments.of("not yet applied in February", "test", applied, null, "2025-02", -1L),
                Arguments.of(
                        "other rules: applied in March, not paid in March", "other", applied, null, "2025-03", -1L),
                Arguments.of("other rules: paid from April", "other", applied, null, "2025-04", 12_000L),
                Arguments.of("died in June, June still paid", "test", applied, died, "2025-06", 15_000L),
                Arguments.of("died in June, stopped from July", "test", applied, died, "2025-07", -1L),
                Arguments.of("other rules: died in June, stopped from June", "other", applied, died, "2025-06", -1L),
                Arguments.of("other rules: died in June, May still paid", "other", applied, died, "2025-05", 12_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paymentMonths")
    void paymentStartsAndStopsByTheRegionsRules(
            String name, String rules, LocalDate applied, LocalDate died, String month, long fen) {
        SubsidyCalculator calc = (rules.equals("test") ? CALC : OTHER_RULES).asKnownOn(LocalDate.of(2025, 12, 31));
        Claimant.Builder b = baseline().longTermCare(true).applied(Programme.CARE, applied);
        if (died != null) {
            b.event(StopReason.DEATH, died);
        }
        Claimant c = b.build();
        YearMonth m = YearMonth.parse(month);
        SubsidyDecision d = calc.decide(c, Programme.CARE, m);
        assertThat(d.eligibility()).isEqualTo(fen < 0 ? Eligibility.NOT_ELIGIBLE : Eligibility.ELIGIBLE);
        assertThat(d.amount()).isEqualTo(Money.ofFen(Math.max(fen, 0)));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, m);
        assertThat(compiled.amountFen(c, Programme.CARE)).isEqualTo(fen);
        assertThat(compiled.amount(c, Programme.CARE))
                .isEqualTo(fen < 0 ? Optional.empty() : Optional.of(Money.ofFen(fen)));
        long[] out = new long[Programme.values().length];
        compiled.decideAll(c, out);
        assertThat(out[Programme.CARE.ordinal()]).isEqualTo(fen);
        ClaimantBatch one = ClaimantBatch.of(List.of(c));
        for (CompiledBatch batch : List.of(compiled.forBatch(one), new CompiledBatch(compiled, one, 0, 0, 0))) {
            assertThat(batch.amountFen(0, Programme.CARE)).isEqualTo(fen);
            batch.decideAll(0, out);
            assertThat(out[Programme.CARE.ordinal()]).isEqualTo(fen);
        }
    }

    @Test
    void aOneOffGrantIsPaidOnlyInTheMonthAfterTheApplicationUnderOtherRules() {
        Claimant c = baseline()
                .schooling(Schooling.UNDERGRADUATE)
                .applied(Programme.COLLEGE, LocalDate.of(2025, 8, 20))
                .build();
        SubsidyCalculator calc = OTHER_RULES.asKnownOn(LocalDate.of(2025, 12, 31));
        for (String month : List.of("2025-08", "2025-09", "2025-10")) {
            long expected = month.equals("2025-09") ? 300_000 : CompiledSubsidies.NOT_ELIGIBLE;
            YearMonth m = YearMonth.parse(month);
            assertThat(calc.decide(c, Programme.COLLEGE, m).amount().toFen()).isEqualTo(Math.max(expected, 0));
            assertThat(calc.compile(TestClaimants.COUNTY, m).amountFen(c, Programme.COLLEGE))
                    .as(month)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aShareOfABaseWithoutValueFailsNamingTheBaseInEveryPath() {
        // Row 2 of the other rules' living table: 25 % of the urban standard, which the county does not set.
        Claimant urban = baseline()
                .household(HouseholdStatus.DIBAO)
                .registration(TestClaimants.COUNTY, RegistrationType.URBAN)
                .build();
        SubsidyCalculator calc = OTHER_RULES.asKnownOn(LocalDate.of(2025, 12, 31));
        Throwable interpreted = catchThrowable(() -> calc.decide(urban, Programme.LIVING, MARCH));
        assertThat(interpreted)
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("minimum-living.urban.monthly");
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, MARCH);
        assertThatThrownBy(() -> compiled.amountFen(urban, Programme.LIVING))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(interpreted.getMessage());
        ClaimantBatch one = ClaimantBatch.of(List.of(urban));
        assertThatThrownBy(() -> compiled.forBatch(one).amountFen(0, Programme.LIVING))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(interpreted.getMessage());
        // Explained, alone and in a batch: the same error, not a decision without the base.
        assertThatThrownBy(() -> compiled.decide(urban, Programme.LIVING))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(interpreted.getMessage());
        assertThatThrownBy(() -> compiled.forBatch(one).decide(0, Programme.LIVING))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(interpreted.getMessage());
        // Rural: 25 % of 455.00 rounded up to the yuan.
        Claimant rural = urban.toBuilder()
                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                .build();
        assertThat(compiled.amountFen(rural, Programme.LIVING)).isEqualTo(11_400);
    }

    @Test
    void withoutAStopRuleAnEventFailsTheDecisionUnlessTheApplicationAlreadyDoes() {
        // The other rules stop payment only from 2016: in 2015 an event cannot be weighed.
        SubsidyCalculator calc = OTHER_RULES.asKnownOn(LocalDate.of(2025, 12, 31));
        YearMonth june2015 = YearMonth.of(2015, 6);
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, june2015);
        assertThat(compiled.datesCanFail()).isTrue();
        Claimant.Builder needsCare = baseline()
                .longTermCare(true)
                .certificate(
                        rating(DisabilityCategory.PHYSICAL, 2), LocalDate.of(2014, 1, 1), LocalDate.of(2024, 1, 1));
        Claimant noEvent =
                needsCare.applied(Programme.CARE, LocalDate.of(2015, 1, 5)).build();
        assertThat(compiled.amountFen(noEvent, Programme.CARE)).isEqualTo(12_000);
        Claimant died = noEvent.toBuilder()
                .event(StopReason.DEATH, LocalDate.of(2015, 3, 1))
                .build();
        assertThatThrownBy(() -> compiled.amountFen(died, Programme.CARE))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("subsidy.payment-stops");
        Throwable alone = catchThrowable(() -> calc.decide(died, Programme.CARE, june2015));
        assertThat(alone).isInstanceOf(PolicyLookupException.class).hasMessageContaining("subsidy.payment-stops");
        assertThatThrownBy(() -> compiled.decide(died, Programme.CARE))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage(alone.getMessage());
        Claimant diedNotApplied = died.toBuilder().notApplied(Programme.CARE).build();
        assertThat(compiled.amountFen(diedNotApplied, Programme.CARE)).isEqualTo(CompiledSubsidies.NOT_ELIGIBLE);
        assertThat(calc.compile(TestClaimants.COUNTY, MARCH).datesCanFail()).isFalse();
    }

    @Test
    void compiledRulesSayWhatTheyWereCompiledFor() {
        CompiledSubsidies compiled = CALC.compile(TestClaimants.COUNTY, MARCH);
        assertThat(compiled.region()).isEqualTo(TestClaimants.COUNTY);
        assertThat(compiled.month()).isEqualTo(MARCH);
        // The test county sets living, care, elderly, fuel and college tables; school and medical insurance: none.
        assertThat(compiled.providedOrdinals())
                .containsExactly(
                        Programme.LIVING.ordinal(),
                        Programme.CARE.ordinal(),
                        Programme.ELDERLY.ordinal(),
                        Programme.FUEL.ordinal(),
                        Programme.COLLEGE.ordinal());
        assertThat(compiled.datesCanFail()).isFalse();
        assertThat(CALC.decisionDate()).isEmpty();
        assertThat(CALC.asKnownOn(LocalDate.of(2025, 4, 1)).decisionDate()).contains(LocalDate.of(2025, 4, 1));
    }

    @Test
    void compiledRulesRefuseAClaimantOfAnotherRegion() {
        CompiledSubsidies compiled = CALC.compile(TestClaimants.COUNTY, MARCH);
        Claimant elsewhere = baseline()
                .registration(DivisionCode.parse("620723"), RegistrationType.RURAL)
                .build();
        long[] out = new long[Programme.values().length];
        assertThatThrownBy(() -> compiled.amountFen(elsewhere, Programme.CARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 620723, outside the compiled region 629901");
        assertThatThrownBy(() -> compiled.decideAll(elsewhere, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimant registered in 620723, outside the compiled region 629901");
        // Registration unknown: nothing can be decided, nothing is refused.
        Claimant nowhere = Claimant.builder().build();
        compiled.decideAll(nowhere, out);
        assertThat(out).containsOnly(CompiledSubsidies.CANNOT_DECIDE);
        assertThat(compiled.amountFen(nowhere, Programme.CARE)).isEqualTo(CompiledSubsidies.CANNOT_DECIDE);
    }

    @Test
    void aChildBornAfterTheBenefitDateIsAgedZeroInEveryPath() {
        // Born 2025-03-15; March 2025 is decided on the 1st: aged 0, not -1, so "age up to 17" (from 0) applies.
        Claimant child = baseline()
                .residentId(idBornOn(LocalDate.of(2025, 3, 15)))
                .household(HouseholdStatus.LOW_INCOME)
                .build();
        for (SubsidyCalculator rules : List.of(CALC, OTHER_RULES)) {
            SubsidyCalculator calc = rules.asKnownOn(LocalDate.of(2025, 12, 31));
            assertThat(calc.decide(child, Programme.LIVING, MARCH).amount()).isEqualTo(Money.ofYuan(60));
            assertThat(calc.compile(TestClaimants.COUNTY, MARCH).amountFen(child, Programme.LIVING))
                    .isEqualTo(6_000);
        }
    }

    @Test
    void aRowPayingNothingIsEligibleForZero() {
        // Other rules: care grade 3 needing care is listed at 0.00 a month.
        Claimant grade3 = baseline()
                .certificate(rating(DisabilityCategory.PHYSICAL, 3), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .longTermCare(true)
                .build();
        SubsidyCalculator calc = OTHER_RULES.asKnownOn(LocalDate.of(2025, 12, 31));
        assertThat(calc.decide(grade3, Programme.CARE, MARCH).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, MARCH);
        assertThat(compiled.amountFen(grade3, Programme.CARE)).isZero();
        assertThat(compiled.amount(grade3, Programme.CARE)).contains(Money.ZERO);
    }

    @Test
    void anExplanationStatesTheCertificateAndEveryRowOfTheExclusionsAndTheTable() {
        Claimant dibao = baseline()
                .household(HouseholdStatus.DIBAO)
                .certificateCancelled(LocalDate.of(2025, 3, 20))
                .build();
        SubsidyCalculator calc = CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, MARCH);
        for (SubsidyDecision d :
                List.of(calc.decide(dibao, Programme.LIVING, MARCH), compiled.decide(dibao, Programme.LIVING))) {
            assertThat(d.explanation().steps()).hasSize(14);
            assertThat(d.explanation().steps().stream().map(s -> s.english()).toList())
                    .containsSubsequence(
                            "paid from the month of application: applied on 2025-01-10, paid from 2025-01",
                            "disability certificate: physical, grade 2, valid 2020-01-01 to 2030-01-01, cancelled on"
                                    + " 2025-03-20",
                            "living subsidy for disabled people in hardship exclusions, row 1 (destitute-persons"
                                    + " support: yes): fails: destitute-persons support is no",
                            "living subsidy for disabled people in hardship exclusions, row 2 (work-injury care"
                                    + " allowance: yes): fails: work-injury care allowance is no",
                            "living subsidy for disabled people in hardship exclusions, row 3 (orphan or"
                                    + " unsupported-child support: yes): fails: orphan or unsupported-child support is"
                                    + " no",
                            "living subsidy for disabled people in hardship table, row 1 (household status:"
                                    + " minimum-living-guarantee (dibao) household and registration: rural"
                                    + " registration): matches: 25% of the rural minimum-living standard (up to the"
                                    + " yuan)",
                            "¥455.00 × 25% = ¥114.00 (up to the yuan)",
                            "eligible: ¥114.00 a month");
            assertThat(d.explanation().steps().get(5).chinese())
                    .isEqualTo("残疾人证：肢体残疾二级，有效期2020-01-01至2030-01-01，2025-03-20注销");
        }
        // Another category reads the living table alike: a part of its own, the same base step.
        Claimant visual = baseline()
                .household(HouseholdStatus.DIBAO)
                .certificate(rating(DisabilityCategory.VISUAL, 2), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .build();
        assertThat(compiled.decide(visual, Programme.LIVING)
                        .explanation()
                        .steps()
                        .get(11))
                .isSameAs(compiled.decide(dibao, Programme.LIVING)
                        .explanation()
                        .steps()
                        .get(11));
    }

    @Test
    void aCertificateValidFromTheFirstOfTheNextMonthIsNotValidInThisOne() {
        Claimant fromApril = baseline()
                .certificate(rating(DisabilityCategory.PHYSICAL, 2), LocalDate.of(2025, 4, 1), LocalDate.of(2030, 1, 1))
                .build();
        SubsidyDecision d = CALC.asKnownOn(LocalDate.of(2025, 12, 31)).decide(fromApril, Programme.ELDERLY, MARCH);
        assertThat(d.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(d.failedConditions().get(0).english())
                .isEqualTo("no valid certificate in the month (disability certificate: physical, grade 2, valid"
                        + " 2025-04-01 to 2030-01-01)");
        assertThat(d.failedConditions().get(0).chinese()).isEqualTo("本月无有效残疾人证（残疾人证：肢体残疾二级，有效期2025-04-01至2030-01-01）");
    }

    /**
     * A claimant's own failures (or missing facts) come first, in the order of the steps, then those of the part their
     * facts decide; interpreted and compiled alike.
     */
    @Test
    void ownFailuresAndMissingFactsComeBeforeThoseOfTheFactsInOrder() {
        SubsidyCalculator calc = CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, MARCH);
        String late = "paid from the month of application: applied on 2025-04-05, paid from 2025-04";
        String noCertificate = "no valid certificate in the month (disability certificate: physical, grade 2, valid"
                + " 2025-04-01 to 2030-01-01)";
        Claimant lateWithoutCertificate = baseline()
                .household(HouseholdStatus.DIBAO)
                .applied(Programme.LIVING, LocalDate.of(2025, 4, 5))
                .applied(Programme.CARE, LocalDate.of(2025, 4, 5))
                .certificate(rating(DisabilityCategory.PHYSICAL, 2), LocalDate.of(2025, 4, 1), LocalDate.of(2030, 1, 1))
                .build();
        // Two of the claimant's own, the facts eligible for the living subsidy.
        for (SubsidyDecision d : List.of(
                calc.decide(lateWithoutCertificate, Programme.LIVING, MARCH),
                compiled.decide(lateWithoutCertificate, Programme.LIVING))) {
            assertThat(d.failedConditions()).extracting(Phrase::english).containsExactly(late, noCertificate);
            assertThat(d.explanation()
                            .steps()
                            .get(d.explanation().steps().size() - 1)
                            .english())
                    .isEqualTo("not eligible: " + late + "; " + noCertificate);
        }
        // The claimant's own, then the facts' (no long-term care: no row of the care table).
        for (SubsidyDecision d : List.of(
                calc.decide(lateWithoutCertificate, Programme.CARE, MARCH),
                compiled.decide(lateWithoutCertificate, Programme.CARE))) {
            assertThat(d.failedConditions())
                    .extracting(Phrase::english)
                    .containsExactly(
                            late, noCertificate, "no row of the care subsidy for the severely disabled table matches");
        }
        // Missing: the application date, then the facts the living table reads.
        Claimant unknowns = Claimant.builder()
                .residentId(TestClaimants.idBornOn(LocalDate.of(1975, 6, 15)))
                .certificate(rating(DisabilityCategory.PHYSICAL, 2), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .registration(TestClaimants.COUNTY, RegistrationType.RURAL)
                .build();
        for (SubsidyDecision d :
                List.of(calc.decide(unknowns, Programme.LIVING, MARCH), compiled.decide(unknowns, Programme.LIVING))) {
            assertThat(d.eligibility()).isEqualTo(Eligibility.CANNOT_DECIDE);
            assertThat(d.missingFacts())
                    .extracting(org.canlian.rules.policy.Bilingual::english)
                    .containsExactly(
                            "application date for the living subsidy for disabled people in hardship",
                            "destitute-persons support",
                            "work-injury care allowance",
                            "orphan or unsupported-child support",
                            "household status");
        }
    }

    static Stream<Arguments> reasonCounts() {
        return Stream.of(Arguments.of(0), Arguments.of(1), Arguments.of(2), Arguments.of(16), Arguments.of(17));
    }

    /** Reasons and missing facts are listed in order, however many: up to 16 from patterns made once, more each time. */
    @ParameterizedTest(name = "{0} reasons")
    @MethodSource("reasonCounts")
    void reasonsAreJoinedInOrderHoweverMany(int count) {
        List<Phrase> reasons = new java.util.ArrayList<>();
        StringBuilder chinese = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            reasons.add(Phrase.of("条件{0}不符", "condition {0} not met", i));
            chinese.append(i == 1 ? "" : "；").append("条件").append(i).append("不符");
            english.append(i == 1 ? "" : "; ").append("condition ").append(i).append(" not met");
        }
        Phrase joined = FactsPart.joined(reasons);
        assertThat(joined.chinese()).isEqualTo(chinese.toString());
        assertThat(joined.english()).isEqualTo(english.toString());
    }
}
