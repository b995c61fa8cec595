package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterReaderCsvTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    static final RosterReader READER = RosterReader.csv(AS_OF);
    static final String ID = "620723196604274623";

    /** A valid row: a woman born 1966-04-27, physical grade 2, 西寨村 of 沙河镇, rural, 低保, needing care. */
    static Map<String, String> valid() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("序号", "1");
        row.put("姓名", "王芳");
        row.put("公民身份号码", ID);
        row.put("性别", "女");
        row.put("残疾人证号", ID + "42");
        row.put("残疾类别", "肢体残疾");
        row.put("残疾等级", "二级");
        row.put("多重残疾构成", "");
        row.put("发证日期", "2020-05-01");
        row.put("有效期至", "");
        row.put("户籍地行政区划代码", "620723101202");
        row.put("户籍类型", "农村");
        row.put("家庭类别", "低保");
        row.put("需长期照护", "是");
        row.put("其他津贴", "无");
        row.put("护理补贴申请日期", "2025/3/10");
        row.put("停发事件", "");
        return row;
    }

    static String csv(List<Map<String, String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
        for (Map<String, String> row : rows) {
            s.append(String.join(",", row.values())).append('\n');
        }
        return s.toString();
    }

    static String with(String column, String value) {
        Map<String, String> row = valid();
        row.put(column, value);
        return csv(List.of(row));
    }

    static BatchResult<RosterRow> read(String text) {
        return READER.readAll(new StringReader(text), "test.csv", OnInvalidRow.REPORT_AND_CONTINUE);
    }

    @Test
    void readsEveryColumnOfAValidRow() {
        BatchResult<RosterRow> result = read(csv(List.of(valid())));

        assertThat(result.errors()).isEmpty();
        RosterRow row = result.values().get(0);
        assertThat(row.residentId().reveal()).isEqualTo(ID);
        assertThat(row.validUntil()).isEqualTo(LocalDate.of(2030, 5, 1)); // ten years, Civil Code arts. 201-202
        assertThat(row.registrationType()).contains(RegistrationType.RURAL);
        Claimant c = row.toClaimant();
        assertThat(c.household()).contains(HouseholdStatus.DIBAO);
        assertThat(c.longTermCare()).contains(true);
        assertThat(c.fixedIncome()).isEmpty();
        assertThat(c.allowances()).contains(Map.of());
        assertThat(c.appliedOn(Programme.CARE)).contains(LocalDate.of(2025, 3, 10));
        assertThat(c.appliedOn(Programme.LIVING)).isEmpty();
        assertThat(result.rows().get(0).line()).isEqualTo(2);
    }

    static Stream<Arguments> validCells() {
        return Stream.of(
                Arguments.of("性别", "女性"),
                Arguments.of("性别", "female"),
                Arguments.of("残疾类别", "肢体"),
                Arguments.of("残疾类别", "physical"),
                Arguments.of("残疾等级", "2级"),
                Arguments.of("残疾等级", "2"),
                Arguments.of("公民身份号码", ""),
                Arguments.of("性别", ""),
                Arguments.of("发证日期", "2020/5/1"),
                Arguments.of("有效期至", "2030-04-30"),
                Arguments.of("户籍类型", "农村户籍"),
                Arguments.of("户籍类型", "农业"),
                Arguments.of("户籍类型", "rural"),
                Arguments.of("家庭类别", "dibao"),
                Arguments.of("需长期照护", "true"),
                Arguments.of("户籍地行政区划代码", "620723101"),
                Arguments.of("户籍地行政区划代码", "620723"));
    }

    @ParameterizedTest
    @MethodSource("validCells")
    void acceptsEachSpellingOfACell(String column, String value) {
        BatchResult<RosterRow> result = read(with(column, value));
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).hasSize(1);
    }

    @Test
    void readsTheSubsidyFactsInTheirListForms() {
        Map<String, String> row = valid();
        row.put("其他津贴", "高龄津贴:100;伤残抚恤金：250.50");
        row.put("停发事件", "死亡:2025-06-03、moved-out:2025/8/1");
        row.put("残疾人证号", "62070219551111001771");
        row.put("公民身份号码", "620702195511110017");
        row.put("性别", "男");
        row.put("残疾类别", "多重残疾");
        row.put("残疾等级", "一级");
        row.put("多重残疾构成", "智力一级、肢体残疾 3级");
        RosterRow read = read(csv(List.of(row))).values().get(0);
        Claimant c = read.toClaimant();
        assertThat(c.allowances())
                .contains(
                        Map.of(Allowance.OLD_AGE, Money.ofYuan(100), Allowance.INJURY_PENSION, Money.parse("250.50")));
        assertThat(c.events()).extracting(e -> e.reason()).containsExactly(StopReason.DEATH, StopReason.MOVED_OUT);
        assertThat(read.rating().includes(DisabilityCategory.INTELLECTUAL)).isTrue();
        assertThat(read.rating().components()).hasSize(2);
    }

    @Test
    void englishHeadersReadTheSameRow() {
        String text = "certificateNumber,VALIDFROM,registration,household,schooling,applied.living\n" + ID
                + "42,2020-05-01,620723101202,near-dibao,未在学,2025-01-05\n";
        RosterRow row = read(text).values().get(0);
        assertThat(row.toClaimant().household()).contains(HouseholdStatus.NEAR_DIBAO);
        assertThat(row.toClaimant().schooling()).contains(Schooling.NONE);
        assertThat(row.toClaimant().appliedOn(Programme.LIVING)).contains(LocalDate.of(2025, 1, 5));
    }

    static Stream<Arguments> invalidRows() {
        return Stream.of(
                Arguments.of(
                        "公民身份号码",
                        "620723196604274621",
                        "resident ID",
                        "Invalid resident ID 620723********4621: check character should be 3"),
                Arguments.of(
                        "性别", "男", "sex", "Invalid sex \"男\": the resident ID 620723********4623 records 女 (female)"),
                Arguments.of("性别", "F", "sex", "Invalid sex \"F\": must be 男 or 女 (also 男性, 女性, male, female)"),
                Arguments.of(
                        "残疾人证号", "", "certificate number", "Invalid certificate number \"\": column 残疾人证号 is empty"),
                Arguments.of(
                        "残疾人证号",
                        "62072319390928925944",
                        "certificate number",
                        "Invalid certificate number 620723********925944: its resident ID part is not the row's"
                                + " resident ID 620723********4623"),
                Arguments.of(
                        "残疾人证号",
                        ID + "82",
                        "certificate number",
                        "Invalid certificate number 620723********462382: character 19, the category, must be a digit"
                                + " 1-7"),
                Arguments.of(
                        "残疾类别",
                        "视力",
                        "disability category",
                        "Invalid disability category \"视力残疾\": the certificate number records 肢体残疾 (digit 4)"),
                Arguments.of(
                        "残疾类别",
                        "肢残",
                        "disability category",
                        "Invalid disability category \"肢残\": must be one of 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾,"
                                + " 精神残疾, 多重残疾 (also without 残疾, or visual, hearing, speech, physical,"
                                + " intellectual, psychosocial, multiple)"),
                Arguments.of(
                        "残疾等级",
                        "五级",
                        "disability grade",
                        "Invalid disability grade \"五级\": must be one of 一级, 二级, 三级, 四级 (also 1级-4级, or 1-4)"),
                Arguments.of(
                        "残疾等级",
                        "一级",
                        "disability grade",
                        "Invalid disability grade \"一级\": the certificate number records 二级 (digit 2)"),
                Arguments.of(
                        "多重残疾构成",
                        "视力一级、听力三级",
                        "multiple disability components",
                        "Invalid multiple disability components \"2 components\": only a multiple disability (多重残疾)"
                                + " has components; the certificate number records 肢体残疾"),
                Arguments.of(
                        "发证日期",
                        "",
                        "certificate issue date",
                        "Invalid certificate issue date \"\": column 发证日期 is empty"),
                Arguments.of(
                        "发证日期",
                        "2020.05.01",
                        "certificate issue date",
                        "Invalid certificate issue date \"2020.05.01\": must be a date YYYY-MM-DD (or YYYY/M/D)"),
                Arguments.of(
                        "发证日期",
                        "2021/2/29",
                        "certificate issue date",
                        "Invalid certificate issue date \"2021/2/29\": is not a real date"),
                Arguments.of(
                        "发证日期",
                        "2026-01-01",
                        "certificate issue date",
                        "Invalid certificate issue date \"2026-01-01\": is after the report date 2025-12-31"),
                Arguments.of(
                        "发证日期",
                        "1966-04-26",
                        "certificate issue date",
                        "Invalid certificate issue date \"1966-04-26\": is before the holder's birth date"),
                Arguments.of(
                        "有效期至",
                        "2019-12-31",
                        "certificate valid-until date",
                        "Invalid certificate valid-until date \"2019-12-31\": is before the first day of validity"
                                + " 2020-05-01"),
                Arguments.of(
                        "户籍地行政区划代码",
                        "62072310120",
                        "registration division",
                        // 11 digits in a row could hold a birth date: masked (issue 10)
                        "Invalid registration division \"***********\": must have 2, 4, 6, 9 or 12 digits, not 11"),
                Arguments.of(
                        "户籍类型",
                        "城市",
                        "registration type",
                        "Invalid registration type \"城市\": must be 城镇 or 农村 (also 城镇户籍, 农村户籍, 非农业, 农业, urban,"
                                + " rural)"),
                Arguments.of(
                        "家庭类别",
                        "特困",
                        "household status",
                        "Invalid household status \"特困\": must be one of 低保, 低保边缘, 低收入, 非困难家庭 (or dibao,"
                                + " near-dibao, low-income, none)"),
                Arguments.of(
                        "需长期照护",
                        "Y",
                        "long-term care",
                        "Invalid long-term care \"Y\": must be 是 or 否 (also true, false)"),
                Arguments.of(
                        "其他津贴",
                        "高龄津贴",
                        "other allowances",
                        "Invalid other allowances \"高龄津贴\": must be 无, or allowances with monthly amounts, e.g."
                                + " 高龄津贴:100"),
                Arguments.of(
                        "其他津贴",
                        "高龄津贴:12.345",
                        "other allowances",
                        "Invalid other allowances \"12.345\": has more than 2 decimal places (amounts are whole fen)"),
                Arguments.of(
                        "护理补贴申请日期",
                        "3月10日",
                        "care subsidy application date",
                        "Invalid care subsidy application date \"3月10日\": must be a date YYYY-MM-DD (or YYYY/M/D)"),
                Arguments.of(
                        "停发事件",
                        "去世:2025-06-03",
                        "stop events",
                        "Invalid stop events \"去世\": must be one of 死亡, 宣告失踪, 户籍迁出本省, 骗取补贴, 复核不合格,"
                                + " 本人申请停发 (or death, missing, moved-out, fraud, review-failed, withdrawn)"));
    }

    @ParameterizedTest
    @MethodSource("invalidRows")
    void rejectsARowWithItsLineFieldAndMaskedReason(String column, String value, String field, String message) {
        BatchResult<RosterRow> result = read(with(column, value));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).isEqualTo(message);
        });
    }

    @Test
    void aRecordWithTooFewOrTooManyFieldsIsARowError() {
        String text = csv(List.of(valid()));
        String[] lines = text.split("\n");
        String shorter = lines[0] + "\n" + lines[1].substring(0, lines[1].lastIndexOf(',')) + "\n";
        String longer = lines[0] + "\n" + lines[1] + ",x\n";
        assertThat(read(shorter).errors())
                .extracting(RowError::message)
                .containsExactly("Invalid CSV record at line 2: has 16 fields, the header has 17");
        assertThat(read(longer).errors())
                .extracting(RowError::message)
                .containsExactly("Invalid CSV record at line 2: has 18 fields, the header has 17");
    }

    /** A resident ID typed into any column is never shown in full in the row's error. */
    @Test
    void aResidentIdInAnyColumnIsMaskedInTheMessage() {
        String other = "11010519491231002X";
        for (String column : valid().keySet()) {
            if (column.equals("序号") || column.equals("姓名")) {
                continue;
            }
            BatchResult<RosterRow> result = read(with(column, other));
            assertThat(result.errors()).as(column).hasSize(1);
            assertThat(result.errors().get(0).message())
                    .as(column)
                    .doesNotContain(other)
                    .doesNotContain(ID);
        }
    }

    @Test
    void aSecondRowOfTheSamePersonIsAnErrorNamingTheFirstRowsLine() {
        Map<String, String> replacement = valid();
        replacement.put("残疾人证号", ID + "42B1");
        BatchResult<RosterRow> result = read(csv(List.of(valid(), valid(), replacement)));
        assertThat(result.rows()).extracting(BatchResult.Row::line).containsExactly(2);
        assertThat(result.errors())
                .extracting(RowError::toString)
                .containsExactly(
                        "line 3: Invalid resident ID 620723********4623: already holds the certificate on line 2 (one"
                                + " person, one certificate)",
                        "line 4: Invalid resident ID 620723********4623: already holds the certificate on line 2 (one"
                                + " person, one certificate)");
        assertThat(result.errors().get(0).rule()).isEqualTo("one-certificate-per-person");
    }

    @Test
    void aDuplicateOfAnInvalidRowIsNotADuplicate() {
        Map<String, String> bad = valid();
        bad.put("发证日期", "2026-01-01");
        BatchResult<RosterRow> result = read(csv(List.of(bad, valid())));
        assertThat(result.errors()).extracting(RowError::line).containsExactly(2);
        assertThat(result.rows()).extracting(BatchResult.Row::line).containsExactly(3);
    }

    @Test
    void stopsAtTheFirstInvalidRowOrGoesOnAsTheCallerChooses() {
        Map<String, String> bad = valid();
        bad.put("性别", "男");
        Map<String, String> other = valid();
        other.put("公民身份号码", "62072319420619918x");
        other.put("残疾人证号", "62072319420619918X53");
        other.put("残疾类别", "智力残疾");
        other.put("残疾等级", "三级");
        String text = csv(List.of(valid(), bad, other));
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> READER.read(
                        new StringReader(text),
                        "t.csv",
                        OnInvalidRow.STOP,
                        RosterVisitor.of((line, row) -> seen.add("row " + line), e -> seen.add("error " + e.line()))))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(3));
        assertThat(seen).containsExactly("row 2");

        seen.clear();
        ReadSummary summary = READER.read(
                new StringReader(text),
                "t.csv",
                OnInvalidRow.REPORT_AND_CONTINUE,
                RosterVisitor.of((line, row) -> seen.add("row " + line), e -> seen.add("error " + e.line())));
        assertThat(seen).containsExactly("row 2", "error 3", "row 4");
        assertThat(summary).isEqualTo(new ReadSummary("t.csv", 3, 2, 1, List.of("序号", "姓名")));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsAFileError() {
        String text = csv(List.of(valid())).replace("发证日期", "日期");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo("header");
                    assertThat(e.line()).isEqualTo(1);
                })
                .hasMessageStartingWith("test.csv: the header has no column 发证日期 (validFrom), the certificate issue"
                        + " date; the required columns are 残疾人证号 (certificateNumber), 发证日期 (validFrom),"
                        + " 户籍地行政区划代码 (registration); the header has [\"序号\", \"姓名\", ");
    }

    @Test
    void aFileWithoutAHeaderRowShowsItsFirstRowMasked() {
        String text = csv(List.of(valid()));
        String noHeader = text.substring(text.indexOf('\n') + 1);
        assertThatThrownBy(() -> read(noHeader))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("620723********4623")
                .message()
                .doesNotContain(ID);
    }

    @Test
    void twoColumnsForTheSameFieldAreAFileError() {
        String text = "公民身份号码,身份证号,残疾人证号,发证日期,行政区划代码\n";
        assertThatThrownBy(() -> read(text))
                .hasMessage("test.csv: columns \"公民身份号码\" and \"身份证号\" both give the resident ID; keep one");
    }

    @Test
    void anEmptyFileIsAFileError() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("header"))
                .hasMessage("test.csv is empty: a header row naming the columns was expected");
    }

    @Test
    void aQuoteNeverClosedIsARowErrorSayingTheLinesItSwallowed() {
        Map<String, String> open = valid();
        open.put("姓名", "\"王芳");
        Map<String, String> next = valid();
        next.put("公民身份号码", "62072319420619918x");
        String text = csv(List.of(valid(), open, next, next));
        assertThat(read(text).errors())
                .extracting(RowError::toString)
                .containsExactly("line 3: Invalid CSV record at line 3: field 2 runs over 3 lines: a line break inside"
                        + " quotes, or a quote never closed (the lines after it are read into this field, not as"
                        + " rows); a roster cell has no line break");
    }

    @Test
    void quotedFieldsWithCommasAndQuotesAreRead() {
        Map<String, String> row = valid();
        row.put("姓名", "\"王, \"\"芳\"\"\"");
        row.put("其他津贴", "\"高龄津贴:100;伤残抚恤金:1,250.50\"");
        RosterRow read = read(csv(List.of(row))).values().get(0);
        assertThat(read.toClaimant().allowances().orElseThrow().get(Allowance.INJURY_PENSION))
                .isEqualTo(Money.parse("1250.50"));
    }

    @Test
    void aGbkFileIsRefusedWithTheLineAndHowToSaveItAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roster.csv");
        Files.write(file, csv(List.of(valid())).getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> READER.readAll(file, OnInvalidRow.REPORT_AND_CONTINUE))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo("encoding");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.source()).isEqualTo(file.toString());
                })
                .hasMessageStartingWith(file + " is not UTF-8 text: line 1 has bytes that UTF-8 does not allow (0xD0")
                .hasMessageContaining(
                        "It looks like GBK, the encoding Excel on Chinese Windows saves \"CSV (逗号分隔)\" in.")
                .hasMessageContaining("Save it again from Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\"")
                .hasMessageEndingWith("read it as GBK: RosterReader.csv(asOf).withCharset(Charset.forName(\"GBK\")).");
    }

    @Test
    void aGbkByteFarDownTheFileIsReportedOnItsLine() {
        StringBuilder text = new StringBuilder("certificateNumber,validFrom,registration,note\n");
        for (int i = 0; i < 5_000; i++) {
            text.append(ID).append("42,2020-05-01,620723101202,x\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] gbkNote = "备注".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[utf8.length + gbkNote.length + 1];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(gbkNote, 0, bytes, utf8.length, gbkNote.length);
        bytes[bytes.length - 1] = '\n';
        assertThatThrownBy(() -> READER.read(
                        new ByteArrayInputStream(bytes),
                        "long.csv",
                        OnInvalidRow.REPORT_AND_CONTINUE,
                        RosterVisitor.of((l, r) -> {}, e -> {})))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.line()).isEqualTo(5_002));
    }

    @Test
    void aGbkFileIsReadWhenTheCallerSaysItIsGbk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roster.csv");
        Files.write(file, csv(List.of(valid())).getBytes(Charset.forName("GBK")));
        BatchResult<RosterRow> result =
                READER.withCharset(Charset.forName("GBK")).readAll(file, OnInvalidRow.STOP);
        assertThat(result.values())
                .singleElement()
                .satisfies(r -> assertThat(r.toClaimant().household()).contains(HouseholdStatus.DIBAO));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFF" + csv(List.of(valid())), StandardCharsets.UTF_8);
        assertThat(READER.readAll(file, OnInvalidRow.STOP).values()).hasSize(1);
    }

    @Test
    void textDecodedInTheWrongCharsetIsRefusedAsAnEncodingProblem() {
        byte[] gbk = csv(List.of(valid())).getBytes(Charset.forName("GBK"));
        InputStreamReader lenient = new InputStreamReader(new ByteArrayInputStream(gbk), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.readAll(lenient, "lenient.csv", OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("encoding"))
                .hasMessageContaining("U+FFFD");
    }

    @Test
    void aMissingFileSaysFileNotFoundWithThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-roster.csv");
        assertThatThrownBy(() -> READER.readAll(missing, OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("not-found"))
                .hasMessage("file not found: " + missing);
        assertThatThrownBy(() -> READER.readAll(dir, OnInvalidRow.STOP))
                .hasMessage(dir + " is a directory, not a roster file");
    }

    static Hierarchy linze() {
        return Hierarchy.builder(DivisionCode.parse("620723"), "临泽县")
                .add(DivisionCode.parse("620723101"), "沙河镇")
                .add(DivisionCode.parse("620723101202"), "西寨村")
                .build();
    }

    static Stream<Arguments> outsideTheCounty() {
        return Stream.of(
                Arguments.of(
                        "620723",
                        "township-or-village",
                        "Invalid registration division \"620723\": must be a township (9 digits) or village (12 digits)"
                                + " code, not a county code"),
                Arguments.of(
                        "620724101201",
                        "within-county",
                        "Invalid registration division \"620724101201\": is not within 临泽县 (620723)"),
                Arguments.of(
                        "620723101201",
                        "known-unit",
                        "Invalid registration division \"620723101201\": is not a township or village of 临泽县 (620723)"
                                + " in the division list"));
    }

    @ParameterizedTest
    @MethodSource("outsideTheCounty")
    void withinAHierarchyTheRegistrationIsATownshipOrVillageOfIt(String code, String rule, String message) {
        BatchResult<RosterRow> result = READER.within(linze())
                .readAll(new StringReader(with("户籍地行政区划代码", code)), "t.csv", OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.message()).isEqualTo(message);
        });
        assertThat(READER.within(linze())
                        .readAll(new StringReader(with("户籍地行政区划代码", "620723101")), "t.csv", OnInvalidRow.STOP)
                        .values())
                .hasSize(1);
    }
}
