package org.canlian.examples.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.OrganisationUnit;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.roster.RosterReport;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.Explanation;
import org.canlian.rules.policy.Phrase;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.policy.StepKind;
import org.canlian.rules.policy.Unit;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.StopReason;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyDecision;
import org.canlian.rules.subsidy.SubsidyMonth;
import org.canlian.rules.subsidy.SubsidyPolicies;

/**
 * Decides eight claimants of 临泽县 (620723, Gansu) for March 2025 under the shipped national and county subsidy
 * rules, as a county federation would on 10 April 2025: for each, the programmes applied for with their answer,
 * amount and unit after "higher of" and why each unpaid one is not paid, then for two of them the full explanation in
 * Chinese and English.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.subsidy.SubsidyDecisions
 * }</pre>
 *
 * <p>The claimants are invented: their resident IDs are valid (address code 620723, real birth dates, MOD 11-2 check
 * character) but belong to nobody, and are only ever printed masked; the old-age allowance amounts are illustrative.
 * Nothing reads the clock: the benefit month and the decision date are fixed below.
 */
public final class SubsidyDecisions {
    /** The benefit month decided. */
    public static final YearMonth MONTH = YearMonth.of(2025, 3);
    /** The day the decisions are made: values published after it are not used. */
    public static final LocalDate DECISION_DATE = LocalDate.of(2025, 4, 10);

    /** The cases whose full explanation is printed (numbers of {@link #cases()}). */
    static final List<Integer> EXPLAINED = List.of(2, 6);

    private static final DivisionCode LINZE = DivisionCode.parse("620723");

    private SubsidyDecisions() {}

