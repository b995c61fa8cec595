package org.canlian.rules.stipend;

import java.util.Optional;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyCode;

/**
 * Who pays a part of an officer's stipend (county federations' work reports, 2009-2024): the county budget, the village's public funds, or the
 * employment fund that pays public-welfare posts (公益性岗位).
 *
 * <pre>{@code
 * FundingSource.ofCode("village-public-funds");    // VILLAGE_PUBLIC_FUNDS
 * FundingSource.find("County-Budget");             // Optional.empty: codes are exact
 * FundingSource.COUNTY_BUDGET.chinese();           // "县级财政"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FundingSource implements PolicyCode, Bilingual {
    /** The county's budget (县级财政). */
    COUNTY_BUDGET("county-budget", "县级财政", "county budget"),
    /** The village's public funds (村集体经费). */
    VILLAGE_PUBLIC_FUNDS("village-public-funds", "村集体经费", "village public funds"),
    /** The employment fund, for public-welfare posts (就业专项资金). */
    EMPLOYMENT_FUND("employment-fund", "就业专项资金", "employment fund");

    private final String code;
    private final String chineseName;
    private final String englishName;

    FundingSource(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * {@return the source written as {@code code} in policy files}
     *
     * @param code the code policy files use, e.g. {@code county-budget}
     * @throws org.canlian.core.InvalidValueException naming the code and the codes allowed
     */
    public static FundingSource ofCode(String code) {
        return PolicyCode.of(FundingSource.class, "funding source", code);
    }

    /**
     * {@return the source written as {@code code} in policy files, if any}
     *
     * @param code the code policy files use, e.g. {@code county-budget}
     */
    public static Optional<FundingSource> find(String code) {
        return PolicyCode.find(FundingSource.class, code);
    }

    /** The code used in policy files, e.g. {@code county-budget}. */
    @Override
    public String code() {
        return code;
    }

    /** The Chinese name, e.g. {@code 县级财政}. */
    @Override
    public String chinese() {
        return chineseName;
    }

    /** The English name, e.g. {@code county budget}. */
    @Override
    public String english() {
        return englishName;
    }
}
