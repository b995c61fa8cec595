package org.canlian.core;

/**
 * Masks personal identifiers for display, keeping the first six and the last four characters:
 * {@code 11010519491231002X} becomes {@code 110105********002X}.
 *
 * <p>Used by {@code toString()} and every exception message that shows a resident ID or a certificate number, so
 * that logs never carry one in full. Text too long to be an identifier is cut short, so that a message stays
 * readable whatever a caller passed in.
 *
 * <pre>{@code
 * Masking.mask("11010519491231002X");   // "110105********002X"
 * Masking.mask("12345");                // "*****"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Masking {
    private static final int KEEP_HEAD = 6;
    private static final int KEEP_TAIL = 4;
    /** Longer input is not an identifier; we show its start and length only. */
    private static final int MAX_SHOWN = 32;

    private Masking() {}

    /**
     * Masks all but the first six and last four characters; text of ten characters or fewer is masked whole.
     *
     * @param text the identifier, not null
     * @return the masked text
     */
    public static String mask(CharSequence text) {
        String s = printable(text.toString());
        int n = s.length();
        if (n > MAX_SHOWN) {
            return s.substring(0, KEEP_HEAD) + "****…(" + n + " characters)";
        }
        if (n <= KEEP_HEAD + KEEP_TAIL) {
            return "*".repeat(n);
        }
        return s.substring(0, KEEP_HEAD) + "*".repeat(n - KEEP_HEAD - KEEP_TAIL) + s.substring(n - KEEP_TAIL);
    }

    /**
     * Masks the identifier at the start of {@code text} and shows the rest, escaped: for a certificate number, the
     * resident ID part is masked and the category, grade and suffix stay readable. Text shorter than
     * {@code identifierLength}, or too long to be such a number, is masked whole as {@link #mask(CharSequence)} does.
     *
     * <pre>{@code
     * Masking.maskPrefix("11010519491231002X41B1", 18);   // "110105********002X41B1"
     * }</pre>
     *
     * @param text the text, not null
     * @param identifierLength how many leading characters form the identifier
     * @return the masked text
     */
    public static String maskPrefix(CharSequence text, int identifierLength) {
        int n = text.length();
        if (n < identifierLength || n > MAX_SHOWN) {
            return mask(text);
        }
        return mask(text.subSequence(0, identifierLength))
                + printable(text.subSequence(identifierLength, n).toString());
    }

    /**
     * Quotes a non-personal rejected value for a message, escaping control characters and cutting long text.
     *
     * @param text the value, not null
     * @return the value in double quotes, e.g. {@code "12.345"}
     */
    public static String quote(CharSequence text) {
        String s = printable(text.toString());
        if (s.length() > MAX_SHOWN) {
            s = s.substring(0, MAX_SHOWN) + "…(" + s.length() + " characters)";
        }
        return '"' + s + '"';
    }

    private static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