    /**
     * One invented claimant with a short description of the situation.
     *
     * @param number the case number, from 1
     * @param chinese the situation in Chinese
     * @param english the situation in English
     * @param claimant the facts
     */
    public record Case(int number, String chinese, String english, Claimant claimant) {
        /** The programmes the claimant applied for, in the order of {@link Programme}. */
        public List<Programme> appliedFor() {
            List<Programme> out = new ArrayList<>();
            for (Programme p : Programme.values()) {
                if (claimant.appliedOn(p).isPresent()) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    /**
     * A case decided: every programme for {@link #MONTH}, with "higher of" applied.
     *
     * @param person the case
     * @param month the decisions
     */
    public record Decided(Case person, SubsidyMonth month) {}

    /**
     * Every case decided under one policy set.
     *
     * @param policy the policy set's name
     * @param decided the cases, in order
     */
    public record Report(String policy, List<Decided> decided) {
        /** The case numbered {@code number}. */
        public Decided get(int number) {
            return decided.stream()
                    .filter(d -> d.person().number() == number)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * Runs the demo.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(render(decideAll()));
    }

    /** The eight cases, decided under the national rules and 临泽县's file as known on {@link #DECISION_DATE}. */
    public static Report decideAll() {
        PolicySet policy = SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE);
        SubsidyCalculator calculator = SubsidyCalculator.of(policy).asKnownOn(DECISION_DATE);
        List<Decided> out = new ArrayList<>();
        for (Case c : cases()) {
            out.add(new Decided(c, calculator.decideAll(c.claimant(), MONTH)));
        }
        return new Report(policy.name(), List.copyOf(out));
    }

    /** The eight invented claimants. */
    public static List<Case> cases() {
        DisabilityRating physical2 = DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO);
        return List.of(
                new Case(
                        1,
                        "低保户，肢体二级，需长期照护",
                        "dibao household, physical grade 2, needs long-term care",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1972, 8, 19), 24))
                                .certificate(physical2, LocalDate.of(2021, 6, 8), LocalDate.of(2031, 6, 7))
                                .registration(DivisionCode.parse("620723101"), RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .longTermCare(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.LIVING, LocalDate.of(2021, 7, 2))
                                .applied(Programme.CARE, LocalDate.of(2021, 7, 2))
                                .build()),
                new Case(
                        2,
                        "70 岁，低保户，肢体二级，需长期照护，领高龄津贴",
                        "aged 70, dibao household, physical grade 2, long-term care, old-age allowance",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1954, 11, 3), 13))
                                .certificate(physical2, LocalDate.of(2019, 4, 16), LocalDate.of(2029, 4, 15))
                                .registration(DivisionCode.parse("620723103"), RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .longTermCare(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .allowance(Allowance.OLD_AGE, Money.ofYuan(150))
                                .applied(Programme.LIVING, LocalDate.of(2019, 5, 6))
                                .applied(Programme.CARE, LocalDate.of(2019, 5, 6))
                                .applied(Programme.ELDERLY, LocalDate.of(2019, 5, 6))
                                .build()),
                new Case(
                        3,
                        "特困供养人员，智力一级，需长期照护",
                        "under destitute-persons support, intellectual grade 1, long-term care",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1988, 2, 27), 31))
                                .certificate(
                                        DisabilityRating.single(DisabilityCategory.INTELLECTUAL, DisabilityGrade.ONE),
                                        LocalDate.of(2018, 9, 3),
                                        LocalDate.of(2028, 9, 2))
                                .registration(DivisionCode.parse("620723105"), RegistrationType.RURAL)
                                .household(HouseholdStatus.NONE)
                                .longTermCare(true)
                                .destituteSupport(true)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.LIVING, LocalDate.of(2024, 11, 12))
                                .applied(Programme.CARE, LocalDate.of(2024, 11, 12))
                                .build()),
                new Case(
                        4,
                        "残疾人证 2024-11-30 到期未换领",
                        "certificate expired on 2024-11-30, not renewed",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1965, 5, 9), 42))
                                .certificate(physical2, LocalDate.of(2014, 12, 1), LocalDate.of(2024, 11, 30))
                                .registration(DivisionCode.parse("620723102"), RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .longTermCare(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.LIVING, LocalDate.of(2016, 3, 14))
                                .applied(Programme.CARE, LocalDate.of(2016, 3, 14))
                                .build()),
                new Case(
                        5,
                        "2025-02-17 死亡",
                        "died on 2025-02-17",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1949, 1, 22), 17))
                                .certificate(
                                        DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.ONE),
                                        LocalDate.of(2017, 10, 9),
                                        LocalDate.of(2027, 10, 8))
                                .registration(DivisionCode.parse("620723107"), RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .longTermCare(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.CARE, LocalDate.of(2017, 11, 1))
                                .applied(Programme.ELDERLY, LocalDate.of(2017, 11, 1))
                                .event(StopReason.DEATH, LocalDate.of(2025, 2, 17))
                                .build()),
                new Case(
                        6,
                        "本月新申请，精神一级，照护需求待评估",
                        "applied this month, psychosocial grade 1, care need not yet assessed",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1996, 12, 30), 58))
                                .certificate(
                                        DisabilityRating.single(DisabilityCategory.PSYCHOSOCIAL, DisabilityGrade.ONE),
                                        LocalDate.of(2025, 2, 20),
                                        LocalDate.of(2035, 2, 19))
                                .registration(DivisionCode.parse("620723104"), RegistrationType.RURAL)
                                .household(HouseholdStatus.DIBAO)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.LIVING, LocalDate.of(2025, 3, 5))
                                .applied(Programme.CARE, LocalDate.of(2025, 3, 5))
                                .build()),
                new Case(
                        7,
                        "轮椅使用者，下肢肢体二级，自有残疾人机动轮椅车",
                        "wheelchair user, physical grade 2 (lower limbs), own motor vehicle",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1983, 7, 11), 35))
                                .certificate(physical2, LocalDate.of(2020, 8, 24), LocalDate.of(2030, 8, 23))
                                .registration(DivisionCode.parse("620723101"), RegistrationType.URBAN)
                                .household(HouseholdStatus.NONE)
                                .longTermCare(false)
                                .lowerLimb(true)
                                .ownsVehicle(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .noOtherAllowances()
                                .applied(Programme.FUEL, LocalDate.of(2024, 5, 20))
                                .build()),
                new Case(
                        8,
                        "83 岁，视力一级，需长期照护，高龄津贴高于护理补贴",
                        "aged 83, visual grade 1, long-term care, old-age allowance above the care subsidy",
                        Claimant.builder()
                                .residentId(id(LocalDate.of(1941, 9, 5), 26))
                                .certificate(
                                        DisabilityRating.single(DisabilityCategory.VISUAL, DisabilityGrade.ONE),
                                        LocalDate.of(2022, 3, 1),
                                        LocalDate.of(2032, 2, 29))
                                .registration(DivisionCode.parse("620723106"), RegistrationType.RURAL)
                                .household(HouseholdStatus.NONE)
                                .longTermCare(true)
                                .destituteSupport(false)
                                .workInjuryCare(false)
                                .childSupport(false)
                                .allowance(Allowance.OLD_AGE, Money.ofYuan(200))
                                .applied(Programme.CARE, LocalDate.of(2022, 4, 7))
                                .applied(Programme.ELDERLY, LocalDate.of(2022, 4, 7))
                                .build()));
    }

    /**
     * A valid resident ID of 临泽县: address code 620723, the birth date, a sequence number (odd for a man, even for a
     * woman) and the MOD 11-2 check character.
     */
    static ResidentId id(LocalDate born, int sequence) {
        String digits = LINZE.value() + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return ResidentId.parse(digits + ResidentId.checkCharacter(digits), DECISION_DATE);
    }

    /**
     * The report: a heading, each case's facts, summary table and reasons, then the full explanation of the cases of
     * {@link #EXPLAINED}.
     */
    public static String render(Report report) {
        Hierarchy linze = RosterReport.linze();
        StringBuilder out = new StringBuilder();
        out.append(place(linze, linze.root()))
                .append(" 残疾人补贴资格审核 / Subsidy eligibility: ")
                .append(MONTH.getYear())
                .append("年")
                .append(MONTH.getMonthValue())
                .append("月 ")
                .append(MONTH.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ')
                .append(MONTH.getYear())
                .append('\n');
        out.append("决定日期 decision date: ")
                .append(DECISION_DATE)
                .append("（此后公布的政策不适用 values published later are not used）\n");
        out.append("政策 policy: ").append(report.policy()).append('\n');
        out.append("案例为虚构，身份证号已脱敏 invented claimants, resident IDs masked\n");
        for (Decided d : report.decided()) {
            out.append('\n');
            summary(out, d, linze);
        }
        for (Decided d : report.decided()) {
            if (EXPLAINED.contains(d.person().number())) {
                out.append('\n');
                explain(out, d);
            }
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, Decided d, Hierarchy linze) {
        Case c = d.person();
        Claimant cl = c.claimant();
        ResidentId id = cl.residentId().orElseThrow();
        DivisionCode at = cl.registration().orElseThrow();
        out.append("案例 ")
                .append(c.number())
                .append(" Case ")
                .append(c.number())
                .append(": ")
                .append(c.chinese())
                .append(" / ")
                .append(c.english())
                .append('\n');
        out.append("  ")
                .append(id.masked())
                .append(", ")
                .append(id.sex().chineseName())
                .append(' ')
                .append(id.sex().englishName())
                .append(", ")
                .append(id.ageOn(MONTH.atDay(1)))
                .append(" 岁 years; 户籍 registered in ")
                .append(place(linze, at))
                .append(", ")
                .append(place(linze, linze.root()))
                .append(", ")
                .append(both(cl.registrationType().orElseThrow()))
                .append('\n');
        SubsidyMonth m = d.month();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"项目 programme", "结果 result", "金额 amount", "单位 unit"});
        Money monthly = Money.ZERO;
        Money yearly = Money.ZERO;
        for (Programme p : c.appliedFor()) {
            Eligibility e = m.status(p);
            rows.add(new String[] {
                both(p), both(e), e == Eligibility.ELIGIBLE ? m.paid(p).format() : "-", unit(p.unit())
            });
            if (p.unit() == Unit.CNY_PER_MONTH) {
                monthly = monthly.plus(m.paid(p));
            } else if (p.unit() == Unit.CNY_PER_YEAR) {
                yearly = yearly.plus(m.paid(p));
            }
        }
        if (c.appliedFor().stream().anyMatch(p -> p.unit() == Unit.CNY_PER_MONTH)) {
            rows.add(new String[] {"合计 total", "", monthly.format(), unit(Unit.CNY_PER_MONTH)});
        }
        if (c.appliedFor().stream().anyMatch(p -> p.unit() == Unit.CNY_PER_YEAR)) {
            rows.add(new String[] {"合计 total", "", yearly.format(), unit(Unit.CNY_PER_YEAR)});
        }
        table(out, rows, new boolean[] {false, false, true, false});
        for (Programme p : c.appliedFor()) {
            SubsidyDecision own = m.decision(p);
            for (Phrase failed : own.failedConditions()) {
                reason(out, p, failed);
            }
            if (!own.missingFacts().isEmpty()) {
                reason(out, p, Phrase.of("无法判断，缺少：{0}", "cannot decide, missing: {0}", joined(own.missingFacts())));
            }
        }
        cl.allowances()
                .ifPresent(a -> a.forEach((allowance, amount) -> out.append("  另领 also receives ")
                        .append(both(allowance))
                        .append(' ')
                        .append(amount.format())
                        .append(' ')
                        .append(unit(Unit.CNY_PER_MONTH))
                        .append("（非本表项目 outside these programmes）\n")));
        for (Explanation.Step s : m.higherOf().steps()) {
            if (s.kind() == StepKind.RULE) {
                out.append("  ").append(s.chinese()).append('\n');
                out.append("    ").append(s.english()).append('\n');
            }
        }
    }

    /** A reason a programme is not paid, in Chinese, then in English below it. */
    private static void reason(StringBuilder out, Programme p, Phrase why) {
        out.append("  ").append(p.chinese()).append("：").append(why.chinese()).append('\n');
        out.append("    ")
                .append(p.english())
                .append(": ")
                .append(why.english())
                .append('\n');
    }

    private static Phrase joined(List<Bilingual> parts) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            zh.append(i == 0 ? "" : "、").append('{').append(i).append('}');
            en.append(i == 0 ? "" : ", ").append('{').append(i).append('}');
        }
        return Phrase.of(zh.toString(), en.toString(), parts.toArray());
    }

    /** Every programme applied for, explained in Chinese then English, then the "higher of" steps. */
    private static void explain(StringBuilder out, Decided d) {
        Case c = d.person();
        out.append("== 案例 ")
                .append(c.number())
                .append(" 的依据 / Why, case ")
                .append(c.number())
                .append(" ==\n");
        for (Programme p : c.appliedFor()) {
            Explanation e = d.month().decision(p).explanation();
            out.append("-- ").append(both(p)).append(" --\n");
            out.append("中文：\n").append(e.toText(Locale.CHINESE));
            out.append("English:\n").append(e.toText(Locale.ENGLISH));
        }
        out.append("-- 择高享受 higher of --\n");
        out.append("中文：\n").append(d.month().higherOf().toText(Locale.CHINESE));
        out.append("English:\n").append(d.month().higherOf().toText(Locale.ENGLISH));
    }

    /** A division's code and name: {@code 620723101 沙河镇}. */
    private static String place(Hierarchy names, DivisionCode code) {
        return code.value() + " " + names.unit(code).map(OrganisationUnit::name).orElse("?");
    }

    private static String both(Bilingual b) {
        return b.chinese() + " " + b.english();
    }

    private static String unit(Unit u) {
        switch (u) {
            case CNY_PER_MONTH:
                return "每月 per month";
            case CNY_PER_YEAR:
                return "每年 per year";
            default:
                return "一次 once";
        }
    }

    /** Rows of cells as an aligned table, each column as wide as its widest cell in display columns. */
    static void table(StringBuilder out, List<String[]> rows, boolean[] rightAligned) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(rightAligned[i] ? padLeft(r[i], widths[i]) : padRight(r[i], widths[i]));
                if (i < r.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Pads on the right to a display width, a CJK character counting as two columns. */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    /** Pads on the left (right-aligns) to a display width. */
    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
    }

    /**
     * The columns a terminal gives the text: two for a CJK ideograph, full-width form or CJK punctuation, one
     * otherwise.
     */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
