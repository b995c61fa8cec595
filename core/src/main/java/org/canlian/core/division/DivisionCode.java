package org.canlian.core.division;

import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * An administrative division code (GB/T 2260 for the first six digits, GB/T 10114 for the rest):
 * {@code PP CC AA TTT VVV}, province, prefecture, county, township, village.
 *
 * <p>The number of digits gives the level: 2 province, 4 prefecture, 6 county, 9 township, 12 village. The
 * zero-padded 12-digit form of the statistics bureau is accepted too: its trailing zero groups are dropped, so
 * {@code 620723000000} is the county {@code 620723}. The nation is {@link #NATIONAL}, code {@code 00}.
 *
 * <p>Rules checked: digits only; 2, 4, 6, 9 or 12 of them; a province code of GB/T 2260; prefecture digits not
 * {@code 00}; township digits not {@code 000}. County digits {@code 00} are accepted, because the statistics bureau
 * gives prefecture-level cities without counties (东莞市, {@code 441900}) a county-level code of that form; such a
 * unit must be written in its 6-digit form.
 *
 * <p>The 12-digit form names the lowest level whose digits are not all zero, so {@code parse(c.toTwelveDigits())}
 * is {@code c} for every code that has one. Two kinds of code have none, and {@link #toTwelveDigits()} refuses them
 * rather than write what reads back as another code: a county with county digits {@code 00} ({@code 441900} would
 * read back as the prefecture {@code 4419}) and the nation ({@code 00}; twelve zeros name no unit).
 *
 * <pre>{@code
 * DivisionCode town = DivisionCode.parse("620723101");
 * town.level();                                   // TOWNSHIP
 * town.townshipKind();                            // Optional[TOWN]
 * town.parent();                                  // Optional[620723]
 * DivisionCode.parse("62").contains(town);        // true
 * town.toTwelveDigits();                          // "620723101000"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {
    private static final String FIELD = "division code";

    /** Province-level codes of GB/T 2260 (including Taiwan 71, Hong Kong 81, Macao 82). */
    private static final int[] PROVINCES = {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62,
        63, 64, 65, 71, 81, 82
    };

    /** {@link #PROVINCES} as a table by the two digits, read once per parsed code. */
    private static final boolean[] KNOWN_PROVINCE = new boolean[100];

    static {
        for (int p : PROVINCES) {
            KNOWN_PROVINCE[p] = true;
        }
    }

    /** Powers of ten up to 10^12, the places of the 12-digit form. */
    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L
    };

    private static final DivisionLevel[] LEVELS = DivisionLevel.values();

    /** The nation as a whole, code {@code 00}: the root above every province. */
    public static final DivisionCode NATIONAL = new DivisionCode(0L, DivisionLevel.NATIONAL);

    /** The code as a 12-digit number, zero-padded. */
    private final long padded;

    private final DivisionLevel level;

    private DivisionCode(long padded, DivisionLevel level) {
        this.padded = padded;
        this.level = level;
    }

    /**
     * Reads a division code.
     *
     * @param text 2, 4, 6, 9 or 12 digits, or a zero-padded 12-digit form; {@code 00} (and only that) is
     *     {@link #NATIONAL}
     * @return the code
     * @throws InvalidValueException naming the rule broken
     */
    public static DivisionCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "digits", "must contain only digits 0-9");
            }
            value = value * 10 + (c - '0');
        }
        DivisionLevel level = switch (n) {
            case 2 -> DivisionLevel.PROVINCE;
            case 4 -> DivisionLevel.PREFECTURE;
            case 6 -> DivisionLevel.COUNTY;
            case 9 -> DivisionLevel.TOWNSHIP;
            case 12 -> DivisionLevel.VILLAGE;
            default -> throw invalid(text, "length", "must have 2, 4, 6, 9 or 12 digits, not " + n);
        };
        if (value == 0 && n == 2) {
            // Only "00" names the nation; "0000" or "000000000000" name no unit and fail the province rule below.
            return NATIONAL;
        }
        long padded = value * pow10(12 - n);
        if (n == 12) {
            level = strippedLevel(padded);
        }
        int province = (int) (padded / 10_000_000_000L);
        if (!isKnownProvince(province)) {
            throw invalid(text, "province", "province digits " + twoDigits(province) + " are not a GB/T 2260 province");
        }
        if (!level.isAbove(DivisionLevel.PREFECTURE) && digitsAt(padded, DivisionLevel.PREFECTURE) == 0) {
            throw invalid(
                    text,
                    "prefecture",
                    "prefecture digits must not be 00 (a province is written as its 2 digits, e.g. "
                            + twoDigits(province)
                            + ")");
        }
        if (!level.isAbove(DivisionLevel.TOWNSHIP) && digitsAt(padded, DivisionLevel.TOWNSHIP) == 0) {
            throw invalid(text, "township", "township digits must not be 000");
        }
        return new DivisionCode(padded, level);
    }

    /**
     * {@return whether two digits name a province-level division of GB/T 2260, e.g. {@code 62} (Gansu)}
     *
     * @param provinceDigits the first two digits of a code, e.g. {@code 62}
     */
    public static boolean isKnownProvince(int provinceDigits) {
        return provinceDigits >= 0 && provinceDigits < KNOWN_PROVINCE.length && KNOWN_PROVINCE[provinceDigits];
    }

    /** The level the zero-padded form names: the lowest level whose digits are not all zero. */
    private static DivisionLevel strippedLevel(long padded) {
        if (padded % 1000 != 0) {
            return DivisionLevel.VILLAGE;
        }
        if (padded % 1_000_000 != 0) {
            return DivisionLevel.TOWNSHIP;
        }
        if (padded % 100_000_000 != 0) {
            return DivisionLevel.COUNTY;
        }
        if (padded % 10_000_000_000L != 0) {
            return DivisionLevel.PREFECTURE;
        }
        return DivisionLevel.PROVINCE;
    }

    /**
     * The code of a unit directly below this one.
     *
     * <pre>{@code
     * DivisionCode.parse("620723").child(101);    // 620723101
     * }</pre>
     *
     * @param localDigits the child's own digits: up to 99 below the nation, a province or a prefecture, up to 999
     *     below a county or a township; 0 only where the code allows it (county digits {@code 00}, as {@code 441900})
     * @return the child's code
     * @throws InvalidValueException if this is a village, or the digits do not fit the child's level
     */
    public DivisionCode child(int localDigits) {
        DivisionLevel childLevel =
                level.child().orElseThrow(() -> invalid(value(), "child", "a village has no units below it"));
        int width = childLevel.codeLength() - (level == DivisionLevel.NATIONAL ? 0 : level.codeLength());
        int max = (int) pow10(width) - 1;
        if (localDigits < 0 || localDigits > max) {
            throw invalid(value(), "child", "child digits must be 0-" + max + ", not " + localDigits);
        }
        String digits = String.format("%0" + width + "d", localDigits);
        DivisionCode child = parse(level == DivisionLevel.NATIONAL ? digits : value() + digits);
        if (child.level != childLevel) {
            // Zero digits below the nation or a township read back as the parent itself ("00", "...101000").
            throw invalid(value(), "child", "child digits " + digits + " name no unit below " + value());
        }
        return child;
    }

    /** {@return the level this code names} */
    public DivisionLevel level() {
        return level;
    }

    /**
     * {@return the canonical digits: 2, 4, 6, 9 or 12 of them by level, e.g. {@code "620723"}; {@code "00"} for the
     * nation}
     */
    public String value() {
        return padded().substring(0, level.codeLength());
    }

    /**
     * The zero-padded 12-digit form of the statistics bureau, e.g. {@code "620723000000"}, which
     * {@link #parse(CharSequence)} reads back as this code.
     *
     * <pre>{@code
     * DivisionCode.parse("620723101").toTwelveDigits();   // "620723101000"
     * DivisionCode.parse("441900").toTwelveDigits();      // InvalidValueException, rule twelve-digits
     * }</pre>
     *
     * @return the 12 digits
     * @throws InvalidValueException (rule {@code twelve-digits}) for a code whose 12-digit form would read back as
     *     another code or none: a county with county digits {@code 00}, and the nation
     */
    public String toTwelveDigits() {
        if (level == DivisionLevel.NATIONAL) {
            throw invalid(value(), "twelve-digits", "has no 12-digit form that reads back: the nation is written 00");
        }
        if (level == DivisionLevel.COUNTY && localDigits() == 0) {
            String twelve = padded();
            throw invalid(
                    value(),
                    "twelve-digits",
                    "has no 12-digit form that reads back: its county digits are 00, so " + twelve
                            + " reads as the prefecture " + twelve.substring(0, 4)
                            + " (write the county as its 6 digits)");
        }
        return padded();
    }

    private String padded() {
        String s = Long.toString(padded);
        return "0".repeat(12 - s.length()) + s;
    }

    /**
     * The unit directly above: a province's parent is {@link #NATIONAL}, the nation has none.
     *
     * @return the parent code, or empty for the nation
     */
    public Optional<DivisionCode> parent() {
        return level.parent().map(this::truncatedTo);
    }

    /**
     * The unit containing this one at the given level, e.g. a village's county.
     *
     * @param ancestorLevel a level at or above this code's level
     * @return the ancestor (this code itself at its own level), or empty if {@code ancestorLevel} is below this
     */
    public Optional<DivisionCode> ancestorAt(DivisionLevel ancestorLevel) {
        if (ancestorLevel.compareTo(level) > 0) {
            return Optional.empty();
        }
        return Optional.of(truncatedTo(ancestorLevel));
    }

    private DivisionCode truncatedTo(DivisionLevel target) {
        if (target == level) {
            return this;
        }
        if (target == DivisionLevel.NATIONAL) {
            return NATIONAL;
        }
        long unit = pow10(12 - target.codeLength());
        return new DivisionCode(padded / unit * unit, target);
    }

    /**
     * Whether {@code other} lies within this unit; a unit contains itself, and the nation contains every code.
     *
     * @param other the code to test
     * @return true if this code is {@code other} or one of its ancestors
     */
    public boolean contains(DivisionCode other) {
        if (other.level.isAbove(level)) {
            return false;
        }
        if (level == DivisionLevel.NATIONAL) {
            return true;
        }
        // other's digits cut to this level (as truncatedTo does, without making the code: hierarchies ask this a lot)
        long unit = pow10(12 - level.codeLength());
        return other.padded / unit * unit == padded;
    }

    /**
     * {@return whether this unit is the direct parent of {@code other}}
     *
     * @param other the code that may be a direct child of this one
     */
    public boolean isParentOf(DivisionCode other) {
        return other.parent().map(this::equals).orElse(false);
    }

    /**
     * The kind of township, for a township or a village code (the village's township).
     *
     * @return the kind from the township digits, or empty above township level or outside 001-599
     */
    public Optional<TownshipKind> townshipKind() {
        if (level.isAbove(DivisionLevel.TOWNSHIP)) {
            return Optional.empty();
        }
        return TownshipKind.ofDigits(digitsAt(padded, DivisionLevel.TOWNSHIP));
    }

    /**
     * The kind of village, for a village code.
     *
     * @return the kind from the village digits, or empty above village level or outside 001-599
     */
    public Optional<VillageKind> villageKind() {
        if (level != DivisionLevel.VILLAGE) {
            return Optional.empty();
        }
        return VillageKind.ofDigits(digitsAt(padded, DivisionLevel.VILLAGE));
    }

    /**
     * {@return the digits this code has of its own at its level, e.g. {@code 101} for {@code 620723101}; 0 for the
     * nation}
     */
    public int localDigits() {
        return level == DivisionLevel.NATIONAL ? 0 : digitsAt(padded, level);
    }

    private static int digitsAt(long padded, DivisionLevel at) {
        int above = at.isAbove(DivisionLevel.PREFECTURE) ? 0 : LEVELS[at.ordinal() - 1].codeLength();
        return (int) (padded / pow10(12 - at.codeLength()) % pow10(at.codeLength() - above));
    }

    private static long pow10(int exponent) {
        return POW10[exponent];
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static InvalidValueException invalid(CharSequence text, String rule, String reason) {
        return InvalidValueException.of(FIELD, rule, Masking.quote(text), reason);
    }

    /** Orders codes as the statistics bureau lists them: by their 12-digit form, a parent before its children. */
    @Override
    public int compareTo(DivisionCode other) {
        int byDigits = Long.compare(padded, other.padded);
        return byDigits != 0 ? byDigits : level.compareTo(other.level);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode other && padded == other.padded && level == other.level;
    }

    @Override
    public int hashCode() {
        // The 12 digits alone: only a prefecture and a county with county digits 00 (4419, 441900) share them, and
        // those two may share a bucket. Adding the level (h * 31 + ordinal) bought nothing but variants no test can
        // tell apart (h * 31 - ordinal is as good a hash).
        return Long.hashCode(padded);
    }

    /** The canonical digits, as {@link #value()}. */
    @Override
    public String toString() {
        return value();
    }
}
