package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.policy.TestPolicies.entry;
import static org.canlian.rules.policy.TestPolicies.file;
import static org.canlian.rules.policy.TestPolicies.published;
import static org.canlian.rules.policy.TestPolicies.value;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Retroactive revisions: a value published later for dates already covered replaces, for decisions made on or after
 * its publication, the values published before it.
 */
class PolicyRevisionTest {
    private static final DivisionCode PROVINCE = DivisionCode.parse("62");
    private static final DivisionCode COUNTY = DivisionCode.parse("629901");

    /**
     * The province's yearly amount: 1000.00 until 2024; 1200.00 from 2025 (published 2024-12-01, no end); revised to
     * 1500.00 for the first half of 2025 (published 2025-03-15), that revision revised again to 1550.00 for the first
     * quarter (published 2025-05-01); 1600.00 from 2025-07-01 (published 2025-06-20) ends the open 1200.00.
     */
    private static final PolicySet REVISED = PolicyFiles.read(
            TestPolicies.CATALOG,
            file(entry(
                    "test.yearly",
                    "62",
                    value("2020-01-01", "2024-12-31", "\"1000.00\"", "CNY/year"),
                    published("2025-01-01", null, "\"1200.00\"", "CNY/year", "2024-12-01", null),
                    published("2025-01-01", "2025-06-30", "\"1500.00\"", "CNY/year", "2025-03-10", "2025-03-15"),
                    published("2025-01-01", "2025-03-31", "\"1550.00\"", "CNY/year", "2025-05-01", null),
                    published("2025-07-01", null, "\"1600.00\"", "CNY/year", "2025-06-20", null))),
            "revised.json");

    static Stream<Arguments> revisedLookups() {
        return Stream.of(
                // benefit date, decision date (null: latest publication), value used, value it revised (or null)
                arguments("2024-06-01", null, "1000.00", null),
                arguments("2025-02-01", "2025-03-14", "1200.00", null),
                arguments("2025-02-01", "2025-03-15", "1500.00", "1200.00"),
                arguments("2025-02-01", "2025-04-30", "1500.00", "1200.00"),
                arguments("2025-02-01", "2025-05-01", "1550.00", "1500.00"),
                arguments("2025-02-01", null, "1550.00", "1500.00"),
                arguments("2025-05-01", null, "1500.00", "1200.00"),
                arguments("2025-05-01", "2025-03-01", "1200.00", null),
                // The open-ended 1200.00 applies to August as known in May; the 2025-07-01 value once published.
                arguments("2025-08-01", "2025-05-01", "1200.00", null),
                arguments("2025-08-01", "2025-06-19", "1200.00", null),
                arguments("2025-08-01", "2025-06-20", "1600.00", "1200.00"),
                arguments("2025-08-01", null, "1600.00", "1200.00"),
                arguments("2030-01-01", null, "1600.00", "1200.00"));
    }

    @ParameterizedTest
    @MethodSource("revisedLookups")
    void aDecisionUsesTheLatestRevisionPublishedByItsDate(
            String benefit, String decision, String expected, String revisedValue) {
        LocalDate benefitDate = LocalDate.parse(benefit);
        Resolved<Money> r = decision == null
                ? REVISED.lookup(TestPolicies.YEARLY, COUNTY, benefitDate)
                : REVISED.lookup(TestPolicies.YEARLY, COUNTY, benefitDate, LocalDate.parse(decision), GapMode.STRICT);
        assertThat(r.value()).isEqualTo(Money.parse(expected));
        assertThat(r.region()).isEqualTo(PROVINCE);
        assertThat(r.carriedForward()).isFalse();
        assertThat(r.revised().map(DatedValue::value))
                .isEqualTo(java.util.Optional.ofNullable(revisedValue).map(Money::parse));
        if (decision != null) {
            assertThat(r.datedValue().knownFrom()).isBeforeOrEqualTo(LocalDate.parse(decision));
        }
    }

