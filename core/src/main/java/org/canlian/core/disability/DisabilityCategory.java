package org.canlian.core.disability;

import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The seven disability categories of GB/T 26341-2010, each with the digit a certificate number carries.
 *
 * <pre>{@code
 * DisabilityCategory.ofDigit(4);               // PHYSICAL
 * DisabilityCategory.PHYSICAL.chineseName();   // "肢体残疾"
 * DisabilityCategory.PHYSICAL.digit();         // 4
 * DisabilityCategory.ofChineseName("肢体");     // PHYSICAL
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DisabilityCategory {
    /** Visual disability (视力残疾), digit 1. */
    VISUAL(1, "视力残疾", "visual"),
    /** Hearing disability (听力残疾), digit 2. */
    HEARING(2, "听力残疾", "hearing"),
    /** Speech disability (言语残疾), digit 3. */
    SPEECH(3, "言语残疾", "speech"),
    /** Physical disability (肢体残疾), digit 4. */
    PHYSICAL(4, "肢体残疾", "physical"),
    /** Intellectual disability (智力残疾), digit 5. */
    INTELLECTUAL(5, "智力残疾", "intellectual"),
    /** Psychosocial (mental) disability (精神残疾), digit 6. */
    PSYCHOSOCIAL(6, "精神残疾", "psychosocial"),
    /** Multiple disability (多重残疾), digit 7: two or more of the others; graded by the most severe. */
    MULTIPLE(7, "多重残疾", "multiple");

    private final int digit;
    private final String chineseName;
    private final String englishName;

    DisabilityCategory(int digit, String chineseName, String englishName) {
        this.digit = digit;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The category with this digit.
     *
     * @param digit 1-7
     * @return the category
     * @throws InvalidValueException if the digit is not 1-7
     */
    public static DisabilityCategory ofDigit(int digit) {
        if (digit < 1 || digit > 7) {
            throw InvalidValueException.of(
                    "disability category", "range", Masking.quote(Integer.toString(digit)), "must be a digit 1-7");
        }
        return values()[digit - 1];
    }

    /**
     * The category written in Chinese, as county spreadsheets write it: the full name of GB/T 26341-2010
     * ({@code 视力残疾}, {@code 听力残疾}, {@code 言语残疾}, {@code 肢体残疾}, {@code 智力残疾}, {@code 精神残疾},
     * {@code 多重残疾}) or the short name without {@code 残疾} ({@code 视力}, {@code 听力}, {@code 言语}, {@code 肢体},
     * {@code 智力}, {@code 精神}, {@code 多重}). White space around the text is ignored. Older names (such as
     * {@code 语言残疾} of the 1987 survey) and digits are not accepted: {@link #ofDigit(int)} reads the digit.
     *
     * <pre>{@code
     * DisabilityCategory.ofChineseName("视力残疾");   // VISUAL
     * DisabilityCategory.ofChineseName("精神");       // PSYCHOSOCIAL
     * }</pre>
     *
     * @param text the Chinese name
     * @return the category
     * @throws InvalidValueException naming the field, the text (quoted) and the names allowed
     */
    public static DisabilityCategory ofChineseName(CharSequence text) {
        return findByChineseName(text)
                .orElseThrow(() -> InvalidValueException.of(
                        "disability category",
                        "chinese-name",
                        Masking.quote(text),
                        "must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾"
                                + " (or the short names 视力, 听力, 言语, 肢体, 智力, 精神, 多重)"));
    }

    /**
     * The category written in Chinese, if the text is one of the names {@link #ofChineseName} accepts.
     *
     * @param text the Chinese name
     * @return the category, or empty
     */
    public static Optional<DisabilityCategory> findByChineseName(CharSequence text) {
        String name = Objects.requireNonNull(text, "text").toString().strip();
        for (DisabilityCategory category : values()) {
            String full = category.chineseName;
            if (name.equals(full) || name.equals(full.substring(0, full.length() - 2))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** {@return the digit a certificate number carries for this category, 1-7} */
    public int digit() {
        return digit;
    }

    /** {@return the Chinese name, e.g. {@code 肢体残疾}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code physical}} */
    public String englishName() {
        return englishName;
    }
}
