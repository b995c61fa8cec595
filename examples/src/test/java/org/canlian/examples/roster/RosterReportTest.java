package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.roster.RosterFileException;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterReportTest {
    private static final Hierarchy LINZE = RosterReport.linze();
    private static String report;

    @BeforeAll
    static void renderBundledReport() throws IOException {
        report = render(RosterReport.bundled());
    }

    private static String render(Reader in) throws IOException {
        Breakdown.Counter counter = Breakdown.counter();
        List<RowError> errors = new ArrayList<>();
        ReadSummary summary;
        try (in) {
            summary = RosterReader.csv(RosterReport.BUNDLED_AS_OF)
                    .within(LINZE)
                    .read(
                            in,
                            "bundled",
                            OnInvalidRow.REPORT_AND_CONTINUE,
                            RosterVisitor.of((line, row) -> counter.add(row), errors::add));
        }
        return RosterReport.render("bundled", LINZE, RosterReport.BUNDLED_AS_OF, summary, errors, counter.breakdown());
    }

    @Test
    void reportStatesWhatWasReadAndEachInvalidRowWithItsLine() {
        assertThat(report)
                .startsWith("临泽县（620723）残疾人证持证人统计 / Certificate holders report\n")
                .contains("读取 rows read: 2000; 有效 valid: 1990; 无效 invalid: 10\n")
                .contains("未使用的列 columns not read: 序号, 姓名\n")
                .contains("  第 18 行 line 18: Invalid resident ID 620723********0230: check character should be X\n")
                .contains("  第 778 行 line 778: Invalid registration division \"620724101201\": is not within 临泽县"
                        + " (620723)\n");
    }

    @Test
    void reportGivesCountsAndHalfUpPercentagesByCategoryGradeAndTownship() {
        assertThat(report)
                .contains("  肢体残疾 physical         236    308    319    317        1180      59.3 %\n")
                .contains("  合计 total                401    539    515    535        1990\n")
                .contains("  重度（一、二级）severe (grades 1-2)     940    47.2 %\n")
                .contains("  倪家营镇 620723107                    198     9.9 %\n")
                .contains("rounded half-up to one decimal for display only");
    }

    @Test
    void reportNeverShowsAFullResidentIdOrCertificateNumberNorAName() {
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(report).find()).isFalse();
        assertThat(report).doesNotContain("顾鑫俊");
    }

    @Test
    void aRosterWithoutValidRowsSaysSoInsteadOfDividingByZero() throws IOException {
        assertThat(render(new StringReader(String.join(",", GenerateRoster.COLUMNS) + "\n")))
                .contains("无效记录 Invalid rows: none\n")
                .endsWith("没有有效持证人 No valid holders: no breakdown.\n");
    }

    @Test
    void theProgramReadsAGbkFileWhenToldItsCharsetAndExplainsOtherwise(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gbk.csv");
        StringBuilder text = new StringBuilder();
        try (Reader in = RosterReport.bundled()) {
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        }
        Files.write(file, text.toString().getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> RosterReport.text(file.toString(), "--as-of", "2025-12-31"))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("It looks like GBK");
        assertThat(RosterReport.text(file.toString(), "--as-of", "2025-12-31", "--charset", "GBK"))
                .contains("读取 rows read: 2000; 有效 valid: 1990; 无效 invalid: 10");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "code,name\\n620723101,沙河镇\\n|the first row must be the county",
                "code,name\\n620723,临泽县\\n620724101,宣化镇\\n|620724101",
            })
    void rejectsADivisionListThatIsNotOneCounty(String csv, String message) {
        assertThatThrownBy(() -> RosterReport.divisions(new StringReader(csv.replace("\\n", "\n"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message);
    }
}
