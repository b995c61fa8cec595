package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRow;
import org.junit.jupiter.api.Test;

class GenerateRosterTest {
    @Test
    void regeneratingWithTheSameSeedGivesTheBundledFileByteForByte() throws IOException {
        String bundled;
        try (InputStream in = GenerateRosterTest.class.getResourceAsStream(RosterReport.BUNDLED)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(GenerateRoster.csv(GenerateRoster.SEED, RosterReport.linze()))
                .isEqualTo(bundled);
    }

    @Test
    void theRosterHasAHeaderAndTwoThousandRowsNumberedInOrder() {
        String[] lines =
                GenerateRoster.csv(GenerateRoster.SEED, RosterReport.linze()).split("\n");
        assertThat(lines).hasSize(GenerateRoster.ROWS + 1);
        assertThat(lines[0]).isEqualTo(String.join(",", GenerateRoster.COLUMNS));
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith(i + ",");
            assertThat(lines[i].split(",", -1)).hasSize(GenerateRoster.COLUMNS.size());
        }
    }

    @Test
    void anotherSeedGivesAnotherRosterWithTheSameTenSpoiledLines() {
        String other = GenerateRoster.csv(7, RosterReport.linze());
        assertThat(other).isNotEqualTo(GenerateRoster.csv(GenerateRoster.SEED, RosterReport.linze()));
        BatchResult<RosterRow> result = RosterReader.csv(RosterReport.BUNDLED_AS_OF)
                .within(RosterReport.linze())
                .readAll(new StringReader(other), "seed 7", OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.rowsRead()).isEqualTo(2_000);
        assertThat(result.errors())
                .extracting(RowError::line)
                .containsExactly(18, 206, 389, 641, 778, 1025, 1291, 1534, 1789, 1902);
    }
}
