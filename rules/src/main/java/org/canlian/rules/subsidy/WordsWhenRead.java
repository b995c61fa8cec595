package org.canlian.rules.subsidy;

import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Phrase;

/**
 * A value of one decision or claimant stated in words only when read: an explained decision keeps the value (a
 * certificate's days, the reasons of a verdict), and its phrase is put together when the explanation is shown, since
 * millions of decisions are explained and few are read. Implementations are records, equal by their values, immutable
 * and thread-safe.
 *
 * <pre>{@code
 * record Age(int years) implements WordsWhenRead {
 *     public Phrase words() {
 *         return Phrase.of("年龄{0}岁", "age {0}", years);
 *     }
 * }
 * new Age(67).chinese();   // "年龄67岁"
 * }</pre>
 */
interface WordsWhenRead extends Bilingual {
    /** {@return the value in words, put together now} */
    Phrase words();

    @Override
    default String chinese() {
        return words().chinese();
    }

    @Override
    default String english() {
        return words().english();
    }
}
