package org.canlian.core.division;

import java.util.Optional;

/**
 * The kind of a village-level unit, read from its three village digits {@code VVV} (GB/T 10114):
 * 001-199 urban community (residents' committee), 200-399 rural village (villagers' committee),
 * 400-599 village-like unit.
 *
 * <pre>{@code
 * DivisionCode.parse("620723101001").villageKind();        // Optional[URBAN_COMMUNITY]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VillageKind {
    /** Urban community, residents' committee (社区居委会), 001-199. */
    URBAN_COMMUNITY(1, 199, "社区", "urban community"),
    /** Rural village, villagers' committee (村委会), 200-399. */
    RURAL_VILLAGE(200, 399, "村", "rural village"),
    /** Village-like unit (类似村级单位), 400-599. */
    VILLAGE_LIKE(400, 599, "类似村级单位", "village-like unit");

    private final int first;
    private final int last;
    private final String chineseName;
    private final String englishName;

    VillageKind(int first, int last, String chineseName, String englishName) {
        this.first = first;
        this.last = last;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The kind whose range holds these village digits; empty outside 001-599.
     *
     * @param digits the village digits, 0-999
     * @return the kind, or empty
     */
    public static Optional<VillageKind> ofDigits(int digits) {
        for (VillageKind kind : values()) {
            if (digits >= kind.first && digits <= kind.last) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@return the Chinese name, e.g. {@code 社区}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code urban community}} */
    public String englishName() {
        return englishName;
    }
}
