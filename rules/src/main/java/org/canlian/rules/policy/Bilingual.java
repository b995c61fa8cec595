package org.canlian.rules.policy;

/**
 * Something with a Chinese and an English text, such as a programme, a household status or an explanation step; a
 * {@link Phrase} renders it in the reader's language.
 *
 * <pre>{@code
 * Bilingual b = Phrase.of("低保", "minimum-living guarantee");
 * b.chinese();      // "低保"
 * b.english();      // "minimum-living guarantee"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Bilingual {
    /** {@return the text in Chinese} */
    String chinese();

    /** {@return the text in English} */
    String english();
}
