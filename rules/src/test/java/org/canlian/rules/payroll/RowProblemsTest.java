package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.rules.payroll.PayrollTest.FEB;
import static org.canlian.rules.payroll.PayrollTest.JAN;
import static org.canlian.rules.payroll.PayrollTest.LINZE_CALC;
import static org.canlian.rules.payroll.PayrollTest.MAR;
import static org.canlian.rules.payroll.PayrollTest.Q1;
import static org.canlian.rules.payroll.TestRoster.LINZE;
import static org.canlian.rules.payroll.TestRoster.XIZHAI;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The errors of rows a run cannot process or decide: months written as runs, the reason a programme cannot be decided
 * (facts missing, or its "higher of" group), a failed calculation's reason without whatever an unknown exception says,
 * and the order errors are listed in.
 */
class RowProblemsTest {
    static Stream<Arguments> monthRuns() {
        return Stream.of(
                Arguments.of(List.of(), ""),
                Arguments.of(List.of("2025-01"), "2025-01"),
                Arguments.of(List.of("2025-01", "2025-02", "2025-03"), "2025-01 to 2025-03"),
                Arguments.of(List.of("2025-01", "2025-02", "2025-03", "2025-06"), "2025-01 to 2025-03, 2025-06"),
                Arguments.of(List.of("2025-01", "2025-03", "2025-05"), "2025-01, 2025-03, 2025-05"),
                // Across a new year, and a run that ends the list.
                Arguments.of(
                        List.of("2024-11", "2024-12", "2025-01", "2025-04", "2025-05"),
                        "2024-11 to 2025-01, 2025-04 to 2025-05"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("monthRuns")
    void monthsAreWrittenAsRunsOfConsecutiveMonths(List<String> months, String written) {
        assertThat(RowProblems.monthRanges(months.stream().map(YearMonth::parse).toList()))
                .isEqualTo(written);
    }

    /**
     * A failed calculation: the policy's or a value's own message, which names a parameter or a masked value; for any
     * other exception only its type, as its message could hold a resident ID.
     */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        "a value's own error",
                        (Supplier<RuntimeException>) () -> InvalidValueException.of(
                                "certificate", "validity", "2030-01-01", "ends before it starts"),
                        "the subsidy calculation failed: Invalid certificate 2030-01-01: ends before it starts"),
                Arguments.of(
                        "anything else, which could quote a resident ID",
                        (Supplier<RuntimeException>) () -> new ArithmeticException("overflow for 62072319850301001X"),
                        "the subsidy calculation failed: ArithmeticException in the subsidy calculator"),
                Arguments.of(
                        "the parent type of the policy's own exception is still unknown",
                        (Supplier<RuntimeException>) () -> new IllegalStateException("state of 62072319850301001X"),
                        "the subsidy calculation failed: IllegalStateException in the subsidy calculator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedCalculationGivesItsReasonWithoutAnUnknownMessage(
            String what, Supplier<RuntimeException> failure, String message) {
        RowError e = RowProblems.calculationFailed(12, failure.get());
        assertThat(e).isEqualTo(new RowError(12, "claimant", "calculation-failed", message));
    }

    @Test
    void errorsAreListedByLineThenProgrammeOrderThenText() {
        RowError living = new RowError(7, "living", "cannot-decide", "living b");
        RowError livingA = new RowError(7, "living", "cannot-decide", "living a");
        RowError care = new RowError(7, "care", "cannot-decide", "care");
        RowError fuel = new RowError(7, "fuel", "cannot-decide", "fuel");
        RowError sex = new RowError(7, "sex", "known", "Invalid sex");
        RowError registration = new RowError(7, "registration", "registration-unknown", "unknown");
        RowError registrationOther = new RowError(7, "registration", "outside-region", "outside");
        RowError earlier = new RowError(3, "school", "cannot-decide", "school");
        List<RowError> errors =
                new ArrayList<>(List.of(fuel, living, sex, care, registration, livingA, earlier, registrationOther));
        errors.sort(RowProblems.ORDER);
        // Fields that are no programme come first, by name, then the programmes in their order (not by name).
        assertThat(errors).containsExactly(earlier, registrationOther, registration, sex, livingA, living, care, fuel);
    }

    /** Undecided months of one programme: one error per reason, naming the months as runs. */
    @Test
    void undecidedMonthsAreReportedAsRunsWithTheirReason() {
        Claimant noHousehold = PayrollTest.roster().get(6); // line 7: household status unknown
        List<CompiledSubsidies> rules = List.of(LINZE_CALC.compile(LINZE, JAN), LINZE_CALC.compile(LINZE, MAR));
        List<RowError> into = new ArrayList<>();
        RowProblems.undecided(9, noHousehold, Programme.LIVING, List.of(JAN, MAR), rules, "", into);
        assertThat(into)
                .containsExactly(new RowError(
                        9,
                        "living",
                        "cannot-decide",
                        "living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided in"
                                + " 2025-01, 2025-03: missing household status (家庭类别)"));
        into.clear();
        RowProblems.undecided(
                9,
                noHousehold,
                Programme.LIVING,
                List.of(JAN, FEB),
                List.of(rules.get(0), LINZE_CALC.compile(LINZE, FEB)),
                "under the reform",
                into);
        assertThat(into)
                .extracting(RowError::message)
                .containsExactly("living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided"
                        + " under the reform in 2025-01 to 2025-02: missing household status (家庭类别)");
    }

    /**
     * 临泽县 pays the elderly allowance and the living subsidy "higher of": a 70-year-old decided for the elderly
     * allowance still cannot be paid it while the living subsidy, or the other allowances, are unknown.
     */
    static Stream<Arguments> higherOf() {
        return Stream.of(
                Arguments.of(
                        "household unknown",
                        (Supplier<Claimant>) () -> seventy().noOtherAllowances().build(),
                        List.of(
                                "living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided in"
                                        + " 2025-01 to 2025-03: missing household status (家庭类别)",
                                "living allowance for disabled elderly people (残疾老人生活补助) cannot be decided in"
                                        + " 2025-01 to 2025-03: another programme of its 'higher of' group (择高享受)"
                                        + " cannot be decided")),
                Arguments.of(
                        "household unknown and other allowances unknown",
                        (Supplier<Claimant>) () -> seventy().build(),
                        List.of(
                                "living subsidy for disabled people in hardship (困难残疾人生活补贴) cannot be decided in"
                                        + " 2025-01 to 2025-03: missing household status (家庭类别)",
                                "living allowance for disabled elderly people (残疾老人生活补助) cannot be decided in"
                                        + " 2025-01 to 2025-03: whether other allowances are received is unknown, and a"
                                        + " 'higher of' group (择高享受) needs it")));
    }

    /** Born 1955-05-05, registered in 西寨村, household status and other allowances unknown. */
    private static Claimant.Builder seventy() {
        return TestRoster.unknownHouseholdAndAllowances(XIZHAI, 3)
                .residentId(TestRoster.id(LocalDate.of(1955, 5, 5), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("higherOf")
    void aProgrammeOfAHigherOfGroupWaitsForTheOthers(String what, Supplier<Claimant> claimant, List<String> messages) {
        Payroll p = PayrollCalculator.of(LINZE_CALC, Q1, OnInvalidRow.REPORT_AND_CONTINUE)
                .run(List.of(claimant.get()));
        assertThat(p.errors()).extracting(RowError::message).containsExactlyElementsOf(messages);
        assertThat(p.rowsWithUndecided()).isEqualTo(1);
        assertThat(p.total(LINZE, Programme.ELDERLY, JAN)).isEqualTo(PeopleAndAmount.NONE);
    }

    @Test
    void unknownAndOutsideRegistrationsNameTheUnits() {
        assertThat(RowProblems.outsideRegion(6, TestRoster.GANZHOU, LINZE))
                .isEqualTo(new RowError(
                        6,
                        "registration",
                        "outside-region",
                        "registered in 620702, outside the region 620723 of the payroll"));
        assertThat(RowProblems.unknownRegistration(8))
                .isEqualTo(new RowError(
                        8,
                        "registration",
                        "registration-unknown",
                        "the household registration (户籍所在地) is unknown: no unit to pay the person in"));
    }
}
