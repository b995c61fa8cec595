package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.rules.payroll.TestRoster.person;
import static org.canlian.rules.payroll.TestRoster.rating;
import static org.canlian.rules.subsidy.Programme.CARE;
import static org.canlian.rules.subsidy.Programme.LIVING;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Timeline;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyParameters;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reforms: Shanghai's 2025 revision (living 410 to 450, a 低保边缘 rate of 320 replacing the low-income 290, care 300
 * and 150 to 350 and 180, from 2025-07-01) against its 2021 standards continued, on a small 浦东新区 roster over 2025;
 * and 临泽县 raising care to 150 and extending it to grade 3-4 psychosocial disability from 2025-07-01.
 */
class ReformTest {
    static final DivisionCode SHANGHAI = DivisionCode.parse("31");
    static final DivisionCode PUDONG = DivisionCode.parse("310115");
    static final DivisionCode WEIFANG = DivisionCode.parse("310115004"); // 潍坊新村街道
    static final DivisionCode WEIFANG_1 = DivisionCode.parse("310115004001"); // 潍坊一村居委会
    static final DivisionCode WEIFANG_2 = DivisionCode.parse("310115004002"); // 潍坊二村居委会
    static final DivisionCode LUJIAZUI = DivisionCode.parse("310115005"); // 陆家嘴街道
    static final PayrollScope YEAR = PayrollScope.ofYear(PUDONG, 2025);
    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth JUN = YearMonth.of(2025, 6);
    static final YearMonth JUL = YearMonth.of(2025, 7);
    static final YearMonth DEC = YearMonth.of(2025, 12);

    static final PolicySet SHANGHAI_2025 = SubsidyPolicies.load(SubsidyPolicies.SHANGHAI);
    static final PolicySet SHANGHAI_2021 = continuedFirstStandards(SHANGHAI_2025);

    /** Shanghai's file with its first standards of living and care continued, without the 2025 revision. */
    static PolicySet continuedFirstStandards(PolicySet shanghai) {
        PolicySet set = shanghai;
        for (Programme p : List.of(LIVING, CARE)) {
            DatedValue<DecisionTable> first = shanghai.timeline(SubsidyParameters.table(p), SHANGHAI)
                    .orElseThrow()
                    .values()
                    .get(0);
            set = set.withTimeline(
                    SubsidyParameters.table(p),
                    SHANGHAI,
                    Timeline.of(List.of(DatedValue.of(first.value(), first.from(), first.source()))));
        }
        return set.named("上海市 2021 standards continued");
    }

    static List<Claimant> shanghaiRoster() {
        return List.of(
                // 1: 低保, grade 4, with a fixed income: living 410, then 450
                person(WEIFANG_1, 1)
                        .household(HouseholdStatus.DIBAO)
                        .fixedIncome(true)
                        .build(),
                // 2: grade 1 needing care, with a fixed income: care 300, then 350
                person(WEIFANG_1, 2)
                        .certificate(
                                rating(DisabilityCategory.PHYSICAL, 1),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .longTermCare(true)
                        .fixedIncome(true)
                        .build(),
                // 3: grade 3 intellectual: care 150, then 180
                person(WEIFANG_2, 3)
                        .certificate(
                                rating(DisabilityCategory.INTELLECTUAL, 3),
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1))
                        .fixedIncome(true)
                        .build(),
                // 4: registered at 陆家嘴街道 itself, low-income: living 290, then nothing
                person(LUJIAZUI, 4)
                        .household(HouseholdStatus.LOW_INCOME)
                        .fixedIncome(true)
                        .build(),
                // 5: 低保边缘: nothing, then living 320
                person(LUJIAZUI, 5)
                        .household(HouseholdStatus.NEAR_DIBAO)
                        .fixedIncome(true)
                        .build(),
                // 6: not in hardship, grade 4, fixed income: nothing either way
                person(LUJIAZUI, 6).fixedIncome(true).build());
    }

    static ReformCalculator shanghai() {
        return ReformCalculator.of(
                SubsidyCalculator.of(SHANGHAI_2021),
                SubsidyCalculator.of(SHANGHAI_2025),
                YEAR,
                OnInvalidRow.REPORT_AND_CONTINUE);
    }

