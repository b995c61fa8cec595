package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A view reads the test policy as a calculator does: one region, one benefit date, an optional decision date and a gap
 * mode; each copy changes one of them, and a reading records every value it returns.
 */
class PolicyViewTest {
    private static final PolicySet POLICY = TestPolicies.base();
    private static final DivisionCode COUNTY = DivisionCode.parse("629901");
    private static final DivisionCode TOWNSHIP = DivisionCode.parse("629901101");
    private static final DivisionCode OTHER_COUNTY = DivisionCode.parse("629902");
    /** The county's July 2020 value (250.00) was published on 2020-08-15. */
    private static final LocalDate JULY_2020 = LocalDate.of(2020, 7, 1);

    private static final PolicyView VIEW = PolicyView.of(POLICY, TOWNSHIP, JULY_2020);

    static Stream<Arguments> views() {
        return Stream.of(
                // the copy, its region, benefit date, decision date, gap mode, the allowance it reads, set by
                arguments(
                        "strict, whatever the publication date",
                        UnaryOperator.<PolicyView>identity(),
                        TOWNSHIP,
                        JULY_2020,
                        null,
                        GapMode.STRICT,
                        "250.00",
                        COUNTY,
                        "policy for 629901101 on 2020-07-01 (STRICT)"),
                arguments(
                        "as known before the county published July's value",
                        (UnaryOperator<PolicyView>) v -> v.asKnownOn(LocalDate.of(2020, 8, 1)),
                        TOWNSHIP,
                        JULY_2020,
                        LocalDate.of(2020, 8, 1),
                        GapMode.STRICT,
                        "120.00",
                        DivisionCode.NATIONAL,
                        "policy for 629901101 on 2020-07-01 as known on 2020-08-01 (STRICT)"),
                arguments(
                        "as known on an optional date that is given",
                        (UnaryOperator<PolicyView>) v -> v.asKnownOn(Optional.of(LocalDate.of(2020, 8, 15))),
                        TOWNSHIP,
                        JULY_2020,
                        LocalDate.of(2020, 8, 15),
                        GapMode.STRICT,
                        "250.00",
                        COUNTY,
                        "policy for 629901101 on 2020-07-01 as known on 2020-08-15 (STRICT)"),
                arguments(
                        "an empty decision date drops an earlier one",
                        (UnaryOperator<PolicyView>)
                                v -> v.asKnownOn(LocalDate.of(2020, 8, 1)).asKnownOn(Optional.empty()),
                        TOWNSHIP,
                        JULY_2020,
                        null,
                        GapMode.STRICT,
                        "250.00",
                        COUNTY,
                        "policy for 629901101 on 2020-07-01 (STRICT)"),
                arguments(
                        "another region keeps the dates and mode",
                        (UnaryOperator<PolicyView>) v -> v.asKnownOn(LocalDate.of(2020, 8, 1))
                                .withGap(GapMode.WARN)
                                .withRegion(OTHER_COUNTY),
                        OTHER_COUNTY,
                        JULY_2020,
                        LocalDate.of(2020, 8, 1),
                        GapMode.WARN,
                        "120.00",
                        DivisionCode.NATIONAL,
                        "policy for 629902 on 2020-07-01 as known on 2020-08-01 (WARN)"),
                arguments(
                        "another benefit date keeps the region, decision date and mode",
                        (UnaryOperator<PolicyView>) v -> v.asKnownOn(LocalDate.of(2020, 8, 1))
                                .withGap(GapMode.CARRY_FORWARD)
                                .withBenefitDate(LocalDate.of(2017, 3, 1)),
                        TOWNSHIP,
                        LocalDate.of(2017, 3, 1),
                        LocalDate.of(2020, 8, 1),
                        GapMode.CARRY_FORWARD,
                        "150.00",
                        DivisionCode.parse("62"),
                        "policy for 629901101 on 2017-03-01 as known on 2020-08-01 (CARRY_FORWARD)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void eachCopyChangesOneThingAndReadsThePolicySo(
            String name,
            UnaryOperator<PolicyView> change,
            DivisionCode region,
            LocalDate benefitDate,
            LocalDate decisionDate,
            GapMode gap,
            String allowance,
            DivisionCode setBy,
            String text) {
        PolicyView view = change.apply(VIEW);
        assertThat(view.policy()).isSameAs(POLICY);
        assertThat(view.region()).isEqualTo(region);
        assertThat(view.benefitDate()).isEqualTo(benefitDate);
        assertThat(view.decisionDate()).isEqualTo(Optional.ofNullable(decisionDate));
        assertThat(view.gap()).isEqualTo(gap);
        assertThat(view.toString()).isEqualTo(text);
        Resolved<Money> r = view.get(TestPolicies.ALLOWANCE);
        assertThat(r.value()).isEqualTo(Money.parse(allowance));
        assertThat(r.region()).isEqualTo(setBy);
        assertThat(r.requestedRegion()).isEqualTo(region);
        assertThat(r.benefitDate()).isEqualTo(benefitDate);
        assertThat(r.decisionDate()).isEqualTo(Optional.ofNullable(decisionDate));
        assertThat(view.find(TestPolicies.ALLOWANCE)).contains(r);
    }

    static Stream<Arguments> gaps() {
        return Stream.of(
                // the county's yearly amount ended on 2020-12-31: read in March 2021 under each mode
                arguments(GapMode.STRICT, null),
                arguments(
                        GapMode.WARN,
                        "no value applies on 2021-03-01 (the last value (4000.00 CNY/year, 629901) ended on 2020-12-31);"
                                + " carried forward 4000.00 CNY/year from 2019-01-01..2020-12-31 of 629901"),
                arguments(GapMode.CARRY_FORWARD, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void theGapModeDecidesWhetherAnEndedValueIsCarriedForward(GapMode mode, String warning) {
        PolicyView view =
                PolicyView.of(POLICY, COUNTY, LocalDate.of(2021, 3, 1)).withGap(mode);
        if (warning == null) {
            assertThatThrownBy(() -> view.get(TestPolicies.YEARLY))
                    .isInstanceOf(PolicyLookupException.class)
                    .hasMessage("No value of test.yearly for 629901 on 2021-03-01: the last value (4000.00 CNY/year,"
                            + " 629901) ended on 2020-12-31");
            assertThatThrownBy(() -> view.find(TestPolicies.YEARLY)).isInstanceOf(PolicyLookupException.class);
            return;
        }
        Resolved<Money> r = view.get(TestPolicies.YEARLY);
        assertThat(r.value()).isEqualTo(Money.ofYuan(4000));
        assertThat(r.carriedForward()).isTrue();
        assertThat(r.warning().orElse("")).isEqualTo(warning);
    }

    @Test
    void findIsEmptyWhereNoRegionOfTheChainSetsTheParameter() {
        PolicyView view = PolicyView.of(POLICY, OTHER_COUNTY, LocalDate.of(2020, 3, 1));
        assertThat(view.find(TestPolicies.YEARLY)).isEmpty();
        assertThatThrownBy(() -> view.get(TestPolicies.YEARLY))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessage("No value of test.yearly for 629902 on 2020-03-01: no region from 629902 up to the nation"
                        + " sets it");
    }

    @Test
    void aReadingRecordsWhatItReturnedInOrderAndNothingForAnAbsentPart() {
        PolicyView view = PolicyView.of(POLICY, OTHER_COUNTY, LocalDate.of(2020, 3, 1));
        PolicyView.Reading reading = view.reading();
        assertThat(reading.view()).isSameAs(view);
        assertThat(reading.used()).isEmpty();
        Resolved<Long> count = reading.get(TestPolicies.COUNT);
        assertThat(reading.find(TestPolicies.YEARLY)).isEmpty();
        Optional<Resolved<Money>> allowance = reading.find(TestPolicies.ALLOWANCE);
        assertThat(count.value()).isEqualTo(30L);
        assertThat(allowance).map(Resolved::value).contains(Money.parse("120.00"));
        assertThat(reading.used()).containsExactly(count, allowance.orElseThrow());
        InForce<String> in = reading.inForce("rules built from them");
        assertThat(in.value()).isEqualTo("rules built from them");
        assertThat(in.parametersUsed()).containsExactly(count, allowance.orElseThrow());
        assertThat(in.explanation().steps())
                .extracting(s -> (Object) s.parameter().orElseThrow().value())
                .containsExactly(30L, Money.parse("120.00"));
        assertThat(in.toString()).startsWith("rules built from them from [test.count = 30 count (00, 2010-01-01..;");
    }

    @Test
    void aViewNeedsItsPolicyRegionDateAndMode() {
        assertThatThrownBy(() -> PolicyView.of(null, COUNTY, JULY_2020)).hasMessage("policy");
        assertThatThrownBy(() -> PolicyView.of(POLICY, null, JULY_2020)).hasMessage("region");
        assertThatThrownBy(() -> PolicyView.of(POLICY, COUNTY, null)).hasMessage("benefitDate");
        assertThatThrownBy(() -> VIEW.withGap(null)).hasMessage("gap");
        assertThatThrownBy(() -> VIEW.asKnownOn((LocalDate) null)).hasMessage("decisionDate");
    }
}
