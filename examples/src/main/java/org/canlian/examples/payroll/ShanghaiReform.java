package org.canlian.examples.payroll;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.sample.SampleData;
import org.canlian.examples.Table;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.payroll.ReformCalculator;
import org.canlian.rules.payroll.ReformImpact;
import org.canlian.rules.payroll.ReformTotal;
import org.canlian.rules.policy.DatedValue;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.Timeline;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.StopReason;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyParameters;
import org.canlian.rules.subsidy.SubsidyPolicies;

/**
 * Shanghai's 2025 revision of its two subsidies (from 2025-07-01: living 410 to 450 a month, a 低保边缘 rate of 320
 * replacing the low-income 290, care 300 and 150 to 350 and 180) against its 2021 standards continued, on a synthetic
 * roster of {@value #ROWS} certificate holders in five streets of 浦东新区 (310115) over 2025: for each programme, who
 * gains, who loses, who is newly eligible and who no longer is, the budget difference by month and by street, exactly.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.payroll.ShanghaiReform
 * }</pre>
 *
 * <p>The "current" policy is {@link SubsidyPolicies#SHANGHAI} with the living and care tables cut back to their first
 * (2021) standard, continued through the year; the "reform" is the file as shipped. What is synthetic and assumed:
 * category and grade as {@link org.canlian.core.sample.CertificateMix#COUNTY_ROSTER}; households 低保 10 %, 低保边缘
 * 6 %, 低收入 6 %, not in hardship 78 %; 45 % without a fixed income; long-term care for 80 % of grade 1-2 holders;
 * 1 % who die in 2025; holders spread evenly over the five streets. Nothing reads the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShanghaiReform {
    /** The seed of the synthetic roster. */
    public static final long SEED = 310_115L;
    /** Holders on the roster. */
    public static final int ROWS = 1_200;
    /** 浦东新区. */
    public static final DivisionCode PUDONG = DivisionCode.parse("310115");
    /** The five streets the holders are registered in, with their names (statistics bureau codes). */
    public static final Map<DivisionCode, String> STREETS = streets();
    /** Shanghai's region code, where its policy values are set. */
    static final DivisionCode SHANGHAI = DivisionCode.parse("31");
    /** The months compared. */
    public static final PayrollScope YEAR = PayrollScope.ofYear(PUDONG, 2025);

    private static final List<Programme> PROGRAMMES = List.of(Programme.LIVING, Programme.CARE);

    private ShanghaiReform() {}

    private static Map<DivisionCode, String> streets() {
        Map<DivisionCode, String> s = new LinkedHashMap<>();
        s.put(DivisionCode.parse("310115004"), "潍坊新村街道");
        s.put(DivisionCode.parse("310115005"), "陆家嘴街道");
        s.put(DivisionCode.parse("310115007"), "周家渡街道");
        s.put(DivisionCode.parse("310115008"), "塘桥街道");
        s.put(DivisionCode.parse("310115009"), "上钢新村街道");
        return java.util.Collections.unmodifiableMap(s);
    }

    /**
     * Runs the comparison and prints it.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(impact(roster(SEED))));
        out.flush();
    }

    /** Shanghai's file as shipped: the 2021 standards, then the 2025 revision. */
    public static PolicySet revised() {
        return SubsidyPolicies.load(SubsidyPolicies.SHANGHAI)
                .named("上海市 2025-07-01 起调整标准 Shanghai standards revised from 2025-07-01");
    }

    /** Shanghai's file with the first (2021) living and care standards continued, without the 2025 revision. */
    public static PolicySet standards2021() {
        PolicySet shanghai = revised();
        PolicySet set = shanghai;
        for (Programme p : PROGRAMMES) {
            DatedValue<DecisionTable> first = shanghai.timeline(SubsidyParameters.table(p), SHANGHAI)
                    .orElseThrow()
                    .values()
                    .get(0);
            set = set.withTimeline(
                    SubsidyParameters.table(p),
                    SHANGHAI,
                    Timeline.of(List.of(DatedValue.of(first.value(), first.from(), first.source()))));
        }
        return set.named("上海市 2021 年标准延续 Shanghai 2021 standards continued through 2025");
    }

    /** The reform's effect on the roster over {@link #YEAR}. */
    public static ReformImpact impact(List<Claimant> roster) {
        return ReformCalculator.of(
                        SubsidyCalculator.of(standards2021()),
                        SubsidyCalculator.of(revised()),
                        YEAR,
                        OnInvalidRow.REPORT_AND_CONTINUE)
                .run(roster);
    }

    /**
     * The synthetic roster: {@value #ROWS} holders, the same for the same seed.
     *
     * @param seed the seed
     * @return the claimants
     */
    public static List<Claimant> roster(long seed) {
        SampleData sample = SampleData.withSeed(seed);
        Random random = new Random(seed);
        Iterator<CertificateNumber> numbers = sample.certificateNumbers(
                        PUDONG, LocalDate.of(1935, 1, 1), LocalDate.of(2005, 12, 31))
                .iterator();
        List<DivisionCode> streets = List.copyOf(STREETS.keySet());
        List<Claimant> roster = new ArrayList<>(ROWS);
        java.util.Set<ResidentId> seen = new java.util.HashSet<>();
        while (roster.size() < ROWS) {
            CertificateNumber number = numbers.next();
            ResidentId id = number.residentId();
            if (!seen.add(id)) {
                continue;
            }
            LocalDate issued = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
            if (issued.isBefore(id.birthDate())) {
                issued = id.birthDate();
            }
            RosterRow.Builder b = RosterRow.builder()
                    .certificateNumber(number)
                    .validity(issued, CivilCodePeriod.lastDay(issued, Period.ofYears(10)))
                    .registration(streets.get(random.nextInt(streets.size())), RegistrationType.URBAN);
            if (number.category() == DisabilityCategory.MULTIPLE) {
                b.components(List.of(
                        new DisabilityRating.Component(DisabilityCategory.PHYSICAL, number.grade()),
                        new DisabilityRating.Component(DisabilityCategory.SPEECH, DisabilityGrade.FOUR)));
            }
            int h = random.nextInt(100);
            b.household(
                    h < 10
                            ? HouseholdStatus.DIBAO
                            : h < 16
                                    ? HouseholdStatus.NEAR_DIBAO
                                    : h < 22 ? HouseholdStatus.LOW_INCOME : HouseholdStatus.NONE);
            b.fixedIncome(random.nextInt(100) >= 45);
            b.longTermCare(number.grade().number() <= 2 && random.nextInt(100) < 80);
            b.noOtherAllowances().destituteSupport(false).workInjuryCare(false).childSupport(false);
            for (Programme p : PROGRAMMES) {
                b.applied(p, issued.plusDays(10 + random.nextInt(50)));
            }
            if (random.nextInt(100) == 0) {
                b.event(StopReason.DEATH, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)));
            }
            roster.add(b.build().toClaimant());
        }
        return roster;
    }

    /**
     * The comparison's text.
     *
     * @param r the reform's effect
     * @return the text, lines ending in {@code \n}
     */
    public static String render(ReformImpact r) {
        StringBuilder out = new StringBuilder();
        out.append("上海市浦东新区（")
                .append(PUDONG)
                .append("）残疾人两项补贴：2025 年调整与 2021 年标准对比 / Shanghai 2025 revision against the 2021 standards\n");
        out.append("现行 current: ").append(standards2021().name()).append('\n');
        out.append("调整 reform: ").append(revised().name()).append('\n');
        out.append("名册 roster: 合成数据 synthetic, ")
                .append(r.rowsRead())
                .append(" 人 holders in ")
                .append(STREETS.size())
                .append(" 个街道 streets; 期间 period ")
                .append(YEAR.from())
                .append(" – ")
                .append(YEAR.to())
                .append('\n');
        out.append('\n');

        YearMonth july = YearMonth.of(2025, 7);
        out.append("2025 年 7 月（调整后首月）July 2025, the first month of the revision（人数 people / 金额 amount）\n");
        changes(out, PROGRAMMES.stream().map(p -> r.total(PUDONG, p, july)).toList());
        out.append('\n');
        out.append("2025 全年 Whole year（每类变化每人计一次 each person counted once per kind of change）\n");
        changes(out, PROGRAMMES.stream().map(p -> r.periodTotal(PUDONG, p)).toList());
        out.append('\n');

        out.append("按月预算差额 Budget difference by month（调整后 − 现行 reform − current）\n");
        Table months = new Table(
                "月份 month",
                "生活补贴 现行 living current",
                "调整后 reform",
                "护理补贴 现行 care current",
                "调整后 reform",
                "差额 difference");
        Money year = Money.ZERO;
        for (YearMonth m : YEAR.months()) {
            ReformTotal living = r.total(PUDONG, Programme.LIVING, m);
            ReformTotal care = r.total(PUDONG, Programme.CARE, m);
            Money diff = r.budgetDifference(PUDONG, m);
            year = year.plus(diff);
            months.row(
                    m.toString(),
                    living.before().amount().format(),
                    living.after().amount().format(),
                    care.before().amount().format(),
                    care.after().amount().format(),
                    signed(diff));
        }
        months.row("合计 total", "", "", "", "", signed(year));
        months.render(out, "  ");
        out.append('\n');

        out.append("按街道全年预算差额 Year's budget difference by street\n");
        Table streets = new Table("街道 street", "生活补贴 living", "护理补贴 care", "合计 total");
        for (DivisionCode s : r.childrenOf(PUDONG)) {
            Money living = r.periodTotal(s, Programme.LIVING).budgetDifference();
            Money care = r.periodTotal(s, Programme.CARE).budgetDifference();
            streets.row(
                    STREETS.getOrDefault(s, "?") + " " + s, signed(living), signed(care), signed(living.plus(care)));
        }
        streets.render(out, "  ");
        out.append('\n');
        List<RowError> errors = r.errors();
        out.append("问题记录 Rows in error: ").append(errors.size()).append('\n');
        for (RowError e : errors.subList(0, Math.min(10, errors.size()))) {
            out.append("  第 ")
                    .append(e.line())
                    .append(" 行 line ")
                    .append(e.line())
                    .append(": ");
            out.append(e.message()).append('\n');
        }
        return out.toString();
    }

    private static void changes(StringBuilder out, List<ReformTotal> totals) {
        Table t = new Table(
                "",
                "人数 people",
                PROGRAMMES.get(0).chinese() + " living",
                "人数 people",
                PROGRAMMES.get(1).chinese() + " care");
        row(t, "现行 current", totals, ReformTotal::before);
        row(t, "调整后 reform", totals, ReformTotal::after);
        row(t, "增加 gainers（增加额 increase）", totals, ReformTotal::gains);
        row(t, "减少 losers（减少额 decrease）", totals, ReformTotal::losses);
        row(t, "新增享受 newly eligible", totals, ReformTotal::newlyEligible);
        row(t, "不再享受 no longer eligible", totals, ReformTotal::noLongerEligible);
        List<String> diff = new ArrayList<>(List.of("预算差额 budget difference"));
        for (ReformTotal r : totals) {
            diff.add("");
            diff.add(signed(r.budgetDifference()));
        }
        t.row(diff.toArray(String[]::new));
        t.render(out, "  ");
    }

    private static void row(
            Table t,
            String label,
            List<ReformTotal> totals,
            java.util.function.Function<ReformTotal, PeopleAndAmount> f) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (ReformTotal r : totals) {
            PeopleAndAmount pa = f.apply(r);
            cells.add(String.format("%,d 人", pa.people()));
            cells.add(pa.amount().format());
        }
        t.row(cells.toArray(String[]::new));
    }

    private static String signed(Money m) {
        return m.isPositive() ? "+" + m.format() : m.format();
    }
}
