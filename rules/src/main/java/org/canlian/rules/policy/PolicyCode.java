package org.canlian.rules.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * An enum constant that policy files name by a short code ({@code "CNY/month"}, {@code "first-months"},
 * {@code "county-budget"}): one lookup for every such enum, so that an unknown code fails the same way everywhere.
 *
 * <pre>{@code
 * PolicyCode.find(Unit.class, "CNY/month");                           // Optional[CNY_PER_MONTH]
 * PolicyCode.of(RemainderRule.class, "remainder rule", "first-months"); // FIRST_MONTHS
 * PolicyCode.codes(RemainderRule.class);                              // [first-months, last-months]
 * }</pre>
 *
 * <p>Every such enum offers the same two lookups: {@code ofCode(String)}, which throws an
 * {@link InvalidValueException} naming the field, the code and the codes allowed (by {@link #of}), and
 * {@code find(String)}, which returns an {@link Optional} (by {@link #find}):
 *
 * <pre>{@code
 * FundingSource.ofCode("county-budget");     // COUNTY_BUDGET
 * FundingSource.ofCode("county");            // InvalidValueException: Invalid funding source "county": must be one of [...]
 * FundingSource.find("county");              // Optional.empty
 * }</pre>
 *
 * <p>Implementations are enums, immutable and thread-safe.
 */
public interface PolicyCode {
    /** {@return the code written in policy files, e.g. {@code "first-months"}} */
    String code();

    /**
     * The constant of {@code type} with this code.
     *
     * @param type the enum
     * @param code the code
     * @param <E> the enum type
     * @return the constant, or empty if none has this code
     */
    static <E extends Enum<E> & PolicyCode> Optional<E> find(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant of {@code type} with this code, which must exist.
     *
     * @param type the enum
     * @param field what the code names, for the error, e.g. {@code "remainder rule"}
     * @param code the code
     * @param <E> the enum type
     * @return the constant
     * @throws InvalidValueException naming the field, the code and the codes allowed
     */
    static <E extends Enum<E> & PolicyCode> E of(Class<E> type, String field, String code) {
        return find(type, code)
                .orElseThrow(() -> InvalidValueException.of(
                        field, "unknown-code", Masking.quote(code), "must be one of " + codes(type)));
    }

    /**
     * The constant of {@code type} with this Chinese name, as county spreadsheets write it.
     *
     * @param type the enum
     * @param field what the name names, for the error, e.g. {@code "household status"}
     * @param name the Chinese name
     * @param <E> the enum type
     * @return the constant
     * @throws InvalidValueException naming the field, the name and the names allowed
     */
    static <E extends Enum<E> & PolicyCode & Bilingual> E ofChineseName(Class<E> type, String field, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.chinese().equals(name)) {
                return constant;
            }
        }
        throw InvalidValueException.of(
                field,
                "unknown-name",
                Masking.quote(name),
                "must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Bilingual::chinese)
                                .toList());
    }

    /**
     * Every code of {@code type}, in declaration order.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return the codes
     */
    static <E extends Enum<E> & PolicyCode> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(PolicyCode::code).toList();
    }
}
