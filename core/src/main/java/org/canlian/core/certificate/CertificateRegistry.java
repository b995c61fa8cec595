package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.person.ResidentId;

/**
 * The applications and certificates already on file, by person: what a new application is checked against (one
 * person, one certificate). {@link InMemoryCertificateRegistry} is the in-memory implementation; a federation's own
 * store implements {@link #filesOf(ResidentId)}.
 *
 * <pre>{@code
 * CertificateRegistry registry = InMemoryCertificateRegistry.of(List.of(existingCertificate));
 * registry.checkNewApplication(holder, LocalDate.of(2025, 3, 3), rules);   // rules: the CertificateRules in force
 * // Optional[Refusal[state=no application, step=apply, rule=one-person-one-certificate, ...]]
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
public interface CertificateRegistry {
    /** The state a refusal of a first application names. */
    String NO_APPLICATION = "no application";

    /**
     * Every application and certificate on file for a person, in any order.
     *
     * @param holder the person
     * @return their files, possibly none
     */
    List<CertificateState> filesOf(ResidentId holder);

    /**
     * Checks a new application for a person against their files: refused while another application is pending,
     * while a certificate not cancelled exists (expired ones are renewed, not applied for again), and within
     * {@code rules.reapplicationBar()} of a cancellation, its last day included (Civil Code arts. 201-202: cancelled on
     * 2037-03-01 with a bar of one year, barred through 2038-03-01).
     *
     * @param holder the person applying
     * @param date the date of the new application
     * @param rules the rules in force
     * @return a refusal naming the rule broken, or empty if the application may be made
     */
    default Optional<Refusal> checkNewApplication(ResidentId holder, LocalDate date, CertificateRules rules) {
        for (CertificateState file : filesOf(holder)) {
            if (file instanceof Application a && a.stage() != ApplicationStage.REJECTED) {
                return refuse(
                        "application-pending",
                        "an application of " + a.appliedOn() + " is still pending, in stage " + a.stage());
            }
            if (file instanceof Certificate c) {
                if (c.cancellation().isEmpty()) {
                    return refuse(
                            "one-person-one-certificate",
                            "the person already holds certificate " + c.number() + " issued by " + c.issuer() + " ("
                                    + c.currentStatusOn(date) + "): one person, one certificate");
                }
                LocalDate cancelledOn = c.cancellation().get().date();
                // Civil Code arts. 201-202: the bar's last day is the corresponding day, and it is barred too.
                LocalDate barredThrough = CivilCodePeriod.lastDay(cancelledOn, rules.reapplicationBar());
                if (!rules.reapplicationBar().isZero() && !date.isAfter(barredThrough)) {
                    return refuse(
                            "reapplication-bar",
                            "certificate " + c.number() + " was cancelled on " + cancelledOn
                                    + "; no new application within " + rules.reapplicationBar()
                                    + " of the cancellation, that is through " + barredThrough);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String rule, String reason) {
        return Optional.of(new Refusal(NO_APPLICATION, "apply", rule, reason));
    }
}
