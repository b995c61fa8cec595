package org.canlian.rules.subsidy;

import java.util.List;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;

/**
 * The subsidy policy files canlian ships: the national rules and real regional standards, each value citing its
 * source (its note marks the confidence: [G] read on a government page, [M] a media or mirror page, [R] a third-party
 * compilation of official pages, [seed] a county work report). Regional files set only what the region sets; load
 * them with the national file ({@link #load}).
 *
 * <pre>{@code
 * PolicySet linze = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE);     // national + 临泽县
 * SubsidyCalculator.of(linze).decide(claimant, Programme.CARE, YearMonth.of(2025, 3));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubsidyPolicies {
    private static final String DIR = "/org/canlian/rules/subsidy/";

    /** The national rules (region 00): payment start and stop, exclusions, "higher of" groups. */
    public static final String NATIONAL = DIR + "national.json";
    /** 甘肃省临泽县 (620723), the seed county: four programmes, flat amounts. */
    public static final String GANSU_LINZE = DIR + "gansu-linze-620723.json";
    /**
     * 上海市 (region 31): living by household status (410 / 290, then 450 / 320 from 2025-07-01), care by grade with
     * grade 3 intellectual and psychosocial disability added (300 / 150, then 350 / 180).
     */
    public static final String SHANGHAI = DIR + "shanghai-310000.json";
    /**
     * 福建省 (region 35): amounts indexed to the provincial rural 低保 minimum, shipped as the amounts the sources give
     * (2019-12, 2020, 2024-12, from 2025-01-01); care for people not in hardship kept at 115 / 85.
     */
    public static final String FUJIAN = DIR + "fujian-350000.json";
    /** 河北省石家庄市鹿泉区 (130110): living 110; care by household status and grade (230 / 130 / 100), from 2025-03. */
    public static final String HEBEI_LUQUAN = DIR + "hebei-luquan-130110.json";
    /** 陕西省 (region 61): living by age (100 under 18, 60 from 18), care 120 / 80 by grade, from 2016. */
    public static final String SHAANXI = DIR + "shaanxi-610000.json";
    /**
     * 江苏省 (region 32): care by registration (130 urban / 90 rural from 2023-04-01), living as a share of the local
     * 低保 standard, which a city's file must set.
     */
    public static final String JIANGSU = DIR + "jiangsu-320000.json";
    /** 新疆塔城地区托里县 (654224): flat living and care, 80 / 80 until 2019-12-31, then 100 / 100. */
    public static final String XINJIANG_TUOLI = DIR + "xinjiang-tuoli-654224.json";

    private SubsidyPolicies() {}

    /**
     * The national rules merged with the given regional files, read with {@link SubsidyParameters#catalog()}.
     *
     * @param resources classpath resources of regional files, e.g. {@link #GANSU_LINZE}
     * @return the merged policy set
     * @throws org.canlian.rules.policy.InvalidPolicyException if a file is invalid or two files set the same value
     */
    public static PolicySet load(String... resources) {
        PolicySet set = PolicyFiles.readResource(SubsidyParameters.catalog(), NATIONAL);
        for (String r : resources) {
            set = set.merge(PolicyFiles.readResource(SubsidyParameters.catalog(), r));
        }
        return set;
    }

    /** {@return every shipped regional file} */
    public static List<String> regional() {
        return List.of(GANSU_LINZE, SHANGHAI, FUJIAN, HEBEI_LUQUAN, SHAANXI, JIANGSU, XINJIANG_TUOLI);
    }
}
