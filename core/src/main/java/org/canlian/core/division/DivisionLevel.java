package org.canlian.core.division;

/**
 * The level of an administrative division, from the nation down to the village; the length of its code tells it.
 *
 * <pre>{@code
 * DivisionCode.parse("620723").level();            // COUNTY
 * DivisionLevel.COUNTY.codeLength();                // 6
 * DivisionLevel.TOWNSHIP.parent();                  // Optional[COUNTY]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DivisionLevel {
    /** The People's Republic as a whole (中国残联's level); its code is {@code 00}. */
    NATIONAL(2, "全国", "national"),
    /** Province, autonomous region or municipality (省级), code {@code PP}. */
    PROVINCE(2, "省级", "province"),
    /** Prefecture or prefecture-level city (地级), code {@code PPCC}. */
    PREFECTURE(4, "地级", "prefecture"),
    /** County, county-level city or district (县级), code {@code PPCCAA}. */
    COUNTY(6, "县级", "county"),
    /** Township, town or street office (乡级), code {@code PPCCAATTT}. */
    TOWNSHIP(9, "乡级", "township"),
    /** Village or urban community (村级), code {@code PPCCAATTTVVV}. */
    VILLAGE(12, "村级", "village");

    private final int codeLength;
    private final String chineseName;
    private final String englishName;

    DivisionLevel(int codeLength, String chineseName, String englishName) {
        this.codeLength = codeLength;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the number of digits of a code at this level: 2, 2, 4, 6, 9 or 12} */
    public int codeLength() {
        return codeLength;
    }

    /** {@return the Chinese name, e.g. {@code 县级}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code county}} */
    public String englishName() {
        return englishName;
    }

    /** {@return the level directly above, empty for {@link #NATIONAL}} */
    public java.util.Optional<DivisionLevel> parent() {
        return this == NATIONAL ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
    }

    /** {@return the level directly below, empty for {@link #VILLAGE}} */
    public java.util.Optional<DivisionLevel> child() {
        return this == VILLAGE ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    /**
     * {@return whether this level is above (closer to the nation than) {@code other}}
     *
     * @param other the level to compare with
     */
    public boolean isAbove(DivisionLevel other) {
        return ordinal() < other.ordinal();
    }
}
