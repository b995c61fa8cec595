package org.canlian.examples.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/**
 * The roster demo: checks a county's roster of certificate holders and prints the report a county federation makes
 * of it: every invalid row with its line and reason (personal numbers masked), then the valid holders by category
 * and grade, by grade, and by township, as counts and percentages.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java                       # the bundled roster of 临泽县, as of 2025-12-31
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.args="my.csv --as-of 2025-06-30"
 * }</pre>
 *
 * <p>Arguments: an optional roster file (UTF-8 CSV with the columns of {@link RosterCheck#COLUMNS}; default the
 * bundled {@code roster/linze-620723.csv}); {@code --as-of YYYY-MM-DD}, the report date (default: 2025-12-31 for the
 * bundled roster, today's date in China for a file); {@code --divisions FILE}, the county's division list (default
 * 临泽县's). The report itself is {@link #render}, a function of its inputs; only {@code main} reads files and the
 * clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterReport {
    /** The bundled synthetic roster of 临泽县. */
    public static final String BUNDLED = "/roster/linze-620723.csv";
    /** The date the bundled roster was exported, its report date. */
    public static final LocalDate BUNDLED_AS_OF = LocalDate.of(2025, 12, 31);

    private RosterReport() {}

    /**
     * Runs the report and prints it.
     *
     * @param args {@code [roster.csv] [--as-of YYYY-MM-DD] [--divisions divisions.csv]}
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String file = null;
        LocalDate asOf = null;
        CountyDivisions county = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = date(argument(args, ++i, "--as-of"));
                case "--divisions" -> {
                    try (Reader in = Files.newBufferedReader(Path.of(argument(args, ++i, "--divisions")))) {
                        county = CountyDivisions.read(in);
                    }
                }
                default -> file = args[i];
            }
        }
        if (county == null) {
            county = CountyDivisions.linze();
        }
        if (asOf == null) {
            asOf = file == null ? BUNDLED_AS_OF : LocalDate.now(ResidentId.CHINA);
        }
        RosterCheck check = RosterCheck.of(county, asOf);
        BatchResult<Holder> result;
        String source;
        if (file == null) {
            source = "roster/linze-620723.csv (bundled, synthetic)";
            try (Reader in = bundled()) {
                result = check.read(in);
            }
        } else {
            source = file;
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                result = check.read(in);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(source, check, result));
        out.flush();
    }

    /** The bundled roster, as UTF-8 text. */
    public static Reader bundled() {
        InputStream in =
                Objects.requireNonNull(RosterReport.class.getResourceAsStream(BUNDLED), BUNDLED + " is missing");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
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
     * @param check the check that read it (county and report date)
     * @param result the rows it kept and the errors it reported
     * @return the report, lines ending in {@code \n}
     */
    public static String render(String source, RosterCheck check, BatchResult<Holder> result) {
        CountyDivisions county = check.county();
        StringBuilder out = new StringBuilder();
        line(out, county.countyName() + "（" + county.county() + "）残疾人证持证人统计 / Certificate holders report");
        line(out, "名册 roster: " + source + "; 统计日期 as of " + check.asOf());
        line(
                out,
                "读取 rows read: " + result.rowsRead() + "; 有效 valid: "
                        + result.rows().size() + "; 无效 invalid: "
                        + result.errors().size());
        line(out, "");
        if (result.errors().isEmpty()) {
            line(out, "无效记录 Invalid rows: none");
        } else {
            line(out, "无效记录 Invalid rows (line: reason; 身份证号和证号已脱敏 personal numbers masked):");
            for (RowError e : result.errors()) {
                line(out, "  第 " + e.line() + " 行 line " + e.line() + ": " + e.message());
            }
        }
        line(out, "");
        if (result.rows().isEmpty()) {
            line(out, "没有有效持证人 No valid holders: no breakdown.");
            return out.toString();
        }
        Breakdown b = Breakdown.of(result.values(), county);
        int n = b.total();

        line(out, "按残疾类别和等级 By category and grade (有效持证人 valid holders = " + n + ")");
        StringBuilder head = new StringBuilder(pad("  类别 category", 24));
        for (DisabilityGrade g : DisabilityGrade.values()) {
            head.append(left(g.chineseName(), 7));
        }
        line(out, head.append(left("合计 total", 12)).append(left("占比 share", 12)).toString());
        for (DisabilityCategory c : DisabilityCategory.values()) {
            StringBuilder row = new StringBuilder(pad("  " + c.chineseName() + " " + c.englishName(), 24));
            for (DisabilityGrade g : DisabilityGrade.values()) {
                row.append(left(Integer.toString(b.count(c, g)), 7));
            }
            Share s = b.byCategory(c);
            line(
                    out,
                    row.append(left(Integer.toString(s.count()), 12))
                            .append(left(s.percentText(), 12))
                            .toString());
        }
        StringBuilder totals = new StringBuilder(pad("  合计 total", 24));
        for (DisabilityGrade g : DisabilityGrade.values()) {
            totals.append(left(Integer.toString(b.byGrade(g).count()), 7));
        }
        line(out, totals.append(left(Integer.toString(n), 12)).toString());
        line(out, "");

        line(out, "按残疾等级 By grade");
        for (DisabilityGrade g : DisabilityGrade.values()) {
            Share s = b.byGrade(g);
            line(out, pad("  " + g.chineseName() + " " + g.englishName(), 36) + left(s.count(), s.percentText()));
        }
        Share severe = b.severe();
        line(out, pad("  重度（一、二级）severe (grades 1-2)", 36) + left(severe.count(), severe.percentText()));
        line(out, "");

        line(out, "按乡镇 By township");
        for (Map.Entry<DivisionCode, Share> t : b.byTownship().entrySet()) {
            String name = county.name(t.getKey()).orElse("");
            line(
                    out,
                    pad("  " + name + " " + t.getKey(), 36)
                            + left(t.getValue().count(), t.getValue().percentText()));
        }
        line(out, "");
        line(out, "占比 = 人数 ÷ 有效持证人总数，四舍五入（半数进位）保留一位小数，仅用于显示；各项之和可能不等于 100.0 %。");
        line(
                out,
                "Share = count ÷ valid holders, rounded half-up to one decimal for display only;"
                        + " the shares may not add up to exactly 100.0 %.");
        return out.toString();
    }

    private static String left(int count, String percent) {
        return left(Integer.toString(count), 7) + left(percent, 10);
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
