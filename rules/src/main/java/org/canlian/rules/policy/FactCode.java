package org.canlian.rules.policy;

import java.util.Objects;

/**
 * One value a coded {@link Fact} may take, as policy files write it, with its Chinese and English names.
 *
 * <pre>{@code
 * FactCode c = FactCode.of("dibao", "低保", "minimum-living guarantee (dibao)");
 * c.code();        // "dibao"
 * c.chinese();     // "低保"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactCode implements Bilingual {
    private final String code;
    private final String chinese;
    private final String english;

    private FactCode(String code, String chinese, String english) {
        this.code = Objects.requireNonNull(code, "code");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.english = Objects.requireNonNull(english, "english");
    }

    /**
     * A code with its names.
     *
     * @param code as written in policy files, e.g. {@code "dibao"}
     * @param chinese its Chinese name
     * @param english its English name
     * @return the code
     */
    public static FactCode of(String code, String chinese, String english) {
        return new FactCode(code, chinese, english);
    }

    /** {@return the code written in policy files} */
    public String code() {
        return code;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
