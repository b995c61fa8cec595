package org.canlian.core.hierarchy;

import java.util.Optional;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;

/**
 * The kind of post a grassroots officer (专职委员) serves, which follows from the kind of the unit (county federations' work reports, 2009-2024): a
 * township federation (town, township or township-like unit), a street office federation, a village association or an
 * urban community association.
 *
 * <pre>{@code
 * OfficerPost.forUnit(DivisionCode.parse("620723101"));      // Optional[TOWNSHIP]
 * OfficerPost.forUnit(DivisionCode.parse("620723101001"));   // Optional[COMMUNITY]
 * OfficerPost.COMMUNITY.level();                             // VILLAGE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OfficerPost {
    /** Officer of a town, township or township-like unit's federation (乡镇专职委员). */
    TOWNSHIP(DivisionLevel.TOWNSHIP, "乡镇专职委员", "township officer"),
    /** Officer of a street office's federation (街道专职委员); a street office may have 3-5 (county federations' work reports, 2009-2024). */
    STREET_OFFICE(DivisionLevel.TOWNSHIP, "街道专职委员", "street office officer"),
    /** Officer of a village's association (村专职委员), also for village-like units. */
    VILLAGE(DivisionLevel.VILLAGE, "村专职委员", "village officer"),
    /** Officer of an urban community's association (社区专职委员). */
    COMMUNITY(DivisionLevel.VILLAGE, "社区专职委员", "community officer");

    private final DivisionLevel level;
    private final String chineseName;
    private final String englishName;

    OfficerPost(DivisionLevel level, String chineseName, String englishName) {
        this.level = level;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The post an officer of this unit holds, read from the unit's code.
     *
     * @param unit a township- or village-level code
     * @return the post, or empty above township level or where the code's digits name no kind (outside 001-599)
     */
    public static Optional<OfficerPost> forUnit(DivisionCode unit) {
        if (unit.level() == DivisionLevel.TOWNSHIP) {
            return unit.townshipKind().map(k -> k == TownshipKind.STREET_OFFICE ? STREET_OFFICE : TOWNSHIP);
        }
        if (unit.level() == DivisionLevel.VILLAGE) {
            return unit.villageKind().map(k -> k == VillageKind.URBAN_COMMUNITY ? COMMUNITY : VILLAGE);
        }
        return Optional.empty();
    }

    /** {@return the level of the unit this post serves: township or village} */
    public DivisionLevel level() {
        return level;
    }

    /** {@return the Chinese name, e.g. {@code 社区专职委员}} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name, e.g. {@code community officer}} */
    public String englishName() {
        return englishName;
    }
}
