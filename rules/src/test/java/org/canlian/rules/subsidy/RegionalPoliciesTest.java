package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.core.disability.DisabilityCategory.INTELLECTUAL;
import static org.canlian.core.disability.DisabilityCategory.PHYSICAL;
import static org.canlian.core.disability.DisabilityCategory.PSYCHOSOCIAL;
import static org.canlian.core.disability.DisabilityCategory.VISUAL;
import static org.canlian.rules.subsidy.Programme.CARE;
import static org.canlian.rules.subsidy.Programme.LIVING;
import static org.canlian.rules.subsidy.RegistrationType.RURAL;
import static org.canlian.rules.subsidy.RegistrationType.URBAN;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Fact;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped regional subsidy files, read as the rules they model: per file, representative people and the exact
 * amount, "not eligible" or "cannot decide" (with the missing fact) on dates before and after each revision. Every row
 * is checked twice: by the interpreted decision and by the compiled rules, which must agree.
 */
class RegionalPoliciesTest {
    private static final Map<String, PolicySet> LOADED = new ConcurrentHashMap<>();

    /** What a row expects: an amount, not eligible, or cannot decide for lack of a named fact. */
    record Expected(Eligibility eligibility, String amount, String missingFact) {
        static Expected pays(String amount) {
            return new Expected(Eligibility.ELIGIBLE, amount, null);
        }

        static Expected notEligible() {
            return new Expected(Eligibility.NOT_ELIGIBLE, null, null);
        }

        static Expected cannotDecide(String missingFact) {
            return new Expected(Eligibility.CANNOT_DECIDE, null, missingFact);
        }

        @Override
        public String toString() {
            return switch (eligibility) {
                case ELIGIBLE -> amount;
                case NOT_ELIGIBLE -> "not eligible";
                case CANNOT_DECIDE -> "cannot decide (" + missingFact + ")";
            };
        }
    }

    private static Expected pays(String amount) {
        return Expected.pays(amount);
    }

    private static Expected notEligible() {
        return Expected.notEligible();
    }

    private static Expected cannotDecide(String fact) {
        return Expected.cannotDecide(fact);
    }

    private static Arguments row(
            String rule, Programme programme, String month, RegionalPeople.Person who, Expected expected) {
        return Arguments.of(rule, programme, YearMonth.parse(month), who.build(), expected);
    }

    private static PolicySet policy(String file) {
        return LOADED.computeIfAbsent(file, SubsidyPolicies::load);
    }

    private static void check(PolicySet policy, Claimant claimant, Programme programme, YearMonth month, Expected e) {
        SubsidyCalculator calculator = SubsidyCalculator.of(policy);
        SubsidyDecision d = calculator.decide(claimant, programme, month);
        assertThat(d.eligibility()).as("%s", d).isEqualTo(e.eligibility());
        long compiled =
                calculator.compile(claimant.registration().orElseThrow(), month).amountFen(claimant, programme);
        switch (e.eligibility()) {
            case ELIGIBLE -> {
                assertThat(d.amount()).isEqualTo(Money.parse(e.amount()));
                assertThat(compiled).isEqualTo(Money.parse(e.amount()).toFen());
            }
            case NOT_ELIGIBLE -> {
                assertThat(d.failedConditions()).isNotEmpty();
                assertThat(compiled).isEqualTo(CompiledSubsidies.NOT_ELIGIBLE);
            }
            case CANNOT_DECIDE -> {
                assertThat(d.missingFacts())
                        .extracting(RegionalPoliciesTest::name)
                        .contains(e.missingFact());
                assertThat(compiled).isEqualTo(CompiledSubsidies.CANNOT_DECIDE);
            }
        }
    }

    private static String name(Bilingual b) {
        return b instanceof Fact f ? f.name() : b.english();
    }

    // ------------------------------------------------------------------------------------------ Shanghai (31)

    private static RegionalPeople.Person shanghai() {
        return RegionalPeople.in("310115005", URBAN); // 浦东新区陆家嘴街道
    }

