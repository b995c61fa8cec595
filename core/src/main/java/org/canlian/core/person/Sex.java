package org.canlian.core.person;

/**
 * Sex as a resident ID records it: the sequence digits are odd for a man, even for a woman (GB 11643-1999).
 *
 * <pre>{@code
 * ResidentId.parse("11010519491231002X").sex();   // FEMALE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Sex {
    /** Male (男): odd sequence digit. */
    MALE("男", "male"),
    /** Female (女): even sequence digit. */
    FEMALE("女", "female");

    private final String chineseName;
    private final String englishName;

    Sex(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The Chinese name, {@code 男} or {@code 女}. */
    public String chineseName() {
        return chineseName;
    }

    /** The English name, {@code male} or {@code female}. */
    public String englishName() {
        return englishName;
    }
}
