package org.canlian.examples.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.OrganisationUnit;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.Demo;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.standard.Rate;

/**
 * The roster demo: reads a county's roster of certificate holders with the library's {@link RosterReader} (every row
 * checked, one person one certificate, each holder registered in a township or village of the county) and prints the
 * report a county federation makes of it: every invalid row with its line and reason (personal numbers masked), then
 * the {@link Breakdown} of the valid holders by category and grade, by grade, and by township, as counts and
 * percentages. The roster is read in one pass; no row is kept.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java                       # the bundled roster of 临泽县, as of 2025-12-31
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.args="my.csv --as-of 2025-06-30"
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.args="excel-export.csv --charset GBK"
 * }</pre>
 *
 * <p>Arguments: an optional roster file (CSV with the columns the {@code org.canlian.rules.roster} package lists;
 * default the bundled {@code roster/linze-620723.csv}); {@code --as-of YYYY-MM-DD}, the report date (default:
 * 2025-12-31 for the bundled roster, today's date in China for a file); {@code --charset NAME}, the file's encoding
 * (default UTF-8; {@code GBK} for a file saved as "CSV" by Excel on Chinese Windows); {@code --divisions FILE}, the
 * county's division list ({@code code,name}, the county first; default 临泽县's). The report itself is {@link #render},
 * a function of its inputs; only {@code main} reads files and the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterReport {
    /** The bundled synthetic roster of 临泽县. */
    public static final String BUNDLED = "/roster/linze-620723.csv";
    /** The date the bundled roster was exported, its report date. */
    public static final LocalDate BUNDLED_AS_OF = LocalDate.of(2025, 12, 31);

    /** How many invalid rows the report lists; the rest are counted. */
    static final int ERRORS_SHOWN = 20;
    /** The bundled list of 临泽县's towns and villages (statistics bureau codes as of 2023-06-30). */
    public static final String LINZE_DIVISIONS = "/roster/620723-divisions.csv";

    private RosterReport() {}

    /**
     * Runs the report and prints it.
     *
     * @param args {@code [roster.csv] [--as-of YYYY-MM-DD] [--charset NAME] [--divisions divisions.csv]}
     */
    public static void main(String[] args) {
        Demo.main("RosterReport", () -> {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(text(args));
            out.flush();
        });
    }

    /**
     * The report the program prints for these arguments.
     *
     * @param args {@code [roster.csv] [--as-of YYYY-MM-DD] [--charset NAME] [--divisions divisions.csv]}
     * @return the report's text
     * @throws IOException if a file cannot be read
     * @throws org.canlian.rules.roster.RosterFileException if the roster file is missing, not in its charset or
     *     malformed
     * @throws IllegalArgumentException if an option is malformed
     */
    public static String text(String... args) throws IOException {
        String file = null;
        LocalDate asOf = null;
        Charset charset = StandardCharsets.UTF_8;
        Hierarchy county = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = date(argument(args, ++i, "--as-of"));
                case "--charset" -> charset = charset(argument(args, ++i, "--charset"));
                case "--divisions" -> {
                    try (Reader in = Files.newBufferedReader(Path.of(argument(args, ++i, "--divisions")))) {
                        county = divisions(in);
                    }
                }
                default -> file = args[i];
            }
        }
        if (county == null) {
            county = linze();
        }
        if (asOf == null) {
            asOf = file == null ? BUNDLED_AS_OF : LocalDate.now(ResidentId.CHINA);
        }
        RosterReader reader = RosterReader.csv(asOf).withCharset(charset).within(county);
        Breakdown.Counter counter = Breakdown.counter();
        List<RowError> errors = new ArrayList<>();
        // Only the errors shown are kept: a large file with many bad rows is summarised after them.
        RosterVisitor visitor = RosterVisitor.of((line, row) -> counter.add(row), e -> {
            if (errors.size() < ERRORS_SHOWN) {
                errors.add(e);
            }
        });
        ReadSummary summary;
        String source;
        if (file == null) {
            source = "roster/linze-620723.csv (bundled, synthetic)";
            try (Reader in = bundled()) {
                summary = reader.read(in, source, OnInvalidRow.REPORT_AND_CONTINUE, visitor);
            }
        } else {
            source = file;
            summary = reader.read(Path.of(file), OnInvalidRow.REPORT_AND_CONTINUE, visitor);
        }
        return render(source, county, asOf, summary, errors, counter.breakdown());
    }

    /** The bundled roster, as UTF-8 text. */
    public static Reader bundled() {
        return resource(BUNDLED);
    }

    /** 临泽县 (620723) with its 7 towns and 76 villages and communities, from the bundled list. */
    public static Hierarchy linze() {
        try (Reader in = resource(LINZE_DIVISIONS)) {
            return divisions(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A county's units from a {@code code,name} CSV whose first row is the county itself.
     *
     * @param in the CSV text
     * @return the county's hierarchy
     * @throws InvalidValueException if a code is malformed, the first row is not a county, or a unit does not fit the
     *     tree (outside the county, parent missing)
     */
    public static Hierarchy divisions(Reader in) {
        CsvReader csv = CsvReader.withHeader(in);
        CsvRecord first = csv.next();
        if (first == null) {
            throw InvalidValueException.of("division list", "county-first", "\"\"", "the list has no rows");
        }
        DivisionCode county = DivisionCode.parse(first.get("code"));
        if (county.level() != org.canlian.core.division.DivisionLevel.COUNTY) {
            throw InvalidValueException.of(
                    "division list", "county-first", Masking.quote(county.value()), "the first row must be the county");
        }
        Hierarchy.Builder units = Hierarchy.builder(county, first.get("name"));
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            units.add(DivisionCode.parse(r.get("code")), r.get("name"));
        }
        return units.build();
    }

    private static Reader resource(String name) {
        InputStream in = Objects.requireNonNull(RosterReport.class.getResourceAsStream(name), name + " is missing");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--charset needs the name of a charset this Java knows, e.g. UTF-8 or GBK, not '" + name + "'", e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of needs a date YYYY-MM-DD, not '" + text + "'", e);
        }
    }

    private static String argument(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * The report's text.
     *
     * @param source where the roster came from, as shown in the heading
     * @param county the county's units
     * @param asOf the report date
     * @param summary what reading found
     * @param errors the invalid rows' errors
     * @param b the breakdown of the valid rows
     * @return the report, lines ending in {@code \n}
     */
    public static String render(
            String source, Hierarchy county, LocalDate asOf, ReadSummary summary, List<RowError> errors, Breakdown b) {
        String countyName = county.nameAt(0);
        StringBuilder out = new StringBuilder();
        line(out, countyName + "（" + county.root() + "）残疾人证持证人统计 / Certificate holders report");
        line(out, "名册 roster: " + source + "; 统计日期 as of " + asOf);
        line(
                out,
                "读取 rows read: " + summary.rowsRead() + "; 有效 valid: " + summary.valid() + "; 无效 invalid: "
                        + summary.invalid());
        if (!summary.ignoredColumns().isEmpty()) {
            line(out, "未使用的列 columns not read: " + String.join(", ", summary.ignoredColumns()));
        }
        line(out, "");
        if (errors.isEmpty()) {
            line(out, "无效记录 Invalid rows: none");
        } else {
            line(out, "无效记录 Invalid rows (line: reason; 身份证号和证号已脱敏 personal numbers masked):");
            for (RowError e : errors.subList(0, Math.min(ERRORS_SHOWN, errors.size()))) {
                line(out, "  第 " + e.line() + " 行 line " + e.line() + ": " + e.message());
            }
            long more = summary.invalid() - Math.min(ERRORS_SHOWN, errors.size());
            if (more > 0) {
                line(out, "  …… 另有 " + more + " 条 and " + more + " more");
            }
        }
        line(out, "");
        if (b.total() == 0) {
            line(out, "没有有效持证人 No valid holders: no breakdown.");
            return out.toString();
        }
        long n = b.total();

        line(out, "按残疾类别和等级 By category and grade (有效持证人 valid holders = " + n + ")");
        StringBuilder head = new StringBuilder(pad("  类别 category", 24));
        for (DisabilityGrade g : DisabilityGrade.values()) {
            head.append(left(g.chineseName(), 7));
        }
        line(out, head.append(left("合计 total", 12)).append(left("占比 share", 12)).toString());
        for (DisabilityCategory c : DisabilityCategory.values()) {
            StringBuilder row = new StringBuilder(pad("  " + c.chineseName() + " " + c.englishName(), 24));
            for (DisabilityGrade g : DisabilityGrade.values()) {
                row.append(left(Long.toString(b.count(c, g)), 7));
            }
            Rate s = b.byCategory(c);
            line(
                    out,
                    row.append(left(Long.toString(s.count()), 12))
                            .append(left(s.toPercentString(), 12))
                            .toString());
        }
        StringBuilder totals = new StringBuilder(pad("  合计 total", 24));
        for (DisabilityGrade g : DisabilityGrade.values()) {
            totals.append(left(Long.toString(b.byGrade(g).count()), 7));
        }
        line(out, totals.append(left(Long.toString(n), 12)).toString());
        line(out, "");

        line(out, "按残疾等级 By grade");
        for (DisabilityGrade g : DisabilityGrade.values()) {
            line(out, pad("  " + g.chineseName() + " " + g.englishName(), 36) + left(b.byGrade(g)));
        }
        line(out, pad("  重度（一、二级）severe (grades 1-2)", 36) + left(b.severe()));
        line(out, "");

        line(out, "按乡镇 By township");
        for (DivisionCode t : county.children(county.root())) {
            String name = county.unit(t).map(OrganisationUnit::name).orElse("");
            line(out, pad("  " + name + " " + t, 36) + left(b.township(t)));
        }
        line(out, "");
        line(out, "占比 = 人数 ÷ 有效持证人总数，四舍五入（半数进位）保留一位小数，仅用于显示；各项之和可能不等于 100.0 %。");
        line(
                out,
                "Share = count ÷ valid holders, rounded half-up to one decimal for display only;"
                        + " the shares may not add up to exactly 100.0 %.");
        return out.toString();
    }

    private static String left(Rate rate) {
        return left(Long.toString(rate.count()), 7) + left(rate.toPercentString(), 10);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    /** Pads on the right to a display width, counting a Chinese character as two columns. */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - displayWidth(text)));
    }

    /** Pads on the left (right-aligns) to a display width. */
    private static String left(String text, int width) {
        return " ".repeat(Math.max(1, width - displayWidth(text))) + text;
    }

    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= '\u2E80' ? 2 : 1;
        }
        return width;
    }
}
