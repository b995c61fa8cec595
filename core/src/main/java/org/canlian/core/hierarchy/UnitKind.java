package org.canlian.core.hierarchy;

import java.util.Optional;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * The kind of an organisation in the hierarchy, read from its code (CDPF charter; county federations' work reports, 2009-2024): a federation (残联) at every level
 * from the nation to the township, of the township's kind; a grassroots association (残协) below it, of the village's
 * kind.
 *
 * <pre>{@code
 * UnitKind.of(DivisionCode.parse("620723101"));      // Optional[TOWN_FEDERATION]
 * UnitKind.of(DivisionCode.parse("620723101201"));   // Optional[VILLAGE_ASSOCIATION]
 * UnitKind.TOWN_FEDERATION.isFederation();           // true
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnitKind {
    /** 中国残联, the national federation. */
    NATIONAL_FEDERATION(DivisionLevel.NATIONAL, "中国残联", "national federation"),
    /** Province-level federation (省残联). */
    PROVINCE_FEDERATION(DivisionLevel.PROVINCE, "省残联", "province federation"),
    /** Prefecture or city federation (市残联). */
    PREFECTURE_FEDERATION(DivisionLevel.PREFECTURE, "市残联", "prefecture federation"),
    /** County or district federation (县残联). */
    COUNTY_FEDERATION(DivisionLevel.COUNTY, "县残联", "county federation"),
    /** Street office federation (街道残联), township digits 001-099. */
    STREET_OFFICE_FEDERATION(DivisionLevel.TOWNSHIP, "街道残联", "street office federation"),
    /** Town federation (镇残联), township digits 100-199. */
    TOWN_FEDERATION(DivisionLevel.TOWNSHIP, "镇残联", "town federation"),
    /** Township federation (乡残联), township digits 200-399. */
    TOWNSHIP_FEDERATION(DivisionLevel.TOWNSHIP, "乡残联", "township federation"),
    /** Federation of a township-like unit (farm, forestry centre, development zone), township digits 400-599. */
    TOWNSHIP_LIKE_FEDERATION(DivisionLevel.TOWNSHIP, "类似乡级单位残联", "township-like unit federation"),
    /** Urban community association (社区残协), village digits 001-199. */
    COMMUNITY_ASSOCIATION(DivisionLevel.VILLAGE, "社区残协", "community association"),
    /** Village association (村残协), village digits 200-399. */
    VILLAGE_ASSOCIATION(DivisionLevel.VILLAGE, "村残协", "village association"),
    /** Association of a village-like unit, village digits 400-599. */
    VILLAGE_LIKE_ASSOCIATION(DivisionLevel.VILLAGE, "类似村级单位残协", "village-like unit association");

    private final DivisionLevel level;
    private final String chineseName;
    private final String englishName;

    UnitKind(DivisionLevel level, String chineseName, String englishName) {
        this.level = level;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The kind of the unit with this code.
     *
     * @param code any division code
     * @return the kind, or empty where the township or village digits name no kind (600-999)
     */
    public static Optional<UnitKind> of(DivisionCode code) {
        return switch (code.level()) {
            case NATIONAL -> Optional.of(NATIONAL_FEDERATION);
            case PROVINCE -> Optional.of(PROVINCE_FEDERATION);
            case PREFECTURE -> Optional.of(PREFECTURE_FEDERATION);
            case COUNTY -> Optional.of(COUNTY_FEDERATION);
            case TOWNSHIP ->
                code.townshipKind().map(k -> switch (k) {
                    case STREET_OFFICE -> STREET_OFFICE_FEDERATION;
                    case TOWN -> TOWN_FEDERATION;
                    case TOWNSHIP -> TOWNSHIP_FEDERATION;
                    case TOWNSHIP_LIKE -> TOWNSHIP_LIKE_FEDERATION;
                });
            case VILLAGE ->
                code.villageKind().map(k -> switch (k) {
                    case URBAN_COMMUNITY -> COMMUNITY_ASSOCIATION;
                    case RURAL_VILLAGE -> VILLAGE_ASSOCIATION;
                    case VILLAGE_LIKE -> VILLAGE_LIKE_ASSOCIATION;
                });
        };
    }

    /** {@return the level of units of this kind} */
    public DivisionLevel level() {
        return level;
    }

    /** {@return whether this is a federation (残联, township level and above)} */
    public boolean isFederation() {
        return level != DivisionLevel.VILLAGE;
    }

    /** {@return whether this is a grassroots association (残协, village level)} */
    public boolean isAssociation() {
        return level == DivisionLevel.VILLAGE;
    }

    /** {@return the Chinese name, e.g. {@code 镇残联}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code town federation}} */
    public String englishName() {
        return englishName;
    }
}
