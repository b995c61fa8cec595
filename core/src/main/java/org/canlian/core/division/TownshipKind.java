package org.canlian.core.division;

import java.util.Optional;

/**
 * The kind of a township-level unit, read from its three township digits {@code TTT} (GB/T 10114):
 * 001-099 street office, 100-199 town, 200-399 township, 400-599 township-like unit.
 *
 * <pre>{@code
 * TownshipKind.ofDigits(101);                              // Optional[TOWN]
 * DivisionCode.parse("620723101").townshipKind();          // Optional[TOWN]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TownshipKind {
    /** Street office (街道), 001-099. */
    STREET_OFFICE(1, 99, "街道", "street office"),
    /** Town (镇), 100-199. */
    TOWN(100, 199, "镇", "town"),
    /** Township (乡, ethnic townships included), 200-399. */
    TOWNSHIP(200, 399, "乡", "township"),
    /** Township-like unit: development zone, state farm, forestry centre (类似乡级单位), 400-599. */
    TOWNSHIP_LIKE(400, 599, "类似乡级单位", "township-like unit");

    private final int first;
    private final int last;
    private final String chineseName;
    private final String englishName;

    TownshipKind(int first, int last, String chineseName, String englishName) {
        this.first = first;
        this.last = last;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The kind whose range holds these township digits; empty outside 001-599, where GB/T 10114 defines no kind.
     *
     * @param digits the township digits, 0-999
     * @return the kind, or empty
     */
    public static Optional<TownshipKind> ofDigits(int digits) {
        for (TownshipKind kind : values()) {
            if (digits >= kind.first && digits <= kind.last) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@return the Chinese name, e.g. {@code 街道}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code street office}} */
    public String englishName() {
        return englishName;
    }
}
