package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader at the edges of its input: what each entry point returns, text that starts with what it must refuse or
 * strip, line breaks of every kind inside a quoted cell, and a reader that fails while it is read.
 */
class RosterReaderEdgesTest {
    static final RosterReader READER = RosterReaderCsvTest.READER;

    /** Collects what a read hands to its visitor. */
    static final class Seen implements RosterVisitor {
        final List<Integer> lines = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void row(int line, RosterRow row) {
            lines.add(line);
        }

        @Override
        public void invalid(RowError error) {
            errors.add(error.toString());
        }
    }

    @Test
    void aReaderKeepsItsReportDateAndCharset() {
        assertThat(READER.asOf()).isEqualTo(RosterReaderCsvTest.AS_OF);
        assertThat(READER.charset()).isEqualTo(StandardCharsets.UTF_8);
        Charset gbk = Charset.forName("GBK");
        assertThat(READER.withCharset(gbk).charset()).isEqualTo(gbk);
        assertThat(RosterReader.jsonLines(RosterReaderCsvTest.AS_OF.minusDays(1))
                        .asOf())
                .isEqualTo(RosterReaderCsvTest.AS_OF.minusDays(1));
    }

    @Test
    void readingAFileReturnsItsCounts(@TempDir Path dir) throws IOException {
        Map<String, String> bad = RosterReaderCsvTest.valid();
        bad.put("性别", "F");
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, RosterReaderCsvTest.csv(List.of(RosterReaderCsvTest.valid(), bad)));
        Seen seen = new Seen();

        ReadSummary summary = READER.read(file, OnInvalidRow.REPORT_AND_CONTINUE, seen);

