package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.canlian.core.batch.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RosterReportTest {
    private static String report;

    @BeforeAll
    static void renderBundledReport() throws IOException {
        RosterCheck check = RosterCheck.of(CountyDivisions.linze(), RosterReport.BUNDLED_AS_OF);
        try (Reader in = RosterReport.bundled()) {
            report = RosterReport.render("bundled", check, check.read(in));
        }
    }

    @Test
    void reportStatesWhatWasReadAndEachInvalidRowWithItsLine() {
        assertThat(report)
                .startsWith("临泽县（620723）残疾人证持证人统计 / Certificate holders report\n")
                .contains("读取 rows read: 2000; 有效 valid: 1990; 无效 invalid: 10\n")
                .contains("  第 18 行 line 18: Invalid resident ID 620723********0230: check character should be X\n")
                .contains("  第 778 行 line 778: Invalid division code \"620724101201\": is not within 临泽县 (620723)\n");
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
    void reportNeverShowsAFullResidentIdOrCertificateNumber() {
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(report).find()).isFalse();
    }

    @Test
    void aRosterWithoutValidRowsSaysSoInsteadOfDividingByZero() {
        RosterCheck check = RosterCheck.of(CountyDivisions.linze(), RosterReport.BUNDLED_AS_OF);
        BatchResult<Holder> none = check.read(new StringReader(String.join(",", RosterCheck.COLUMNS) + "\n"));
        assertThat(RosterReport.render("empty.csv", check, none))
                .contains("无效记录 Invalid rows: none\n")
                .endsWith("没有有效持证人 No valid holders: no breakdown.\n");
    }
}
