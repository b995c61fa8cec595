package org.canlian.core.hierarchy;

/**
 * The five special associations (专门协会, CDPF charter; city and county federations' work reports, 2009-2024), attached to province, prefecture and county federations.
 *
 * <pre>{@code
 * SpecialAssociationKind.BLIND.chineseName();    // "盲人协会"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SpecialAssociationKind {
    /** Blind persons' association (盲人协会). */
    BLIND("盲人协会", "blind persons' association"),
    /** Deaf persons' association (聋人协会). */
    DEAF("聋人协会", "deaf persons' association"),
    /** Physically disabled persons' association (肢残人协会). */
    PHYSICAL("肢残人协会", "physically disabled persons' association"),
    /** Intellectually disabled persons and relatives' association (智力残疾人及亲友协会). */
    INTELLECTUAL("智力残疾人及亲友协会", "intellectually disabled persons and relatives' association"),
    /** Psychosocially disabled persons and relatives' association (精神残疾人及亲友协会). */
    PSYCHOSOCIAL("精神残疾人及亲友协会", "psychosocially disabled persons and relatives' association");

    private final String chineseName;
    private final String englishName;

    SpecialAssociationKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the Chinese name, e.g. {@code 盲人协会}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name} */
    public String englishName() {
        return englishName;
    }
}