    @Test
    void aRevisionSaysWhenItWasPublishedAndWhatItReplaced() {
        Resolved<Money> r = REVISED.lookup(TestPolicies.YEARLY, PROVINCE, LocalDate.of(2025, 5, 1));
        assertThat(r.datedValue().knownFrom()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(r.revised()).hasValueSatisfying(first -> {
            assertThat(first.value()).isEqualTo(Money.parse("1200.00"));
            assertThat(first.knownFrom()).isEqualTo(LocalDate.of(2024, 12, 1));
            assertThat(first.period()).isEqualTo("2025-01-01..");
        });
        assertThat(r.toString())
                .isEqualTo("test.yearly = 1500.00 CNY/year (62, 2025-01-01..2025-06-30; test issuer, doc 2025-03-10,"
                        + " art. 1 (2025-03-10); revised on 2025-03-15, replacing 1200.00 CNY/year from 2025-01-01.."
                        + " published 2024-12-01)");
        assertThat(REVISED.lookup(TestPolicies.YEARLY, PROVINCE, LocalDate.of(2024, 5, 1))
                        .toString())
                .doesNotContain("revised");
    }

    @Test
    void aDecisionBeforeAnyPublicationForTheDateNamesTheFirstPublication() {
        assertThatThrownBy(() -> REVISED.lookup(
                        TestPolicies.YEARLY,
                        COUNTY,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2024, 11, 30),
                        GapMode.STRICT))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("the value in force (1200.00 CNY/year from 2025-01-01, 62) was published on"
                        + " 2024-12-01, after the decision date 2024-11-30");
    }

    /**
     * The county's yearly amount: 4000.00 for 2019-2020; 4100.00 for March-April 2020 (published 2020-09-01); 4400.00
     * for the second half of 2020 (published 2021-02-01); then nothing until 5000.00 from 2021-01-01, published
     * 2021-04-01.
     */
    private static final PolicySet GAPPED = PolicyFiles.read(
            TestPolicies.CATALOG,
            file(entry(
                    "test.yearly",
                    "629901",
                    value("2019-01-01", "2020-12-31", "\"4000.00\"", "CNY/year"),
                    published("2020-03-01", "2020-04-30", "\"4100.00\"", "CNY/year", "2020-09-01", null),
                    published("2020-07-01", "2020-12-31", "\"4400.00\"", "CNY/year", "2021-02-01", null),
                    published("2021-01-01", null, "\"5000.00\"", "CNY/year", "2021-04-01", null))),
            "gapped.json");

    static Stream<Arguments> carriedForward() {
        return Stream.of(
                // benefit date, decision date, value carried, value it revised (or null)
                // The revision of the year's second half was the value in force on 2020-12-31.
                arguments("2021-03-01", "2021-03-15", "4400.00", "4000.00"),
                // Before it was published, the first publication was; the March-April revision does not count.
                arguments("2021-03-01", "2021-01-15", "4000.00", null),
                arguments("2021-03-01", "2020-10-01", "4000.00", null),
                arguments("2022-01-01", "2021-03-31", "4400.00", "4000.00"));
    }

