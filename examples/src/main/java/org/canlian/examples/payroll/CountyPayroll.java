package org.canlian.examples.payroll;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.OrganisationUnit;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.sample.SampleData;
import org.canlian.examples.Demo;
import org.canlian.examples.Table;
import org.canlian.examples.roster.RosterReport;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PayrollCalculator;
import org.canlian.rules.payroll.PayrollProgress;
import org.canlian.rules.payroll.PayrollRow;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.roster.RosterColumn;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.roster.RosterWriter;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyPolicies;

/**
 * A year of payroll of 临泽县 (620723, Gansu): a deterministic synthetic roster of {@value #ROWS} certificate holders in
 * the county's real towns and villages is written as a roster CSV ({@link RosterWriter}), read back with
 * {@link RosterReader} (every row checked; the {@link Breakdown} counted in the same pass), and paid for 2025 under
 * {@link SubsidyPolicies#GANSU_LINZE} as known on {@link #DECISION_DATE}, with a progress bar on the console. Prints the
 * payroll by programme, by township and by month, and the rows in error (a capped list, personal numbers masked); then
 * writes a self-contained HTML report with SVG charts ({@link PayrollHtml}).
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.payroll.CountyPayroll
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.payroll.CountyPayroll \
 *     -Dexec.args="/tmp/report.html"
 * }</pre>
 *
 * <p>What is synthetic and assumed, not measured: birth years (1931-1955 35 %, 1956-1975 35 %, 1976-2000 20 %,
 * 2001-2019 10 %), category and grade as {@link org.canlian.core.sample.CertificateMix#COUNTY_ROSTER} (a real county's
 * roster); households 低保 14 %, 低保边缘 4 %, 低收入 5 %, not in hardship 70 %, unknown 7 %; 2 % under destitute-persons
 * support (特困), 5 % of children on orphan support; no work-injury care allowance; 20 % urban registration;
 * long-term care for 75 % of grade 1-2 holders (10 % unknown); 10 % with a fixed income; a lower-limb disability for
 * half of the physically disabled and a vehicle for a tenth of those; an old-age allowance for a third of holders aged
 * 80 or more (3 % of holders with their allowances unknown); applications a few weeks after the certificate, some in
 * 2025; 1.2 % who die in 2025 and 0.3 % whose registration moves out of the province in 2025; three rows spoiled as
 * county exports show them (a wrong check character, a village of the neighbouring county, a grade column that
 * disagrees with the number). Nothing reads the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyPayroll {
    /** The seed of the synthetic roster. */
    public static final long SEED = 2025_620_723L;
    /** Rows of the synthetic roster, spoiled rows included. */
    public static final int ROWS = 3_500;
    /** The year paid. */
    public static final int YEAR = 2025;
    /** The roster's export date, the readers' report date. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** The payroll is computed as the policy was known on this day. */
    public static final LocalDate DECISION_DATE = LocalDate.of(2026, 1, 10);
    /** Where the HTML report goes unless an argument says otherwise. */
    public static final String DEFAULT_REPORT = "target/linze-payroll-2025.html";
    /** Where the synthetic roster CSV is written (next to the report). */
    public static final String ROSTER_FILE = "linze-roster-2025.csv";
    /** Rows in error listed on the console; the HTML lists them all. */
    static final int ERRORS_SHOWN = 12;

    private static final LocalDate FIRST_ISSUE = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST_ISSUE = LocalDate.of(2025, 10, 31);
    private static final LocalDate YEAR_START = LocalDate.of(YEAR, 1, 1);
    private static final List<Programme> APPLIED_FOR =
            List.of(Programme.LIVING, Programme.CARE, Programme.ELDERLY, Programme.FUEL);

    private CountyPayroll() {}

    /**
     * What one run produced: the county, the roster read, and its payroll.
     *
     * @param county the county's units
     * @param source where the roster came from
     * @param summary what reading found
     * @param readErrors the rows the reader refused
     * @param breakdown the valid rows by category and grade
     * @param payroll the year's payroll of the valid rows
     */
    public record Run(
            Hierarchy county,
            String source,
            ReadSummary summary,
            List<RowError> readErrors,
            Breakdown breakdown,
            Payroll payroll) {
        /** The payroll's errors and the reader's, in line order. */
        public List<RowError> allErrors() {
            List<RowError> all = new ArrayList<>(readErrors);
            all.addAll(payroll.errors());
            all.sort(java.util.Comparator.comparingInt(RowError::line));
            return all;
        }

        /** The programmes that pay anyone in the county during the year, in the order of {@link Programme}. */
        public List<Programme> programmesPaid() {
            List<Programme> paid = new ArrayList<>();
            for (Programme p : Programme.values()) {
                if (payroll.periodTotal(county.root(), p).people() > 0) {
                    paid.add(p);
                }
            }
            return paid;
        }

        /** A unit's name and code: {@code 沙河镇 620723101}. */
        public String place(DivisionCode code) {
            return county.unit(code).map(OrganisationUnit::name).orElse("?") + " " + code;
        }

        /** The year's amount of every programme in {@code unit}. */
        public Money yearTotal(DivisionCode unit) {
            Money sum = Money.ZERO;
            for (Programme p : Programme.values()) {
                sum = sum.plus(payroll.periodTotal(unit, p).amount());
            }
            return sum;
        }

        /** Every programme's amount in the county in {@code month}. */
        public Money monthTotal(YearMonth month) {
            Money sum = Money.ZERO;
            for (Programme p : Programme.values()) {
                sum = sum.plus(payroll.total(county.root(), p, month).amount());
            }
            return sum;
        }
    }

    /**
     * Writes the roster, pays it, prints the payroll and writes the HTML report.
     *
     * @param args {@code [report.html]}, default {@value #DEFAULT_REPORT}
     */
    public static void main(String[] args) {
        Demo.main("CountyPayroll", () -> payAndReport(args));
    }

    private static void payAndReport(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : DEFAULT_REPORT);
        Path dir = report.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path rosterFile = dir.resolve(ROSTER_FILE);
        Hierarchy county = RosterReport.linze();
        Files.writeString(rosterFile, csv(SEED, county), StandardCharsets.UTF_8);

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("名册 roster: " + rosterFile + "（合成数据 synthetic, " + ROWS + " 行 rows）");
        Run run = run(
                v -> RosterReader.csv(AS_OF).within(county).read(rosterFile, OnInvalidRow.REPORT_AND_CONTINUE, v),
                rosterFile.getFileName().toString(),
                county,
                rows -> progressBar(out, rows));
        out.print(render(run));
        Files.writeString(report, PayrollHtml.render(run), StandardCharsets.UTF_8);
        out.println();
        out.println("HTML 报告 report: " + report.toAbsolutePath().normalize());
        out.flush();
    }

    /**
     * Reads {@code csv} and pays it: what {@link #main} does without files.
     *
     * @param csv a roster CSV text, e.g. {@link #csv}
     * @param county the county
     * @param progress given the number of rows to pay, the listener of the payroll's progress
     * @return the run
     */
    public static Run run(String csv, Hierarchy county, LongFunction<Consumer<PayrollProgress>> progress) {
        return run(
                v -> RosterReader.csv(AS_OF)
                        .within(county)
                        .read(new StringReader(csv), ROSTER_FILE, OnInvalidRow.REPORT_AND_CONTINUE, v),
                ROSTER_FILE,
                county,
                progress);
    }

    private static Run run(
            Function<RosterVisitor, ReadSummary> read,
            String source,
            Hierarchy county,
            LongFunction<Consumer<PayrollProgress>> progress) {
        Breakdown.Counter counter = Breakdown.counter();
        List<PayrollRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        ReadSummary summary = read.apply(RosterVisitor.of(
                (line, row) -> {
                    counter.add(row);
                    rows.add(new PayrollRow(line, row.toClaimant()));
                },
                errors::add));
        Payroll payroll = calculator(county)
                .withProgress(100, progress.apply(rows.size()))
                .runRows(rows);
        return new Run(county, source, summary, List.copyOf(errors), counter.breakdown(), payroll);
    }

    /** The payroll calculator of the county's year. */
    public static PayrollCalculator calculator(Hierarchy county) {
        return PayrollCalculator.of(
                SubsidyCalculator.of(SubsidyPolicies.load(SubsidyPolicies.GANSU_LINZE))
                        .asKnownOn(DECISION_DATE),
                PayrollScope.ofYear(county.root(), YEAR),
                OnInvalidRow.REPORT_AND_CONTINUE);
    }

    /** A console progress bar redrawn in place: {@code [██████░░░░] 2,100 / 3,500 行 rows  41,000 行/秒 rows/s}. */
    static Consumer<PayrollProgress> progressBar(PrintStream out, long expected) {
        return p -> {
            int filled = (int) Math.min(30, p.rowsDone() * 30 / Math.max(1, expected));
            out.printf(
                    "\r计算中 paying [%s%s] %,d / %,d 行 rows  %,.0f 行/秒 rows/s",
                    "█".repeat(filled), "░".repeat(30 - filled), p.rowsDone(), expected, p.rowsPerSecond());
            if (p.rowsDone() >= expected) {
                out.println();
            }
            out.flush();
        };
    }

    /**
     * The synthetic roster as {@link RosterWriter} writes it, {@value #ROWS} rows after the header, three of them
     * spoiled (lines 58, 1207 and 2890). The same seed gives the same text.
     *
     * @param seed the seed
     * @param county the county and its villages
     * @return the CSV text
     */
    public static String csv(long seed, Hierarchy county) {
        return csv(seed, county, ROWS);
    }

    /**
     * A synthetic roster of {@code count} rows (at least 2,890), spoiled as {@link #csv(long, Hierarchy)}'s.
     *
     * @param seed the seed
     * @param county the county and its villages
     * @param count the rows after the header
     * @return the CSV text
     */
    public static String csv(long seed, Hierarchy county, int count) {
        StringWriter text = new StringWriter();
        try (RosterWriter out = RosterWriter.csv(text)) {
            for (RosterRow row : rows(seed, county, count)) {
                out.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.toString().split("\n", -1);
        List<String> header = List.of(lines[0].split(",", -1));
        int registration = header.indexOf(RosterColumn.REGISTRATION.header());
        int grade = header.indexOf(RosterColumn.GRADE.header());
        int certificate = header.indexOf(RosterColumn.CERTIFICATE_NUMBER.header());
        int id = header.indexOf(RosterColumn.RESIDENT_ID.header());
        spoil(lines, 58, id, cells -> {
            // a typo in the check character, in both numbers
            String checks = "0123456789X";
            char wrong = checks.charAt((checks.indexOf(cells[id].charAt(17)) + 1) % checks.length());
            cells[id] = cells[id].substring(0, 17) + wrong;
            cells[certificate] = cells[id] + cells[certificate].substring(18);
        });
        spoil(lines, 1207, id, cells -> cells[registration] = "620724101201"); // 高台县's 利号村
        spoil(lines, 2890, id, cells -> cells[grade] = cells[grade].equals("一级") ? "二级" : "一级");
        return String.join("\n", lines);
    }

    private static void spoil(String[] lines, int line, int anyColumn, Consumer<String[]> change) {
        if (lines[line - 1].indexOf('"') >= 0) {
            throw new IllegalStateException("a generated row needs no quoting: line " + line);
        }
        String[] cells = lines[line - 1].split(",", -1);
        change.accept(cells);
        lines[line - 1] = String.join(",", cells);
    }

    /**
     * The synthetic holders, valid rows all (see the class comment for the mix).
     *
     * @param seed the seed
     * @param county the county and its villages
     * @return {@value #ROWS} rows
     */
    public static List<RosterRow> rows(long seed, Hierarchy county) {
        return rows(seed, county, ROWS);
    }

    /**
     * {@code count} synthetic holders, valid rows all.
     *
     * @param seed the seed
     * @param county the county and its villages
     * @param count how many
     * @return the rows
     */
    public static List<RosterRow> rows(long seed, Hierarchy county, int count) {
        SampleData sample = SampleData.withSeed(seed);
        Random random = new Random(seed);
        DivisionCode home = county.root();
        int[] ageWeights = {35, 35, 20, 10};
        List<Iterator<CertificateNumber>> byAge = List.of(
                sample.certificateNumbers(home, LocalDate.of(1931, 1, 1), LocalDate.of(1955, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(1956, 1, 1), LocalDate.of(1975, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(1976, 1, 1), LocalDate.of(2000, 12, 31))
                        .iterator(),
                sample.certificateNumbers(home, LocalDate.of(2001, 1, 1), LocalDate.of(2019, 12, 31))
                        .iterator());
        List<DivisionCode> villages = county.units()
                .map(OrganisationUnit::code)
                .filter(c -> c.level() == DivisionLevel.VILLAGE)
                .sorted()
                .toList();
        List<RosterRow> rows = new ArrayList<>(count);
        java.util.Set<ResidentId> seen = new java.util.HashSet<>();
        while (rows.size() < count) {
            CertificateNumber number = byAge.get(weighted(random, ageWeights)).next();
            ResidentId id = number.residentId();
            if (!seen.add(id)) {
                continue;
            }
            rows.add(holder(random, number, villages.get(random.nextInt(villages.size()))));
        }
        return rows;
    }

    private static RosterRow holder(Random random, CertificateNumber number, DivisionCode village) {
        ResidentId id = number.residentId();
        LocalDate first = id.birthDate().isAfter(FIRST_ISSUE) ? id.birthDate() : FIRST_ISSUE;
        LocalDate issued = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, LAST_ISSUE) + 1));
        RosterRow.Builder b = RosterRow.builder()
                .certificateNumber(number)
                .sex(id.sex())
                .validity(issued, CivilCodePeriod.lastDay(issued, Period.ofYears(10)))
                .registration(village, random.nextInt(100) < 20 ? RegistrationType.URBAN : RegistrationType.RURAL);
        if (number.category() == DisabilityCategory.MULTIPLE) {
            b.components(components(random, number.grade()));
        }
        int h = random.nextInt(100);
        if (h < 14) {
            b.household(HouseholdStatus.DIBAO);
        } else if (h < 18) {
            b.household(HouseholdStatus.NEAR_DIBAO);
        } else if (h < 23) {
            b.household(HouseholdStatus.LOW_INCOME);
        } else if (h < 93) {
            b.household(HouseholdStatus.NONE);
        } // else unknown
        b.fixedIncome(random.nextInt(100) < 10);
        b.destituteSupport(random.nextInt(100) < 2).workInjuryCare(false);
        b.childSupport(id.birthDate().until(YEAR_START).getYears() < 18 && random.nextInt(20) == 0);
        if (number.grade().number() <= 2) {
            int c = random.nextInt(100);
            if (c < 75) {
                b.longTermCare(true);
            } else if (c < 90) {
                b.longTermCare(false);
            } // else unknown
        } else {
            b.longTermCare(false);
        }
        boolean lowerLimb = number.category() == DisabilityCategory.PHYSICAL && random.nextBoolean();
        b.lowerLimb(lowerLimb).ownsVehicle(lowerLimb && random.nextInt(10) == 0);
        int age = id.birthDate().until(YEAR_START).getYears();
        b.schooling(age < 18 ? Schooling.SCHOOL : Schooling.NONE);
        int a = random.nextInt(100);
        if (a >= 3) {
            if (age >= 80 && random.nextInt(3) == 0) {
                b.allowance(Allowance.OLD_AGE, Money.ofYuan(100));
            } else {
                b.noOtherAllowances();
            }
        } // else the allowances are unknown
        for (Programme p : APPLIED_FOR) {
            LocalDate applied = issued.plusDays(7 + random.nextInt(60));
            if (!applied.isAfter(AS_OF)) {
                b.applied(p, applied);
            }
        }
        int e = random.nextInt(1000);
        if (e < 12) {
            b.event(StopReason.DEATH, YEAR_START.plusDays(random.nextInt(365)));
        } else if (e < 15) {
            b.event(StopReason.MOVED_OUT, YEAR_START.plusDays(random.nextInt(365)));
        }
        return b.build();
    }

    /** Two or three components of distinct single categories, the first of the certificate's grade. */
    private static List<DisabilityRating.Component> components(Random random, DisabilityGrade grade) {
        List<DisabilityCategory> singles =
                new ArrayList<>(List.of(DisabilityCategory.values()).subList(0, 6));
        java.util.Collections.shuffle(singles, random);
        List<DisabilityRating.Component> components = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            int g = i == 0 ? grade.number() : grade.number() + random.nextInt(5 - grade.number());
            components.add(new DisabilityRating.Component(singles.get(i), DisabilityGrade.of(g)));
        }
        return components;
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i];
            i++;
        }
        return i;
    }

    /**
     * The console report: the roster read, the year by programme, by township and by month, and the rows in error.
     *
     * @param run the run
     * @return the text, lines ending in {@code \n}
     */
    public static String render(Run run) {
        Payroll p = run.payroll();
        DivisionCode county = run.county().root();
        List<Programme> paid = run.programmesPaid();
        StringBuilder out = new StringBuilder();
        out.append(run.place(county))
                .append(" ")
                .append(YEAR)
                .append(" 年残疾人补贴发放 / Disability subsidy payroll ")
                .append(YEAR)
                .append('\n');
        out.append("政策 policy: ").append(p.policy()).append('\n');
        out.append("名册 roster: ")
                .append(run.source())
                .append("; 读取 rows read ")
                .append(run.summary().rowsRead())
                .append(", 有效 valid ")
                .append(run.summary().valid())
                .append(", 无效 invalid ")
                .append(run.summary().invalid())
                .append('\n');
        out.append("发放 paid: 有效持证人 ")
                .append(p.rowsRead())
                .append(" valid holders; 整行未计 rows left out ")
                .append(p.rowsRejected())
                .append("; 部分月份无法判定 rows with undecided months ")
                .append(p.rowsWithUndecided())
                .append('\n');
        out.append('\n');

        out.append("全县全年按项目 County year by programme（人数为至少领取一个月的人数 people paid in at least one month）\n");
        Table programmes = new Table("项目 programme", "人数 people", "金额 amount");
        for (Programme pr : paid) {
            PeopleAndAmount t = p.periodTotal(county, pr);
            programmes.row(
                    pr.chinese() + " " + pr.english(),
                    String.format("%,d", t.people()),
                    t.amount().format());
        }
        programmes.row("合计 total", "", run.yearTotal(county).format());
        programmes.render(out, "  ");
        out.append('\n');

        out.append("按乡镇 By township（全年金额 year's amounts）\n");
        List<String> head = new ArrayList<>(List.of("乡镇 township"));
        for (Programme pr : paid) {
            head.add(shortName(pr));
        }
        head.add("合计 total");
        Table towns = new Table(head.toArray(String[]::new));
        List<DivisionCode> units = new ArrayList<>(p.childrenOf(county));
        units.add(county);
        for (DivisionCode t : units) {
            List<String> cells = new ArrayList<>(List.of(t.equals(county) ? "全县 county " + county : run.place(t)));
            for (Programme pr : paid) {
                cells.add(p.periodTotal(t, pr).amount().format());
            }
            cells.add(run.yearTotal(t).format());
            towns.row(cells.toArray(String[]::new));
        }
        towns.render(out, "  ");
        out.append('\n');

        out.append("按月 By month（全县 county; 年度项目在当年首个符合条件的月份发放 yearly programmes in the first eligible month）\n");
        head.set(0, "月份 month");
        Table months = new Table(head.toArray(String[]::new));
        for (YearMonth m : p.scope().months()) {
            List<String> cells = new ArrayList<>(List.of(m.toString()));
            for (Programme pr : paid) {
                PeopleAndAmount t = p.total(county, pr, m);
                cells.add(t.amount().format() + String.format(" (%,d)", t.people()));
            }
            cells.add(run.monthTotal(m).format());
            months.row(cells.toArray(String[]::new));
        }
        months.render(out, "  ");
        out.append("  括号内为人数 people paid in brackets\n");
        out.append('\n');

        List<RowError> errors = run.allErrors();
        out.append("问题记录 Rows in error: ")
                .append(errors.size())
                .append("（读取 refused on reading ")
                .append(run.readErrors().size())
                .append(", 无法判定 undecided ")
                .append(p.errors().size())
                .append("; 身份证号已脱敏 personal numbers masked）\n");
        for (RowError e : errors.subList(0, Math.min(ERRORS_SHOWN, errors.size()))) {
            out.append("  第 ")
                    .append(e.line())
                    .append(" 行 line ")
                    .append(e.line())
                    .append(": ");
            out.append(e.message()).append('\n');
        }
        if (errors.size() > ERRORS_SHOWN) {
            out.append("  …… 另有 ")
                    .append(errors.size() - ERRORS_SHOWN)
                    .append(" 条 and ")
                    .append(errors.size() - ERRORS_SHOWN)
                    .append(" more (HTML 报告列出全部 all in the HTML report)\n");
        }
        return out.toString();
    }

    /** A programme's short bilingual column heading: {@code 护理 care}. */
    static String shortName(Programme p) {
        return switch (p) {
            case LIVING -> "生活补贴 living";
            case CARE -> "护理补贴 care";
            case ELDERLY -> "老年补助 elderly";
            case FUEL -> "燃油补贴 fuel";
            case SCHOOL -> "助学 school";
            case COLLEGE -> "大学新生 college";
            case MEDICAL_INSURANCE -> "医保资助 insurance";
        };
    }
}
