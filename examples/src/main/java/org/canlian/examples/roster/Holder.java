package org.canlian.examples.roster;

import java.time.LocalDate;
import java.util.Objects;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;

/**
 * One valid row of a roster: a certificate holder, every column checked and consistent with the others.
 *
 * <pre>{@code
 * Holder h = RosterCheck.of(CountyDivisions.linze(), LocalDate.of(2025, 12, 31)).read(reader).values().get(0);
 * h.category();                        // PHYSICAL, from the certificate number
 * h.toString();                        // "Holder[顾**, MALE, 620723********6738, 620723********673844, 620723102206, 2021-09-22]"
 * }</pre>
 *
 * <p>Personal data: {@link #toString()} masks the name after its first character and shows the ID and certificate
 * number masked. This record is immutable and thread-safe.
 *
 * @param name the holder's name
 * @param sex the sex, as the resident ID records it
 * @param residentId the resident ID
 * @param certificate the certificate number; its ID, category and grade are the row's
 * @param division the township or village the holder is registered in
 * @param issueDate the date the certificate was issued
 */
public record Holder(
        String name,
        Sex sex,
        ResidentId residentId,
        CertificateNumber certificate,
        DivisionCode division,
        LocalDate issueDate) {
    /** Checks that no component is null. */
    public Holder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(issueDate, "issueDate");
    }

    /** The disability category, from the certificate number. */
    public DisabilityCategory category() {
        return certificate.category();
    }

    /** The disability grade, from the certificate number. */
    public DisabilityGrade grade() {
        return certificate.grade();
    }

    @Override
    public String toString() {
        String maskedName = name.isEmpty() ? "" : name.substring(0, 1) + "*".repeat(name.length() - 1);
        return "Holder[" + maskedName + ", " + sex + ", " + residentId + ", " + certificate + ", " + division + ", "
                + issueDate + "]";
    }
}
