package org.canlian.examples.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.subsidy.Programme;

/**
 * The county payroll as one self-contained HTML page a federation worker opens in a browser: no script, no external
 * file, UTF-8, inline SVG charts with Chinese and English labels: the year's payroll by township and programme
 * (stacked bars), by month (stacked columns), the holders by category and grade (a table of shaded cells), then the
 * figures as tables and every row in error. Each bar and cell carries its exact figure as data attributes
 * ({@code data-unit}, {@code data-programme}, {@code data-month}, {@code data-fen}, {@code data-category},
 * {@code data-grade}, {@code data-count}), so a program can check the page against the payroll.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), PayrollHtml.render(run), StandardCharsets.UTF_8);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PayrollHtml {
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"
    };
    private static final int LABEL = 190;
    private static final int BAR = 520;

    private PayrollHtml() {}

    /**
     * The page.
     *
     * @param run what {@link CountyPayroll#run} produced
     * @return the HTML text
     */
    public static String render(CountyPayroll.Run run) {
        Payroll p = run.payroll();
        DivisionCode county = run.county().root();
        List<Programme> paid = run.programmesPaid();
        String title = run.county().nameAt(0) + " " + CountyPayroll.YEAR + " 年残疾人补贴发放 / Disability subsidy payroll "
                + CountyPayroll.YEAR;
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;")
                .append("margin:2em auto;max-width:980px;color:#222}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append(
                        "table{border-collapse:collapse;margin:.5em 0}td,th{padding:2px 10px;border-bottom:1px solid #eee}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}.note{color:#666;font-size:.9em}\n")
                .append("svg text{font-size:12px;fill:#222}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"note\">")
                .append(esc(run.place(county)))
                .append("。政策 policy: ")
                .append(esc(p.policy()))
                .append("<br>名册 roster: ")
                .append(esc(run.source()))
                .append("（合成数据 synthetic）; 读取 rows read ")
                .append(run.summary().rowsRead())
                .append(", 有效 valid ")
                .append(run.summary().valid())
                .append(", 无效 invalid ")
                .append(run.summary().invalid())
                .append("; 全年合计 year's total <b>")
                .append(esc(run.yearTotal(county).format()))
                .append("</b></p>\n");

        legend(h, paid);
        h.append("<h2>按乡镇和项目 Payroll by township and programme, ")
                .append(CountyPayroll.YEAR)
                .append("</h2>\n");
        townships(h, run, paid);
        h.append("<h2>按月 Payroll by month（全县 county）</h2>\n");
        h.append("<p class=\"note\">年度项目（燃油补贴等）在当年首个符合条件的月份发放 "
                + "yearly programmes (fuel subsidy ...) are paid in the first eligible month of the year.</p>\n");
        months(h, run, paid);
        h.append("<h2>持证人按残疾类别和等级 Holders by disability category and grade</h2>\n");
        breakdown(h, run.breakdown());

        h.append("<h2>数据表 Figures</h2>\n");
        figures(h, run, paid);
        h.append("<h2>问题记录 Rows in error (")
                .append(run.allErrors().size())
                .append(")</h2>\n<p class=\"note\">身份证号已脱敏 personal numbers masked</p>\n<table>\n");
        h.append("<tr><th>行 line</th><th>原因 reason</th></tr>\n");
        for (RowError e : run.allErrors()) {
            h.append("<tr><td class=\"n\">")
                    .append(e.line())
                    .append("</td><td>")
                    .append(esc(e.message()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void legend(StringBuilder h, List<Programme> paid) {
        h.append("<p>");
        for (int i = 0; i < paid.size(); i++) {
            Programme pr = paid.get(i);
            h.append("<span style=\"display:inline-block;width:12px;height:12px;background:")
                    .append(colour(pr))
                    .append(";margin:0 4px 0 12px\"></span>")
                    .append(esc(pr.chinese() + " " + pr.english()))
                    .append(i + 1 < paid.size() ? "<br>" : "");
        }
        h.append("</p>\n");
    }

    /** Horizontal stacked bars: a township per bar, a programme per segment, the year's amounts. */
    private static void townships(StringBuilder h, CountyPayroll.Run run, List<Programme> paid) {
        Payroll p = run.payroll();
        List<DivisionCode> towns = p.childrenOf(run.county().root());
        long max = 1;
        for (DivisionCode t : towns) {
            max = Math.max(max, run.yearTotal(t).toFen());
        }
        int rowHeight = 28;
        int height = towns.size() * rowHeight + 10;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(LABEL + BAR + 120)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"按乡镇和项目 payroll by township and programme\">\n");
        int y = 5;
        for (DivisionCode t : towns) {
            h.append("<text x=\"")
                    .append(LABEL - 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(run.place(t)))
                    .append("</text>\n");
            double x = LABEL;
            for (Programme pr : paid) {
                long fen = p.periodTotal(t, pr).amount().toFen();
                double w = (double) fen * BAR / max;
                h.append("<rect class=\"pay\" data-unit=\"")
                        .append(t)
                        .append("\" data-programme=\"")
                        .append(pr.code())
                        .append("\" data-fen=\"")
                        .append(fen)
                        .append("\" x=\"")
                        .append(num(x))
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(num(w))
                        .append("\" height=\"")
                        .append(rowHeight - 8)
                        .append("\" fill=\"")
                        .append(colour(pr))
                        .append("\"><title>")
                        .append(esc(run.place(t) + " " + pr.chinese() + " " + pr.english() + ": "
                                + Money.ofFen(fen).format()))
                        .append("</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"")
                    .append(num(x + 6))
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\">")
                    .append(esc(run.yearTotal(t).format()))
                    .append("</text>\n");
            y += rowHeight;
        }
        h.append("</svg>\n");
    }

    /** Vertical stacked columns: a month per column, a programme per segment. */
    private static void months(StringBuilder h, CountyPayroll.Run run, List<Programme> paid) {
        Payroll p = run.payroll();
        DivisionCode county = run.county().root();
        List<YearMonth> months = p.scope().months();
        long max = 1;
        for (YearMonth m : months) {
            max = Math.max(max, run.monthTotal(m).toFen());
        }
        int plot = 260;
        int top = 20;
        int left = 80;
        int step = 60;
        int width = left + months.size() * step + 20;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(top + plot + 50)
                .append("\" role=\"img\" aria-label=\"按月 payroll by month\">\n");
        for (int g = 0; g <= 4; g++) {
            double yy = top + plot - (double) plot * g / 4;
            Money tick = Money.ofFen(max * g / 4);
            h.append("<line x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - 10)
                    .append("\" y1=\"")
                    .append(num(yy))
                    .append("\" y2=\"")
                    .append(num(yy))
                    .append("\" stroke=\"#ddd\"/>\n<text x=\"")
                    .append(left - 4)
                    .append("\" y=\"")
                    .append(num(yy + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(esc(tick.format().replaceAll("\\.\\d\\d$", "")))
                    .append("</text>\n");
        }
        int x = left + 10;
        for (YearMonth m : months) {
            double base = top + plot;
            for (Programme pr : paid) {
                PeopleAndAmount t = p.total(county, pr, m);
                long fen = t.amount().toFen();
                double hgt = (double) fen * plot / max;
                base -= hgt;
                h.append("<rect class=\"month\" data-month=\"")
                        .append(m)
                        .append("\" data-programme=\"")
                        .append(pr.code())
                        .append("\" data-fen=\"")
                        .append(fen)
                        .append("\" data-people=\"")
                        .append(t.people())
                        .append("\" x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(num(base))
                        .append("\" width=\"")
                        .append(step - 16)
                        .append("\" height=\"")
                        .append(num(hgt))
                        .append("\" fill=\"")
                        .append(colour(pr))
                        .append("\"><title>")
                        .append(esc(m + " " + pr.chinese() + " " + pr.english() + ": " + t.people() + " 人 people, "
                                + t.amount().format()))
                        .append("</title></rect>\n");
            }
            h.append("<text x=\"")
                    .append(x + (step - 16) / 2)
                    .append("\" y=\"")
                    .append(top + plot + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(m.getMonthValue())
                    .append("月</text>\n");
            x += step;
        }
        h.append("<text x=\"")
                .append(left + (width - left) / 2)
                .append("\" y=\"")
                .append(top + plot + 40)
                .append("\" text-anchor=\"middle\">")
                .append(CountyPayroll.YEAR)
                .append(" 年 benefit month</text>\n</svg>\n");
    }

    /** A grid of shaded cells: a category per row, a grade per column, the count in each. */
    private static void breakdown(StringBuilder h, Breakdown b) {
        int cellW = 90;
        int cellH = 30;
        int left = 200;
        int top = 30;
        DisabilityGrade[] grades = DisabilityGrade.values();
        DisabilityCategory[] categories = DisabilityCategory.values();
        long max = 1;
        for (DisabilityCategory c : categories) {
            for (DisabilityGrade g : grades) {
                max = Math.max(max, b.count(c, g));
            }
        }
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(left + (grades.length + 1) * cellW + 10)
                .append("\" height=\"")
                .append(top + (categories.length + 1) * cellH + 10)
                .append("\" role=\"img\" aria-label=\"残疾类别和等级 category and grade\">\n");
        for (int j = 0; j < grades.length; j++) {
            h.append("<text x=\"")
                    .append(left + j * cellW + cellW / 2)
                    .append("\" y=\"")
                    .append(top - 10)
                    .append("\" text-anchor=\"middle\">")
                    .append(esc(grades[j].chineseName() + " " + grades[j].englishName()))
                    .append("</text>\n");
        }
        h.append("<text x=\"")
                .append(left + grades.length * cellW + cellW / 2)
                .append("\" y=\"")
                .append(top - 10)
                .append("\" text-anchor=\"middle\">合计 total</text>\n");
        for (int i = 0; i < categories.length; i++) {
            DisabilityCategory c = categories[i];
            int y = top + i * cellH;
            h.append("<text x=\"")
                    .append(left - 8)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(c.chineseName() + " " + c.englishName()))
                    .append("</text>\n");
            for (int j = 0; j < grades.length; j++) {
                long n = b.count(c, grades[j]);
                cell(h, "cell", c.digit(), grades[j].number(), n, left + j * cellW, y, cellW, cellH, shade(n, max));
            }
            cell(
                    h,
                    "total",
                    c.digit(),
                    0,
                    b.byCategory(c).count(),
                    left + grades.length * cellW,
                    y,
                    cellW,
                    cellH,
                    "#f4f4f4");
        }
        int y = top + categories.length * cellH;
        h.append("<text x=\"")
                .append(left - 8)
                .append("\" y=\"")
                .append(y + 20)
                .append("\" text-anchor=\"end\">合计 total</text>\n");
        for (int j = 0; j < grades.length; j++) {
            cell(
                    h,
                    "total",
                    0,
                    grades[j].number(),
                    b.byGrade(grades[j]).count(),
                    left + j * cellW,
                    y,
                    cellW,
                    cellH,
                    "#f4f4f4");
        }
        cell(h, "total", 0, 0, b.total(), left + grades.length * cellW, y, cellW, cellH, "#e8e8e8");
        h.append("</svg>\n");
    }

    private static void cell(
            StringBuilder h, String kind, int category, int grade, long n, int x, int y, int w, int hgt, String fill) {
        h.append("<rect class=\"")
                .append(kind)
                .append("\" data-category=\"")
                .append(category)
                .append("\" data-grade=\"")
                .append(grade)
                .append("\" data-count=\"")
                .append(n)
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(w - 2)
                .append("\" height=\"")
                .append(hgt - 2)
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>\n<text x=\"")
                .append(x + w / 2)
                .append("\" y=\"")
                .append(y + 19)
                .append("\" text-anchor=\"middle\">")
                .append(n)
                .append("</text>\n");
    }

    /** The figures behind the charts, as tables. */
    private static void figures(StringBuilder h, CountyPayroll.Run run, List<Programme> paid) {
        Payroll p = run.payroll();
        DivisionCode county = run.county().root();
        h.append("<table>\n<tr><th>乡镇 township</th>");
        for (Programme pr : paid) {
            h.append("<th>")
                    .append(esc(pr.chinese()))
                    .append("<br>")
                    .append(esc(pr.english()))
                    .append("</th>");
        }
        h.append("<th>合计 total</th></tr>\n");
        List<DivisionCode> units = new ArrayList<>(p.childrenOf(county));
        units.add(county);
        for (DivisionCode t : units) {
            h.append("<tr><td>")
                    .append(esc(t.equals(county) ? "全县 county " + county : run.place(t)))
                    .append("</td>");
            for (Programme pr : paid) {
                PeopleAndAmount a = p.periodTotal(t, pr);
                h.append("<td class=\"n\">")
                        .append(esc(a.amount().format()))
                        .append("<br>")
                        .append(a.people())
                        .append(" 人</td>");
            }
            h.append("<td class=\"n\">").append(esc(run.yearTotal(t).format())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">人数为全年至少领取一个月的人数 people paid in at least one month.</p>\n");
    }

    private static String colour(Programme p) {
        return COLOURS[p.ordinal() % COLOURS.length];
    }

    private static String shade(long n, long max) {
        int v = (int) Math.round(235 - 175.0 * n / max);
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", v, Math.min(255, v + 15), 255);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
