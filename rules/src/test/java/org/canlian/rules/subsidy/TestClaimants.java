package org.canlian.rules.subsidy;

import java.time.LocalDate;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/** Claimants for subsidy tests: valid resident IDs born on a given date, certificates, a known baseline. */
final class TestClaimants {
    /** The illustrative test county of {@link #POLICY}. */
    static final DivisionCode COUNTY = DivisionCode.parse("629901");

    private TestClaimants() {}

    /** A valid resident ID of someone born on {@code born} in the test county. */
    static ResidentId idBornOn(LocalDate born) {
        String seventeen = COUNTY.value()
                + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth()) + "123";
        return ResidentId.parse(seventeen + ResidentId.checkCharacter(seventeen));
    }

    static DisabilityRating rating(DisabilityCategory category, int grade) {
        return DisabilityRating.single(category, DisabilityGrade.of(grade));
    }

    /**
     * Everything known, eligible for nothing in particular: 50 years old in 2025, physical grade 2 valid 2020-2030,
     * rural, household not in hardship, no support, no care need, no allowances, applied for every programme on
     * 2025-01-10.
     */
    static Claimant.Builder baseline() {
        return baselineWithoutId().residentId(idBornOn(LocalDate.of(1975, 6, 15)));
    }

    /** {@link #baseline()} with no resident ID: the age is unknown. */
    static Claimant.Builder baselineWithoutId() {
        Claimant.Builder b = Claimant.builder()
                .certificate(rating(DisabilityCategory.PHYSICAL, 2), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .registration(COUNTY, RegistrationType.RURAL)
                .household(HouseholdStatus.NONE)
                .childSupport(false)
                .destituteSupport(false)
                .workInjuryCare(false)
                .longTermCare(false)
                .fixedIncome(false)
                .lowerLimb(false)
                .ownsVehicle(false)
                .schooling(Schooling.NONE)
                .noOtherAllowances();
        for (Programme p : Programme.values()) {
            b.applied(p, LocalDate.of(2025, 1, 10));
        }
        return b;
    }

    /** A test county's rules, on top of the shipped national file. */
    static final String POLICY = """
            { "policy": "Test county 629901 (illustrative)",
              "parameters": [
                { "parameter": "subsidy.care.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "until": "2024-12-31", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "grade": ["1", "2"], "long-term-care": true },
                        "then": { "amount": "100.00", "unit": "CNY/month" } } ] } },
                  { "from": "2025-01-01", "knownFrom": "2025-03-15", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "grade": ["1"], "long-term-care": true },
                        "then": { "amount": "300.00", "unit": "CNY/month" } },
                      { "when": { "grade": ["2"], "long-term-care": true },
                        "then": { "amount": "150.00", "unit": "CNY/month" } },
                      { "when": { "grade": ["3"], "component": ["intellectual", "psychosocial"] },
                        "then": { "amount": "150.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "subsidy.living.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "household": ["dibao"], "registration": ["rural"] },
                        "then": { "share": "25", "of": "minimum-living.rural.monthly", "rounding": "up-to-yuan",
                                  "unit": "CNY/month" } },
                      { "when": { "household": ["dibao"] }, "then": { "amount": "100.00", "unit": "CNY/month" } },
                      { "when": { "household": ["near-dibao"], "age": { "min": 60 }, "fixed-income": false },
                        "then": { "amount": "80.00", "unit": "CNY/month" } },
                      { "when": { "household": ["low-income"], "category": ["intellectual"] }, "then": "excluded" },
                      { "when": { "household": ["low-income"], "age": { "max": 17 } },
                        "then": { "amount": "60.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "minimum-living.rural.monthly", "region": "629901", "values": [
                  { "from": "2024-01-01", "value": "455.00", "unit": "CNY/month", "source": %1$s } ] },
                { "parameter": "subsidy.elderly.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [ { "when": { "age": { "min": 60 } },
                                           "then": { "amount": "100.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "subsidy.fuel.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [ { "when": { "category": ["physical"], "lower-limb": true,
                                                     "owns-vehicle": true },
                                           "then": { "amount": "260.00", "unit": "CNY/year" } } ] } } ] },
                { "parameter": "subsidy.college.table", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "schooling": ["undergraduate"] }, "then": { "amount": "3000.00", "unit": "CNY" } },
                      { "when": { "schooling": ["junior-college"] }, "then": { "amount": "2000.00", "unit": "CNY" } }
                    ] } } ] },
                { "parameter": "subsidy.higher-of", "region": "629901", "values": [
                  { "from": "2024-01-01", "unit": "groups", "source": %1$s,
                    "value": [ ["elderly", "living"], ["old-age-allowance", "care"] ] } ] }
              ] }
            """.formatted("""
            { "issuer": "canlian test data", "document": "illustrative county rules", "article": "n/a",
              "date": "2024-01-01" }""");

    /**
     * The test county under other rules (illustrative): paid from the month after the application, stopped from the
     * month of the event (from 2016 only: 2015 has no stop rule), its own exclusions from 2014, a living subsidy whose urban share has no base, an
     * elderly subsidy in seven age bands, a row paying nothing, and "higher of" groups of three other allowances.
     */
    static final String OTHER_RULES = """
            { "policy": "Test county 629901 under other rules (illustrative)",
              "parameters": [
                { "parameter": "subsidy.payment-starts", "region": "629901", "values": [
                  { "from": "2014-01-01", "value": "month-after-application", "unit": "choice", "source": %1$s } ] },
                { "parameter": "subsidy.payment-stops", "region": "629901", "values": [
                  { "from": "2016-01-01", "value": "month-of-event", "unit": "choice", "source": %1$s } ] },
                { "parameter": "subsidy.living.exclusions", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "destitute-support": true }, "then": "excluded" },
                      { "when": { "work-injury-care": true }, "then": "excluded" },
                      { "when": { "child-support": true }, "then": "excluded" } ] } } ] },
                { "parameter": "subsidy.care.exclusions", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "destitute-support": true }, "then": "excluded" },
                      { "when": { "work-injury-care": true }, "then": "excluded" } ] } } ] },
                { "parameter": "subsidy.care.table", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "grade": ["1", "2"], "long-term-care": true },
                        "then": { "amount": "120.00", "unit": "CNY/month" } },
                      { "when": { "grade": ["3"], "long-term-care": true },
                        "then": { "amount": "0.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "subsidy.living.table", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "household": ["dibao"], "registration": ["rural"] },
                        "then": { "share": "25", "of": "minimum-living.rural.monthly", "rounding": "up-to-yuan",
                                  "unit": "CNY/month" } },
                      { "when": { "household": ["dibao"], "registration": ["urban"] },
                        "then": { "share": "25", "of": "minimum-living.urban.monthly", "rounding": "up-to-yuan",
                                  "unit": "CNY/month" } },
                      { "when": { "household": ["low-income"], "age": { "min": 0, "max": 17 } },
                        "then": { "amount": "60.00", "unit": "CNY/month" } } ] } } ] },
                { "parameter": "minimum-living.rural.monthly", "region": "629901", "values": [
                  { "from": "2014-01-01", "value": "455.00", "unit": "CNY/month", "source": %1$s } ] },
                { "parameter": "subsidy.elderly.table", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "age": { "min": 60, "max": 64 } }, "then": { "amount": "40.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 65, "max": 69 } }, "then": { "amount": "50.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 70, "max": 74 } }, "then": { "amount": "70.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 75, "max": 79 } }, "then": { "amount": "80.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 80, "max": 89 } }, "then": { "amount": "100.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 90, "max": 99 } }, "then": { "amount": "200.00", "unit": "CNY/month" } },
                      { "when": { "age": { "min": 100 } }, "then": { "amount": "300.00", "unit": "CNY/month" } }
                    ] } } ] },
                { "parameter": "subsidy.college.table", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "table", "source": %1$s,
                    "value": { "rows": [
                      { "when": { "schooling": ["undergraduate"] }, "then": { "amount": "3000.00", "unit": "CNY" } }
                    ] } } ] },
                { "parameter": "subsidy.higher-of", "region": "629901", "values": [
                  { "from": "2014-01-01", "unit": "groups", "source": %1$s,
                    "value": [ ["injury-pension", "living"],
                               ["retirement-allowance", "elderly-care-subsidy", "care"],
                               ["elderly", "old-age-allowance"] ] } ] }
              ] }
            """.formatted("""
            { "issuer": "canlian test data", "document": "illustrative county rules", "article": "n/a",
              "date": "2014-01-01" }""");
}