    @ParameterizedTest
    @MethodSource("carriedForward")
    void carryingForwardUsesTheValueInForceOnTheLastCoveredDayAsThenKnown(
            String benefit, String decision, String expected, String revisedValue) {
        Resolved<Money> r = GAPPED.lookup(
                TestPolicies.YEARLY, COUNTY, LocalDate.parse(benefit), LocalDate.parse(decision), GapMode.WARN);
        assertThat(r.carriedForward()).isTrue();
        assertThat(r.value()).isEqualTo(Money.parse(expected));
        assertThat(r.datedValue().until()).contains(LocalDate.of(2020, 12, 31));
        assertThat(r.revised().map(DatedValue::value))
                .isEqualTo(java.util.Optional.ofNullable(revisedValue).map(Money::parse));
        assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w).contains("carried forward " + expected));
    }

    @Test
    void aValuePublishedAfterTheDecisionIsNotCarriedOverButNamedInTheStrictRefusal() {
        LocalDate march = LocalDate.of(2021, 3, 1);
        assertThat(GAPPED.lookup(TestPolicies.YEARLY, COUNTY, march).value()).isEqualTo(Money.parse("5000.00"));
        assertThatThrownBy(() ->
                        GAPPED.lookup(TestPolicies.YEARLY, COUNTY, march, LocalDate.of(2021, 3, 15), GapMode.STRICT))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("the value in force (5000.00 CNY/year from 2021-01-01, 629901) was published on"
                        + " 2021-04-01, after the decision date 2021-03-15");
    }

    static Stream<Arguments> refusedTimelines() {
        return Stream.of(
                // values (JSON), path, reason
                arguments(
                        List.of(
                                published("2025-01-01", null, "\"60.00\"", "CNY/month", "2024-12-01", null),
                                published("2025-01-01", "2025-06-30", "\"70.00\"", "CNY/month", "2024-12-01", null)),
                        "$.parameters[0].values[1].from",
                        "starts on 2025-01-01 and overlaps the value from 2025-01-01 (no end date) published on the same"
                                + " date 2024-12-01: a revision must be published later (knownFrom)"),
                arguments(
                        List.of(
                                published("2025-01-01", null, "\"60.00\"", "CNY/month", "2024-12-01", null),
                                published("2025-03-01", null, "\"70.00\"", "CNY/month", "2024-11-01", "2024-12-01")),
                        "$.parameters[0].values[1].from",
                        "starts on 2025-03-01 and overlaps the value from 2025-01-01 (no end date) published on the same"
                                + " date 2024-12-01"),
                arguments(
                        List.of(
                                published("2020-01-01", null, "\"60.00\"", "CNY/month", "2020-01-01", "2020-06-01"),
                                published("2021-01-01", null, "\"70.00\"", "CNY/month", "2020-03-01", null)),
                        "$.parameters[0].values[1].from",
                        "starts on 2021-01-01 and overlaps the value from 2020-01-01 (no end date) published later, on"
                                + " 2020-06-01 (this one: 2020-03-01): a revision must be published later (knownFrom)"),
                // A value overlapping two earlier ones must be published after both.
                arguments(
                        List.of(
                                value("2020-01-01", null, "\"60.00\"", "CNY/month"),
                                published("2020-06-01", "2020-12-31", "\"70.00\"", "CNY/month", "2021-01-01", null),
                                published("2020-09-01", "2020-10-31", "\"80.00\"", "CNY/month", "2020-09-01", null)),
                        "$.parameters[0].values[2].from",
                        "starts on 2020-09-01 and overlaps the value from 2020-06-01 (until 2020-12-31) published later,"
                                + " on 2021-01-01 (this one: 2020-09-01)"),
                // Values with the same start are listed in publication order.
                arguments(
                        List.of(
                                published("2025-01-01", null, "\"70.00\"", "CNY/month", "2025-03-15", null),
                                published("2025-01-01", null, "\"60.00\"", "CNY/month", "2024-12-01", null)),
                        "$.parameters[0].values[1].from",
                        "starts on 2025-01-01 like the previous value but was published on 2024-12-01, before it"
                                + " (2025-03-15): values with the same start must be in publication order (knownFrom)"),
                arguments(
                        List.of(
                                published("2025-01-01", null, "\"70.00\"", "CNY/month", "2025-03-15", null),
                                published("2024-01-01", "2024-12-31", "\"60.00\"", "CNY/month", "2024-01-01", null)),
                        "$.parameters[0].values[1].from",
                        "starts on 2024-01-01, not after the previous value's start 2025-01-01 (values must be in date"
                                + " order)"));
    }

    @ParameterizedTest
    @MethodSource("refusedTimelines")
    void valuesOverlapOnlyAsARevisionPublishedLaterAndInOrder(List<String> values, String path, String reason) {
        String json = file(entry("test.allowance", "00", values.toArray(String[]::new)));
        assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, json, "bad.json"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.location()).isEqualTo(path);
                            assertThat(error.reason()).startsWith(reason);
                        }));
    }

    @Test
    void timelineOfRefusesASamePublicationOverlapLikeTheLoader() {
        Source notice = Source.of("province", "notice 2024-9", "art. 1", LocalDate.of(2024, 12, 1));
        DatedValue<Money> open = DatedValue.of(Money.ofYuan(60), LocalDate.of(2025, 1, 1), notice);
        DatedValue<Money> half = DatedValue.of(Money.ofYuan(70), LocalDate.of(2025, 1, 1), notice)
                .until(LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> Timeline.of(List.of(open, half)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("published on the same date 2024-12-01: a revision must be published later");
        Timeline<Money> revised = Timeline.of(List.of(open, half.knownFrom(LocalDate.of(2025, 3, 15))));
        assertThat(revised.at(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 14)))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(Money.ofYuan(60)));
        assertThat(revised.at(LocalDate.of(2025, 2, 1)))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(Money.ofYuan(70)));
        assertThat(revised.at(LocalDate.of(2025, 7, 1)))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(Money.ofYuan(60)));
    }

    static Stream<Arguments> floorsWithRevisions() {
        // The nation's floor is 100.00 throughout; the province sets 150.00 from 2025 (published 2024-12-01).
        String nation = entry("test.allowance", "00", value("2010-01-01", null, "\"100.00\"", "CNY/month"));
        String provinceRaised = entry(
                "test.allowance",
                "62",
                published("2025-01-01", null, "\"150.00\"", "CNY/month", "2024-12-01", null),
                published("2025-01-01", null, "\"180.00\"", "CNY/month", "2025-03-15", null));
        String provinceLowered = entry(
                "test.allowance",
                "62",
                published("2025-01-01", null, "\"150.00\"", "CNY/month", "2024-12-01", null),
                published("2025-01-01", null, "\"120.00\"", "CNY/month", "2025-03-15", null));
        return Stream.of(
                        // province, county values, expected error (null: accepted)
                        // The province raised its floor later and the county never followed: below it as now published.
                        arguments(
                                provinceRaised,
                                List.of(published("2025-01-01", null, "\"160.00\"", "CNY/month", "2025-01-10", null)),
                                "$.parameters[2].values[0].value: 629901 sets 160.00 CNY/month from 2025-01-01, below the floor"
                                        + " 180.00 CNY/month that 62 sets from 2025-01-01 (test issuer, doc 2025-03-15, art. 1"
                                        + " (2025-03-15)) on 2025-01-01: test.allowance must not be below its parent's value"),
                        // The county followed with its own revision: its first value was at the floor then known.
                        arguments(
                                provinceRaised,
                                List.of(
                                        published("2025-01-01", null, "\"160.00\"", "CNY/month", "2025-01-10", null),
                                        published("2025-01-01", null, "\"180.00\"", "CNY/month", "2025-04-01", null)),
                                null),
                        // Revised in part only: the months still at 160.00 are below the raised floor.
                        arguments(
                                provinceRaised,
                                List.of(
                                        published("2025-01-01", null, "\"160.00\"", "CNY/month", "2025-01-10", null),
                                        published(
                                                "2025-01-01",
                                                "2025-06-30",
                                                "\"180.00\"",
                                                "CNY/month",
                                                "2025-04-01",
                                                null)),
                                "$.parameters[2].values[0].value: 629901 sets 160.00 CNY/month from 2025-01-01, below the floor"
                                        + " 180.00 CNY/month that 62 sets from 2025-01-01 (test issuer, doc 2025-03-15, art. 1"
                                        + " (2025-03-15)) on 2025-07-01:"),
                        // Published after the raise, below it, though revised since: below the floor it could see.
                        arguments(
                                provinceRaised,
                                List.of(
                                        published("2025-01-01", null, "\"160.00\"", "CNY/month", "2025-04-01", null),
                                        published("2025-01-01", null, "\"200.00\"", "CNY/month", "2025-05-01", null)),
                                "$.parameters[2].values[0].value: 629901 sets 160.00 CNY/month from 2025-01-01, below the floor"
                                        + " 180.00 CNY/month that 62 sets from 2025-01-01 (test issuer, doc 2025-03-15, art. 1"
                                        + " (2025-03-15)) on 2025-01-01 as known on 2025-04-01:"),
                        // The province lowered its floor later: a value published below the floor then known stays
                        // refused.
                        arguments(
                                provinceLowered,
                                List.of(published("2025-01-01", null, "\"140.00\"", "CNY/month", "2025-02-01", null)),
                                "$.parameters[2].values[0].value: 629901 sets 140.00 CNY/month from 2025-01-01, below the floor"
                                        + " 150.00 CNY/month that 62 sets from 2025-01-01 (test issuer, doc 2024-12-01, art. 1"
                                        + " (2024-12-01)) on 2025-01-01 as known on 2025-02-01:"),
                        // ... but one published after the lowering is fine.
                        arguments(
                                provinceLowered,
                                List.of(published("2025-01-01", null, "\"140.00\"", "CNY/month", "2025-04-01", null)),
                                null),
                        // A revision published before the raise, at the floor then known but below the raised one.
                        arguments(
                                provinceRaised,
                                List.of(
                                        published("2025-01-01", null, "\"180.00\"", "CNY/month", "2025-01-10", null),
                                        published("2025-02-01", null, "\"170.00\"", "CNY/month", "2025-02-10", null)),
                                "$.parameters[2].values[1].value: 629901 sets 170.00 CNY/month from 2025-02-01, below the floor"
                                        + " 180.00 CNY/month that 62 sets from 2025-01-01 (test issuer, doc 2025-03-15, art. 1"
                                        + " (2025-03-15)) on 2025-02-01:"))
                .map(a -> arguments(nation, a.get()[0], a.get()[1], a.get()[2]));
    }

    @ParameterizedTest
    @MethodSource("floorsWithRevisions")
    void floorRulesHoldAtEachValuesPublicationAndAtTheLatestWhereItIsStillInForce(
            String nation, String province, List<String> county, String error) {
        String json = file(nation, province, entry("test.allowance", "629901", county.toArray(String[]::new)));
        if (error == null) {
            assertThat(PolicyFiles.read(TestPolicies.CATALOG, json, "floors.json")
                            .regions(TestPolicies.ALLOWANCE))
                    .contains(COUNTY);
        } else {
            assertThatThrownBy(() -> PolicyFiles.read(TestPolicies.CATALOG, json, "floors.json"))
                    .isInstanceOfSatisfying(
                            InvalidPolicyException.class,
                            e -> assertThat(e.errors())
                                    .singleElement()
                                    .satisfies(err -> assertThat(err.location() + ": " + err.reason())
                                            .startsWith(error)));
        }
    }

    @Test
    void aReformReplacesEveryPublicationFromItsStartDateOn() {
        Source decree = Source.of("province", "reform 2025-7", "art. 2", LocalDate.of(2025, 3, 20));
        PolicySet reformed = REVISED.withValueFrom(
                TestPolicies.YEARLY, PROVINCE, DatedValue.of(Money.parse("2000.00"), LocalDate.of(2025, 3, 1), decree));
        assertThat(reformed.timeline(TestPolicies.YEARLY, PROVINCE)
                        .orElseThrow()
                        .values())
                .extracting(v -> v.value().toYuan().toPlainString() + " " + v.period() + " published " + v.knownFrom())
                .containsExactly(
                        "1000.00 2020-01-01..2024-12-31 published 2020-01-01",
                        "1200.00 2025-01-01..2025-02-28 published 2024-12-01",
                        "1500.00 2025-01-01..2025-02-28 published 2025-03-15",
                        "1550.00 2025-01-01..2025-02-28 published 2025-05-01",
                        "2000.00 2025-03-01.. published 2025-03-20");
        for (String date : List.of("2025-03-01", "2025-05-01", "2025-08-01")) {
            Resolved<Money> r = reformed.lookup(TestPolicies.YEARLY, COUNTY, LocalDate.parse(date));
            assertThat(r.value()).isEqualTo(Money.parse("2000.00"));
            assertThat(r.revised()).isEmpty();
        }
        assertThat(reformed.lookup(TestPolicies.YEARLY, COUNTY, LocalDate.of(2025, 2, 1))
                        .value())
                .isEqualTo(Money.parse("1550.00"));
        assertThat(reformed.lookup(
                                TestPolicies.YEARLY,
                                COUNTY,
                                LocalDate.of(2025, 2, 1),
                                LocalDate.of(2025, 4, 1),
                                GapMode.STRICT)
                        .value())
                .isEqualTo(Money.parse("1500.00"));
    }
}
