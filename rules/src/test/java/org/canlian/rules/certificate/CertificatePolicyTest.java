package org.canlian.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.RulesCatalog;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.GapMode;
import org.canlian.rules.policy.InForce;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.PolicyView;
import org.canlian.rules.policy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificatePolicyTest {
    private static final PolicySet NATIONAL =
            PolicyFiles.readResource(CertificatePolicy.catalog(), CertificatePolicy.NATIONAL_RESOURCE);
    /** An illustrative province reform: validity 5 years in province 62 from 2026-01-01. */
    private static final PolicySet REFORMED = NATIONAL.withValueFrom(
            CertificatePolicy.VALIDITY,
            DivisionCode.parse("62"),
            DatedValue.of(
                    Period.ofYears(5),
                    LocalDate.of(2026, 1, 1),
                    Source.of("test province", "illustrative reform", "art. 1", LocalDate.of(2025, 10, 1))));

    @Test
    void theShippedNationalValuesAreThoseOfDomainSectionFour() {
        InForce<CertificateRules> in =
                CertificatePolicy.rules(NATIONAL, DivisionCode.parse("620723101"), LocalDate.of(2025, 3, 1));
        assertThat(in.value())
                .isEqualTo(new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ZERO));
        assertThat(in.parametersUsed())
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.region()).isEqualTo(DivisionCode.NATIONAL));
    }

    static Stream<Arguments> validities() {
        return Stream.of(
                arguments("620723", "2025-12-31", Period.ofYears(10)),
                arguments("620723", "2026-01-01", Period.ofYears(5)),
                arguments("620723101201", "2027-06-01", Period.ofYears(5)),
                arguments("110105", "2026-06-01", Period.ofYears(10)));
    }

    @ParameterizedTest
    @MethodSource("validities")
    void aProvinceOverrideAppliesToItsUnitsFromItsDate(String region, String date, Period expected) {
        CertificateRules rules = CertificatePolicy.rules(REFORMED, DivisionCode.parse(region), LocalDate.parse(date))
                .value();
        assertThat(rules.validity()).isEqualTo(expected);
        assertThat(rules.noticeWorkingDays()).isEqualTo(5);
    }

    @Test
    void aDecisionMadeBeforeTheReformWasPublishedUsesTheNationalValidity() {
        // The province's reform (5 years from 2026-01-01) was published on 2025-10-01.
        PolicyView view = PolicyView.of(REFORMED, DivisionCode.parse("620723"), LocalDate.of(2026, 6, 1));
        assertThat(CertificatePolicy.rules(view).value().validity()).isEqualTo(Period.ofYears(5));
        InForce<CertificateRules> asKnown = CertificatePolicy.rules(view.asKnownOn(LocalDate.of(2025, 9, 1)));
        assertThat(asKnown.value().validity()).isEqualTo(Period.ofYears(10));
        assertThat(asKnown.parametersUsed())
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.decisionDate()).contains(LocalDate.of(2025, 9, 1)));
        assertThat(CertificatePolicy.rules(view.asKnownOn(LocalDate.of(2025, 10, 1)))
                        .value()
                        .validity())
                .isEqualTo(Period.ofYears(5));
    }

    @Test
    void theConvenientFormsReadThroughAPolicyView() {
        DivisionCode county = DivisionCode.parse("620723");
        LocalDate date = LocalDate.of(2026, 6, 1);
        assertThat(CertificatePolicy.rules(REFORMED, county, date))
                .isEqualTo(CertificatePolicy.rules(PolicyView.of(REFORMED, county, date)));
        assertThat(CertificatePolicy.rules(REFORMED, county, date, GapMode.WARN))
                .isEqualTo(CertificatePolicy.rules(
                        PolicyView.of(REFORMED, county, date).withGap(GapMode.WARN)));
    }

    @Test
    void aGapModeChosenOnTheViewCarriesAnEndedValueForward() {
        String[][] values = {
            {"certificate.validity", "\"P10Y\"", "period"},
            {"certificate.notice", "5", "working-days"},
            {"certificate.review", "10", "working-days"},
            {"certificate.appeal", "10", "working-days"},
            {"certificate.reapplication-bar", "\"P1Y\"", "period"},
            {"certificate.renewal-window", "\"P0D\"", "period"}
        };
        StringBuilder json = new StringBuilder("{\"policy\": \"rules that ended\", \"parameters\": [");
        for (String[] v : values) {
            json.append(v == values[0] ? "" : ", ")
                    .append("{\"parameter\": \"")
                    .append(v[0])
                    .append(
                            "\", \"region\": \"00\", \"values\": [{\"from\": \"2018-01-01\", \"until\": \"2025-12-31\",")
                    .append(" \"value\": ")
                    .append(v[1])
                    .append(", \"unit\": \"")
                    .append(v[2])
                    .append("\", \"source\": {\"issuer\": \"t\", \"document\": \"t\", \"article\": \"t\",")
                    .append(" \"date\": \"2017-12-01\"}}]}");
        }
        PolicySet ended =
                PolicyFiles.read(CertificatePolicy.catalog(), json.append("]}").toString(), "ended.json");
        PolicyView view = PolicyView.of(ended, DivisionCode.parse("620723"), LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> CertificatePolicy.rules(view)).isInstanceOf(PolicyLookupException.class);
        InForce<CertificateRules> warned = CertificatePolicy.rules(view.withGap(GapMode.WARN));
        assertThat(warned.value().validity()).isEqualTo(Period.ofYears(10));
        assertThat(warned.parametersUsed())
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.warning()).isPresent());
    }

    @Test
    void beforeTheRulesTookEffectThereIsNoAnswer() {
        assertThatThrownBy(() ->
                        CertificatePolicy.rules(NATIONAL, DivisionCode.parse("620723"), LocalDate.of(2017, 12, 31)))
                .isInstanceOf(PolicyLookupException.class)
                .hasMessageContaining("certificate.validity")
                .hasMessageContaining("its first value is from 2018-01-01 (00)");
    }

    @Test
    void aZeroValidityIsRefusedOnLoad() {
        String json =
                "{\"policy\": \"x\", \"parameters\": [{\"parameter\": \"certificate.validity\", \"region\": \"00\","
                        + " \"values\": [{\"from\": \"2018-01-01\", \"value\": \"P0D\", \"unit\": \"period\", \"source\":"
                        + " {\"issuer\": \"x\", \"document\": \"x\", \"article\": \"x\", \"date\": \"2018-01-01\"}}]}]}";
        assertThatThrownBy(() -> PolicyFiles.read(RulesCatalog.all(), json, "zero.json"))
                .hasMessageContaining("$.parameters[0].values[0].value: must be a positive period: P0D");
    }
}
