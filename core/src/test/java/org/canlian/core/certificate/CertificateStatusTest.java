package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateCommand.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Status on any date, days until expiry, and certificates due for renewal. */
class CertificateStatusTest {
    /** Issued 2025-03-20, replaced 2026-01-05, renewed 2035-03-20 to 2045-03-20, cancelled 2040-07-01. */
    static Certificate life() {
        CertificateState s = step(issued(), new ReplaceLost(CLERK), LocalDate.of(2026, 1, 5));
        s = step(s, new Renew(CLERK), LocalDate.of(2035, 3, 20));
        return (Certificate) step(
                s, new Cancel(new CancellationReason.WrittenRequest(new Applicant.Self())), LocalDate.of(2040, 7, 1));
    }

    static Stream<Arguments> statusesOnDates() {
        return Stream.of(
                Arguments.of("2025-03-01", CertificateStatus.NOT_YET_ISSUED), // before the application
                Arguments.of("2025-03-19", CertificateStatus.NOT_YET_ISSUED), // approved, not issued
                Arguments.of("2025-03-20", CertificateStatus.ACTIVE),
                Arguments.of("2035-03-20", CertificateStatus.ACTIVE), // renewed that day, its last valid day
                Arguments.of("2035-03-21", CertificateStatus.ACTIVE),
                Arguments.of("2040-06-30", CertificateStatus.ACTIVE),
                Arguments.of("2040-07-01", CertificateStatus.CANCELLED),
                Arguments.of("2050-01-01", CertificateStatus.CANCELLED));
    }

    @ParameterizedTest
    @MethodSource("statusesOnDates")
    void statusOnADateFollowsTheHistoryUpToThatDate(String date, CertificateStatus expected) {
        assertThat(life().statusOn(LocalDate.parse(date))).isEqualTo(expected);
    }

    @Test
    void aCertificateNotRenewedExpiresTheDayAfterItsValidUntilDate() {
        Certificate c = issued();
        // Issued 2025-03-20 for ten years: the issue day is not counted, the last is 2035-03-20 (Civil Code 201-202).
        assertThat(c.statusOn(LocalDate.of(2035, 3, 20))).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.statusOn(LocalDate.of(2035, 3, 21))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void theStatusOfEachNumberItHadIsKnown() {
        Certificate c = life();
        CertificateNumber original = issued().number();
        assertThat(c.statusOn(original, LocalDate.of(2025, 12, 31))).contains(CertificateStatus.ACTIVE);
        assertThat(c.statusOn(original, LocalDate.of(2026, 1, 5))).contains(CertificateStatus.REPLACED);
        assertThat(c.statusOn(original.nextReplacement(), LocalDate.of(2025, 12, 31)))
                .isEmpty();
        assertThat(c.statusOn(original.nextReplacement(), LocalDate.of(2030, 1, 1)))
                .contains(CertificateStatus.ACTIVE);
        assertThat(c.statusOn(original, LocalDate.of(2025, 3, 1))).isEmpty();
    }

    @Test
    void asOfGivesTheStateThen() {
        Certificate c = life();
        assertThat(c.asOf(LocalDate.of(2025, 3, 12)).describe(LocalDate.of(2025, 3, 12)))
                .isEqualTo("application IN_NOTICE");
        assertThat(((Certificate) c.asOf(LocalDate.of(2030, 1, 1))).validUntil())
                .isEqualTo(LocalDate.of(2035, 3, 20));
        assertThat(c.asOf(LocalDate.of(2099, 1, 1))).isSameAs(c);
    }

    static Stream<Arguments> daysUntilExpiry() {
        return Stream.of(
                Arguments.of("2035-03-10", 10L),
                Arguments.of("2035-03-20", 0L),
                Arguments.of("2035-03-21", -1L),
                Arguments.of("2025-03-20", 3652L)); // ten years with three 29ths of February
    }

    @ParameterizedTest
    @MethodSource("daysUntilExpiry")
    void daysUntilExpiryCountsToTheLastValidDay(String date, long days) {
        assertThat(issued().daysUntilExpiry(LocalDate.parse(date))).isEqualTo(days);
    }

    @Test
    void certificatesDueForRenewalAreThoseValidUntilWithinTheDaysNotCancelled() {
        Certificate a = issued(); // valid until 2035-03-20
        Certificate b = (Certificate) step(a, new Renew(CLERK), LocalDate.of(2035, 3, 20)); // until 2045-03-20
        Certificate other = otherHolderIssuedOn(LocalDate.of(2025, 5, 5)); // until 2035-05-05
        Certificate gone = cancelled();

        List<Certificate> due = CertificateRenewals.dueWithin(List.of(other, b, a, gone), LocalDate.of(2035, 3, 1), 90);
        assertThat(due).containsExactly(a, other);
        assertThat(CertificateRenewals.dueWithin(List.of(other, a), LocalDate.of(2035, 3, 1), 19))
                .containsExactly(a);
        assertThat(CertificateRenewals.dueWithin(List.of(other, a), LocalDate.of(2035, 3, 1), 18))
                .isEmpty();
        assertThat(CertificateRenewals.dueWithin(List.of(other, a), LocalDate.of(2036, 1, 1), 0))
                .as("overdue certificates are due too")
                .containsExactly(a, other);
        assertThatThrownBy(() -> CertificateRenewals.dueWithin(List.of(a), LocalDate.of(2035, 1, 1), -1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("days");
    }

    static Certificate otherHolderIssuedOn(LocalDate date) {
        CertificateState s = CertificateLifecycle.apply(
                        new Apply(
                                GUARDIAN,
                                COUNTY,
                                VILLAGE,
                                new Applicant.Self(),
                                org.canlian.core.disability.DisabilityCategory.PHYSICAL),
                        LocalDate.of(2025, 4, 1),
                        RULES,
                        InMemoryCertificateRegistry.empty())
                .stateOrThrow();
        s = step(s, new Accept(), LocalDate.of(2025, 4, 2));
        s = step(
                s,
                new Assess(Assessment.qualifying(HOSPITAL, LocalDate.of(2025, 4, 3), false, PHYSICAL_1)),
                LocalDate.of(2025, 4, 3));
        s = step(s, new PostNotice(VILLAGE), LocalDate.of(2025, 4, 7));
        s = step(s, new Approve(), LocalDate.of(2025, 4, 15));
        return (Certificate) step(s, new Issue(CLERK), date);
    }
}
