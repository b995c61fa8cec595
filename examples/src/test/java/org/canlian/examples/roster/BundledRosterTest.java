package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.standard.Rate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled roster of 临泽县 read by the library's reader, as the demo reads it. */
class BundledRosterTest {
    private static final Hierarchy LINZE = RosterReport.linze();
    private static final RosterReader READER =
            RosterReader.csv(RosterReport.BUNDLED_AS_OF).within(LINZE);

    private static BatchResult<RosterRow> bundled;

    @BeforeAll
    static void readBundledRoster() throws IOException {
        try (var in = RosterReport.bundled()) {
            bundled = READER.readAll(in, "bundled", OnInvalidRow.REPORT_AND_CONTINUE);
        }
    }

    @Test
    void linzeHasSevenTownsAndSeventySixVillagesAndCommunities() {
        assertThat(LINZE.root()).isEqualTo(DivisionCode.parse("620723"));
        assertThat(LINZE.nameAt(0)).isEqualTo("临泽县");
        assertThat(LINZE.children(LINZE.root())).hasSize(7).first().isEqualTo(DivisionCode.parse("620723101"));
        assertThat(LINZE.size()).isEqualTo(1 + 7 + 76);
    }

    @Test
    void bundledRosterHas1990ValidHoldersAndTenInvalidRows() {
        assertThat(bundled.rowsRead()).isEqualTo(2_000);
        assertThat(bundled.rows()).hasSize(1_990);
        assertThat(bundled.errors()).hasSize(10);
    }

    static Stream<Arguments> bundledInvalidRows() {
        return Stream.of(
                Arguments.of(
                        18,
                        "resident ID",
                        "check-character",
                        "Invalid resident ID 620723********0230: check character should be X"),
                Arguments.of(
                        206,
                        "resident ID",
                        "birth-date",
                        "Invalid resident ID 620723********3541: birth date is not a real date"),
                Arguments.of(
                        389,
                        "certificate number",
                        "matches-resident-id",
                        "Invalid certificate number 620723********251344: its resident ID part is not the row's"
                                + " resident ID 620723********1377"),
                Arguments.of(
                        641,
                        "certificate number",
                        "grade",
                        "Invalid certificate number 620723********985145: character 20, the grade, must be a digit 1-4"),
                Arguments.of(
                        778,
                        "registration division",
                        "within-county",
                        "Invalid registration division \"620724101201\": is not within 临泽县 (620723)"),
                Arguments.of(
                        1025,
                        "certificate issue date",
                        "missing",
                        "Invalid certificate issue date \"\": column 发证日期 is empty"),
                Arguments.of(
                        1291,
                        "disability category",
                        "matches-certificate",
                        "Invalid disability category \"智力残疾\": the certificate number records 肢体残疾 (digit 4)"),
                Arguments.of(
                        1534,
                        "certificate issue date",
                        "not-after-report-date",
                        "Invalid certificate issue date \"2026-03-15\": is after the report date 2025-12-31"),
                Arguments.of(
                        1789,
                        "resident ID",
                        "one-certificate-per-person",
                        "Invalid resident ID 620723********4620: already holds the certificate on line 1001 (one"
                                + " person, one certificate)"),
                Arguments.of(
                        1902,
                        "sex",
                        "matches-resident-id",
                        "Invalid sex \"男\": the resident ID 620723********7721 records 女 (female)"));
    }

    @ParameterizedTest
    @MethodSource("bundledInvalidRows")
    void bundledRosterReportsEachSpoiledRowWithItsLineAndReason(int line, String field, String rule, String message) {
        assertThat(bundled.errors()).contains(new RowError(line, field, rule, message));
    }

    @Test
    void everyInvalidRowOfTheBundledRosterIsInTheTable() {
        assertThat(bundled.errors())
                .extracting(RowError::line)
                .containsExactly(18, 206, 389, 641, 778, 1025, 1291, 1534, 1789, 1902);
    }

