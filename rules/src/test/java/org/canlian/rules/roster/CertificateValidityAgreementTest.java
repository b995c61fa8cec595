package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.certificate.CertificatePolicy;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A certificate's last valid day is the same wherever canlian computes it: the lifecycle (the national policy's
 * validity counted by the Civil Code arts. 201-202), the roster reader when the 有效期至 column is empty, and the
 * subsidy calculator's "valid on at least one day of the month".
 */
class CertificateValidityAgreementTest {
    static final DivisionCode LINZE = DivisionCode.parse("620723");
    static final SubsidyCalculator SUBSIDIES = SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE));

    static Stream<Arguments> issueDates() {
        return Stream.of(
                Arguments.of("2020-05-01", "2030-05-01"), // valid on the first of the month: paid for that month
                Arguments.of("2024-02-29", "2034-02-28"), // no 29 February in 2034: the month's last day
                Arguments.of("2020-02-29", "2030-02-28"),
                Arguments.of("2019-01-31", "2029-01-31"),
                Arguments.of("2021-12-31", "2031-12-31"));
    }

    @ParameterizedTest(name = "issued {0}, valid through {1}")
    @MethodSource("issueDates")
    void theRosterTheLifecycleAndTheSubsidyAgreeOnTheLastValidDay(String issued, String lastValid) {
        LocalDate from = LocalDate.parse(issued);
        LocalDate last = LocalDate.parse(lastValid);
        CertificateRules national = CertificatePolicy.rules(
                        PolicyFiles.readResource(CertificatePolicy.catalog(), CertificatePolicy.NATIONAL_RESOURCE),
                        LINZE,
                        from)
                .value();
        assertThat(CivilCodePeriod.lastDay(from, national.validity())).isEqualTo(last);

        Map<String, String> cells = RosterReaderCsvTest.valid();
        cells.put("发证日期", issued);
        cells.put("有效期至", "");
        cells.put("护理补贴申请日期", issued);
        RosterRow row = RosterReaderCsvTest.read(RosterReaderCsvTest.csv(List.of(cells)))
                .values()
                .get(0);
        assertThat(row.validUntil()).isEqualTo(last);

        // The row leaves two exclusions unknown: the certificate decides between "cannot decide" and "not eligible".
        Claimant claimant = row.toClaimant();
        assertThat(SUBSIDIES
                        .decide(claimant, Programme.CARE, YearMonth.from(last))
                        .eligibility())
                .isEqualTo(Eligibility.CANNOT_DECIDE);
        assertThat(SUBSIDIES
                        .decide(claimant, Programme.CARE, YearMonth.from(last).plusMonths(1))
                        .eligibility())
                .isEqualTo(Eligibility.NOT_ELIGIBLE);
    }
}
