package org.canlian.examples.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.examples.ReadmeBlocks;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PayrollCalculator;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.Test;

/** The "Payroll, back pay and reform" section of README.md, proven: its Java snippet is copied below verbatim and run. */
class PayrollReadmeSnippetTest {
    private static final String SECTION = "## Payroll, back pay and reform";
    private static final String SOURCE =
            "examples/src/test/java/org/canlian/examples/payroll/PayrollReadmeSnippetTest.java";

    @Test
    void theReadmeSnippetPaysAYear() {
        // README snippet, verbatim from here ...
        Claimant claimant = Claimant.builder()
                .certificate(
                        DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.ONE),
                        LocalDate.of(2020, 5, 6),
                        LocalDate.of(2030, 5, 5))
                .registration(DivisionCode.parse("620723101"), RegistrationType.RURAL) // 沙河镇
                .household(HouseholdStatus.NONE)
                .longTermCare(true)
                .destituteSupport(false)
                .workInjuryCare(false)
                .noOtherAllowances()
                .applied(Programme.CARE, LocalDate.of(2024, 11, 5))
                .noOtherApplications()
                .build();
        List<Claimant> claimants = List.of(claimant); // a county's roster: see "Rosters"
        PayrollCalculator calculator = PayrollCalculator.of(
                SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE))
                        .asKnownOn(LocalDate.of(2026, 1, 10)),
                PayrollScope.ofYear(DivisionCode.parse("620723"), 2025), // 临泽县, January to December
                OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll payroll = calculator.run(claimants);
        PeopleAndAmount march = payroll.total(DivisionCode.parse("620723101"), Programme.CARE, YearMonth.of(2025, 3));
        PeopleAndAmount year = payroll.periodTotal(DivisionCode.parse("620723"), Programme.CARE); // 1 person, ¥1,200.00
        int rowsInError = payroll.errors().size(); // each bad row: its line and reason
        // ... to here.
        assertThat(march).isEqualTo(PeopleAndAmount.of(1, Money.ofYuan(100).toFen()));
        assertThat(year).isEqualTo(PeopleAndAmount.of(1, Money.ofYuan(1200).toFen()));
        assertThat(rowsInError).isZero();
    }

    @Test
    void theReadmeShowsTheSnippetThisTestRuns() throws IOException {
        List<String> snippet = ReadmeBlocks.block(ReadmeBlocks.section(SECTION), "```java");
        List<String> source = ReadmeBlocks.lines(SOURCE);
        List<String> body =
                ReadmeBlocks.between(source, "// README snippet, verbatim from here ...", "// ... to here.");
        List<String> imports = source.stream()
                .filter(l -> l.startsWith("import ") && !l.startsWith("import static"))
                .toList();
        List<String> readmeImports =
                snippet.stream().filter(l -> l.startsWith("import ")).toList();
        assertThat(imports).containsAll(readmeImports);
        assertThat(readmeImports).hasSize(imports.size() - 3); // all but the test's own: AssertJ, JUnit, ReadmeBlocks
        assertThat(snippet.stream().filter(l -> !l.startsWith("import ") && !l.isBlank()))
                .containsExactlyElementsOf(
                        body.stream().map(l -> l.substring(8)).toList());
    }
}