    static Stream<Arguments> shanghaiRows() {
        return Stream.of(
                row("低保 household: 410", LIVING, "2022-03", shanghai().dibao(), pays("410.00")),
                row(
                        "低保 household, the month before the revision: 410",
                        LIVING,
                        "2025-06",
                        shanghai().dibao(),
                        pays("410.00")),
                row(
                        "低保 household from 2025-07-01: 450",
                        LIVING,
                        "2025-07",
                        shanghai().dibao(),
                        pays("450.00")),
                row(
                        "severely disabled without work, not 低保: 410",
                        LIVING,
                        "2022-03",
                        shanghai()
                                .household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .noFixedIncome(),
                        pays("410.00")),
                row(
                        "severely disabled without work from 2025-07-01: 450",
                        LIVING,
                        "2025-07",
                        shanghai()
                                .household(HouseholdStatus.NONE)
                                .rated(VISUAL, 2)
                                .noFixedIncome(),
                        pays("450.00")),
                row(
                        "severely disabled with a fixed income, not in hardship: not eligible",
                        LIVING,
                        "2022-03",
                        shanghai()
                                .household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 2)
                                .fixedIncome(),
                        notEligible()),
                row(
                        "low-income household: 290",
                        LIVING,
                        "2022-03",
                        shanghai().household(HouseholdStatus.LOW_INCOME),
                        pays("290.00")),
                row(
                        "低保边缘 household from 2025-07-01: 320",
                        LIVING,
                        "2025-07",
                        shanghai().household(HouseholdStatus.NEAR_DIBAO),
                        pays("320.00")),
                row(
                        "低保边缘 household under the 2021 page, which names low-income households: not eligible",
                        LIVING,
                        "2022-03",
                        shanghai().household(HouseholdStatus.NEAR_DIBAO),
                        notEligible()),
                row(
                        "low-income household under the 2025 revision, which names 低保边缘 (canlian's reading): not"
                                + " eligible",
                        LIVING,
                        "2025-07",
                        shanghai().household(HouseholdStatus.LOW_INCOME),
                        notEligible()),
                row(
                        "low-income household, grade 1, fixed income unknown: 410 or 290",
                        LIVING,
                        "2022-03",
                        shanghai().household(HouseholdStatus.LOW_INCOME).rated(PHYSICAL, 1),
                        cannotDecide("fixed-income")),
                row("household unknown, grade 4", LIVING, "2022-03", shanghai(), cannotDecide("household")),
                row(
                        "低保 but under destitute-persons support (national exclusion): not eligible",
                        LIVING,
                        "2022-03",
                        shanghai().dibao().destitute(),
                        notEligible()),
                row(
                        "低保 child on orphan support (national exclusion of the living subsidy): not eligible",
                        LIVING,
                        "2022-03",
                        shanghai().dibao().born(2012, 8, 1).childSupport(),
                        notEligible()),
                row(
                        "applied on 2022-04-10: not paid for 2022-03 (national payment start)",
                        LIVING,
                        "2022-03",
                        shanghai().dibao().applied(2022, 4, 10),
                        notEligible()),
                row(
                        "applied on 2022-04-10: paid from 2022-04",
                        LIVING,
                        "2022-04",
                        shanghai().dibao().applied(2022, 4, 10),
                        pays("410.00")),
                row(
                        "certificate expired 2020-12-31: not eligible",
                        LIVING,
                        "2022-03",
                        shanghai().dibao().certifiedOn(2011, 1, 1),
                        notEligible()),
                row(
                        "care, grade 1: 300",
                        CARE,
                        "2022-03",
                        shanghai().rated(PHYSICAL, 1).needsCare(),
                        pays("300.00")),
                row(
                        "care, grade 1 from 2025-07-01: 350",
                        CARE,
                        "2025-07",
                        shanghai().rated(PHYSICAL, 1).needsCare(),
                        pays("350.00")),
                row(
                        "care, grade 2: 150",
                        CARE,
                        "2025-06",
                        shanghai().rated(VISUAL, 2).needsCare(),
                        pays("150.00")),
                row(
                        "care, grade 2 from 2025-07-01: 180",
                        CARE,
                        "2025-07",
                        shanghai().rated(VISUAL, 2).needsCare(),
                        pays("180.00")),
                row(
                        "care, grade 3 intellectual (no long-term-care condition): 150",
                        CARE,
                        "2022-03",
                        shanghai().rated(INTELLECTUAL, 3),
                        pays("150.00")),
                row(
                        "care, grade 3 psychosocial from 2025-07-01: 180",
                        CARE,
                        "2025-07",
                        shanghai().rated(PSYCHOSOCIAL, 3),
                        pays("180.00")),
                row(
                        "care, multiple disability of grade 3 including psychosocial: 150",
                        CARE,
                        "2022-03",
                        shanghai().multiple(PSYCHOSOCIAL, 3, PHYSICAL, 4),
                        pays("150.00")),
                row(
                        "care, grade 3 physical: not eligible",
                        CARE,
                        "2022-03",
                        shanghai().rated(PHYSICAL, 3).needsCare(),
                        notEligible()),
                row(
                        "care, grade 4 intellectual: not eligible",
                        CARE,
                        "2025-07",
                        shanghai().rated(INTELLECTUAL, 4),
                        notEligible()),
                row(
                        "care, grade 2 not needing long-term care: not eligible",
                        CARE,
                        "2022-03",
                        shanghai().rated(VISUAL, 2).noLongTermCare(),
                        notEligible()),
                row(
                        "care, grade 1, long-term care unknown",
                        CARE,
                        "2022-03",
                        shanghai().rated(PHYSICAL, 1),
                        cannotDecide("long-term-care")),
                row(
                        "care, grade 1 on the work-injury care allowance (national exclusion): not eligible",
                        CARE,
                        "2022-03",
                        shanghai().rated(PHYSICAL, 1).needsCare().workInjuryCare(),
                        notEligible()),
                row(
                        "care, grade 1 child on orphan support (the care subsidy is not excluded): 300",
                        CARE,
                        "2022-03",
                        shanghai()
                                .rated(PHYSICAL, 1)
                                .needsCare()
                                .born(2012, 8, 1)
                                .childSupport(),
                        pays("300.00")));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("shanghaiRows")
    void shanghai(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.SHANGHAI), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ Fujian (35)

