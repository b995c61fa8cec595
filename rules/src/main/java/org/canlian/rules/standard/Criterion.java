package org.canlian.rules.standard;

/**
 * One criterion of the {@link OrganisationStandard}, as a report names it.
 *
 * <pre>{@code
 * Criterion.ACTIVITY_ROOM.chineseName();     // "活动室"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Criterion {
    /** A village or community association is formed (city and county federations' work reports, 2009-2024). */
    ASSOCIATION_FORMED("残协成立", "association formed"),
    /** A village or community association has its officer(s) (city and county federations' work reports, 2009-2024). */
    ASSOCIATION_OFFICERS("专职委员配备", "officers appointed"),
    /** A village or community association has an activity room (city and county federations' work reports, 2009-2024). */
    ACTIVITY_ROOM("活动室", "activity room"),
    /** A township-level federation has officers in the number its kind requires (county federations' work reports, 2009-2024). */
    TOWNSHIP_OFFICERS("乡镇（街道）专职委员", "township officers"),
    /** A special association exists (CDPF charter; city and county federations' work reports, 2009-2024). */
    SPECIAL_ASSOCIATION_PRESENT("专门协会成立", "special association present"),
    /** A special association has an office of its own (CDPF charter; city and county federations' work reports, 2009-2024). */
    SPECIAL_ASSOCIATION_OFFICE("专门协会办公场所", "special association office"),
    /** A special association's yearly activity budget reaches the floor of its level (CDPF charter; city and county federations' work reports, 2009-2024). */
    SPECIAL_ASSOCIATION_BUDGET("专门协会活动经费", "special association budget"),
    /** Disabled cadres' share of a federation's staff in post (city and county federations' work reports, 2009-2024). */
    DISABLED_STAFF_SHARE("残疾人干部比例", "disabled staff share"),
    /** The comprehensive service facility's floor area against the population band (city and county federations' work reports, 2009-2024). */
    SERVICE_FACILITY_AREA("综合服务设施面积", "service facility floor area");

    private final String chineseName;
    private final String englishName;

    Criterion(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the Chinese name} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name} */
    public String englishName() {
        return englishName;
    }
}
