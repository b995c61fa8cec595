package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.canlian.core.disability.DisabilityCategory;
import org.junit.jupiter.api.Test;

class InMemoryCertificateRegistryTest {

    @Test
    void aLaterStateOfTheSameFileReplacesTheEarlierOne() {
        InMemoryCertificateRegistry r = InMemoryCertificateRegistry.empty().with(applied());
        InMemoryCertificateRegistry issuedToo = r.with(issued());
        assertThat(r.filesOf(ADULT)).containsExactly(applied());
        assertThat(issuedToo.filesOf(ADULT)).containsExactly(issued());
        assertThat(issuedToo.certificates()).containsExactly(issued());
        assertThat(issuedToo.filesOf(GUARDIAN)).isEmpty();
        assertThat(issuedToo).hasToString("InMemoryCertificateRegistry[1 persons]"); // counts people, not files
    }

    @Test
    void describesItselfByTheNumberOfPersonsNotTheirFiles() {
        CertificateState minors = CertificateLifecycle.apply(
                        new CertificateCommand.Apply(
                                MINOR,
                                COUNTY,
                                VILLAGE,
                                new Applicant.Guardian(GUARDIAN, "母亲"),
                                DisabilityCategory.HEARING),
                        APPLIED_ON,
                        RULES,
                        InMemoryCertificateRegistry.empty())
                .stateOrThrow();
        assertThat(InMemoryCertificateRegistry.of(List.of(issued(), minors)))
                .hasToString("InMemoryCertificateRegistry[2 persons]");
    }

    @Test
    void filesOfOtherApplicationDatesAreKeptSideBySide() {
        Certificate gone = cancelled(); // applied 2025-03-03, cancelled 2027-05-10
        CertificateState again = CertificateLifecycle.apply(
                        applyCommand(), LocalDate.of(2028, 6, 1), RULES, InMemoryCertificateRegistry.of(List.of(gone)))
                .stateOrThrow();
        InMemoryCertificateRegistry r = InMemoryCertificateRegistry.of(List.of(gone, again));
        assertThat(r.filesOf(ADULT)).containsExactlyInAnyOrder(gone, again);
        assertThat(r.all()).hasSize(2);
        assertThat(r.checkNewApplication(ADULT, LocalDate.of(2028, 7, 1), RULES))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo("application-pending");
    }
}
