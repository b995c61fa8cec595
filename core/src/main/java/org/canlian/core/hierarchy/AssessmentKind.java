package org.canlian.core.hierarchy;

/**
 * The kind of an officer's assessment (county federations' work reports, 2009-2024: assessed yearly; one county also checks monthly and assesses
 * quarterly).
 *
 * <pre>{@code
 * OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AssessmentKind {
    /** Monthly check (月检查). */
    MONTHLY_CHECK("月检查", "monthly check"),
    /** Quarterly assessment (季度考核). */
    QUARTERLY("季度考核", "quarterly assessment"),
    /** Yearly assessment (年度考核); failing it means the officer is replaced (定岗不定人). */
    YEARLY("年度考核", "yearly assessment");

    private final String chineseName;
    private final String englishName;

    AssessmentKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the Chinese name, e.g. {@code 年度考核}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code yearly assessment}} */
    public String englishName() {
        return englishName;
    }
}
