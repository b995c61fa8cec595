package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterCheckTest {
    private static final CountyDivisions LINZE = CountyDivisions.linze();
    private static final RosterCheck CHECK = RosterCheck.of(LINZE, RosterReport.BUNDLED_AS_OF);
    private static final String HEADER = String.join(",", RosterCheck.COLUMNS);
    /** A valid row: a woman born 1966-04-27 (sequence 462), physical disability grade 2, 西寨村 of 沙河镇. */
    private static final String VALID =
            "1,王芳,女,620723196604274623,62072319660427462342,肢体残疾,二级,620723101202,2020-05-01";

    private static BatchResult<Holder> bundled;

    @BeforeAll
    static void readBundledRoster() throws IOException {
        try (var in = RosterReport.bundled()) {
            bundled = CHECK.read(in);
        }
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
                        "division code",
                        "within-county",
                        "Invalid division code \"620724101201\": is not within 临泽县 (620723)"),
                Arguments.of(1025, "category", "missing", "Invalid category \"\": column 残疾类别 is empty"),
                Arguments.of(
                        1291,
                        "category",
                        "matches-certificate",
                        "Invalid category \"智力残疾\": the certificate number records 肢体残疾 (digit 4)"),
                Arguments.of(
                        1534,
                        "issue date",
                        "not-after-report-date",
                        "Invalid issue date \"2026-03-15\": is after the report date 2025-12-31"),
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
        Breakdown b = Breakdown.of(bundled.values(), LINZE);

        assertThat(b.total()).isEqualTo(1_990);
        Map<DisabilityCategory, Integer> byCategory = new EnumMap<>(DisabilityCategory.class);
        for (DisabilityCategory c : DisabilityCategory.values()) {
            byCategory.put(c, b.byCategory(c).count());
        }
        assertThat(byCategory)
                .containsExactly(
                        Map.entry(DisabilityCategory.VISUAL, 324),
                        Map.entry(DisabilityCategory.HEARING, 185),
                        Map.entry(DisabilityCategory.SPEECH, 87),
                        Map.entry(DisabilityCategory.PHYSICAL, 1_180),
                        Map.entry(DisabilityCategory.INTELLECTUAL, 126),
                        Map.entry(DisabilityCategory.PSYCHOSOCIAL, 75),
                        Map.entry(DisabilityCategory.MULTIPLE, 13));
        assertThat(Stream.of(DisabilityGrade.values()).map(g -> b.byGrade(g).count()))
                .containsExactly(401, 539, 515, 535);
        assertThat(b.severe()).isEqualTo(new Share(940, 1_990));
        assertThat(b.count(DisabilityCategory.VISUAL, DisabilityGrade.ONE)).isEqualTo(79);
        assertThat(b.count(DisabilityCategory.MULTIPLE, DisabilityGrade.ONE)).isZero();
        assertThat(b.byTownship().values().stream().map(Share::count))
                .containsExactly(472, 312, 243, 254, 220, 291, 198);
    }

    /** The same counts by reading the file's raw columns, without the value types, skipping the invalid lines. */
    @Test
    void breakdownAgreesWithACountOfTheRawColumnsOfTheValidLines() throws IOException {
        Set<Integer> invalid = bundled.errors().stream().map(RowError::line).collect(Collectors.toSet());
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Integer> grades = new HashMap<>();
        Map<String, Integer> townships = new HashMap<>();
        try (BufferedReader in = new BufferedReader(RosterReport.bundled())) {
            in.readLine();
            int line = 1;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (invalid.contains(line)) {
                    continue;
                }
                String[] f = text.split(",", -1);
                categories.merge(f[5], 1, Integer::sum);
                grades.merge(f[6], 1, Integer::sum);
                townships.merge(f[7].substring(0, 9), 1, Integer::sum);
            }
        }
        Breakdown b = Breakdown.of(bundled.values(), LINZE);
        for (DisabilityCategory c : DisabilityCategory.values()) {
            assertThat(b.byCategory(c).count()).as(c.chineseName()).isEqualTo(categories.get(c.chineseName()));
        }
        for (DisabilityGrade g : DisabilityGrade.values()) {
            assertThat(b.byGrade(g).count()).as(g.chineseName()).isEqualTo(grades.get(g.chineseName()));
        }
        b.byTownship().forEach((code, share) -> assertThat(share.count()).isEqualTo(townships.get(code.value())));
    }

    static Stream<Arguments> validRows() {
        return Stream.of(
                Arguments.of(VALID, "620723101202", "肢体残疾", "二级"),
                Arguments.of(VALID.replace("620723101202", "620723101"), "620723101", "肢体残疾", "二级"),
                Arguments.of(
                        VALID.replace("62072319660427462342", "62072319660427462342B1"), "620723101202", "肢体残疾", "二级"),
                Arguments.of(
                        "1,李敏,女,62072319420619918x,62072319420619918X53,智力残疾,三级,620723106210,2025-12-31",
                        "620723106210",
                        "智力残疾",
                        "三级"),
                Arguments.of(
                        "1,马国,男,620702195511110017,62070219551111001771,多重残疾,一级,620723107208,2016-01-01",
                        "620723107208",
                        "多重残疾",
                        "一级"));
    }

    @ParameterizedTest
    @MethodSource("validRows")
    void acceptsAConsistentRow(String row, String division, String category, String grade) {
        BatchResult<Holder> result = CHECK.read(new StringReader(HEADER + "\n" + row + "\n"));

        assertThat(result.errors()).isEmpty();
        Holder holder = result.values().get(0);
        assertThat(holder.division()).isEqualTo(DivisionCode.parse(division));
        assertThat(holder.category().chineseName()).isEqualTo(category);
        assertThat(holder.grade().chineseName()).isEqualTo(grade);
        assertThat(holder.toString())
                .doesNotContain(holder.residentId().reveal())
                .contains("********");
    }

    static Stream<Arguments> invalidRows() {
        return Stream.of(
                Arguments.of(VALID.replace("王芳", ""), "name", "Invalid name \"\": column 姓名 is empty"),
                Arguments.of(
                        VALID.replace(",620723196604274623,", ",620723196604274621,"),
                        "resident ID",
                        "Invalid resident ID 620723********4621: check character should be 3"),
                Arguments.of(
                        VALID.replace(",女,", ",男,"),
                        "sex",
                        "Invalid sex \"男\": the resident ID 620723********4623 records 女 (female)"),
                Arguments.of(VALID.replace(",女,", ",F,"), "sex", "Invalid sex \"F\": must be 男 or 女"),
                Arguments.of(
                        VALID.replace("62072319660427462342", "62072319390928925944"),
                        "certificate number",
                        "Invalid certificate number 620723********925944: its resident ID part is not the row's"
                                + " resident ID 620723********4623"),
                Arguments.of(
                        VALID.replace("62072319660427462342", "62072319660427462382"),
                        "certificate number",
                        "Invalid certificate number 620723********462382: character 19, the category, must be a digit"
                                + " 1-7"),
                Arguments.of(
                        VALID.replace("肢体残疾", "肢体"),
                        "category",
                        "Invalid category \"肢体\": must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾"),
                Arguments.of(
                        VALID.replace("二级", "一级"),
                        "grade",
                        "Invalid grade \"一级\": the certificate number records 二级 (digit 2)"),
                Arguments.of(VALID.replace("二级", "五级"), "grade", "Invalid grade \"五级\": must be one of 一级, 二级, 三级, 四级"),
                Arguments.of(
                        VALID.replace("620723101202", "620723"),
                        "division code",
                        "Invalid division code \"620723\": must be a township (9 digits) or village (12 digits) code,"
                                + " not a county code"),
                Arguments.of(
                        VALID.replace("620723101202", "620723108201"),
                        "division code",
                        "Invalid division code \"620723108201\": is not a township or village of 临泽县 in the division"
                                + " list"),
                Arguments.of(
                        VALID.replace("620723101202", "62072310120"),
                        "division code",
                        "Invalid division code \"62072310120\": must have 2, 4, 6, 9 or 12 digits, not 11"),
                Arguments.of(
                        VALID.replace("2020-05-01", "2020/05/01"),
                        "issue date",
                        "Invalid issue date \"2020/05/01\": must be a date YYYY-MM-DD"),
                Arguments.of(
                        VALID.replace("2020-05-01", "1966-04-26"),
                        "issue date",
                        "Invalid issue date \"1966-04-26\": is before the holder's birth date"),
                Arguments.of(
                        VALID.replace("2020-05-01", "2026-01-01"),
                        "issue date",
                        "Invalid issue date \"2026-01-01\": is after the report date 2025-12-31"),
                Arguments.of(
                        VALID.replace(",2020-05-01", ""),
                        "CSV record",
                        "Invalid CSV record at line 2: has 8 fields, field 9 was asked for"));
    }

    @ParameterizedTest
    @MethodSource("invalidRows")
    void rejectsARowWithItsLineFieldAndMaskedReason(String row, String field, String message) {
        BatchResult<Holder> result = CHECK.read(new StringReader(HEADER + "\n" + row + "\n"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).isEqualTo(message);
        });
    }

    @Test
    void aBirthDateAfterTheReportDateIsRejected() {
        RosterCheck early = RosterCheck.of(LINZE, LocalDate.of(1966, 4, 26));
        BatchResult<Holder> result = early.read(new StringReader(HEADER + "\n" + VALID + "\n"));
        assertThat(result.errors())
                .extracting(RowError::message)
                .containsExactly("Invalid resident ID 620723********4623: birth date is in the future");
    }

    @Test
    void aDuplicateOfAnInvalidRowIsNotADuplicate() {
        String bad = VALID.replace("2020-05-01", "2026-01-01");
        BatchResult<Holder> result = CHECK.read(new StringReader(HEADER + "\n" + bad + "\n" + VALID + "\n"));
        assertThat(result.errors()).extracting(RowError::line).containsExactly(2);
        assertThat(result.rows()).extracting(BatchResult.Row::line).containsExactly(3);
    }

    @Test
    void rejectsARosterWithoutAColumn() {
        String header = HEADER.replace(",发证日期", "");
        assertThatThrownBy(() -> CHECK.read(new StringReader(header + "\n")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Invalid roster header")
                .hasMessageEndingWith("column 发证日期 is missing; expected " + HEADER);
    }

    @Test
    void stopsAtTheFirstInvalidRowWhenAskedTo() throws IOException {
        try (var in = RosterReport.bundled()) {
            assertThatThrownBy(() -> CHECK.read(in, OnInvalidRow.STOP))
                    .isInstanceOfSatisfying(
                            BatchFailedException.class,
                            e -> assertThat(e.error().line()).isEqualTo(18));
        }
    }

    @Test
    void aHolderPrintsWithNameIdAndCertificateNumberMasked() {
        assertThat(bundled.values().get(0))
                .hasToString("Holder[顾**, MALE, 620723********6738, 620723********673844, 620723102206, 2021-09-22]");
    }

    @Test
    void holdersKeepTheirLinesInFileOrder() {
        List<Integer> lines =
                bundled.rows().stream().map(BatchResult.Row::line).limit(18).toList();
        assertThat(lines).startsWith(2, 3, 4).doesNotContain(18).hasSize(18);
    }
}
