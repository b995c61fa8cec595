package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Which certificates are due for renewal: not cancelled, and valid until no later than a number of days after a
 * date. Already expired certificates not yet renewed are due too (overdue), first in the list.
 *
 * <pre>{@code
 * List<Certificate> due = CertificateRenewals.dueWithin(certificates, LocalDate.of(2035, 1, 1), 60);
 * // those valid until 2035-03-02 or earlier, earliest first
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class CertificateRenewals {
    private CertificateRenewals() {}

    /**
     * The certificates due for renewal within {@code days} of {@code asOf}, by valid-until date then number.
     *
     * @param certificates the certificates to look through
     * @param asOf the date looked from
     * @param days 0 or more
     * @return the certificates not cancelled by {@code asOf} whose valid-until date is on or before
     *     {@code asOf + days}
     */
    public static List<Certificate> dueWithin(Collection<Certificate> certificates, LocalDate asOf, int days) {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(asOf, "asOf");
        if (days < 0) {
            throw InvalidValueException.of("days", "range", Masking.quote(Integer.toString(days)), "must be 0 or more");
        }
        LocalDate limit = asOf.plusDays(days);
        return certificates.stream()
                .filter(c -> !c.cancelledBy(asOf))
                .filter(c -> !c.validUntil().isAfter(limit))
                .sorted(Comparator.comparing(Certificate::validUntil).thenComparing(Certificate::number))
                .toList();
    }
}
