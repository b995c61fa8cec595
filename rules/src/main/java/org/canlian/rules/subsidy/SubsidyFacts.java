package org.canlian.rules.subsidy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Fact;
import org.canlian.rules.policy.FactCode;
import org.canlian.rules.policy.FactSet;
import org.canlian.rules.policy.PolicyCode;

/**
 * The facts about a claimant that subsidy tables may test, by the names policy files use:
 *
 * <table>
 * <caption>facts</caption>
 * <tr><th>name</th><th>kind</th><th>values</th></tr>
 * <tr><td>{@code category}</td><td>codes</td><td>the certificate's category: {@code visual}, {@code hearing},
 *     {@code speech}, {@code physical}, {@code intellectual}, {@code psychosocial}, {@code multiple}</td></tr>
 * <tr><td>{@code component}</td><td>codes</td><td>every category involved: the category, or a multiple disability's
 *     components (so {@code ["intellectual", "psychosocial"]} also matches a multiple disability including them)</td></tr>
 * <tr><td>{@code grade}</td><td>codes</td><td>{@code 1} to {@code 4}</td></tr>
 * <tr><td>{@code household}</td><td>codes</td><td>{@code dibao}, {@code near-dibao}, {@code low-income}, {@code none}</td></tr>
 * <tr><td>{@code registration}</td><td>codes</td><td>{@code urban}, {@code rural}</td></tr>
 * <tr><td>{@code age}</td><td>number</td><td>whole years on the first day of the benefit month</td></tr>
 * <tr><td>{@code long-term-care}</td><td>flag</td><td>needs long-term care (more than 6 months)</td></tr>
 * <tr><td>{@code fixed-income}</td><td>flag</td><td>has a fixed income (wage, pension)</td></tr>
 * <tr><td>{@code lower-limb}</td><td>flag</td><td>the physical disability is of the lower limbs</td></tr>
 * <tr><td>{@code owns-vehicle}</td><td>flag</td><td>owns a motor vehicle for the disabled</td></tr>
 * <tr><td>{@code schooling}</td><td>codes</td><td>{@code none}, {@code school}, {@code junior-college},
 *     {@code undergraduate}</td></tr>
 * <tr><td>{@code destitute-support}</td><td>flag</td><td>under destitute-persons support (特困人员供养)</td></tr>
 * <tr><td>{@code work-injury-care}</td><td>flag</td><td>receives the work-injury care allowance</td></tr>
 * <tr><td>{@code child-support}</td><td>flag</td><td>an orphan or de-facto unsupported child on their support</td></tr>
 * </table>
 *
 * <pre>{@code
 * SubsidyFacts.SET.find("household");          // Optional[household]
 * SubsidyFacts.SET.indexOf("age");              // SubsidyFacts.AGE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubsidyFacts {
    /** Index of {@code category}. */
    public static final int CATEGORY = 0;
    /** Index of {@code component}. */
    public static final int COMPONENT = 1;
    /** Index of {@code grade}. */
    public static final int GRADE = 2;
    /** Index of {@code household}. */
    public static final int HOUSEHOLD = 3;
    /** Index of {@code registration}. */
    public static final int REGISTRATION = 4;
    /** Index of {@code age}. */
    public static final int AGE = 5;
    /** Index of {@code long-term-care}. */
    public static final int LONG_TERM_CARE = 6;
    /** Index of {@code fixed-income}. */
    public static final int FIXED_INCOME = 7;
    /** Index of {@code lower-limb}. */
    public static final int LOWER_LIMB = 8;
    /** Index of {@code owns-vehicle}. */
    public static final int OWNS_VEHICLE = 9;
    /** Index of {@code schooling}. */
    public static final int SCHOOLING = 10;
    /** Index of {@code destitute-support}. */
    public static final int DESTITUTE_SUPPORT = 11;
    /** Index of {@code work-injury-care}. */
    public static final int WORK_INJURY_CARE = 12;
    /** Index of {@code child-support}. */
    public static final int CHILD_SUPPORT = 13;

    private static final List<FactCode> CATEGORIES = Arrays.stream(DisabilityCategory.values())
            .map(c -> FactCode.of(c.englishName(), c.chineseName(), c.englishName() + " disability"))
            .toList();

    /** The facts, in index order. */
    public static final FactSet SET = FactSet.of(List.of(
            Fact.codes("category", "残疾类别", "disability category", CATEGORIES),
            Fact.codes("component", "所涉残疾类别", "category involved", CATEGORIES),
            Fact.codes("grade", "残疾等级", "disability grade", grades()),
            Fact.codes("household", "家庭类别", "household status", codes(HouseholdStatus.values())),
            Fact.codes("registration", "户籍类别", "registration", codes(RegistrationType.values())),
            Fact.number("age", "年龄", "age", "岁", "years"),
            Fact.flag("long-term-care", "需长期照护", "needs long-term care"),
            Fact.flag("fixed-income", "有固定收入", "has a fixed income"),
            Fact.flag("lower-limb", "下肢残疾", "lower-limb disability"),
            Fact.flag("owns-vehicle", "拥有残疾人机动车", "owns a motor vehicle for the disabled"),
            Fact.codes("schooling", "就学情况", "schooling", codes(Schooling.values())),
            Fact.flag("destitute-support", "特困人员供养", "destitute-persons support"),
            Fact.flag("work-injury-care", "领取工伤保险生活护理费", "work-injury care allowance"),
            Fact.flag("child-support", "孤儿或事实无人抚养儿童保障", "orphan or unsupported-child support")));

    private SubsidyFacts() {}

    private static List<FactCode> grades() {
        List<FactCode> out = new ArrayList<>();
        for (DisabilityGrade g : DisabilityGrade.values()) {
            out.add(FactCode.of(String.valueOf(g.number()), g.chineseName(), "grade " + g.number()));
        }
        return out;
    }

    static <E extends PolicyCode & Bilingual> List<FactCode> codes(E[] values) {
        return Arrays.stream(values)
                .map(v -> FactCode.of(v.code(), v.chinese(), v.english()))
                .toList();
    }
}
