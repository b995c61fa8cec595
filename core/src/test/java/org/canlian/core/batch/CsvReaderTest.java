package org.canlian.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

    /** Reads every record of a text without a header, as "line: field|field|...". */
    private static List<String> records(String text) {
        return records(new StringReader(text));
    }

    /** A reader giving the text a few characters at a time, so that fields and line breaks straddle its reads. */
    private static Reader inChunks(String text, long seed) {
        Random random = new Random(seed);
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, 1 + random.nextInt(3)), text.length() - at);
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    private static List<String> records(Reader text) {
        List<String> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.withoutHeader(text)) {
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                out.add(r.line() + ": " + String.join("|", r.fields()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain fields", "a,b,c\nd,e,f\n", List.of("1: a|b|c", "2: d|e|f")),
                Arguments.of("last line without a line break", "a,b\nc,d", List.of("1: a|b", "2: c|d")),
                Arguments.of("empty fields", ",a,,b,\n", List.of("1: |a||b|")),
                Arguments.of("one field", "abc\n", List.of("1: abc")),
                Arguments.of("spaces are kept", " a , b \n", List.of("1:  a | b ")),
                Arguments.of("quoted field with a comma", "\"a,b\",c\n", List.of("1: a,b|c")),
                Arguments.of("doubled quote inside quotes", "\"say \"\"hi\"\"\",x\n", List.of("1: say \"hi\"|x")),
                Arguments.of("empty quoted field", "\"\",x\n", List.of("1: |x")),
                Arguments.of("quote inside an unquoted field is text", "ab\"c,d\n", List.of("1: ab\"c|d")),
                Arguments.of("text after a closing quote is kept", "\"ab\"c,d\n", List.of("1: abc|d")),
                Arguments.of("Chinese text", "620723,\"临泽县\"\n", List.of("1: 620723|临泽县")),
                Arguments.of("blank lines are skipped but counted", "a\n\n\nb\n", List.of("1: a", "4: b")),
                Arguments.of("CRLF line breaks", "a,b\r\nc,d\r\n", List.of("1: a|b", "2: c|d")),
                Arguments.of("CR line breaks", "a,b\rc,d\r", List.of("1: a|b", "2: c|d")),
                Arguments.of("blank CRLF lines", "a\r\n\r\nb\r\n", List.of("1: a", "3: b")),
                Arguments.of(
                        "line break inside quotes, record keeps its first line",
                        "\"x\ny\",z\nnext\n",
                        List.of("1: x\ny|z", "3: next")),
                Arguments.of(
                        "CRLF inside quotes reads as one line feed",
                        "\"x\r\ny\",z\r\nnext\r\n",
                        List.of("1: x\ny|z", "3: next")),
                Arguments.of("blank line inside quotes is kept", "\"x\n\ny\"\nnext\n", List.of("1: x\n\ny", "4: next")),
                Arguments.of(
                        "a record longer than any buffer",
                        "x".repeat(200_000) + ",\"" + "y".repeat(100_000) + "\"\nz\n",
                        List.of("1: " + "x".repeat(200_000) + "|" + "y".repeat(100_000), "2: z")),
                Arguments.of("empty text", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void readsFieldsAndLinesAsRfc4180Says(String description, String text, List<String> expected) {
        assertThat(records(text)).containsExactlyElementsOf(expected);
        assertThat(records(inChunks(text, text.length()))).containsExactlyElementsOf(expected);
    }

    @Test
    void readsTheHeaderWithoutItsByteOrderMarkAndFindsColumnsByName() throws IOException {
        try (CsvReader csv = CsvReader.withHeader(new StringReader("\uFEFFcode,name\n620723,临泽县\n"))) {
            assertThat(csv.header()).containsExactly("code", "name");
            CsvRecord r = csv.next();
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.get("code")).isEqualTo("620723");
            assertThat(r.get("name")).isEqualTo("临泽县");
            assertThat(r.get(1)).isEqualTo("临泽县");
            assertThat(r.size()).isEqualTo(2);
            assertThat(r).hasToString("line 2: 2 fields");
            assertThat(csv.next()).isNull();
            assertThat(csv.next()).isNull();
        }
    }

    /** Issue 10: the mark made the quote the second character, so the first name kept its quotes. */
    @Test
    void aByteOrderMarkBeforeAQuotedFirstFieldIsDroppedAndTheQuotesRead() throws IOException {
        try (CsvReader csv = CsvReader.withHeader(new StringReader("\uFEFF\"code\",\"name\"\n620723,临泽县\n"))) {
            assertThat(csv.header()).containsExactly("code", "name");
            assertThat(csv.next().get("code")).isEqualTo("620723");
        }
        try (CsvReader csv = CsvReader.withHeader(new StringReader("\uFEFF\"co\"\"de\nx\",name\n1,2\n"))) {
            assertThat(csv.header()).containsExactly("co\"de\nx", "name");
            assertThat(csv.next().line()).isEqualTo(3);
        }
        try (CsvReader csv = CsvReader.withoutHeader(new StringReader("\uFEFF\"a,b\",c\n"))) {
            assertThat(csv.next().fields()).containsExactly("a,b", "c");
        }
        try (CsvReader csv = CsvReader.withoutHeader(new StringReader("a,\uFEFFb\n"))) {
            assertThat(csv.next().fields())
                    .as("only a mark at the start of the text is dropped")
                    .containsExactly("a", "\uFEFFb");
        }
    }

    @Test
    void givesRecordsWhoseFieldsCannotBeChanged() throws IOException {
        try (CsvReader csv = CsvReader.withoutHeader(new StringReader("a,b\n"))) {
            assertThat(csv.header()).isEmpty();
            List<String> fields = csv.next().fields();
            assertThatThrownBy(() -> fields.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of(
                        "header", "", "Invalid CSV header \"\": the text is empty, a header was expected", "missing"),
                Arguments.of(
                        "header",
                        "\n\n",
                        "Invalid CSV header \"\": the text is empty, a header was expected",
                        "missing"),
                Arguments.of(
                        "record",
                        "code,name\n1,a\n2,\"b\n3,c\n",
                        "Invalid CSV record at line 3: a quoted field is never closed",
                        "quote"),
                Arguments.of(
                        "record",
                        "code,name\n\"1,a\n",
                        "Invalid CSV record at line 2: a quoted field is never closed",
                        "quote"),
                // issue 10: the line the quote opened on, not the record's first line
                Arguments.of(
                        "record",
                        "code,name\n1,\"a\nb\",\"c\nd\n",
                        "Invalid CSV record at line 3: a quoted field is never closed (the record starts on line 2)",
                        "quote"),
                Arguments.of(
                        "record",
                        "code,name\n\"1\n\n\n\",\"2\r\n3\r\n",
                        "Invalid CSV record at line 5: a quoted field is never closed (the record starts on line 2)",
                        "quote"),
                Arguments.of(
                        "header",
                        "\"code\nx\",\"name",
                        "Invalid CSV record at line 2: a quoted field is never closed (the record starts on line 1)",
                        "quote"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badTexts")
    void rejectsAMissingHeaderAndAnUnclosedQuoteNamingTheLine(String where, String text, String message, String rule) {
        assertThatThrownBy(() -> {
                    try (CsvReader csv = CsvReader.withHeader(new StringReader(text))) {
                        while (csv.next() != null) {
                            // read to the end
                        }
                    }
                })
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessage(message);
    }

    @Test
    void rejectsAskingForAMissingFieldOrColumn() throws IOException {
        try (CsvReader csv = CsvReader.withHeader(new StringReader("code,name\n620723\n"))) {
            CsvRecord r = csv.next();
            assertThatThrownBy(() -> r.get("name"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid CSV record at line 2: has 1 fields, field 2 was asked for");
            assertThatThrownBy(() -> r.get("kind"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid CSV record at line 2: there is no column 'kind' in [code, name]");
            assertThatThrownBy(() -> r.get(-1))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid CSV record at line 2: has 1 fields, field 0 was asked for");
        }
    }

    @Test
    void reportsAFailingReaderWithTheLastLineRead() {
        Reader failing = new Reader() {
            private boolean first = true;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (first) {
                    first = false;
                    "a\nb\n".getChars(0, 4, buffer, offset);
                    return 4;
                }
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        CsvReader csv = CsvReader.withoutHeader(failing);
        assertThat(csv.next().line()).isEqualTo(1);
        assertThat(csv.next().line()).isEqualTo(2);
        assertThatThrownBy(csv::next)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("reading CSV after line 2")
                .hasRootCauseMessage("disk gone");
    }

    /** Random fields with commas, quotes, line breaks and Chinese text, written as CSV, read back unchanged. */
    @Test
    void readsBackWhatAnyCsvWriterWrites() {
        Random random = new Random(20261123L);
        String alphabet = "ab1,\"\n\r 临泽县";
        for (int round = 0; round < 500; round++) {
            List<List<String>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int lineBreaks = 0;
            List<Integer> startLines = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                List<String> row = new ArrayList<>();
                int columns = 1 + random.nextInt(4);
                for (int c = 0; c < columns; c++) {
                    StringBuilder f = new StringBuilder();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        f.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    // A CR inside quotes reads back as a line feed, like every line break in a field (see above).
                    String field = f.toString().replace("\r\n", "\n").replace('\r', '\n');
                    row.add(field);
                }
                if (columns == 1 && row.get(0).isEmpty()) {
                    row.set(0, "x"); // a lone empty field is a blank line, which is skipped
                }
                startLines.add(lineBreaks + 1);
                List<String> written = new ArrayList<>();
                for (String field : row) {
                    boolean quote = random.nextBoolean() || field.matches("(?s).*[,\"\n\r].*");
                    written.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
                    lineBreaks += (int) field.chars().filter(ch -> ch == '\n').count();
                }
                text.append(String.join(",", written)).append(random.nextBoolean() ? "\n" : "\r\n");
                lineBreaks++;
                rows.add(row);
            }
            List<String> expected = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                expected.add(startLines.get(r) + ": " + String.join("|", rows.get(r)));
            }
            assertThat(records(text.toString())).as("round %d: %s", round, text).containsExactlyElementsOf(expected);
            assertThat(records(inChunks(text.toString(), round)))
                    .as("round %d in chunks: %s", round, text)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aFileWithoutItsHeaderDoesNotShowTheFirstRowsIdsInTheMessage() throws IOException {
        String firstRow = "11010519491231002X,11010519491231002X41,张三\n";
        try (CsvReader csv = CsvReader.withHeader(new StringReader(firstRow + "620723198507150011,x,y\n"))) {
            CsvRecord r = csv.next();
            assertThatThrownBy(() -> r.get("residentId"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid CSV record at line 2: there is no column 'residentId' in [110105********002X,"
                            + " 110105********002X41, 张三]");
        }
        try (CsvReader csv = CsvReader.withoutHeader(new StringReader(firstRow))) {
            CsvRecord r = csv.next();
            assertThatThrownBy(() -> r.get("residentId"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Invalid CSV record at line 1: there is no column 'residentId': the reader has no"
                            + " header, ask for fields by position");
        }
    }
}
