package org.canlian.core;

/**
 * Masks personal identifiers for display, keeping the first six and the last four characters:
 * {@code 11010519491231002X} becomes {@code 110105********002X}.
 *
 * <p>Used by {@code toString()} and every exception message that shows a resident ID or a certificate number, so
 * that logs never carry one in full. Text too long to be an identifier is cut short, so that a message stays
 * readable whatever a caller passed in.
 *
 * <p>{@link #redact(CharSequence)} is the safety net under every message canlian builds from input text
 * ({@link InvalidValueException}, {@code JsonInputException}, CSV row errors, policy-file errors): it masks every run
 * of digits that could hold a birth date, wherever it stands and whatever surrounds it.
 *
 * <pre>{@code
 * Masking.mask("11010519491231002X");                  // "110105********002X"
 * Masking.mask("12345");                               // "*****"
 * Masking.redact("No. 11010519491231002X41 moved");    // "No. 110105********002X41 moved"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Masking {
    private static final int KEEP_HEAD = 6;
    private static final int KEEP_TAIL = 4;
    /** Longer input is not an identifier; we show its start and length only. */
    private static final int MAX_SHOWN = 32;
    /** Fewer digits in a row cannot hold a birth date {@code yyyyMMdd}. */
    private static final int MIN_RUN = 8;

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
     * resident ID part is masked and the category, grade and suffix stay readable. If the text does not start with
     * the identifier's digits (leading spaces, a prefix such as {@code "No. "}; one mistyped character is taken for a
     * typo), the identifier is masked where it stands, as {@link #redact(CharSequence)} finds it; text without such digits, shorter than
     * {@code identifierLength}, or too long to be such a number, is masked whole as {@link #mask(CharSequence)} does.
     *
     * <pre>{@code
     * Masking.maskPrefix("11010519491231002X41B1", 18);       // "110105********002X41B1"
     * Masking.maskPrefix("No. 11010519491231002X41", 18);     // "No. 110105********002X41"
     * }</pre>
     *
     * @param text the text, not null
     * @param identifierLength how many leading characters form the identifier (the last may be a check character)
     * @return the masked text
     */
    public static String maskPrefix(CharSequence text, int identifierLength) {
        int n = text.length();
        if (n > MAX_SHOWN) {
            return mask(text);
        }
        if (n >= identifierLength && startsWithIdentifier(text, identifierLength - 1)) {
            return redact(mask(text.subSequence(0, identifierLength))
                    + printable(text.subSequence(identifierLength, n).toString()));
        }
        String shown = printable(text.toString());
        String located = redact(shown);
        return located.equals(shown) ? mask(text) : located;
    }

    /**
     * Whether the identifier's digits stand at the start: its first {@code digits} characters are digits but for at
     * most one typo, and none is a space (a prefix or leading spaces shift the identifier out of place).
     */
    private static boolean startsWithIdentifier(CharSequence text, int digits) {
        int others = 0;
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            if (c < '0' || c > '9') {
                others++;
            }
        }
        return others <= 1;
    }

    /**
     * Masks every run of digits in {@code text} that could hold a birth date, wherever it stands: the net under every
     * message built from input text, so that a resident ID shows masked however it was typed (with spaces or a
     * prefix, shifted by a digit, with a typo, in the wrong field, in full-width digits).
     *
     * <p>The rule: a run is eight or more digits in a row (any script's decimal digits), with the {@code X} or
     * {@code x} that may follow as a check character. Such a run is masked, except a run of exactly 9 or 12 digits in
     * which no eight digits in a row read as a date {@code yyyyMMdd} of 1800-2099: the form of a township or village
     * division code, which messages must show. A masked run keeps its first six and last four characters if it has
     * 18 or more (an ID: {@code 110105********002X}), its first six if it has 14 to 17, none below that; a run of more
     * than 32 characters is shown as its first six and its length. Other text is left as it is; text already masked
     * stays the same.
     *
     * <pre>{@code
     * Masking.redact("$[\"11010519491231002X\"]");       // "$[\"110105********002X\"]"
     * Masking.redact("birth date 19491231");               // "birth date ********"
     * Masking.redact("village 620723101201, line 12");    // unchanged
     * }</pre>
     *
     * @param text the text, not null
     * @return the text with every such run masked
     */
    public static String redact(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(s.charAt(i))) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            int digits = i - start;
            if (digits >= MIN_RUN && i < n && isCheckX(s.charAt(i))) {
                i++;
            }
            boolean divisionCode = i - start == digits && (digits == 9 || digits == 12) && !holdsDate(s, start, i);
            if (digits >= MIN_RUN && !divisionCode) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, start);
                }
                maskRun(s, start, i, out);
            } else if (out != null) {
                out.append(s, start, i);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /** Whether eight digits in a row of {@code s[start, end)} read as a date yyyyMMdd of 1800-2099. */
    private static boolean holdsDate(String s, int start, int end) {
        for (int i = start; i + MIN_RUN <= end; i++) {
            int year = number(s, i, 4);
            int month = number(s, i + 4, 2);
            int day = number(s, i + 6, 2);
            if (year >= 1800 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return true;
            }
        }
        return false;
    }

    private static int number(String s, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            value = value * 10 + Character.digit(s.charAt(i), 10);
        }
        return value;
    }

    private static void maskRun(String s, int start, int end, StringBuilder out) {
        int n = end - start;
        if (n > MAX_SHOWN) {
            out.append(s, start, start + KEEP_HEAD).append("****…(").append(n).append(" characters)");
            return;
        }
        int head = n >= 14 ? KEEP_HEAD : 0;
        int tail = n >= 18 ? KEEP_TAIL : 0;
        out.append(s, start, start + head);
        out.append("*".repeat(n - head - tail));
        out.append(s, end - tail, end);
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
