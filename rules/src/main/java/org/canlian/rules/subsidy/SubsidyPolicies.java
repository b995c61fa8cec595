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

    /** Every shipped regional file. */
    public static List<String> regional() {
        return List.of(GANSU_LINZE);
    }
}
