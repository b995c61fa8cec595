package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of payrolls, back pays and reforms on seeded random 临泽县 rosters (one of 50,000 claimants over 12
 * months, and smaller ones): parallel, collected and merged runs equal the sequential run; merging is associative and
 * order-independent; figures add up across levels; the payroll equals the interpreted decisions of its people added.
 */
class PayrollPropertyTest {
    static final int LARGE = 50_000;
    static final PayrollScope YEAR = PayrollScope.ofYear(TestRoster.LINZE, 2025);
    static final SubsidyCalculator LINZE = PayrollTest.LINZE_CALC;

    static ForkJoinPool pool;

    @BeforeAll
    static void startPool() {
        pool = new ForkJoinPool(4);
        large();
    }

    @AfterAll
    static void stopPool() {
        pool.shutdown();
    }

    private static List<PayrollRow> large;

    /** The large roster, made once. */
    static synchronized List<PayrollRow> large() {
        if (large == null) {
            large = roster(1, LARGE);
        }
        return large;
    }

    static List<PayrollRow> roster(long seed, int size) {
        if (seed == 1 && size == LARGE && large != null) {
            return large;
        }
        Random r = new Random(seed);
        List<Claimant> claimants = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            claimants.add(TestRoster.random(r, TestRoster.LINZE_UNITS, TestRoster.GANZHOU, 200));
        }
        return PayrollRow.numbered(claimants);
    }

    static Stream<Arguments> rosters() {
        return Stream.of(
                Arguments.of(1L, LARGE),
                Arguments.of(2L, 3_000),
                Arguments.of(3L, 3_000),
                Arguments.of(4L, 3_000),
                Arguments.of(5L, 1_000),
                Arguments.of(6L, 1));
    }

    @ParameterizedTest(name = "seed {0}, {1} claimants")
    @MethodSource("rosters")
    void parallelCollectedAndMergedPayrollsEqualTheSequentialOne(long seed, int size) {
        List<PayrollRow> rows = roster(seed, size);
        PayrollCalculator calc = PayrollCalculator.of(LINZE, YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll sequential = calc.runRows(rows);
        assertThat(sequential.rowsRead()).isEqualTo(size);
        assertThat(calc.runParallel(rows, pool)).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(calc.collector())).isEqualTo(sequential);

        // Three parts of random rows (not consecutive): merged in any grouping and order, as one pass.
        Random r = new Random(seed * 31);
        List<List<PayrollRow>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (PayrollRow row : rows) {
            parts.get(r.nextInt(3)).add(row);
        }
        Payroll a = calc.runRows(parts.get(0));
        Payroll b = calc.runRows(parts.get(1));
        Payroll c = calc.runRows(parts.get(2));
        assertThat(a.merge(b).merge(c)).isEqualTo(sequential);
        assertThat(a.merge(b.merge(c))).isEqualTo(sequential);
        assertThat(c.merge(a).merge(b)).isEqualTo(sequential);
        assertThat(b.merge(calc.empty()).merge(c.merge(a))).isEqualTo(sequential);
    }

    @ParameterizedTest(name = "seed {0}, {1} claimants")
    @MethodSource("rosters")
    void totalsAddUpAcrossLevels(long seed, int size) {
        Payroll p = PayrollCalculator.of(LINZE, YEAR, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster(seed, size).stream().map(PayrollRow::claimant).toList());
        for (DivisionCode unit : p.units()) {
            for (Programme programme : Programme.values()) {
                for (YearMonth month : YEAR.months()) {
                    PeopleAndAmount sum = p.registeredAt(unit, programme, month);
                    for (DivisionCode child : p.childrenOf(unit)) {
                        sum = sum.plus(p.total(child, programme, month));
                    }
                    assertThat(p.total(unit, programme, month))
                            .as("%s %s %s", unit, programme, month)
                            .isEqualTo(sum);
                }
                long people = 0;
                long fen = 0;
                for (DivisionCode child : p.childrenOf(unit)) {
                    people += p.periodTotal(child, programme).people();
                    fen += p.periodTotal(child, programme).amount().toFen();
                }
                assertThat(p.periodTotal(unit, programme).people()).isGreaterThanOrEqualTo(people);
                assertThat(p.periodTotal(unit, programme).amount().toFen()).isGreaterThanOrEqualTo(fen);
            }
        }
        assertThat(p.rowsRead()).isEqualTo(size);
        assertThat(p.errors().stream().map(e -> e.line()).distinct().count())
                .isEqualTo(p.rowsRejected() + p.rowsWithUndecided());
    }

    @Test
    void thePayrollIsTheInterpretedDecisionsOfItsPeopleAdded() {
        List<PayrollRow> sample = new ArrayList<>();
        for (int i = 0; i < LARGE; i += 80) {
            sample.add(large().get(i));
        }
        Payroll p = PayrollCalculator.of(LINZE, YEAR, OnInvalidRow.REPORT_AND_CONTINUE)
                .runRows(sample);
        Map<String, long[]> expected = new HashMap<>();
        long rejected = 0;
        long paidCells = 0;
        for (PayrollRow row : sample) {
            Claimant c = row.claimant();
            if (c.registration().isEmpty()
                    || !TestRoster.LINZE.contains(c.registration().get())) {
                rejected++;
                continue;
            }
            java.util.Set<String> yearlyPaid = new java.util.HashSet<>();
            for (YearMonth month : YEAR.months()) {
                SubsidyMonth decided = LINZE.decideAll(c, month);
                for (Programme programme : Programme.values()) {
                    if (decided.status(programme) != Eligibility.ELIGIBLE) {
                        continue;
                    }
                    if (programme.unit() == org.canlian.rules.policy.Unit.CNY_PER_YEAR
                            && !yearlyPaid.add(programme + " " + month.getYear())) {
                        continue; // a yearly amount is paid once a calendar year
                    }
                    paidCells++;
                    for (DivisionCode unit = c.registration().get();
                            ;
                            unit = unit.parent().orElseThrow()) {
                        long[] figure =
                                expected.computeIfAbsent(unit + " " + programme + " " + month, k -> new long[2]);
                        figure[0]++;
                        figure[1] += decided.paid(programme).toFen();
                        if (unit.equals(TestRoster.LINZE)) {
                            break;
                        }
                    }
                }
            }
        }
        assertThat(paidCells).as("the sample reaches paid cases").isGreaterThan(100);
        assertThat(p.rowsRejected()).isEqualTo(rejected);
        for (DivisionCode unit : p.units()) {
            for (Programme programme : Programme.values()) {
                for (YearMonth month : YEAR.months()) {
                    long[] figure = expected.getOrDefault(unit + " " + programme + " " + month, new long[2]);
                    assertThat(p.total(unit, programme, month))
                            .as("%s %s %s", unit, programme, month)
                            .isEqualTo(PeopleAndAmount.of(figure[0], figure[1]));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, {1} claimants")
    @MethodSource("rosters")
    void backPaysAndReformsRunInParallelAsInSequenceAndAddUp(long seed, int size) {
        List<PayrollRow> rows = roster(seed, size);
        ReformCalculator reform = ReformCalculator.of(
                LINZE,
                SubsidyCalculator.of(ReformTest.linzeCareReform(LINZE.policy())),
                PayrollScope.ofYear(TestRoster.LINZE, 2025),
                OnInvalidRow.REPORT_AND_CONTINUE);
        // The Linze file against itself as known on two dates: nothing changes, nothing is owed.
        BackPayCalculator backPay = BackPayCalculator.of(
                SubsidyCalculator.of(PayrollTest.LINZE_CALC.policy()),
                YEAR,
                month -> month.atDay(10),
                LocalDate.of(2026, 1, 15),
                OnInvalidRow.REPORT_AND_CONTINUE);
        ReformImpact sequential = reform.runRows(rows);
        assertThat(reform.runParallel(rows, pool)).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(reform.collector())).isEqualTo(sequential);
        int half = rows.size() / 2;
        assertThat(reform.runRows(rows.subList(half, rows.size())).merge(reform.runRows(rows.subList(0, half))))
                .isEqualTo(sequential);
        BackPay paid = backPay.runRows(rows);
        assertThat(backPay.runParallel(rows, pool)).isEqualTo(paid);
        assertThat(paid.people()).isEmpty();
        if (size >= 1_000) {
            assertThat(sequential.periodTotal(TestRoster.LINZE, Programme.CARE).gains())
                    .as("the reform changes someone")
                    .isNotEqualTo(PeopleAndAmount.NONE);
        }
        Payroll payroll = PayrollCalculator.of(LINZE, YEAR, OnInvalidRow.REPORT_AND_CONTINUE)
                .runRows(rows);
        for (DivisionCode unit : sequential.units()) {
            for (Programme programme : Programme.values()) {
                for (YearMonth month : YEAR.months()) {
                    ReformTotal t = sequential.total(unit, programme, month);
                    assertThat(t.budgetDifference())
                            .as("%s %s %s", unit, programme, month)
                            .isEqualTo(t.gains()
                                    .amount()
                                    .minus(t.losses().amount())
                                    .plus(t.newlyEligible().amount())
                                    .minus(t.noLongerEligible().amount()));
                    assertThat(t.after().people() - t.before().people())
                            .isEqualTo(t.newlyEligible().people()
                                    - t.noLongerEligible().people());
                    BackPayTotal b = paid.total(unit, programme, month);
                    assertThat(b.paid()).isEqualTo(b.owed());
                    assertThat(b.paid()).isEqualTo(payroll.total(unit, programme, month));
                    assertThat(b.arrears()).isEqualTo(PeopleAndAmount.NONE);
                    assertThat(b.overpaid()).isEqualTo(PeopleAndAmount.NONE);
                }
            }
        }
    }
}