    @Test
    void bundledRosterBreaksDownByCategoryGradeAndTownshipExactly() {
        Breakdown b = Breakdown.of(bundled.values());

        assertThat(b.total()).isEqualTo(1_990);
        Map<DisabilityCategory, Long> byCategory = new EnumMap<>(DisabilityCategory.class);
        for (DisabilityCategory c : DisabilityCategory.values()) {
            byCategory.put(c, b.byCategory(c).count());
        }
        assertThat(byCategory)
                .containsExactly(
                        Map.entry(DisabilityCategory.VISUAL, 324L),
                        Map.entry(DisabilityCategory.HEARING, 185L),
                        Map.entry(DisabilityCategory.SPEECH, 87L),
                        Map.entry(DisabilityCategory.PHYSICAL, 1_180L),
                        Map.entry(DisabilityCategory.INTELLECTUAL, 126L),
                        Map.entry(DisabilityCategory.PSYCHOSOCIAL, 75L),
                        Map.entry(DisabilityCategory.MULTIPLE, 13L));
        assertThat(Stream.of(DisabilityGrade.values()).map(g -> b.byGrade(g).count()))
                .containsExactly(401L, 539L, 515L, 535L);
        assertThat(b.severe()).isEqualTo(Rate.of(940, 1_990));
        assertThat(b.count(DisabilityCategory.VISUAL, DisabilityGrade.ONE)).isEqualTo(79);
        assertThat(b.count(DisabilityCategory.MULTIPLE, DisabilityGrade.ONE)).isZero();
        assertThat(LINZE.children(LINZE.root()).stream().map(t -> b.township(t).count()))
                .containsExactly(472L, 312L, 243L, 254L, 220L, 291L, 198L);
    }

    /** The same counts by reading the file's raw columns, without the value types, skipping the invalid lines. */
    @Test
    void breakdownAgreesWithACountOfTheRawColumnsOfTheValidLines() throws IOException {
        Set<Integer> invalid = bundled.errors().stream().map(RowError::line).collect(Collectors.toSet());
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> grades = new HashMap<>();
        Map<String, Long> townships = new HashMap<>();
        try (BufferedReader in = new BufferedReader(RosterReport.bundled())) {
            in.readLine();
            int line = 1;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (invalid.contains(line)) {
                    continue;
                }
                String[] f = text.split(",", -1);
                categories.merge(f[5], 1L, Long::sum);
                grades.merge(f[6], 1L, Long::sum);
                townships.merge(f[8].substring(0, 9), 1L, Long::sum);
            }
        }
        Breakdown b = Breakdown.of(bundled.values());
        for (DisabilityCategory c : DisabilityCategory.values()) {
            assertThat(b.byCategory(c).count()).as(c.chineseName()).isEqualTo(categories.get(c.chineseName()));
        }
        for (DisabilityGrade g : DisabilityGrade.values()) {
            assertThat(b.byGrade(g).count()).as(g.chineseName()).isEqualTo(grades.get(g.chineseName()));
        }
        b.byTownship().forEach((code, rate) -> assertThat(rate.count()).isEqualTo(townships.get(code.value())));
    }

    @Test
    void multipleDisabilitiesOfTheBundledRosterListTheirComponents() {
        List<RosterRow> multiple = bundled.values().stream()
                .filter(r -> r.category() == DisabilityCategory.MULTIPLE)
                .toList();
        assertThat(multiple)
                .hasSize(13)
                .allSatisfy(r -> assertThat(r.rating().components()).hasSizeBetween(2, 3));
    }

    @Test
    void stopsAtTheFirstInvalidRowWhenAskedTo() throws IOException {
        try (var in = RosterReport.bundled()) {
            assertThatThrownBy(() -> READER.readAll(in, "bundled", OnInvalidRow.STOP))
                    .isInstanceOfSatisfying(
                            BatchFailedException.class,
                            e -> assertThat(e.error().line()).isEqualTo(18));
        }
    }

    @Test
    void aRowPrintsWithItsIdAndCertificateNumberMaskedAndNoName() {
        assertThat(bundled.values().get(0).toString())
                .startsWith("RosterRow[620723********673844, Claimant[id=620723********6738, rating=PHYSICAL/FOUR,"
                        + " certificate=2021-09-22..2031-09-22, registration=620723102206]") // ten years, Civil
                // Code 201-202
                .doesNotContain("顾");
    }

    @Test
    void holdersKeepTheirLinesInFileOrder() {
        List<Integer> lines =
                bundled.rows().stream().map(BatchResult.Row::line).limit(18).toList();
        assertThat(lines).startsWith(2, 3, 4).doesNotContain(18).hasSize(18);
    }
}
