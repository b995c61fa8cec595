package org.canlian.core.hierarchy;

/**
 * On what ground a person holds an officer's post (county federations' work reports, 2009-2024): as a disabled person holding a certificate, or as a
 * direct relative of one, which local rules allow only where no qualified disabled person is available.
 *
 * <pre>{@code
 * officer.qualification() == OfficerQualification.CERTIFICATE_HOLDER;
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OfficerQualification {
    /** A disabled person holding a disability certificate (持证残疾人). */
    CERTIFICATE_HOLDER("持证残疾人", "certificate holder"),
    /** A direct relative of a disabled person (残疾人亲属). */
    RELATIVE("残疾人亲属", "relative of a disabled person");

    private final String chineseName;
    private final String englishName;

    OfficerQualification(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the Chinese name, e.g. {@code 持证残疾人}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code certificate holder}} */
    public String englishName() {
        return englishName;
    }
}