        assertThat(summary).isEqualTo(new ReadSummary(file.toString(), 2, 1, 1, List.of("序号", "姓名")));
        assertThat(seen.lines).containsExactly(2);
        assertThat(seen.errors).hasSize(1);
    }

    @Test
    void readingCellsReturnsTheirCounts() {
        Seen seen = new Seen();
        ReadSummary summary = READER.readCells(
                List.of("残疾人证号", "发证日期", "户籍地行政区划代码", "备注"),
                List.of(
                                new RosterReader.Cells(
                                        2, List.of(RosterReaderCsvTest.ID + "42", "2020-05-01", "620723101202", "x")),
                                new RosterReader.Cells(
                                        3,
                                        java.util.Arrays.asList(
                                                "62072319420619918X53", "2020-13-01", "620723101202", null)))
                        .iterator(),
                "roster.parquet",
                OnInvalidRow.REPORT_AND_CONTINUE,
                RosterCheck.create(),
                seen);

        assertThat(summary).isEqualTo(new ReadSummary("roster.parquet", 2, 1, 1, List.of("备注")));
        assertThat(seen.lines).containsExactly(2);
        assertThat(seen.errors)
                .containsExactly("line 3: Invalid certificate issue date \"2020-13-01\": is not a real date");
    }

    @Test
    void cellsWithNoHeaderLackEveryRequiredColumn() {
        assertThatThrownBy(() -> READER.readCells(
                        List.of(),
                        List.<RosterReader.Cells>of().iterator(),
                        "empty.parquet",
                        OnInvalidRow.STOP,
                        RosterCheck.create(),
                        new Seen()))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("header"))
                .hasMessageStartingWith("empty.parquet: the header has no column 残疾人证号");
    }

    @Test
    void aByteOrderMarkAtTheStartOfDecodedTextIsNotPartOfTheFirstColumnsName() {
        String text = "\uFEFF" + RosterReaderCsvTest.csv(List.of(RosterReaderCsvTest.valid()));
        assertThat(READER.readAll(new StringReader(text), "bom.csv", OnInvalidRow.STOP)
                        .values())
                .hasSize(1);
    }

    static Stream<Arguments> undecodedText() {
        String csv = RosterReaderCsvTest.csv(List.of(RosterReaderCsvTest.valid()));
        return Stream.of(
                // U+FFFD as the very first character of a column name, of a cell, of a JSON line.
                Arguments.of(READER, "\uFFFD" + csv, 1, "t: the header shows U+FFFD"),
                Arguments.of(READER, csv.replace(",低保,", ",\uFFFD保,"), 2, "t line 2: column 家庭类别 shows U+FFFD"),
                Arguments.of(
                        RosterReaderJsonLinesTest.READER,
                        RosterReaderJsonLinesTest.VALID + "\n\uFFFD" + RosterReaderJsonLinesTest.VALID,
                        2,
                        "t line 2 shows U+FFFD"));
    }

    @ParameterizedTest
    @MethodSource("undecodedText")
    void textStartingWithAReplacementCharacterWasDecodedInTheWrongCharset(
            RosterReader reader, String text, int line, String message) {
        assertThatThrownBy(() -> reader.readAll(new StringReader(text), "t", OnInvalidRow.REPORT_AND_CONTINUE))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo("encoding");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith(message);
    }

    static Stream<Arguments> lineBreaksInCells() {
        return Stream.of(
                Arguments.of("\"\n王芳\"", 2), // a cell starting with a line break
                Arguments.of("\"\r王芳\"", 2),
                Arguments.of("\"王\r芳\"", 2), // an old Mac line break
                Arguments.of("\"王\r\n芳\"", 2), // a Windows line break is one break, not two
                Arguments.of("\"王\r\n芳\r李\n\"", 3)); // the break at the end is not counted
    }

    @ParameterizedTest
    @MethodSource("lineBreaksInCells")
    void aLineBreakOfAnyKindInACellIsARowErrorCountingItsLines(String cell, int lines) {
        Map<String, String> row = RosterReaderCsvTest.valid();
        row.put("姓名", cell);
        assertThat(RosterReaderCsvTest.read(RosterReaderCsvTest.csv(List.of(row)))
                        .errors())
                .extracting(RowError::toString)
                .containsExactly("line 2: Invalid CSV record at line 2: field 2 runs over " + lines
                        + " lines: a line break inside quotes, or a quote never closed (the lines after it are read into"
                        + " this field, not as rows); a roster cell has no line break");
    }

    /** Text that fails after its first characters, as a network file system may. */
    static Reader failingAfter(String start, RuntimeException thrown) {
        return new Reader() {
            private final StringReader head = new StringReader(start);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = head.read(buffer, offset, length);
                if (n >= 0) {
                    return n;
                }
                if (thrown != null) {
                    throw thrown;
                }
                throw new IOException("connection reset");
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void textThatFailsWhileReadIsAFileError() {
        String header = "残疾人证号,发证日期,户籍地行政区划代码\n";
        assertThatThrownBy(() -> READER.readAll(failingAfter(header, null), "net.csv", OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        RosterFileException.class, e -> assertThat(e.problem()).isEqualTo("read-failed"))
                .hasMessage("net.csv cannot be read: java.io.IOException: connection reset");
        RosterFileException encoding = new RosterFileException("net.csv", "encoding", 2, "net.csv is not UTF-8", null);
        assertThatThrownBy(() -> READER.readAll(failingAfter(header, encoding), "net.csv", OnInvalidRow.STOP))
                .isSameAs(encoding);
    }

    @Test
    void cellsAreOnLinesFromOne() {
        assertThat(new RosterReader.Cells(1, java.util.Arrays.asList("x", null)).values())
                .containsExactly("x", null);
        assertThatThrownBy(() -> new RosterReader.Cells(0, List.of()))
                .isInstanceOf(org.canlian.core.InvalidValueException.class)
                .hasMessage("Invalid roster row line 0: must be 1 or more");
    }

    @Test
    void aJsonLineOfAMebibyteIsReadAndALongerOneIsRefused() {
        int max = 1 << 20;
        String valid = RosterReaderJsonLinesTest.VALID;
        String longest = valid + " ".repeat(max - valid.length()); // JSON allows the trailing spaces
        var result = RosterReaderJsonLinesTest.read(longest + "\n" + longest + " \n");
        assertThat(result.values()).hasSize(1);
        assertThat(result.errors())
                .extracting(RowError::toString)
                .containsExactly("line 2: Invalid JSON line at line 2: is longer than 1048576 characters");
    }
}
