package org.canlian.core.disability;

import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The four disability grades of GB/T 26341-2010: grade 1 (一级) is the most severe, grade 4 (四级) the mildest;
 * grades 1 and 2 count as severe (重度).
 *
 * <pre>{@code
 * DisabilityGrade.of(2).isSevere();                          // true
 * DisabilityGrade.ONE.isMoreSevereThan(DisabilityGrade.TWO); // true
 * DisabilityGrade.THREE.chineseName();                       // "三级"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DisabilityGrade {
    /** Grade 1 (一级), most severe. */
    ONE(1, "一级"),
    /** Grade 2 (二级). */
    TWO(2, "二级"),
    /** Grade 3 (三级). */
    THREE(3, "三级"),
    /** Grade 4 (四级), mildest. */
    FOUR(4, "四级");

    private final int number;
    private final String chineseName;

    DisabilityGrade(int number, String chineseName) {
        this.number = number;
        this.chineseName = chineseName;
    }

    /**
     * The grade with this number.
     *
     * @param number 1-4
     * @return the grade
     * @throws InvalidValueException if the number is not 1-4
     */
    public static DisabilityGrade of(int number) {
        if (number < 1 || number > 4) {
            throw InvalidValueException.of(
                    "disability grade", "range", Masking.quote(Integer.toString(number)), "must be 1-4");
        }
        return values()[number - 1];
    }

    /** The grade's number, 1-4, the digit a certificate number carries. */
    public int number() {
        return number;
    }

    /** The Chinese name, e.g. {@code 一级}. */
    public String chineseName() {
        return chineseName;
    }

    /** The English name, e.g. {@code grade 1}. */
    public String englishName() {
        return "grade " + number;
    }

    /** Whether this is a severe grade (重度): grade 1 or 2. */
    public boolean isSevere() {
        return number <= 2;
    }

    /** Whether this grade is more severe (a lower number) than {@code other}. */
    public boolean isMoreSevereThan(DisabilityGrade other) {
        return number < other.number;
    }
}
