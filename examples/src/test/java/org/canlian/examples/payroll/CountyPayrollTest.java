package org.canlian.examples.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.money.Money;
import org.canlian.examples.roster.RosterReport;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The county payroll demo: its HTML figures are the payroll's, its output masks IDs and names no enum constant. */
class CountyPayrollTest {
    static final Pattern ATTRS = Pattern.compile("<rect class=\"(\\w+)\"([^>]*)>");
    static final Pattern ATTR = Pattern.compile("data-([a-z]+)=\"([^\"]*)\"");
    static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

    static Hierarchy linze;
    static String csv;
    static CountyPayroll.Run run;
    static String text;
    static String html;
    static long progressCalls;

    @BeforeAll
    static void runOnce() {
        linze = RosterReport.linze();
        csv = CountyPayroll.csv(CountyPayroll.SEED, linze);
        run = CountyPayroll.run(csv, linze, rows -> p -> progressCalls++);
        text = CountyPayroll.render(run);
        html = PayrollHtml.render(run);
    }

    /** Each rect of a class as its data attributes. */
    static List<Map<String, String>> rects(String kind) {
        Matcher m = ATTRS.matcher(html);
        List<Map<String, String>> out = new java.util.ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                Map<String, String> a = new HashMap<>();
                Matcher d = ATTR.matcher(m.group(2));
                while (d.find()) {
                    a.put(d.group(1), d.group(2));
                }
                out.add(a);
            }
        }
        return out;
    }

    @Test
    void theRosterIsReadBackWithItsThreeSpoiledRowsRefused() {
        assertThat(run.summary().rowsRead()).isEqualTo(CountyPayroll.ROWS);
        assertThat(run.readErrors()).extracting(e -> e.line()).containsExactly(58, 1207, 2890);
        assertThat(run.payroll().rowsRead()).isEqualTo(CountyPayroll.ROWS - 3);
        assertThat(run.breakdown().total()).isEqualTo(CountyPayroll.ROWS - 3);
        assertThat(progressCalls).isPositive();
    }

    @Test
    void theSameSeedWritesTheSameRoster() {
        assertThat(CountyPayroll.csv(CountyPayroll.SEED, linze)).isEqualTo(csv);
    }

    @Test
    void townshipBarsAreThePayrollsYearFigures() {
        Payroll p = run.payroll();
        List<Map<String, String>> bars = rects("pay");
        assertThat(bars)
                .hasSize(
                        p.childrenOf(linze.root()).size() * run.programmesPaid().size());
        assertThat(p.childrenOf(linze.root())).hasSize(7);
        Map<Programme, Long> sums = new HashMap<>();
        for (Map<String, String> bar : bars) {
            DivisionCode unit = DivisionCode.parse(bar.get("unit"));
            Programme programme = Programme.ofCode(bar.get("programme"));
            long fen = Long.parseLong(bar.get("fen"));
            assertThat(fen).isEqualTo(p.periodTotal(unit, programme).amount().toFen());
            sums.merge(programme, fen, Long::sum);
        }
        for (Programme programme : run.programmesPaid()) {
            assertThat(sums.get(programme))
                    .isEqualTo(p.periodTotal(linze.root(), programme).amount().toFen());
        }
        assertThat(run.programmesPaid())
                .containsExactly(Programme.LIVING, Programme.CARE, Programme.ELDERLY, Programme.FUEL);
    }

    @Test
    void monthColumnsAreThePayrollsMonthFigures() {
        Payroll p = run.payroll();
        List<Map<String, String>> columns = rects("month");
        assertThat(columns).hasSize(12 * run.programmesPaid().size());
        long year = 0;
        for (Map<String, String> c : columns) {
            YearMonth month = YearMonth.parse(c.get("month"));
            Programme programme = Programme.ofCode(c.get("programme"));
            assertThat(Long.parseLong(c.get("fen")))
                    .isEqualTo(p.total(linze.root(), programme, month).amount().toFen());
            assertThat(Long.parseLong(c.get("people")))
                    .isEqualTo(p.total(linze.root(), programme, month).people());
            year += Long.parseLong(c.get("fen"));
        }
        assertThat(Money.ofFen(year)).isEqualTo(run.yearTotal(linze.root()));
    }

    @Test
    void categoryGradeCellsAreTheBreakdown() {
        List<Map<String, String>> cells = rects("cell");
        assertThat(cells).hasSize(7 * 4);
        long total = 0;
        for (Map<String, String> c : cells) {
            long n = Long.parseLong(c.get("count"));
            assertThat(n)
                    .isEqualTo(run.breakdown()
                            .count(
                                    DisabilityCategory.ofDigit(Integer.parseInt(c.get("category"))),
                                    DisabilityGrade.of(Integer.parseInt(c.get("grade")))));
            total += n;
        }
        assertThat(total).isEqualTo(run.breakdown().total());
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">");
        assertThat(html).doesNotContain("<script", "src=", "href=", "@import", "url(");
        assertThat(html).contains("沙河镇 620723101", "重度残疾人护理补贴", "care subsidy for the severely disabled");
    }

    @Test
    void theConsoleReportShowsTownshipsProgrammesAndACappedErrorList() {
        assertThat(text).contains("倪家营镇 620723107", "困难残疾人生活补贴 living subsidy", "全县 county 620723");
        assertThat(text).contains(run.yearTotal(linze.root()).format());
        long listed = text.lines().filter(l -> l.startsWith("  第 ")).count();
        assertThat(listed).isEqualTo(CountyPayroll.ERRORS_SHOWN);
        assertThat(text).contains("另有 " + (run.allErrors().size() - CountyPayroll.ERRORS_SHOWN) + " 条");
    }

    @Test
    void outputHasNoUnmaskedIdAndNoEnumName() {
        for (String out : List.of(text, html)) {
            assertThat(FULL_ID.matcher(out).find())
                    .as("an unmasked resident ID")
                    .isFalse();
            for (Class<? extends Enum<?>> type : List.of(
                    Programme.class,
                    DisabilityCategory.class,
                    org.canlian.rules.subsidy.HouseholdStatus.class,
                    org.canlian.rules.subsidy.StopReason.class,
                    org.canlian.rules.subsidy.Allowance.class)) {
                for (Enum<?> e : type.getEnumConstants()) {
                    assertThat(out).doesNotContainPattern("\\b" + e.name() + "\\b");
                }
            }
        }
    }
}
