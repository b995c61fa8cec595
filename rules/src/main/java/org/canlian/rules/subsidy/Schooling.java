package org.canlian.rules.subsidy;

import java.util.Optional;
import org.canlian.rules.policy.NamedCode;
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
public enum Schooling implements NamedCode {
    /** Not in education. */
    NONE("none", "未在学", "not in education"),
    /** A pupil at a primary or secondary school. */
    SCHOOL("school", "在校中小学生", "primary or secondary pupil"),
    /** Newly admitted to a junior college (专科). */
    JUNIOR_COLLEGE("junior-college", "专科新生", "newly admitted to junior college"),
    /** Newly admitted to an undergraduate programme (本科). */
    UNDERGRADUATE("undergraduate", "本科新生", "newly admitted to an undergraduate programme");

    private final Names names;

    Schooling(String code, String chineseName, String englishName) {
        this.names = new Names(code, chineseName, englishName);
    }

    /**
     * {@return the constant with this code}
     *
     * @param code the code rosters use
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static Schooling ofCode(String code) {
        return PolicyCode.of(Schooling.class, "schooling", code);
    }

    /**
     * {@return the constant with this code, if any}
     *
     * @param code the code rosters use
     */
    public static Optional<Schooling> find(String code) {
        return PolicyCode.find(Schooling.class, code);
    }

    /**
     * {@return the constant with this Chinese name, as county spreadsheets write it}
     *
     * @param name the Chinese name, as a county spreadsheet writes it
     * @throws org.canlian.core.InvalidValueException naming the name and the names allowed
     */
    public static Schooling ofChineseName(String name) {
        return PolicyCode.ofChineseName(Schooling.class, "schooling", name);
    }

    @Override
    public Names names() {
        return names;
    }
}
