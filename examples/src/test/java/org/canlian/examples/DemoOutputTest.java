package org.canlian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.certificate.ApplicationStage;
import org.canlian.core.certificate.CertificateStatus;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.hierarchy.UnitKind;
import org.canlian.examples.certificate.CertificateWalkthrough;
import org.canlian.examples.hierarchy.CountySelfCheck;
import org.canlian.examples.payroll.CountyPayroll;
import org.canlian.examples.payroll.ShanghaiReform;
import org.canlian.examples.roster.GenerateRoster;
import org.canlian.examples.roster.RosterReport;
import org.canlian.examples.stipend.OfficerBudgets;
import org.canlian.examples.subsidy.SubsidyDecisions;
import org.canlian.rules.policy.PolicyCode;
import org.canlian.rules.stipend.FundingSource;
import org.canlian.rules.stipend.PartialMonthRule;
import org.canlian.rules.stipend.PaymentEndRule;
import org.canlian.rules.stipend.RemainderRule;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the example programs print reads as a federation worker expects: no line ends in a space, no Java enum
 * constant or map shows, no Chinese line holds a policy code word, and table rows line up by display width.
 */
class DemoOutputTest {
    /** Enums whose constants a careless {@code toString()} would print. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            ApplicationStage.class,
            CertificateStatus.class,
            DisabilityCategory.class,
            DisabilityGrade.class,
            OfficerPost.class,
            SpecialAssociationKind.class,
            UnitKind.class,
            FundingSource.class,
            HouseholdStatus.class,
            Programme.class);

    /** Choice codes of the policy files, which a Chinese text must name in Chinese. */
    private static final List<Class<? extends PolicyCode>> CODES =
            List.of(FundingSource.class, PartialMonthRule.class, RemainderRule.class, PaymentEndRule.class);

    private static final Pattern TABLE_ROW_ENDING_IN_MONEY =
            Pattern.compile("^ +\\S.*\\S {2,}\\S.*[+-]?¥[\\d,]+\\.\\d\\d$");
    private static final Pattern JAVA_MAP = Pattern.compile("\\{[A-Za-z_]+=");