    static ReformImpact impact() {
        return shanghai().withPeople().run(shanghaiRoster());
    }

    static PeopleAndAmount pa(long people, String amount) {
        return PeopleAndAmount.of(people, Money.parse(amount).toFen());
    }

    static final PeopleAndAmount NONE = PeopleAndAmount.NONE;

    static Arguments row(
            DivisionCode unit,
            Programme programme,
            YearMonth month,
            PeopleAndAmount before,
            PeopleAndAmount after,
            PeopleAndAmount gains,
            PeopleAndAmount losses,
            PeopleAndAmount newly,
            PeopleAndAmount noLonger,
            String budget) {
        return Arguments.of(
                unit, programme, month, new ReformTotal(before, after, gains, losses, newly, noLonger), budget);
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                row(PUDONG, CARE, JAN, pa(2, "450.00"), pa(2, "450.00"), NONE, NONE, NONE, NONE, "0.00"),
                row(PUDONG, CARE, JUN, pa(2, "450.00"), pa(2, "450.00"), NONE, NONE, NONE, NONE, "0.00"),
                row(PUDONG, CARE, JUL, pa(2, "450.00"), pa(2, "530.00"), pa(2, "80.00"), NONE, NONE, NONE, "80.00"),
                row(PUDONG, CARE, DEC, pa(2, "450.00"), pa(2, "530.00"), pa(2, "80.00"), NONE, NONE, NONE, "80.00"),
                row(
                        PUDONG,
                        LIVING,
                        JUL,
                        pa(2, "700.00"),
                        pa(2, "770.00"),
                        pa(1, "40.00"),
                        NONE,
                        pa(1, "320.00"),
                        pa(1, "290.00"),
                        "70.00"),
                row(WEIFANG, LIVING, JUL, pa(1, "410.00"), pa(1, "450.00"), pa(1, "40.00"), NONE, NONE, NONE, "40.00"),
                row(WEIFANG_2, CARE, JUL, pa(1, "150.00"), pa(1, "180.00"), pa(1, "30.00"), NONE, NONE, NONE, "30.00"),
                row(
                        LUJIAZUI,
                        LIVING,
                        JUL,
                        pa(1, "290.00"),
                        pa(1, "320.00"),
                        NONE,
                        NONE,
                        pa(1, "320.00"),
                        pa(1, "290.00"),
                        "30.00"),
                row(LUJIAZUI, LIVING, JUN, pa(1, "290.00"), pa(1, "290.00"), NONE, NONE, NONE, NONE, "0.00"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: budget {4}")
    @MethodSource("figures")
    void whoGainsLosesAndTheBudgetPerUnitProgrammeAndMonth(
            DivisionCode unit, Programme programme, YearMonth month, ReformTotal expected, String budget) {
        ReformTotal total = impact().total(unit, programme, month);
        assertThat(total).isEqualTo(expected);
        assertThat(total.budgetDifference()).isEqualTo(Money.parse(budget));
    }

    @Test
    void periodFiguresCountEachPersonOncePerKindOfChange() {
        ReformImpact r = impact();
        assertThat(r.periodTotal(PUDONG, LIVING))
                .isEqualTo(new ReformTotal(
                        pa(2, "8400.00"), pa(3, "8820.00"), pa(1, "240.00"), NONE, pa(1, "1920.00"), pa(1, "1740.00")));
        assertThat(r.periodTotal(PUDONG, LIVING).budgetDifference()).isEqualTo(Money.parse("420.00"));
        assertThat(r.periodTotal(PUDONG, CARE).gains()).isEqualTo(pa(2, "480.00"));
        assertThat(r.budgetDifference(PUDONG, JUL)).isEqualTo(Money.parse("150.00"));
        assertThat(r.budgetDifference(PUDONG, JAN)).isEqualTo(Money.ZERO);
        assertThat(r.registeredAt(LUJIAZUI, LIVING, JUL).newlyEligible()).isEqualTo(pa(1, "320.00"));
        assertThat(r.registeredAt(WEIFANG, LIVING, JUL)).isEqualTo(new ReformTotal(NONE, NONE, NONE, NONE, NONE, NONE));
    }

    @Test
    void eachPersonTheReformChangesIsListedOnRequest() {
        ReformImpact r = impact();
        assertThat(r.people()).extracting(ReformPerson::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(r.people().get(3).change(LIVING, JUN)).isEqualTo(ReformChange.UNCHANGED);
        assertThat(r.people().get(3).change(LIVING, JUL)).isEqualTo(ReformChange.NO_LONGER_ELIGIBLE);
        assertThat(r.people().get(4).change(LIVING, JUL)).isEqualTo(ReformChange.NEWLY_ELIGIBLE);
        assertThat(r.people().get(4).after(LIVING, JUL)).isEqualTo(Money.ofYuan(320));
        assertThat(r.people().get(2).change(CARE, YearMonth.of(2025, 8))).isEqualTo(ReformChange.GAINS);
        assertThat(r.people().get(0).change(CARE, JUL)).isEqualTo(ReformChange.NOT_ELIGIBLE);
        assertThat(r.people().get(1).before(CARE, JUL)).isEqualTo(Money.ofYuan(300));
        assertThat(r.people().get(1).after(CARE, JUL)).isEqualTo(Money.ofYuan(350));
        assertThat(shanghai().run(shanghaiRoster()).people()).isEmpty();
        assertThat(shanghai()
                        .withExplanations()
                        .run(shanghaiRoster())
                        .people()
                        .get(1)
                        .explainedAfter(JUL)
                        .orElseThrow()
                        .paid(CARE))
                .isEqualTo(Money.ofYuan(350));
    }

    @Test
    void anImpactNamesBothPoliciesItsUnitsAndItsRows() {
        ReformImpact r = impact();
        assertThat(r.scope()).isEqualTo(YEAR);
        assertThat(r.policies())
                .isEqualTo("current: 上海市 2021 standards continued, every value whatever its publication date; reform: "
                        + SHANGHAI_2025.name() + ", every value whatever its publication date");
        assertThat(r.units()).containsExactly(PUDONG, WEIFANG, WEIFANG_1, WEIFANG_2, LUJIAZUI);
        assertThat(r.childrenOf(PUDONG)).containsExactly(WEIFANG, LUJIAZUI);
        assertThat(r.childrenOf(WEIFANG)).containsExactly(WEIFANG_1, WEIFANG_2);
        assertThat(r.childrenOf(LUJIAZUI)).isEmpty();
        assertThatThrownBy(() -> r.childrenOf(SHANGHAI))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid unit 31: is outside the region 310115");
        assertThatThrownBy(() -> r.periodTotal(DivisionCode.parse("310104"), CARE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid unit 310104: is outside the region 310115");
        assertThat(r.rowsRead()).isEqualTo(6);
        assertThat(r.rowsRejected()).isZero();
        assertThat(r.rowsWithUndecided()).isZero();
        assertThat(r.errors()).isEmpty();
        assertThat(r)
                .hasToString("ReformImpact[" + r.policies()
                        + ", 310115 2025-01 to 2025-12, 6 rows, 0 rejected, 0 with undecided months, 0 errors]");
    }

    @Test
    void aReformRunTellsItsProgress() {
        List<PayrollProgress> seen = new ArrayList<>();
        ReformCalculator calc = shanghai().withTicker(() -> 0L).withProgress(4, seen::add);
        assertThat(calc.scope()).isEqualTo(YEAR);
        calc.run(shanghaiRoster());
        assertThat(seen).containsExactly(new PayrollProgress(6, 0.0));
    }

    @Test
    void losesCountsPeoplePaidLessUnderTheReform() {
        // The same two policies the other way round: the 2025 standards are the current policy.
        ReformImpact back = ReformCalculator.of(
                        SubsidyCalculator.of(SHANGHAI_2025),
                        SubsidyCalculator.of(SHANGHAI_2021),
                        YEAR,
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .run(shanghaiRoster());
        assertThat(back.total(PUDONG, CARE, JUL).losses()).isEqualTo(pa(2, "80.00"));
        assertThat(back.total(PUDONG, LIVING, JUL).newlyEligible()).isEqualTo(pa(1, "290.00"));
        assertThat(back.budgetDifference(PUDONG, JUL)).isEqualTo(Money.parse("-150.00"));
    }

    /** 临泽县 raising care to 150 and extending it to grade 3-4 psychosocial disability (100) from 2025-07-01. */
    static PolicySet linzeCareReform(PolicySet linze) {
        return linzeCareTable(
                linze,
                "临泽县 with the care reform",
                careRow("150.00", "\"long-term-care\": true", "1", "2"),
                careRow("100.00", "\"component\": [\"psychosocial\"]", "3", "4"));
    }

    /** 临泽县's care table from 2025-07-01 replaced by {@code rows} (an illustrative table). */
    static PolicySet linzeCareTable(PolicySet linze, String name, String... rows) {
        String file = """
                { "policy": "%s", "parameters": [
                  { "parameter": "subsidy.care.table", "region": "620723", "values": [
                    { "from": "2025-07-01", "unit": "table",
                      "source": { "issuer": "canlian test data", "document": "an illustrative table", "article": "n/a",
                                  "date": "2025-05-01" },
                      "value": { "rows": [ %s ] } } ] } ] }
                """.formatted(name, String.join(", ", rows));
        DatedValue<DecisionTable> table = PolicyFiles.read(SubsidyParameters.catalog(), file, "linze-care.json")
                .timeline(SubsidyParameters.table(CARE), TestRoster.LINZE)
                .orElseThrow()
                .values()
                .get(0);
        return linze.withValueFrom(SubsidyParameters.table(CARE), TestRoster.LINZE, table)
                .named(name);
    }

    /** A row of a care table: {@code amount} a month for {@code grades} when {@code condition} (JSON) holds. */
    static String careRow(String amount, String condition, String... grades) {
        return """
                { "when": { "grade": ["%s"], %s }, "then": { "amount": "%s", "unit": "CNY/month" } }""".formatted(String.join("\", \"", grades), condition, amount);
    }

    /** {@link TestRoster#person} holding a certificate of {@code category} and {@code grade}, valid 2020-2030. */
    static Claimant.Builder holder(DivisionCode unit, int sequence, DisabilityCategory category, int grade) {
        return person(unit, sequence)
                .certificate(rating(category, grade), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
    }

    /**
     * Eligible for 0.00 is still eligible: counted among the people, with nothing added. Five people, each another
     * change of care in 2025-07: 0.00 to 100.00 (gains), 100.00 to 0.00 (loses), 0.00 to 0.00 (unchanged), not
     * eligible to 0.00 (newly eligible), 0.00 to not eligible (no longer eligible).
     */
    @Test
    void peopleEligibleForNothingAreCountedWithNothingAdded() {
        PolicySet linze = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE);
        PolicySet current = linzeCareTable(
                linze,
                "current (illustrative)",
                careRow("0.00", "\"long-term-care\": true", "1"),
                careRow("100.00", "\"long-term-care\": true", "2"),
                careRow("0.00", "\"component\": [\"psychosocial\"]", "3"),
                careRow("0.00", "\"component\": [\"intellectual\"]", "3"));
        PolicySet reform = linzeCareTable(
                linze,
                "reform (illustrative)",
                careRow("100.00", "\"long-term-care\": true", "1"),
                careRow("0.00", "\"long-term-care\": true", "2"),
                careRow("0.00", "\"component\": [\"psychosocial\"]", "3", "4"));
        List<Claimant> roster = List.of(
                holder(TestRoster.DONGZHAI, 1, DisabilityCategory.PHYSICAL, 1)
                        .longTermCare(true)
                        .build(),
                holder(TestRoster.DONGZHAI, 2, DisabilityCategory.VISUAL, 2)
                        .longTermCare(true)
                        .build(),
                holder(TestRoster.XIZHAI, 3, DisabilityCategory.PSYCHOSOCIAL, 3).build(),
                holder(TestRoster.XIZHAI, 4, DisabilityCategory.PSYCHOSOCIAL, 4).build(),
                holder(TestRoster.XINHUA, 5, DisabilityCategory.INTELLECTUAL, 3).build());
        PayrollScope july = PayrollScope.of(TestRoster.LINZE, JUL, JUL);
        ReformImpact r = ReformCalculator.of(
                        SubsidyCalculator.of(current),
                        SubsidyCalculator.of(reform),
                        july,
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .withPeople()
                .run(roster);
        assertThat(r.errors()).isEmpty();
        assertThat(r.total(TestRoster.LINZE, CARE, JUL))
                .isEqualTo(new ReformTotal(
                        pa(4, "100.00"),
                        pa(4, "100.00"),
                        pa(1, "100.00"),
                        pa(1, "100.00"),
                        pa(1, "0.00"),
                        pa(1, "0.00")));
        assertThat(r.periodTotal(TestRoster.XIZHAI, CARE))
                .isEqualTo(new ReformTotal(pa(1, "0.00"), pa(2, "0.00"), NONE, NONE, pa(1, "0.00"), NONE));
        assertThat(r.people())
                .extracting(p -> p.change(CARE, JUL))
                .containsExactly(
                        ReformChange.GAINS,
                        ReformChange.LOSES,
                        ReformChange.NEWLY_ELIGIBLE,
                        ReformChange.NO_LONGER_ELIGIBLE);
        Payroll paid = PayrollCalculator.of(SubsidyCalculator.of(current), july, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster);
        assertThat(paid.total(TestRoster.LINZE, CARE, JUL)).isEqualTo(pa(4, "100.00"));
        assertThat(paid.periodTotal(TestRoster.XIZHAI, CARE)).isEqualTo(pa(1, "0.00"));
    }

    @Test
    void aReformMadeWithWithValueFromOnLinze() {
        PolicySet linze = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE);
        PolicySet reformed = linzeCareReform(linze);
        List<Claimant> roster = new ArrayList<>(PayrollTest.roster());
        roster.add(person(TestRoster.HUANGJIAPU, 10)
                .certificate(
                        rating(DisabilityCategory.PSYCHOSOCIAL, 3), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .build());
        ReformImpact r = ReformCalculator.of(
                        SubsidyCalculator.of(linze),
                        SubsidyCalculator.of(reformed),
                        PayrollScope.ofYear(TestRoster.LINZE, 2025),
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster);
        assertThat(r.total(TestRoster.LINZE, CARE, JUL))
                .isEqualTo(new ReformTotal(
                        pa(2, "200.00"), pa(3, "400.00"), pa(2, "100.00"), NONE, pa(1, "100.00"), NONE));
        assertThat(r.total(TestRoster.PINGCHUAN, CARE, JUL).newlyEligible()).isEqualTo(pa(1, "100.00"));
        assertThat(r.total(TestRoster.LINZE, CARE, JUN).budgetDifference()).isEqualTo(Money.ZERO);
        assertThat(r.periodTotal(TestRoster.LINZE, CARE).budgetDifference()).isEqualTo(Money.parse("1200.00"));
        assertThat(r.errors()).extracting(e -> e.line()).containsExactly(6, 7, 7, 8);
        assertThat(r.rowsRead()).isEqualTo(10);
        assertThat(r.rowsRejected()).as("lines 6 and 8").isEqualTo(2);
        assertThat(r.rowsWithUndecided()).as("line 7, under both policies").isEqualTo(1);
    }

    @Test
    void parallelCollectedAndMergedRunsEqualTheSequentialOne() throws Exception {
        ReformCalculator calc = shanghai().withPeople();
        List<PayrollRow> rows = PayrollRow.numbered(shanghaiRoster());
        ReformImpact sequential = calc.runRows(rows);
        assertThat(calc.runParallel(rows, new ForkJoinPool(2))).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(calc.collector())).isEqualTo(sequential);
        assertThat(calc.runRows(rows.subList(2, 6)).merge(calc.runRows(rows.subList(0, 2))))
                .isEqualTo(sequential);
        ReformImpact plain = shanghai().runRows(rows);
        assertThat(PayrollTest.roundTrip(plain)).isEqualTo(plain);
    }
}
