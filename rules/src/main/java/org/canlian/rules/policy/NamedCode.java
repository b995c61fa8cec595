package org.canlian.rules.policy;

import java.util.Objects;

/**
 * An enum constant that policy files name by a code and people read by its Chinese or English name: the one way the
 * domain's coded values (household statuses, programmes, stopping reasons, named rules) carry their names. An enum
 * holds a {@link Names} per constant and gets {@link #code()}, {@link #chinese()} and {@link #english()} from it;
 * lookups by code or by Chinese name are {@link PolicyCode#of}, {@link PolicyCode#find} and
 * {@link PolicyCode#ofChineseName}.
 *
 * <pre>{@code
 * enum HouseholdStatus implements NamedCode {
 *     DIBAO("dibao", "低保", "minimum-living-guarantee household");
 *     private final Names names;
 *     HouseholdStatus(String code, String zh, String en) { this.names = new Names(code, zh, en); }
 *     public Names names() { return names; }
 * }
 * }</pre>
 *
 * <p>Implementations are enums, immutable and thread-safe.
 */
public interface NamedCode extends PolicyCode, Bilingual {
    /** {@return the constant's code and names} */
    Names names();

    @Override
    default String code() {
        return names().code();
    }

    @Override
    default String chinese() {
        return names().chinese();
    }

    @Override
    default String english() {
        return names().english();
    }

    /**
     * A code with its Chinese and English names.
     *
     * <pre>{@code
     * new NamedCode.Names("dibao", "低保", "minimum-living-guarantee household").chinese();   // "低保"
     * }</pre>
     *
     * @param code as policy files write it
     * @param chinese the Chinese name
     * @param english the English name
     */
    record Names(String code, String chinese, String english) {
        /**
         * Checks every part is given.
         *
         * @param code as policy files write it
         * @param chinese the Chinese name
         * @param english the English name
         */
        public Names {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(chinese, "chinese");
            Objects.requireNonNull(english, "english");
        }
    }
}
