package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterReaderJsonLinesTest {
    static final RosterReader READER = RosterReader.jsonLines(LocalDate.of(2025, 12, 31));
    static final String VALID = "{\"residentId\":\"620723196604274623\",\"certificateNumber\":\"62072319660427462342\","
            + "\"sex\":\"female\",\"validFrom\":\"2020-05-01\",\"registration\":\"620723101202\","
            + "\"registrationType\":\"rural\",\"household\":\"dibao\",\"longTermCare\":true,"
            + "\"allowances\":{\"old-age-allowance\":\"100.00\"},\"applied\":{\"care\":\"2025-03-10\"},"
            + "\"events\":[{\"reason\":\"death\",\"date\":\"2025-09-02\"}]}";

    static BatchResult<RosterRow> read(String text) {
        return READER.readAll(new StringReader(text), "roster.jsonl", OnInvalidRow.REPORT_AND_CONTINUE);
    }

    @Test
    void readsOneObjectPerLine() {
        BatchResult<RosterRow> result = read(VALID + "\n\n"
                + VALID.replace("dibao", "none")
                        .replace("62072319660427462342", "62072319420619918X53")
                        .replace("620723196604274623", "62072319420619918X")
                        .replace("female", "女"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(BatchResult.Row::line).containsExactly(1, 3);
        Claimant c = result.values().get(0).toClaimant();
        assertThat(c.household()).contains(HouseholdStatus.DIBAO);
        assertThat(c.longTermCare()).contains(true);
        assertThat(c.allowances()).contains(Map.of(Allowance.OLD_AGE, Money.ofYuan(100)));
        assertThat(c.appliedOn(Programme.CARE)).contains(LocalDate.of(2025, 3, 10));
        assertThat(c.events()).extracting(e -> e.reason()).containsExactly(StopReason.DEATH);
        assertThat(result.values().get(0).validUntil()).isEqualTo(LocalDate.of(2030, 5, 1));
        assertThat(result.values().get(1).category()).isEqualTo(DisabilityCategory.INTELLECTUAL);
    }

    @Test
    void aMultipleDisabilityGivesItsComponents() {
        String line = "{\"certificateNumber\":\"62070219551111001771\",\"components\":[{\"category\":\"intellectual\","
                + "\"grade\":1},{\"category\":\"肢体\",\"grade\":3}],\"validFrom\":\"2016-01-01\","
                + "\"registration\":\"620723107208\"}";
        RosterRow row = read(line).values().get(0);
        assertThat(row.rating().includes(DisabilityCategory.INTELLECTUAL)).isTrue();
        assertThat(row.toClaimant().allowances()).isEmpty();
    }

    static Stream<Arguments> invalidLines() {
        return Stream.of(
                Arguments.of(
                        VALID.replace("620723196604274623", "620723196604274621"),
                        "resident ID",
                        "Invalid resident ID 620723********4621: check character should be 3"),
                Arguments.of(
                        VALID.replace("\"female\"", "\"male\""),
                        "sex",
                        "Invalid sex \"男\": the resident ID 620723********4623 records 女 (female)"),
                Arguments.of(
                        VALID.replace("\"certificateNumber\":\"62072319660427462342\",", ""),
                        "certificate number",
                        "Invalid certificate number \"\": is required"),
                Arguments.of(
                        VALID.replace("\"validFrom\":\"2020-05-01\",", ""),
                        "certificate issue date",
                        "Invalid certificate issue date \"\": is required"),
                Arguments.of(
                        VALID.replace("2020-05-01", "2020/5/1"),
                        "$.validFrom",
                        "Invalid JSON at $.validFrom (column 106): is not a valid LocalDate"),
                Arguments.of(
                        VALID.replace("\"sex\"", "\"name\":\"王芳\",\"sex\""),
                        "$.name",
                        "Invalid JSON at $.name (column 87): is not a property of RosterRowJson (known: allowances,"
                                + " applied, cancelledOn, category, certificateNumber, childSupport, components,"
                                + " destituteSupport, events, fixedIncome, grade, household, longTermCare, lowerLimb,"
                                + " ownsVehicle, registration, registrationType, residentId, schooling, sex, validFrom,"
                                + " validUntil, workInjuryCare)"),
                Arguments.of(
                        VALID.replace("true", "\"是\""),
                        "$.longTermCare",
                        "Invalid JSON at $.longTermCare (column 211): must be true or false, not a string"),
                Arguments.of(
                        VALID.replace("\"dibao\"", "\"poor\""),
                        "household status",
                        "Invalid household status \"poor\": must be one of 低保, 低保边缘, 低收入, 非困难家庭 (or dibao,"
                                + " near-dibao, low-income, none)"),
                Arguments.of(
                        VALID.replace("\"care\"", "\"nursing\""),
                        "programme",
                        "Invalid programme \"nursing\": must be one of [living, care, elderly, fuel, school, college,"
                                + " medical-insurance]"),
                Arguments.of(
                        VALID.replace("\"100.00\"", "\"-5\""),
                        "allowance amount",
                        "Invalid allowance amount -5.00: must not be negative"),
                Arguments.of(
                        VALID.replace("620723101202", "11010519491231002X"),
                        "registration division",
                        "Invalid registration division 110105********002X: must contain only digits 0-9"),
                Arguments.of(
                        VALID.substring(0, 40),
                        "$.residentId",
                        "Invalid JSON at $.residentId (column 41): the input ends before the JSON value does"),
                Arguments.of(
                        "[1, 2]",
                        "$",
                        "Invalid JSON at $ (column 1): must be an object (RosterRowJson), not an" + " array"));
    }

    @ParameterizedTest
    @MethodSource("invalidLines")
    void rejectsALineWithItsNumberAndMaskedReason(String line, String field, String message) {
        BatchResult<RosterRow> result = read(VALID.replace("62072319660427462342", "62072319420619918X53")
                        .replace("620723196604274623", "62072319420619918X")
                        .replace("female", "女")
                + "\n" + line + "\n");
        assertThat(result.rows()).hasSize(1);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).isEqualTo(message);
            assertThat(e.message()).doesNotContain("620723196604274623").doesNotContain("11010519491231002X");
        });
    }

    @Test
    void theSamePersonOnTwoLinesAndStopAtTheFirst() {
        String text = VALID + "\r\n" + VALID + "\r\n";
        assertThat(read(text).errors())
                .extracting(RowError::toString)
                .containsExactly("line 2: Invalid resident ID 620723********4623: already holds the certificate on"
                        + " line 1 (one person, one certificate)");
        assertThatThrownBy(() -> READER.readAll(new StringReader(text), "r.jsonl", OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(2));
    }

    @Test
    void aGbkFileIsRefusedOrReadAsGbkWhenTheCallerSaysSo() {
        byte[] gbk = (VALID.replace("\"dibao\"", "\"低保\"") + "\n").getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> READER.read(
                        new ByteArrayInputStream(gbk),
                        "r.jsonl",
                        OnInvalidRow.STOP,
                        RosterVisitor.of((l, r) -> {}, e -> {})))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("encoding"))
                .hasMessageContaining("line 1 has bytes that UTF-8 does not allow")
                .hasMessageContaining("RosterReader.jsonLines(asOf).withCharset(Charset.forName(\"GBK\"))");
        ReadSummary s = READER.withCharset(Charset.forName("GBK"))
                .read(
                        new ByteArrayInputStream(gbk),
                        "r.jsonl",
                        OnInvalidRow.STOP,
                        RosterVisitor.of((l, r) -> {}, e -> {}));
        assertThat(s.valid()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
        assertThat(read("\uFEFF" + VALID).values()).hasSize(1);
    }
}
