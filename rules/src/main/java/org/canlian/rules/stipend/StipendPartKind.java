package org.canlian.rules.stipend;

/**
 * The parts an officer's monthly stipend is made of (county federations' work reports, 2009-2024): allowances, a post subsidy, the top-up that
 * raises pay to its floor, and the social-insurance contribution a policy may pay on the officer's behalf.
 *
 * <pre>{@code
 * StipendPartKind.LOST_WORK_ALLOWANCE.chineseName();    // "误工补贴"
 * StipendPartKind.SOCIAL_INSURANCE.paidToOfficer();     // false: paid to the insurance fund
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StipendPartKind {
    /** Work allowance (工作补贴). */
    WORK_ALLOWANCE("work-allowance", "工作补贴", "work allowance", true),
    /** Lost-work allowance (误工补贴). */
    LOST_WORK_ALLOWANCE("lost-work-allowance", "误工补贴", "lost-work allowance", true),
    /** Post subsidy, e.g. of a public-welfare post (岗位补贴). */
    POST_SUBSIDY("post-subsidy", "岗位补贴", "post subsidy", true),
    /** The top-up that raises the allowances to the floor in force (保底补足). */
    FLOOR_TOP_UP("floor-top-up", "保底补足", "floor top-up", true),
    /** The social-insurance contribution paid for the officer (社会保险缴费), not paid out to them. */
    SOCIAL_INSURANCE("social-insurance", "社会保险缴费", "social-insurance contribution", false);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final boolean paidToOfficer;

    StipendPartKind(String code, String chineseName, String englishName, boolean paidToOfficer) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.paidToOfficer = paidToOfficer;
    }

    /** {@return the code used in parameter keys and JSON, e.g. {@code lost-work-allowance}} */
    public String code() {
        return code;
    }

    /** {@return the Chinese name} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the English name} */
    public String englishName() {
        return englishName;
    }

    /** {@return whether the part is paid to the officer (true) or on their behalf to an insurance fund (false)} */
    public boolean paidToOfficer() {
        return paidToOfficer;
    }
}
