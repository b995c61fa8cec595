package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.canlian.rules.subsidy.Programme.CARE;
import static org.canlian.rules.subsidy.Programme.ELDERLY;
import static org.canlian.rules.subsidy.Programme.FUEL;
import static org.canlian.rules.subsidy.Programme.LIVING;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One person's results read by programme and month, over months that cross a new year: a payroll's amounts and
 * statuses, a back pay's paid, owed, arrears and overpayments, a reform's changes; months outside the run refused; the
 * text that shows them without a personal number.
 */
class PersonResultsTest {
    private static final int PROGRAMMES = Programme.values().length;
    private static final long NOT = CompiledSubsidies.NOT_ELIGIBLE;
    private static final long UNDECIDED = CompiledSubsidies.CANNOT_DECIDE;
    private static final YearMonth NOV = YearMonth.of(2024, 11);
    private static final YearMonth DEC = YearMonth.of(2024, 12);
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);

    /** Fen per month (in order) and programme, every programme not eligible unless set. */
    private static long[] months(int count) {
        long[] fen = new long[count * PROGRAMMES];
        Arrays.fill(fen, NOT);
        return fen;
    }

    private static void set(long[] fen, Programme programme, long... perMonth) {
        for (int m = 0; m < perMonth.length; m++) {
            fen[m * PROGRAMMES + programme.ordinal()] = perMonth[m];
        }
    }

    /**
     * 2024-11 to 2025-02, line 4: care 100 a month, raised to 150 from January; fuel 260 once in each calendar year;
     * the living subsidy undecided in December; the elderly allowance eligible for nothing (0.00) in February.
     */
    static PersonPayroll payrollPerson() {
        long[] fen = months(4);
        set(fen, CARE, 10_000, 10_000, 15_000, 15_000);
        set(fen, FUEL, 26_000, NOT, 26_000, NOT);
        set(fen, LIVING, NOT, UNDECIDED, NOT, NOT);
        set(fen, ELDERLY, NOT, NOT, NOT, 0);
        return new PersonPayroll(4, PayrollTest.roster().get(3), NOV, fen, List.of());
    }

    static Stream<Arguments> payrollCells() {
        return Stream.of(
                Arguments.of(CARE, NOV, Eligibility.ELIGIBLE, "100.00"),
                Arguments.of(CARE, JAN, Eligibility.ELIGIBLE, "150.00"),
                Arguments.of(CARE, FEB, Eligibility.ELIGIBLE, "150.00"),
                Arguments.of(FUEL, NOV, Eligibility.ELIGIBLE, "260.00"),
                Arguments.of(FUEL, DEC, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(FUEL, JAN, Eligibility.ELIGIBLE, "260.00"),
                Arguments.of(LIVING, DEC, Eligibility.CANNOT_DECIDE, "0.00"),
                Arguments.of(LIVING, JAN, Eligibility.NOT_ELIGIBLE, "0.00"),
                Arguments.of(ELDERLY, FEB, Eligibility.ELIGIBLE, "0.00"), // eligible for nothing is eligible
                Arguments.of(ELDERLY, JAN, Eligibility.NOT_ELIGIBLE, "0.00"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}, {3}")
    @MethodSource("payrollCells")
    void aPersonsPayrollReadsEachProgrammeAndMonth(
            Programme programme, YearMonth month, Eligibility status, String paid) {
        PersonPayroll p = payrollPerson();
        assertThat(p.status(programme, month)).isEqualTo(status);
        assertThat(p.paid(programme, month)).isEqualTo(Money.parse(paid));
    }

    static Stream<Arguments> payrollTotals() {
        return Stream.of(
                Arguments.of(CARE, "500.00"),
                Arguments.of(FUEL, "520.00"),
                Arguments.of(LIVING, "0.00"), // not eligible and undecided months pay nothing
                Arguments.of(ELDERLY, "0.00"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("payrollTotals")
    void aPersonsPayrollAddsTheMonthsPaid(Programme programme, String total) {
        assertThat(payrollPerson().total(programme)).isEqualTo(Money.parse(total));
    }

    static Stream<YearMonth> outsideMonths() {
        return Stream.of(YearMonth.of(2024, 10), YearMonth.of(2025, 3), YearMonth.of(2023, 12), YearMonth.of(2026, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideMonths")
    void aMonthOutsideThePayrollIsRefused(YearMonth month) {
        PersonPayroll p = payrollPerson();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> p.status(CARE, month))
                .withMessage("month " + month + " is outside the payroll's months");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> p.paid(CARE, month))
                .withMessage("month " + month + " is outside the payroll's months");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideMonths")
    void aMonthOutsideAComparisonIsRefused(YearMonth month) {
        BackPayPerson backPay = new BackPayPerson(comparedPerson());
        ReformPerson reform = new ReformPerson(comparedPerson());
        String message = "month " + month + " is outside the months compared";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> backPay.paid(CARE, month))
                .withMessage(message);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> backPay.owed(CARE, month))
                .withMessage(message);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reform.change(CARE, month))
                .withMessage(message);
    }

    @org.junit.jupiter.api.Test
    void aPersonsPayrollListsItsMonthsAndShowsItsTotalsOnly() {
        PersonPayroll p = payrollPerson();
        assertThat(p.months()).containsExactly(NOV, DEC, JAN, FEB);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.explanations()).isEmpty();
        assertThat(p.explained(JAN)).isEmpty();
        assertThat(p).hasToString("PersonPayroll[line 4, care=500.00, fuel=520.00]");
    }

    /**
     * 2024-12 to 2025-02, line 5, paid (before) and owed (after): care paid 100, owed 300, 300 and 150; the living
     * subsidy undecided as paid in December and as owed in January (so neither month counts), newly owed 100 in
     * February; the elderly allowance paid 100 in January and February, owed in January only; fuel paid nothing (0.00)
     * in December and not owed.
     */
    static ComparedPerson comparedPerson() {
        long[] before = months(3);
        long[] after = months(3);
        set(before, CARE, 10_000, 10_000, 10_000);
        set(after, CARE, 30_000, 30_000, 15_000);
        set(before, LIVING, UNDECIDED, 10_000, NOT);
        set(after, LIVING, 20_000, UNDECIDED, 10_000);
        set(before, ELDERLY, NOT, 10_000, 10_000);
        set(after, ELDERLY, NOT, 10_000, NOT);
        set(before, FUEL, 0, NOT, NOT);
        return new ComparedPerson(5, PayrollTest.roster().get(4), DEC, before, after, List.of(), List.of());
    }

    static Stream<Arguments> backPayCells() {
        return Stream.of(
                Arguments.of(CARE, DEC, "100.00", "300.00", "200.00", true),
                Arguments.of(CARE, FEB, "100.00", "150.00", "50.00", true),
                Arguments.of(LIVING, DEC, "0.00", "200.00", "0.00", false),
                Arguments.of(LIVING, JAN, "100.00", "0.00", "0.00", false),
                Arguments.of(LIVING, FEB, "0.00", "100.00", "100.00", true),
                Arguments.of(ELDERLY, JAN, "100.00", "100.00", "0.00", true),
                Arguments.of(ELDERLY, FEB, "100.00", "0.00", "-100.00", true),
                Arguments.of(FUEL, DEC, "0.00", "0.00", "0.00", true));
    }

    @ParameterizedTest(name = "{0} {1}: paid {2}, owed {3}, difference {4}")
    @MethodSource("backPayCells")
    void aBackPayPersonReadsEachProgrammeAndMonth(
            Programme programme, YearMonth month, String paid, String owed, String difference, boolean decided) {
        BackPayPerson p = new BackPayPerson(comparedPerson());
        assertThat(p.paid(programme, month)).isEqualTo(Money.parse(paid));
        assertThat(p.owed(programme, month)).isEqualTo(Money.parse(owed));
        assertThat(p.difference(programme, month)).isEqualTo(Money.parse(difference));
        assertThat(p.isDecided(programme, month)).isEqualTo(decided);
    }

    static Stream<Arguments> backPayEligibility() {
        return Stream.of(
                Arguments.of(LIVING, DEC, List.of(Eligibility.CANNOT_DECIDE, Eligibility.ELIGIBLE)),
                Arguments.of(LIVING, JAN, List.of(Eligibility.ELIGIBLE, Eligibility.CANNOT_DECIDE)),
                Arguments.of(LIVING, FEB, List.of(Eligibility.NOT_ELIGIBLE, Eligibility.ELIGIBLE)),
                Arguments.of(FUEL, DEC, List.of(Eligibility.ELIGIBLE, Eligibility.NOT_ELIGIBLE)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("backPayEligibility")
    void aBackPayPersonTellsEligibilityAsPaidAndAsOwed(Programme programme, YearMonth month, List<Eligibility> both) {
        assertThat(new BackPayPerson(comparedPerson()).eligibility(programme, month))
                .containsExactlyElementsOf(both);
    }

    static Stream<Arguments> periodDifferences() {
        return Stream.of(
                Arguments.of(CARE, "450.00", "0.00", "+450.00 -0.00"),
                Arguments.of(LIVING, "100.00", "0.00", "+100.00 -0.00"), // the undecided months left out
                Arguments.of(ELDERLY, "0.00", "100.00", "+0.00 -100.00"),
                Arguments.of(FUEL, "0.00", "0.00", ""));
    }

    @ParameterizedTest(name = "{0}: arrears {1}, overpaid {2}")
    @MethodSource("periodDifferences")
    void arrearsAndOverpaymentsAddTheDecidedMonths(
            Programme programme, String arrears, String overpaid, String reformText) {
        BackPayPerson p = new BackPayPerson(comparedPerson());
        assertThat(p.arrears(programme)).isEqualTo(Money.parse(arrears));
        assertThat(p.overpaid(programme)).isEqualTo(Money.parse(overpaid));
        String reform = new ReformPerson(comparedPerson()).toString();
        if (reformText.isEmpty()) {
            assertThat(reform).doesNotContain(programme.code());
        } else {
            assertThat(reform).contains(programme.code() + " " + reformText);
        }
    }

    @org.junit.jupiter.api.Test
    void aComparedPersonShowsItsChangesWithoutAPersonalNumber() {
        assertThat(new BackPayPerson(comparedPerson()))
                .hasToString("BackPayPerson[line 5, living arrears 100.00, care arrears 450.00,"
                        + " elderly arrears 0.00 overpaid 100.00]");
        assertThat(new ReformPerson(comparedPerson()))
                .hasToString("ReformPerson[line 5, living +100.00 -0.00, care +450.00 -0.00, elderly +0.00 -100.00]");
        ReformPerson reform = new ReformPerson(comparedPerson());
        assertThat(reform.line()).isEqualTo(5);
        assertThat(reform.claimant()).isEqualTo(PayrollTest.roster().get(4));
        assertThat(reform.explainedBefore(JAN)).isEmpty();
        assertThat(reform.explainedAfter(JAN)).isEmpty();
    }

    static Stream<Arguments> reformCells() {
        return Stream.of(
                Arguments.of(CARE, DEC, "100.00", "300.00", ReformChange.GAINS),
                Arguments.of(LIVING, DEC, "0.00", "200.00", ReformChange.UNDECIDED),
                Arguments.of(LIVING, FEB, "0.00", "100.00", ReformChange.NEWLY_ELIGIBLE),
                Arguments.of(ELDERLY, FEB, "100.00", "0.00", ReformChange.NO_LONGER_ELIGIBLE),
                Arguments.of(ELDERLY, DEC, "0.00", "0.00", ReformChange.NOT_ELIGIBLE),
                Arguments.of(FUEL, DEC, "0.00", "0.00", ReformChange.NO_LONGER_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}, {4}")
    @MethodSource("reformCells")
    void aReformPersonReadsEachProgrammeAndMonth(
            Programme programme, YearMonth month, String before, String after, ReformChange change) {
        ReformPerson p = new ReformPerson(comparedPerson());
        assertThat(p.before(programme, month)).isEqualTo(Money.parse(before));
        assertThat(p.after(programme, month)).isEqualTo(Money.parse(after));
        assertThat(p.change(programme, month)).isEqualTo(change);
    }
}
