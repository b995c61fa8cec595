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
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.policy.PolicySet;
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
        CertificatePolicy.InForce in =
                CertificatePolicy.rules(NATIONAL, DivisionCode.parse("620723101"), LocalDate.of(2025, 3, 1));
        assertThat(in.rules())
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
                .rules();
        assertThat(rules.validity()).isEqualTo(expected);
        assertThat(rules.noticeWorkingDays()).isEqualTo(5);
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
