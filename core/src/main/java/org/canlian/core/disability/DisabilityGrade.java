package org.canlian.core.disability;

import java.util.Objects;
import java.util.Optional;
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
 * DisabilityGrade.ofChineseName("3级");                      // THREE
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

    /**
     * The grade written in Chinese, as county spreadsheets write it: {@code 一级}, {@code 二级}, {@code 三级},
     * {@code 四级}, or with the digit, {@code 1级} to {@code 4级} (half-width digits, or the full-width {@code １级}
     * to {@code ４级} that Chinese input methods type). White space around the text is ignored. A bare digit is not a
     * Chinese name: {@link #of(int)} reads the number.
     *
     * <pre>{@code
     * DisabilityGrade.ofChineseName("二级");   // TWO
     * DisabilityGrade.ofChineseName("4级");    // FOUR
     * DisabilityGrade.ofChineseName("五级");   // InvalidValueException: Invalid disability grade "五级": must be one of
     *                                          // 一级, 二级, 三级, 四级 (or 1级-4级)
     * }</pre>
     *
     * @param text the Chinese name
     * @return the grade
     * @throws InvalidValueException naming the field, the text (quoted) and the names allowed
     */
    public static DisabilityGrade ofChineseName(CharSequence text) {
        return findByChineseName(text)
                .orElseThrow(() -> InvalidValueException.of(
                        "disability grade",
                        "chinese-name",
                        Masking.quote(text),
                        "must be one of 一级, 二级, 三级, 四级 (or 1级-4级)"));
    }

    /**
     * The grade written in Chinese, if the text is one of the names {@link #ofChineseName} accepts.
     *
     * @param text the Chinese name
     * @return the grade, or empty
     */
    public static Optional<DisabilityGrade> findByChineseName(CharSequence text) {
        String name = Objects.requireNonNull(text, "text").toString().strip();
        if (name.length() != 2 || name.charAt(1) != '级') {
            return Optional.empty();
        }
        int index = "一二三四".indexOf(name.charAt(0));
        if (index < 0) {
            index = "1234".indexOf(name.charAt(0));
        }
        if (index < 0) {
            index = "１２３４".indexOf(name.charAt(0));
        }
        return index < 0 ? Optional.empty() : Optional.of(values()[index]);
    }

    /** {@return the grade's number, 1-4, the digit a certificate number carries} */
    public int number() {
        return number;
    }

    /** {@return the Chinese name, e.g. {@code 一级}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code grade 1}} */
    public String englishName() {
        return "grade " + number;
    }

    /** {@return whether this is a severe grade (重度): grade 1 or 2} */
    public boolean isSevere() {
        return number <= 2;
    }

    /**
     * {@return whether this grade is more severe (a lower number) than {@code other}}
     *
     * @param other the grade to compare with
     */
    public boolean isMoreSevereThan(DisabilityGrade other) {
        return number < other.number;
    }
}
