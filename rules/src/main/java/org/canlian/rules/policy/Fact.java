package org.canlian.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * A fact about a case that a {@link DecisionTable} may test: a coded fact (one or several of named codes, e.g. the
 * disability grade or the household status), a number (e.g. age in years) or a yes/no flag (e.g. needs long-term
 * care). Policy files name facts by {@link #name()}; a table that names another fact is refused.
 *
 * <pre>{@code
 * Fact grade = Fact.codes("grade", "残疾等级", "disability grade", List.of(
 *         FactCode.of("1", "一级", "grade 1"), FactCode.of("2", "二级", "grade 2")));
 * Fact age = Fact.number("age", "年龄", "age", "岁", "years");
 * Fact care = Fact.flag("long-term-care", "需长期照护", "needs long-term care");
 * }</pre>
 *
 * <p>A case gives a fact's value to a table as a {@code long} ({@link FactSource}): for a coded fact, the set of its
 * codes as bits ({@link #bit(int)}); for a number, the number; for a flag, 1 or 0; {@link FactSource#UNKNOWN} if not
 * known. This class is immutable and thread-safe.
 */
public final class Fact implements Bilingual {
    /** The most codes a coded fact may have (one bit each, below the sign bit). */
    public static final int MAX_CODES = 62;

    /** What kind of value a fact has. */
    public enum Kind {
        /** One or several of named codes; a condition lists the codes that match. */
        CODES,
        /** A whole number; a condition gives a range. */
        NUMBER,
        /** Yes or no; a condition gives the value that matches. */
        FLAG
    }

    private final String name;
    private final String chineseName;
    private final String englishName;
    private final Kind kind;
    private final List<FactCode> codes;
    private final String chineseUnit;
    private final String englishUnit;
    /** Each code alone as a phrase, built once. */
    private final Phrase[] singleCodes;
    /** A number's patterns with its unit, built once: {@code {0}岁} / {@code {0} years}. */
    private final String chineseNumberPattern;

    private final String englishNumberPattern;

    private static final Phrase UNKNOWN = Phrase.of("不详", "unknown");
    private static final Phrase YES = Phrase.of("是", "yes");
    private static final Phrase NO = Phrase.of("否", "no");
    private static final Phrase NONE = Phrase.of("无", "none");

    private Fact(
            String name,
            String chineseName,
            String englishName,
            Kind kind,
            List<FactCode> codes,
            String chineseUnit,
            String englishUnit) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw InvalidValueException.of(
                    "fact name", "format", Masking.quote(name), "must be lower-case words joined by hyphens");
        }
        this.name = name;
        this.chineseName = Objects.requireNonNull(chineseName, "chineseName");
        this.englishName = Objects.requireNonNull(englishName, "englishName");
        this.kind = kind;
        this.codes = List.copyOf(codes);
        this.chineseUnit = chineseUnit;
        this.englishUnit = englishUnit;
        this.chineseNumberPattern = "{0}" + chineseUnit;
        this.englishNumberPattern = "{0} " + englishUnit;
        this.singleCodes = new Phrase[this.codes.size()];
        for (int i = 0; i < singleCodes.length; i++) {
            singleCodes[i] = Phrase.of(this.codes.get(i));
        }
    }

    /**
     * A coded fact.
     *
     * @param name the name policy files use, e.g. {@code "household"}
     * @param chineseName e.g. {@code 家庭类别}
     * @param englishName e.g. {@code household status}
     * @param codes the codes, distinct, 1 to {@value #MAX_CODES}
     * @return the fact
     */
    public static Fact codes(String name, String chineseName, String englishName, List<FactCode> codes) {
        if (codes.isEmpty() || codes.size() > MAX_CODES) {
            throw InvalidValueException.of(
                    "fact codes",
                    "count",
                    String.valueOf(codes.size()),
                    "a coded fact has 1 to " + MAX_CODES + " codes");
        }
        List<String> seen = new ArrayList<>();
        for (FactCode c : codes) {
            if (seen.contains(c.code())) {
                throw InvalidValueException.of("fact codes", "unique", Masking.quote(c.code()), "appears twice");
            }
            seen.add(c.code());
        }
        return new Fact(name, chineseName, englishName, Kind.CODES, codes, null, null);
    }

    /**
     * A whole-number fact.
     *
     * @param name e.g. {@code "age"}
     * @param chineseName e.g. {@code 年龄}
     * @param englishName e.g. {@code age}
     * @param chineseUnit e.g. {@code 岁}
     * @param englishUnit e.g. {@code years}
     * @return the fact
     */
    public static Fact number(
            String name, String chineseName, String englishName, String chineseUnit, String englishUnit) {
        return new Fact(
                name,
                chineseName,
                englishName,
                Kind.NUMBER,
                List.of(),
                Objects.requireNonNull(chineseUnit, "chineseUnit"),
                Objects.requireNonNull(englishUnit, "englishUnit"));
    }

    /**
     * {@return a yes/no fact, e.g. {@code Fact.flag("long-term-care", "需长期照护", "needs long-term care")}}
     *
     * @param name the name policy files use, e.g. {@code "long-term-care"}
     * @param chineseName the Chinese name, e.g. {@code 需长期照护}
     * @param englishName the English name, e.g. {@code needs long-term care}
     */
    public static Fact flag(String name, String chineseName, String englishName) {
        return new Fact(name, chineseName, englishName, Kind.FLAG, List.of(), null, null);
    }

    /**
     * {@return the bit of the code at {@code index} in a coded fact's value}
     *
     * @param index the index of the code in the fact's list of codes, 0 to 63
     */
    public static long bit(int index) {
        return 1L << index;
    }

    /** {@return the name policy files use} */
    public String name() {
        return name;
    }

    @Override
    public String chinese() {
        return chineseName;
    }

    @Override
    public String english() {
        return englishName;
    }

    /** {@return the kind of value} */
    public Kind kind() {
        return kind;
    }

    /** {@return the codes of a coded fact, in order (a code's index is its bit); empty for other kinds} */
    public List<FactCode> codes() {
        return codes;
    }

    /**
     * {@return the index of {@code code}, or -1 if this fact has no such code}
     *
     * @param code the code, as policy files write it
     */
    public int indexOf(String code) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return the value of a case, as a phrase: {@code 一级}, {@code 67岁}, {@code 是}, or {@code 不详} if unknown}
     *
     * @param value the case's value of this fact, encoded as {@link FactSource} encodes it
     */
    public Phrase describeValue(long value) {
        if (value == FactSource.UNKNOWN) {
            return UNKNOWN;
        }
        switch (kind) {
            case CODES:
                return describeCodes(value);
            case NUMBER:
                return Phrase.ofTrusted(chineseNumberPattern, englishNumberPattern, value);
            default:
                return value != 0 ? YES : NO;
        }
    }

    /** The codes whose bits are set in {@code mask}, as a phrase: {@code 一级、二级} / {@code grade 1, grade 2}. */
    Phrase describeCodes(long mask) {
        if (Long.bitCount(mask) == 1 && Long.numberOfTrailingZeros(mask) < singleCodes.length) {
            return singleCodes[Long.numberOfTrailingZeros(mask)];
        }
        List<FactCode> in = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if ((mask & bit(i)) != 0) {
                in.add(codes.get(i));
            }
        }
        if (in.isEmpty()) {
            return NONE;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            zh.append(i == 0 ? "" : "、").append('{').append(i).append('}');
            en.append(i == 0 ? "" : ", ").append('{').append(i).append('}');
        }
        return Phrase.of(zh.toString(), en.toString(), in.toArray());
    }

    /** The unit of a number fact in Chinese, e.g. {@code 岁}. */
    String chineseUnit() {
        return chineseUnit;
    }

    /** The unit of a number fact in English, e.g. {@code years}. */
    String englishUnit() {
        return englishUnit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fact other && name.equals(other.name) && kind == other.kind && codes.equals(other.codes);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
