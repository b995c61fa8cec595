package org.canlian.core.hierarchy;

/**
 * The pay grade of an officer's post at a unit that has more than one officer: the unit's principal post, or one of
 * its further posts. A street office may have 3-5 officers on different terms (one county pays one of them at least
 * the minimum wage from the county budget and the others a 60 yuan monthly allowance); a village with many disabled
 * residents may have a second officer. What each grade is paid is regional policy, set per post and grade.
 *
 * <pre>{@code
 * OfficerGrade.PRINCIPAL.chineseName();     // "专职委员"
 * OfficerGrade.ADDITIONAL.code();          // "additional", as in policy keys
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OfficerGrade {
    /** The unit's principal officer post (专职委员), the one every township federation and association has. */
    PRINCIPAL("principal", "专职委员", "principal officer"),
    /** A further officer post at the same unit (增配专职委员), e.g. the second to fifth officer of a street office. */
    ADDITIONAL("additional", "增配专职委员", "additional officer");

    private final String code;
    private final String chineseName;
    private final String englishName;

    OfficerGrade(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the code in policy keys and files, e.g. {@code additional}} */
    public String code() {
        return code;
    }

    /** {@return the Chinese name, e.g. {@code 增配专职委员}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code additional officer}} */
    public String englishName() {
        return englishName;
    }
}
