package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.person.ResidentId;

/**
 * The number of a second-generation disability certificate (残疾人证号): the holder's 18-character resident ID, the
 * category digit (1-7), the grade digit (1-4), and for a replacement of a lost certificate the suffix {@code B1} to
 * {@code B9}: 20 or 22 characters.
 *
 * <p>Personal data: {@link #toString()} masks the resident ID part, {@code 110105********002X41B1}; only
 * {@link #reveal()} gives the full number.
 *
 * <pre>{@code
 * CertificateNumber n = CertificateNumber.parse("11010519491231002X41");
 * n.category();                       // PHYSICAL
 * n.grade();                          // ONE
 * n.nextReplacement().toString();     // "110105********002X41B1"
 * CertificateNumber.of(n.residentId(), DisabilityCategory.VISUAL, DisabilityGrade.TWO);   // ...002X12
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CertificateNumber implements Comparable<CertificateNumber> {
    private static final String FIELD = "certificate number";
    private static final int MAX_REPLACEMENT = 9;

    private final ResidentId residentId;
    private final DisabilityCategory category;
    private final DisabilityGrade grade;
    /** 0 for an original certificate, 1-9 for the replacement {@code B1}-{@code B9}. */
    private final int replacement;

    private CertificateNumber(
            ResidentId residentId, DisabilityCategory category, DisabilityGrade grade, int replacement) {
        this.residentId = residentId;
        this.category = category;
        this.grade = grade;
        this.replacement = replacement;
    }

    /**
     * The number of an original (not replacement) certificate.
     *
     * @param residentId the holder's ID
     * @param category the disability category
     * @param grade the grade (for multiple disability, that of the most severe component)
     * @return the 20-character number
     */
    public static CertificateNumber of(ResidentId residentId, DisabilityCategory category, DisabilityGrade grade) {
        return new CertificateNumber(
                Objects.requireNonNull(residentId, "residentId"),
                Objects.requireNonNull(category, "category"),
                Objects.requireNonNull(grade, "grade"),
                0);
    }

    /**
     * The number of a certificate from its parts, a replacement one if {@code replacement} is 1-9.
     *
     * <pre>{@code
     * CertificateNumber.of(id, DisabilityCategory.PHYSICAL, DisabilityGrade.ONE, 2);   // 110105********002X41B2
     * }</pre>
     *
     * @param residentId the holder's ID
     * @param category the disability category
     * @param grade the grade (for multiple disability, that of the most severe component)
     * @param replacement 0 for the original certificate, 1-9 for the replacement {@code B1}-{@code B9}
     * @return the number, 20 or 22 characters
     * @throws InvalidValueException if {@code replacement} is not 0-9
     */
    public static CertificateNumber of(
            ResidentId residentId, DisabilityCategory category, DisabilityGrade grade, int replacement) {
        if (replacement < 0 || replacement > MAX_REPLACEMENT) {
            throw InvalidValueException.of(
                    "certificate replacement",
                    "replacement",
                    Masking.quote(Integer.toString(replacement)),
                    "must be 0 (original) or 1-9 (B1-B9)");
        }
        return new CertificateNumber(
                Objects.requireNonNull(residentId, "residentId"),
                Objects.requireNonNull(category, "category"),
                Objects.requireNonNull(grade, "grade"),
                replacement);
    }

    /**
     * Reads a certificate number, its resident ID part checked as {@link ResidentId#parse(CharSequence)} does.
     *
     * @param text 20 or 22 characters
     * @return the number
     * @throws InvalidValueException naming the rule broken, with the number masked
     */
    public static CertificateNumber parse(CharSequence text) {
        return parse(text, LocalDate.now(ResidentId.CHINA));
    }

    /**
     * Reads a certificate number, checking the birth date in its ID part against {@code today}.
     *
     * @param text 20 or 22 characters
     * @param today the date against which a birth date counts as "in the future"
     * @return the number
     * @throws InvalidValueException naming the rule broken, with the number masked
     */
    public static CertificateNumber parse(CharSequence text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n != 20 && n != 22) {
            throw invalid(text, "length", "must have 20 or 22 characters, not " + n);
        }
        ResidentId id;
        try {
            id = ResidentId.parse(text.subSequence(0, 18), today);
        } catch (InvalidValueException e) {
            throw invalid(text, "resident-id." + e.rule(), "resident ID part: " + e.reason());
        }
        char categoryDigit = text.charAt(18);
        if (categoryDigit < '1' || categoryDigit > '7') {
            throw invalid(text, "category", "character 19, the category, must be a digit 1-7");
        }
        char gradeDigit = text.charAt(19);
        if (gradeDigit < '1' || gradeDigit > '4') {
            throw invalid(text, "grade", "character 20, the grade, must be a digit 1-4");
        }
        int replacement = 0;
        if (n == 22) {
            char b = text.charAt(20);
            char digit = text.charAt(21);
            if (b != 'B' || digit < '1' || digit > '9') {
                throw invalid(text, "replacement", "a replacement suffix must be B1 to B9");
            }
            replacement = digit - '0';
        }
        return new CertificateNumber(
                id, DisabilityCategory.ofDigit(categoryDigit - '0'), DisabilityGrade.of(gradeDigit - '0'), replacement);
    }

    /** {@return the holder's resident ID} */
    public ResidentId residentId() {
        return residentId;
    }

    /** {@return the disability category the number records} */
    public DisabilityCategory category() {
        return category;
    }

    /** {@return the disability grade the number records} */
    public DisabilityGrade grade() {
        return grade;
    }

    /**
     * {@return which replacement this is: 1 for {@code B1} up to 9 for {@code B9}; 0 for an original certificate}
     */
    public int replacement() {
        return replacement;
    }

    /** {@return whether this is a replacement of a lost certificate (it carries a {@code B} suffix)} */
    public boolean isReplacement() {
        return replacement > 0;
    }

    /**
     * The number a replacement of this certificate gets: {@code B1} after the original, then {@code B2}, ...
     *
     * @return the next replacement number
     * @throws InvalidValueException after {@code B9}, the last suffix the number format allows
     */
    public CertificateNumber nextReplacement() {
        if (replacement == MAX_REPLACEMENT) {
            throw invalid(reveal(), "replacement", "no replacement suffix after B9");
        }
        return new CertificateNumber(residentId, category, grade, replacement + 1);
    }

    /** {@return the number without its replacement suffix} */
    public CertificateNumber original() {
        return replacement == 0 ? this : new CertificateNumber(residentId, category, grade, 0);
    }

    /** {@return the full, unmasked number} Personal data: do not log it. */
    public String reveal() {
        return residentId.reveal() + digitsAfterId();
    }

    /** {@return the masked form, {@code 110105********002X41B1}, as {@link #toString()}} */
    public String masked() {
        return residentId.masked() + digitsAfterId();
    }

    private String digitsAfterId() {
        String digits = "" + category.digit() + grade.number();
        return replacement == 0 ? digits : digits + "B" + replacement;
    }

    private static InvalidValueException invalid(CharSequence text, String rule, String reason) {
        return InvalidValueException.of(FIELD, rule, Masking.maskPrefix(text, 18), reason);
    }

    /** Orders numbers by their full text. */
    @Override
    public int compareTo(CertificateNumber other) {
        return reveal().compareTo(other.reveal());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateNumber other
                && residentId.equals(other.residentId)
                && category == other.category
                && grade == other.grade
                && replacement == other.replacement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(residentId, category, grade, replacement);
    }

    /** The masked number, {@code 110105********002X41}; use {@link #reveal()} for the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
