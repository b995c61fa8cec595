package org.canlian.rules.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.canlian.core.money.Money;

/**
 * A piece of text in Chinese and English, kept as two patterns and their arguments and rendered only when read, so that
 * building one costs no string work. Patterns hold {@code {0}}, {@code {1}}, ... for the arguments; an argument that
 * is itself a {@code Phrase} or {@link Bilingual} is rendered in the same language, {@link Money} in the one money
 * format ({@code ¥1,234.50}), anything else by {@code String.valueOf}.
 *
 * <pre>{@code
 * Phrase p = Phrase.of("护理补贴 {0}/月", "care subsidy {0}/month", Money.ofYuan(100));
 * p.chinese();                    // "护理补贴 ¥100.00/月"
 * p.render(Locale.ENGLISH);       // "care subsidy ¥100.00/month"
 * }</pre>
 *
 * <p>Arguments must themselves be immutable; never pass a resident ID or certificate number (explanations are shown to
 * people). This class is immutable and thread-safe.
 */
public final class Phrase implements Bilingual {
    private static final Object[] NONE = new Object[0];

    private final String chinesePattern;
    private final String englishPattern;
    private final Object[] args;

    private Phrase(String chinesePattern, String englishPattern, Object[] args) {
        this.chinesePattern = Objects.requireNonNull(chinesePattern, "chinesePattern");
        this.englishPattern = Objects.requireNonNull(englishPattern, "englishPattern");
        this.args = args;
    }

    /**
     * A phrase from two patterns and their arguments.
     *
     * @param chinesePattern e.g. {@code "应发 {0}"}
     * @param englishPattern e.g. {@code "due {0}"}
     * @param args the arguments, none null
     * @return the phrase
     */
    public static Phrase of(String chinesePattern, String englishPattern, Object... args) {
        Object[] copy = args.length == 0 ? NONE : args.clone();
        for (Object a : copy) {
            Objects.requireNonNull(a, "argument");
        }
        return new Phrase(chinesePattern, englishPattern, copy);
    }

    /**
     * As {@link #of(String, String, Object...)} for callers in this package that hand over a fresh array of non-null,
     * immutable arguments: no copy, no checks (explanations build millions of phrases).
     */
    static Phrase ofTrusted(String chinesePattern, String englishPattern, Object... args) {
        return new Phrase(chinesePattern, englishPattern, args);
    }

    /**
     * {@return the phrase of something that has a Chinese and an English name, such as an enum of the domain}
     *
     * @param named the thing named, e.g. an enum constant of the domain
     */
    public static Phrase of(Bilingual named) {
        return new Phrase("{0}", "{0}", new Object[] {named});
    }

    @Override
    public String chinese() {
        return render(true);
    }

    @Override
    public String english() {
        return render(false);
    }

    /**
     * The phrase in a language.
     *
     * @param locale any {@code zh} locale for Chinese, any other for English
     * @return the text
     */
    public String render(Locale locale) {
        return render(isChinese(locale));
    }

    /** Whether {@code locale} asks for Chinese text. */
    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    String render(boolean zh) {
        String pattern = zh ? chinesePattern : englishPattern;
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                if (index < args.length) {
                    out.append(renderArgument(args[index], zh));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String renderArgument(Object a, boolean zh) {
        if (a instanceof Phrase p) {
            return p.render(zh);
        }
        if (a instanceof Bilingual b) {
            return zh ? b.chinese() : b.english();
        }
        if (a instanceof Money m) {
            return m.format();
        }
        return String.valueOf(a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase other
                && chinesePattern.equals(other.chinesePattern)
                && englishPattern.equals(other.englishPattern)
                && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chinesePattern, englishPattern, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return english();
    }
}