    static Stream<Arguments> demos() {
        return Stream.of(
                arguments("RosterReport", (Callable<String>) RosterReport::text),
                arguments("CountySelfCheck", (Callable<String>) CountySelfCheck::render),
                arguments("CertificateWalkthrough", (Callable<String>) CertificateWalkthrough::render),
                arguments("OfficerBudgets", (Callable<String>) OfficerBudgets::render),
                arguments("SubsidyDecisions", (Callable<String>)
                        () -> SubsidyDecisions.render(SubsidyDecisions.decideAll())),
                arguments("ShanghaiReform", (Callable<String>)
                        () -> ShanghaiReform.render(ShanghaiReform.impact(ShanghaiReform.roster(ShanghaiReform.SEED)))),
                arguments("CountyPayroll", (Callable<String>) () -> {
                    var linze = RosterReport.linze();
                    return CountyPayroll.render(
                            CountyPayroll.run(CountyPayroll.csv(CountyPayroll.SEED, linze), linze, rows -> p -> {}));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void noLineEndsInASpace(String demo, Callable<String> output) throws Exception {
        assertThat(output.call().lines().filter(l -> !l.equals(l.stripTrailing())))
                .as(demo)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void noEnumConstantOrJavaMapShows(String demo, Callable<String> output) throws Exception {
        String text = output.call();
        Set<String> constants = ENUMS.stream()
                .flatMap(e -> Arrays.stream(e.getEnumConstants()).map(Enum::name))
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        Matcher word = Pattern.compile("\\b[A-Z][A-Z_]+[A-Z]\\b").matcher(text);
        while (word.find()) {
            if (constants.contains(word.group()) || word.group().contains("_")) {
                found.add(word.group());
            }
        }
        assertThat(found).as(demo + ": enum constants").isEmpty();
        assertThat(JAVA_MAP.matcher(text).find()).as(demo + ": a Java map").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void chineseLinesHoldNoPolicyCodeWords(String demo, Callable<String> output) throws Exception {
        List<String> codes = CODES.stream()
                .flatMap(c -> Arrays.stream(c.getEnumConstants()).map(PolicyCode::code))
                .toList();
        List<String> offending = output.call()
                .lines()
                .filter(DemoOutputTest::hasChinese)
                .filter(l -> codes.stream()
                        .anyMatch(c -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(c) + "(?![\\w-])")
                                .matcher(l)
                                .find()))
                .toList();
        assertThat(offending).as(demo).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void tableRowsEndingInAnAmountLineUp(String demo, Callable<String> output) throws Exception {
        List<String> lines = output.call().lines().toList();
        int tables = 0;
        for (int i = 0; i < lines.size(); ) {
            int j = i;
            while (j < lines.size()
                    && TABLE_ROW_ENDING_IN_MONEY.matcher(lines.get(j)).matches()) {
                j++;
            }
            if (j - i >= 2) {
                tables++;
                List<String> table = lines.subList(i, j);
                assertThat(table.stream().map(Table::width).distinct())
                        .as(demo + ": rows of the table at line " + (i + 1) + " end at one column:\n"
                                + String.join("\n", table))
                        .hasSize(1);
            }
            i = Math.max(j, i + 1);
        }
        // These print counts, or amounts followed by their unit ("每月 per month"), at the end of their rows.
        if (!Set.of("RosterReport", "CountySelfCheck", "CertificateWalkthrough", "SubsidyDecisions")
                .contains(demo)) {
            assertThat(tables).as(demo + ": tables of amounts").isPositive();
        }
    }

    @Test
    void aTableLinesUpChineseAndAsciiByDisplayWidth() {
        StringBuilder out = new StringBuilder();
        new Table("乡镇 township", "金额 amount", "备注 note")
                .leftAligned(2)
                .row("沙河镇 620723101", "¥1,200.00", "全额 full")
                .row("国营临泽农场 620723500", "¥95.50", "-")
                .render(out, "  ");
        assertThat(out.toString())
                .isEqualTo("  乡镇 township           金额 amount  备注 note\n"
                        + "  沙河镇 620723101          ¥1,200.00  全额 full\n"
                        + "  国营临泽农场 620723500       ¥95.50  -\n");
    }

    static Stream<Arguments> badInput() throws IOException {
        Path dir = Files.createTempDirectory("demo-bad-input");
        Path gbk = dir.resolve("gbk.csv");
        Files.writeString(gbk, String.join(",", GenerateRoster.COLUMNS) + "\n沙河镇\n", Charset.forName("GBK"));
        return Stream.of(
                arguments(
                        new String[] {dir.resolve("no-such.csv").toString()},
                        "RosterReport: 错误 error: file not found: " + dir.resolve("no-such.csv")),
                arguments(new String[] {gbk.toString()}, "RosterReport: 错误 error: " + gbk + " is not UTF-8 text: line"),
                arguments(
                        new String[] {"--as-of", "2025-13-01"},
                        "RosterReport: 错误 error: --as-of needs a date YYYY-MM-DD, not '2025-13-01'"),
                arguments(
                        new String[] {"--charset", "no-such-charset"},
                        "RosterReport: 错误 error: --charset needs the name of a charset this Java knows"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputEndsWithOneLineAndAnErrorStatus(String[] args, String expectedStart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Demo.run("RosterReport", () -> RosterReport.text(args), err);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(Demo.BAD_INPUT);
        assertThat(printed).startsWith(expectedStart).endsWith("\n");
        assertThat(printed.lines()).hasSize(1);
    }

    @Test
    void aLongListOfInvalidRowsIsSummarisedAfterTwenty(@TempDir Path dir) throws IOException {
        Path roster = dir.resolve("bad.csv");
        StringBuilder csv = new StringBuilder(String.join(",", GenerateRoster.COLUMNS)).append('\n');
        for (int i = 0; i < 25; i++) {
            csv.append(",".repeat(GenerateRoster.COLUMNS.size() - 1)).append('\n');
        }
        Files.writeString(roster, csv);
        String text = RosterReport.text(roster.toString(), "--as-of", "2025-12-31");
        assertThat(text.lines().filter(l -> l.startsWith("  第 "))).hasSize(20);
        assertThat(text).contains("  …… 另有 5 条 and 5 more\n");
    }

    private static boolean hasChinese(String line) {
        return line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