    private static RegionalPeople.Person fujian() {
        return RegionalPeople.in("350404", RURAL); // 三明市三元区
    }

    static Stream<Arguments> fujianRows() {
        return Stream.of(
                row("低保, before the 2020 revision: 70", LIVING, "2019-12", fujian().dibao(), pays("70.00")),
                row("低保 from 2020-01: 80", LIVING, "2020-01", fujian().dibao(), pays("80.00")),
                row("低保, end of 2020: 80", LIVING, "2020-12", fujian().dibao(), pays("80.00")),
                row("低保, before the 2025 revision: 114", LIVING, "2024-12", fujian().dibao(), pays("114.00")),
                row("低保 from 2025-01: 121", LIVING, "2025-01", fujian().dibao(), pays("121.00")),
                row(
                        "grade 1, aged 69, no fixed income, not 低保, from 2025-01 (extension): 121",
                        LIVING,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .born(1955, 3, 1)
                                .noFixedIncome(),
                        pays("121.00")),
                row(
                        "the same person before the extension: not eligible",
                        LIVING,
                        "2024-12",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .born(1955, 3, 1)
                                .noFixedIncome(),
                        notEligible()),
                row(
                        "grade 2, 59 on the first of the month, no fixed income: not eligible",
                        LIVING,
                        "2025-02",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(VISUAL, 2)
                                .born(1965, 2, 10)
                                .noFixedIncome(),
                        notEligible()),
                row(
                        "the same person at 60: 121",
                        LIVING,
                        "2025-03",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(VISUAL, 2)
                                .born(1965, 2, 10)
                                .noFixedIncome(),
                        pays("121.00")),
                row(
                        "grade 3, aged 69, no fixed income: not eligible",
                        LIVING,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 3)
                                .born(1955, 3, 1)
                                .noFixedIncome(),
                        notEligible()),
                row(
                        "grade 2, aged 69, with a fixed income: not eligible",
                        LIVING,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 2)
                                .born(1955, 3, 1)
                                .fixedIncome(),
                        notEligible()),
                row(
                        "grade 2, aged 69, fixed income unknown",
                        LIVING,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 2)
                                .born(1955, 3, 1),
                        cannotDecide("fixed-income")),
                row(
                        "grade 1, no fixed income, age unknown",
                        LIVING,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .noFixedIncome()
                                .noId(),
                        cannotDecide("age")),
                row(
                        "care grade 1, before the 2020 revision: 110",
                        CARE,
                        "2019-12",
                        fujian().rated(PHYSICAL, 1).needsCare(),
                        pays("110.00")),
                row(
                        "care grade 2, before the 2020 revision: 60",
                        CARE,
                        "2019-12",
                        fujian().rated(VISUAL, 2).needsCare(),
                        pays("60.00")),
                row(
                        "care grade 1 in 2020, household not needed: 115",
                        CARE,
                        "2020-01",
                        fujian().rated(PHYSICAL, 1).needsCare(),
                        pays("115.00")),
                row(
                        "care grade 2 in 2020: 85",
                        CARE,
                        "2020-06",
                        fujian().rated(VISUAL, 2).needsCare(),
                        pays("85.00")),
                row(
                        "care grade 1, 低保, before the 2025 revision: 137",
                        CARE,
                        "2024-12",
                        fujian().dibao().rated(PHYSICAL, 1).needsCare(),
                        pays("137.00")),
                row(
                        "care grade 1, 低保, from 2025-01: 145",
                        CARE,
                        "2025-01",
                        fujian().dibao().rated(PHYSICAL, 1).needsCare(),
                        pays("145.00")),
                row(
                        "care grade 2, 低保, before the 2025 revision: 114",
                        CARE,
                        "2024-12",
                        fujian().dibao().rated(VISUAL, 2).needsCare(),
                        pays("114.00")),
                row(
                        "care grade 2, 低保, from 2025-01: 121",
                        CARE,
                        "2025-01",
                        fujian().dibao().rated(VISUAL, 2).needsCare(),
                        pays("121.00")),
                row(
                        "care grade 1, not in hardship, stays 115",
                        CARE,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .needsCare(),
                        pays("115.00")),
                row(
                        "care grade 2, not in hardship, stays 85",
                        CARE,
                        "2024-12",
                        fujian().household(HouseholdStatus.NONE)
                                .rated(VISUAL, 2)
                                .needsCare(),
                        pays("85.00")),
                row(
                        "care grade 1, 低保边缘 (hardship read as 低保): 115",
                        CARE,
                        "2025-01",
                        fujian().household(HouseholdStatus.NEAR_DIBAO)
                                .rated(PHYSICAL, 1)
                                .needsCare(),
                        pays("115.00")),
                row(
                        "care grade 1, household unknown, 2025: 145 or 115",
                        CARE,
                        "2025-01",
                        fujian().rated(PHYSICAL, 1).needsCare(),
                        cannotDecide("household")),
                row(
                        "care grade 3 intellectual (not extended in Fujian's sources): not eligible",
                        CARE,
                        "2025-01",
                        fujian().household(HouseholdStatus.NONE).rated(INTELLECTUAL, 3),
                        notEligible()),
                row(
                        "care grade 1, 低保, not needing long-term care: not eligible",
                        CARE,
                        "2025-01",
                        fujian().dibao().rated(PHYSICAL, 1).noLongTermCare(),
                        notEligible()));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("fujianRows")
    void fujian(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.FUJIAN), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ 鹿泉区 (130110)

    private static RegionalPeople.Person luquan() {
        return RegionalPeople.in("130110101", RURAL); // 鹿泉区铜冶镇
    }

    static Stream<Arguments> luquanRows() {
        return Stream.of(
                row("低保: 110", LIVING, "2025-03", luquan().dibao(), pays("110.00")),
                row("低保, a year later (no end): 110", LIVING, "2026-03", luquan().dibao(), pays("110.00")),
                row(
                        "低保边缘 (not extended): not eligible",
                        LIVING,
                        "2025-03",
                        luquan().household(HouseholdStatus.NEAR_DIBAO),
                        notEligible()),
                row("household unknown", LIVING, "2025-03", luquan(), cannotDecide("household")),
                row(
                        "care, 低保, grade 1: 230",
                        CARE,
                        "2025-03",
                        luquan().dibao().rated(PHYSICAL, 1).needsCare(),
                        pays("230.00")),
                row(
                        "care, 低保, grade 2: 130",
                        CARE,
                        "2025-03",
                        luquan().dibao().rated(VISUAL, 2).needsCare(),
                        pays("130.00")),
                row(
                        "care, not in hardship, grade 1: 100",
                        CARE,
                        "2025-03",
                        luquan().household(HouseholdStatus.NONE)
                                .rated(PHYSICAL, 1)
                                .needsCare(),
                        pays("100.00")),
                row(
                        "care, 低保边缘, grade 2: 100",
                        CARE,
                        "2025-04",
                        luquan().household(HouseholdStatus.NEAR_DIBAO)
                                .rated(VISUAL, 2)
                                .needsCare(),
                        pays("100.00")),
                row(
                        "care, grade 1, household unknown: 230 or 100",
                        CARE,
                        "2025-03",
                        luquan().rated(PHYSICAL, 1).needsCare(),
                        cannotDecide("household")),
                row(
                        "care, 低保, grade 3: not eligible",
                        CARE,
                        "2025-03",
                        luquan().dibao().rated(PHYSICAL, 3).needsCare(),
                        notEligible()),
                row(
                        "care, 低保, grade 1 not needing long-term care: not eligible",
                        CARE,
                        "2025-03",
                        luquan().dibao().rated(PHYSICAL, 1).noLongTermCare(),
                        notEligible()),
                row(
                        "care, 低保, grade 1 under destitute-persons support: not eligible",
                        CARE,
                        "2025-03",
                        luquan().dibao().rated(PHYSICAL, 1).needsCare().destitute(),
                        notEligible()));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("luquanRows")
    void luquan(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.HEBEI_LUQUAN), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ Shaanxi (61)

    private static RegionalPeople.Person shaanxi() {
        return RegionalPeople.in("610115", RURAL).certifiedOn(2015, 3, 1); // 西安市临潼区
    }

    static Stream<Arguments> shaanxiRows() {
        return Stream.of(
                row("低保, aged 5: 100", LIVING, "2016-03", shaanxi().dibao().born(2010, 5, 20), pays("100.00")),
                row(
                        "低保, 17 on the first of the month: 100",
                        LIVING,
                        "2017-03",
                        shaanxi().dibao().born(1999, 3, 15),
                        pays("100.00")),
                row(
                        "低保, 18 on the first of the month: 60",
                        LIVING,
                        "2017-04",
                        shaanxi().dibao().born(1999, 3, 15),
                        pays("60.00")),
                row("低保, aged 45: 60", LIVING, "2016-03", shaanxi().dibao(), pays("60.00")),
                row(
                        "低保, age unknown: 100 or 60",
                        LIVING,
                        "2016-03",
                        shaanxi().dibao().noId(),
                        cannotDecide("age")),
                row(
                        "not in hardship: not eligible",
                        LIVING,
                        "2016-03",
                        shaanxi().household(HouseholdStatus.NONE),
                        notEligible()),
                row(
                        "低保 child on orphan support: not eligible",
                        LIVING,
                        "2016-03",
                        shaanxi().dibao().born(2010, 5, 20).childSupport(),
                        notEligible()),
                row(
                        "care, grade 1: 120",
                        CARE,
                        "2016-03",
                        shaanxi().rated(PHYSICAL, 1).needsCare(),
                        pays("120.00")),
                row(
                        "care, grade 2: 80",
                        CARE,
                        "2016-03",
                        shaanxi().rated(VISUAL, 2).needsCare(),
                        pays("80.00")),
                row(
                        "care, grade 3: not eligible",
                        CARE,
                        "2016-03",
                        shaanxi().rated(INTELLECTUAL, 3).needsCare(),
                        notEligible()),
                row(
                        "care, grade 2, long-term care unknown",
                        CARE,
                        "2016-03",
                        shaanxi().rated(VISUAL, 2),
                        cannotDecide("long-term-care")),
                row(
                        "care, certificate expired 2014-12-31: not eligible",
                        CARE,
                        "2016-03",
                        shaanxi().rated(PHYSICAL, 1).needsCare().certifiedOn(2005, 1, 1),
                        notEligible()));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("shaanxiRows")
    void shaanxi(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.SHAANXI), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ Jiangsu (32)

    private static RegionalPeople.Person kunshan(RegistrationType type) {
        return RegionalPeople.in("320583100", type); // 苏州市昆山市玉山镇
    }

    static Stream<Arguments> jiangsuRows() {
        return Stream.of(
                row(
                        "care, urban, grade 1, before 2023-04-01: 120",
                        CARE,
                        "2023-03",
                        kunshan(URBAN).rated(PHYSICAL, 1).needsCare(),
                        pays("120.00")),
                row(
                        "care, urban, grade 1, from 2023-04-01: 130",
                        CARE,
                        "2023-04",
                        kunshan(URBAN).rated(PHYSICAL, 1).needsCare(),
                        pays("130.00")),
                row(
                        "care, rural, grade 2, before 2023-04-01: 80",
                        CARE,
                        "2023-03",
                        kunshan(RURAL).rated(VISUAL, 2).needsCare(),
                        pays("80.00")),
                row(
                        "care, rural, grade 2, from 2023-04-01: 90",
                        CARE,
                        "2024-01",
                        kunshan(RURAL).rated(VISUAL, 2).needsCare(),
                        pays("90.00")),
                row(
                        "care, urban or rural unknown: 130 or 90",
                        CARE,
                        "2023-04",
                        kunshan(URBAN).typeUnknown().rated(PHYSICAL, 1).needsCare(),
                        cannotDecide("registration")),
                row(
                        "care, grade 3: not eligible",
                        CARE,
                        "2023-04",
                        kunshan(URBAN).rated(PHYSICAL, 3).needsCare(),
                        notEligible()),
                row(
                        "care, grade 1 not needing long-term care: not eligible",
                        CARE,
                        "2023-04",
                        kunshan(URBAN).rated(PHYSICAL, 1).noLongTermCare(),
                        notEligible()),
                row(
                        "living, not in hardship (no 低保 standard needed): not eligible",
                        LIVING,
                        "2023-04",
                        kunshan(URBAN).household(HouseholdStatus.NONE).rated(PHYSICAL, 1),
                        notEligible()),
                row(
                        "living, household unknown",
                        LIVING,
                        "2023-04",
                        kunshan(URBAN).rated(PHYSICAL, 1),
                        cannotDecide("household")));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("jiangsuRows")
    void jiangsu(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.JIANGSU), who, programme, month, expected);
    }

    /** 昆山市's 低保 standards as canlian example data: illustrative figures, not real ones, to exercise the shares. */
    private static final String KUNSHAN_EXAMPLE_STANDARDS = "{\"policy\": \"canlian example data: 低保 standards for"
            + " 昆山市 (320583), for tests only\", \"note\": \"canlian example data, not a real standard\","
            + " \"parameters\": [" + exampleStandard("minimum-living.urban.monthly", "1015.00") + ", "
            + exampleStandard("minimum-living.rural.monthly", "955.00") + "]}";

    private static String exampleStandard(String key, String amount) {
        return "{\"parameter\": \"" + key + "\", \"region\": \"320583\", \"values\": [{\"from\": \"2023-01-01\","
                + " \"value\": \"" + amount + "\", \"unit\": \"CNY/month\", \"source\": {\"issuer\": \"canlian example"
                + " data\", \"document\": \"canlian example data\", \"article\": \"an illustrative 低保 standard\","
                + " \"date\": \"2023-01-01\", \"note\": \"canlian example data, not a real standard\"}}]}";
    }

    static Stream<Arguments> jiangsuLivingRows() {
        return Stream.of(
                row(
                        "低保, urban, grade 1: 35 % of 1015.00 = 355.25, up to 356",
                        LIVING, "2023-04", kunshan(URBAN).dibao().rated(PHYSICAL, 1), pays("356.00")),
                row(
                        "低保, urban, grade 3: 25 % of 1015.00 = 253.75, up to 254",
                        LIVING, "2023-04", kunshan(URBAN).dibao().rated(PHYSICAL, 3), pays("254.00")),
                row(
                        "低保, rural, grade 2: 35 % of 955.00 = 334.25, up to 335",
                        LIVING, "2023-04", kunshan(RURAL).dibao().rated(VISUAL, 2), pays("335.00")),
                row(
                        "低保, rural, grade 4: 25 % of 955.00 = 238.75, up to 239",
                        LIVING, "2024-07", kunshan(RURAL).dibao().rated(PHYSICAL, 4), pays("239.00")),
                row(
                        "低保, urban or rural unknown",
                        LIVING,
                        "2023-04",
                        kunshan(URBAN).typeUnknown().dibao().rated(PHYSICAL, 1),
                        cannotDecide("registration")),
                row(
                        "低保 under destitute-persons support: not eligible",
                        LIVING,
                        "2023-04",
                        kunshan(URBAN).dibao().rated(PHYSICAL, 1).destitute(),
                        notEligible()),
                row(
                        "低保边缘 (the 100 % and 60 % categories are not modelled): not eligible",
                        LIVING,
                        "2023-04",
                        kunshan(URBAN).household(HouseholdStatus.NEAR_DIBAO).rated(PHYSICAL, 1),
                        notEligible()));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("jiangsuLivingRows")
    void jiangsuLivingIsAShareOfTheLocalMinimumLivingStandard(
            String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        PolicySet example = PolicyFiles.read(SubsidyParameters.catalog(), KUNSHAN_EXAMPLE_STANDARDS, "example.json");
        check(policy(SubsidyPolicies.JIANGSU).merge(example), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ 托里县 (654224)

    private static RegionalPeople.Person tuoli() {
        return RegionalPeople.in("654224100", RURAL); // 托里县托里镇
    }

    static Stream<Arguments> tuoliRows() {
        return Stream.of(
                row("低保, before the raise: 80", LIVING, "2019-12", tuoli().dibao(), pays("80.00")),
                row("低保 from 2020-01-01: 100", LIVING, "2020-01", tuoli().dibao(), pays("100.00")),
                row("低保, later (no end): 100", LIVING, "2024-06", tuoli().dibao(), pays("100.00")),
                row(
                        "not in hardship: not eligible",
                        LIVING,
                        "2020-01",
                        tuoli().household(HouseholdStatus.NONE),
                        notEligible()),
                row("household unknown", LIVING, "2020-01", tuoli(), cannotDecide("household")),
                row(
                        "care, grade 1, before the raise: 80",
                        CARE,
                        "2019-12",
                        tuoli().rated(PHYSICAL, 1).needsCare(),
                        pays("80.00")),
                row(
                        "care, grade 2 from 2020-01-01: 100",
                        CARE,
                        "2020-01",
                        tuoli().rated(VISUAL, 2).needsCare(),
                        pays("100.00")),
                row(
                        "care, grade 2, long-term care unknown",
                        CARE,
                        "2020-01",
                        tuoli().rated(VISUAL, 2),
                        cannotDecide("long-term-care")),
                row(
                        "care, grade 3: not eligible",
                        CARE,
                        "2020-01",
                        tuoli().rated(PSYCHOSOCIAL, 3).needsCare(),
                        notEligible()));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @MethodSource("tuoliRows")
    void tuoli(String rule, Programme programme, YearMonth month, Claimant who, Expected expected) {
        check(policy(SubsidyPolicies.XINJIANG_TUOLI), who, programme, month, expected);
    }

    // ------------------------------------------------------------------------------------------ months with no value

    static Stream<Arguments> monthsWithNoValue() {
        return Stream.of(
                Arguments.of(
                        SubsidyPolicies.SHANGHAI,
                        shanghai().dibao(),
                        LIVING,
                        "2021-12",
                        "its first value is from 2021-12-27"),
                Arguments.of(
                        SubsidyPolicies.FUJIAN,
                        fujian().dibao(),
                        LIVING,
                        "2019-11",
                        "its first value is from 2019-12-01"),
                Arguments.of(SubsidyPolicies.FUJIAN, fujian().dibao(), LIVING, "2021-06", "ended on 2020-12-31"),
                Arguments.of(
                        SubsidyPolicies.FUJIAN,
                        fujian().dibao().rated(PHYSICAL, 1).needsCare(),
                        CARE,
                        "2024-11",
                        "ended on 2020-12-31"),
                Arguments.of(
                        SubsidyPolicies.HEBEI_LUQUAN,
                        luquan().dibao().rated(PHYSICAL, 1).needsCare(),
                        CARE,
                        "2025-02",
                        "its first value is from 2025-03-01"),
                Arguments.of(
                        SubsidyPolicies.SHAANXI,
                        shaanxi().dibao(),
                        LIVING,
                        "2015-12",
                        "its first value is from 2016-01-01"),
                Arguments.of(
                        SubsidyPolicies.JIANGSU,
                        kunshan(URBAN).rated(PHYSICAL, 1).needsCare(),
                        CARE,
                        "2023-02",
                        "its first value is from 2023-03-01"),
                Arguments.of(
                        SubsidyPolicies.JIANGSU,
                        kunshan(URBAN).dibao().rated(PHYSICAL, 1),
                        LIVING,
                        "2023-03",
                        "its first value is from 2023-04-01"),
                Arguments.of(
                        SubsidyPolicies.JIANGSU,
                        kunshan(URBAN).dibao().rated(PHYSICAL, 1),
                        LIVING,
                        "2023-04",
                        "minimum-living.urban.monthly"),
                Arguments.of(
                        SubsidyPolicies.XINJIANG_TUOLI,
                        tuoli().dibao(),
                        LIVING,
                        "2019-11",
                        "its first value is from 2019-12-01"));
    }

    @ParameterizedTest(name = "{0} {2} {3}: {4}")
    @MethodSource("monthsWithNoValue")
    void monthsTheSourcesDoNotCoverFailRatherThanGuess(
            String file, RegionalPeople.Person who, Programme programme, String month, String why) {
        assertThatThrownBy(
                        () -> SubsidyCalculator.of(policy(file)).decide(who.build(), programme, YearMonth.parse(month)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining(why);
    }

    @Test
    void aProgrammeWithoutAValueInTheMonthFailsOnlyWhenItIsAskedFor() {
        SubsidyCalculator calculator = SubsidyCalculator.of(policy(SubsidyPolicies.JIANGSU));
        Claimant who = kunshan(URBAN).rated(PHYSICAL, 1).needsCare().build();
        CompiledSubsidies march = calculator.compile(DivisionCode.parse("320583"), YearMonth.of(2023, 3));
        assertThat(march.amountFen(who, CARE)).isEqualTo(Money.parse("120.00").toFen());
        assertThatThrownBy(() -> march.amountFen(who, LIVING))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining(SubsidyParameters.table(LIVING).key());
        assertThatThrownBy(() -> calculator.decide(who, LIVING, YearMonth.of(2023, 3)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining(SubsidyParameters.table(LIVING).key());
    }

    // ------------------------------------------------------------------------------------------ the files themselves

    static Stream<String> regionalFiles() {
        return SubsidyPolicies.regional().stream();
    }

    @ParameterizedTest
    @MethodSource("regionalFiles")
    void everyRegionalFileLoadsWithTheNationalRules(String file) {
        PolicySet set = SubsidyPolicies.load(file);
        assertThat(set.parameterKeys())
                .contains(
                        SubsidyParameters.table(LIVING).key(),
                        SubsidyParameters.table(CARE).key(),
                        SubsidyParameters.PAYMENT_STARTS.key(),
                        SubsidyParameters.exclusions(LIVING).key());
    }

    @Test
    void allRegionalFilesLoadTogether() {
        PolicySet all = SubsidyPolicies.load(SubsidyPolicies.regional().toArray(String[]::new));
        assertThat(all.parameterKeys()).contains(SubsidyParameters.table(CARE).key());
    }

    private static final Pattern FILE_NAME = Pattern.compile(".*/[a-z]+(-[a-z]+)?-([0-9]{6})\\.json");
    private static final Pattern CONFIDENCE = Pattern.compile("^\\[(G|M|R|seed)\\] .+");

    @ParameterizedTest
    @MethodSource("regionalFiles")
    void everyValueCitesItsSourceWithAConfidenceMarkAndTheRegionOfTheFileName(String file) throws IOException {
        Matcher name = FILE_NAME.matcher(file);
        assertThat(name.matches()).as(file).isTrue();
        DivisionCode region = DivisionCode.parse(
                name.group(2).endsWith("0000") ? name.group(2).substring(0, 2) : name.group(2));
        JsonNode json;
        try (InputStream in = SubsidyPolicies.class.getResourceAsStream(file)) {
            json = CanlianJson.mapper().readTree(in);
        }
        List<String> notes = new ArrayList<>();
        for (JsonNode parameter : json.get("parameters")) {
            assertThat(DivisionCode.parse(parameter.get("region").asText())).isEqualTo(region);
            for (JsonNode value : parameter.get("values")) {
                JsonNode source = value.get("source");
                assertThat(source.get("issuer").asText()).isNotBlank();
                assertThat(source.get("document").asText()).isNotBlank();
                notes.add(source.path("note").asText());
            }
        }
        assertThat(notes)
                .isNotEmpty()
                .allMatch(n -> CONFIDENCE.matcher(n).matches(), "starts with [G], [M], [R] or [seed]");
    }
}
