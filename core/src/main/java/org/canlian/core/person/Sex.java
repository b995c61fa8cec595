package org.canlian.core.person;

import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * Sex as a resident ID records it: the sequence digits are odd for a man, even for a woman (GB 11643-1999).
 *
 * <pre>{@code
 * ResidentId.parse("11010519491231002X").sex();   // FEMALE
 * Sex.ofChineseName("女");                        // FEMALE
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

    /**
     * The sex written in Chinese, as county spreadsheets write it: {@code 男} or {@code 女}, or the longer
     * {@code 男性} or {@code 女性} (GB/T 2261.1's names). White space around the text is ignored; nothing else is
     * accepted (not {@code M}/{@code F}, not the GB/T 2261.1 digits).
     *
     * <pre>{@code
     * Sex.ofChineseName("男");     // MALE
     * Sex.ofChineseName("F");      // InvalidValueException: Invalid sex "F": must be one of 男, 女 (or 男性, 女性)
     * }</pre>
     *
     * @param text the Chinese name
     * @return the sex
     * @throws InvalidValueException naming the field, the text (quoted) and the names allowed
     */
    public static Sex ofChineseName(CharSequence text) {
        return findByChineseName(text)
                .orElseThrow(() -> InvalidValueException.of(
                        "sex", "chinese-name", Masking.quote(text), "must be one of 男, 女 (or 男性, 女性)"));
    }

    /**
     * The sex written in Chinese, if the text is one of the names {@link #ofChineseName} accepts.
     *
     * @param text the Chinese name
     * @return the sex, or empty
     */
    public static Optional<Sex> findByChineseName(CharSequence text) {
        return switch (Objects.requireNonNull(text, "text").toString().strip()) {
            case "男", "男性" -> Optional.of(MALE);
            case "女", "女性" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }

    /** {@return the Chinese name, {@code 男} or {@code 女}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, {@code male} or {@code female}} */
    public String englishName() {
        return englishName;
    }
}
