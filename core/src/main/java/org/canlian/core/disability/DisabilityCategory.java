package org.canlian.core.disability;

import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * The seven disability categories of GB/T 26341-2010, each with the digit a certificate number carries.
 *
 * <pre>{@code
 * DisabilityCategory.ofDigit(4);               // PHYSICAL
 * DisabilityCategory.PHYSICAL.chineseName();   // "肢体残疾"
 * DisabilityCategory.PHYSICAL.digit();         // 4
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

    /** The digit a certificate number carries for this category, 1-7. */
    public int digit() {
        return digit;
    }

    /** The Chinese name, e.g. {@code 肢体残疾}. */
    public String chineseName() {
        return chineseName;
    }

    /** The English name, e.g. {@code physical}. */
    public String englishName() {
        return englishName;
    }
}
