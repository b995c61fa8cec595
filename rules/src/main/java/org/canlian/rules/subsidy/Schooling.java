package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * Where a person is in education, for the school grants: at school (primary or secondary), or newly admitted to a junior college or to an undergraduate programme, or none.
 *
 * <pre>{@code
 * Schooling.ofCode("undergraduate");      // UNDERGRADUATE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Schooling implements PolicyCode, Bilingual {
    /** Not in education. */
    NONE("none", "未在学", "not in education"),
    /** A pupil at a primary or secondary school. */
    SCHOOL("school", "在校中小学生", "primary or secondary pupil"),
    /** Newly admitted to a junior college (专科). */
    JUNIOR_COLLEGE("junior-college", "专科新生", "newly admitted to junior college"),
    /** Newly admitted to an undergraduate programme (本科). */
    UNDERGRADUATE("undergraduate", "本科新生", "newly admitted to an undergraduate programme");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Schooling(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The constant with this code.
     *
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static Schooling ofCode(String code) {
        return PolicyCode.of(Schooling.class, "schooling", code);
    }

    /** The constant with this code, if any. */
    public static Optional<Schooling> find(String code) {
        return PolicyCode.find(Schooling.class, code);
    }

    /**
     * The constant with this Chinese name, as county spreadsheets write it.
     *
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static Schooling ofChineseName(String name) {
        for (Schooling c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw org.canlian.core.InvalidValueException.of(
                "schooling",
                "unknown-name",
                org.canlian.core.Masking.quote(name),
                "must be one of "
                        + java.util.Arrays.stream(values())
                                .map(Schooling::chinese)
                                .toList());
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chinese() {
        return chineseName;
    }

    @Override
    public String english() {
        return englishName;
    }
}
