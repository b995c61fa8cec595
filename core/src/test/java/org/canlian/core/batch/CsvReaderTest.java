package org.canlian.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {
    /** Reads every record as "line:field|field|...". */
    private static List<String> records(String csv) {
        List<String> out = new ArrayList<>();
        CsvReader reader = CsvReader.withHeader(new StringReader(csv));
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            out.add(r.line() + ":" + String.join("|", r.fields()));
        }
        return out;
    }

    static Stream<Arguments> validTexts() {
        return Stream.of(
                Arguments.of("code,name\n620723,临泽县\n", List.of("2:620723|临泽县")),
                Arguments.of("code,name\n620723101,\"沙河镇\"\n", List.of("2:620723101|沙河镇")),
                Arguments.of("a,b\n\"x,y\",2\n", List.of("2:x,y|2")),
                Arguments.of("a\n\"he said \"\"hi\"\"\"\n", List.of("2:he said \"hi\"")),
                Arguments.of("a,b\n\"l1\nl2\",3\n4,5\n", List.of("2:l1\nl2|3", "4:4|5")),
                Arguments.of("a\n\n1\n\n2", List.of("3:1", "5:2")),
                Arguments.of("a,b\r\n1,2\r\n", List.of("2:1|2")),
                Arguments.of("a,b\n1,\n,\n", List.of("2:1|", "3:|")),
                Arguments.of("a,b\n1,2,3\n", List.of("2:1|2|3")),
                Arguments.of("a\n", List.of()));
    }

    @ParameterizedTest
    @MethodSource("validTexts")
    void readsEachRecordWithTheLineItStartsOn(String csv, List<String> expected) {
        assertThat(records(csv)).containsExactlyElementsOf(expected);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() {
        CsvReader reader = CsvReader.withHeader(new StringReader("\uFEFFcode,name\n62,甘肃省\n"));
        assertThat(reader.header()).containsExactly("code", "name");
        assertThat(reader.next().get("code")).isEqualTo("62");
    }

    @Test
    void withoutHeaderTheFirstLineIsARecord() {
        CsvReader reader = CsvReader.withoutHeader(new StringReader("62,甘肃省\n"));
        assertThat(reader.header()).isEmpty();
        CsvRecord r = reader.next();
        assertThat(r.line()).isEqualTo(1);
        assertThat(r.get(1)).isEqualTo("甘肃省");
        assertThat(reader.next()).isNull();
    }

    static Stream<Arguments> invalidTexts() {
        return Stream.of(
                Arguments.of("", "Invalid CSV header \"\": the text is empty, a header was expected"),
                Arguments.of("a\n\"never closed\n", "Invalid CSV record at line 2: a quoted field is never closed"),
                Arguments.of("a,b\n1,2\n\"x\n\ny\n", "Invalid CSV record at line 3: a quoted field is never closed"));
    }

    @ParameterizedTest
    @MethodSource("invalidTexts")
    void rejectsMalformedTextNamingTheLine(String csv, String message) {
        assertThatThrownBy(() -> records(csv))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsAMissingColumnOrFieldNamingTheLine() {
        CsvReader reader = CsvReader.withHeader(new StringReader("code,name\n62\n"));
        CsvRecord r = reader.next();
        assertThatThrownBy(() -> r.get("province"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid CSV record at line 2: there is no column 'province' in [code, name]");
        assertThatThrownBy(() -> r.get("name"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid CSV record at line 2: has 1 fields, field 2 was asked for");
    }

    /** Quotes a field as RFC 4180 writes it. */
    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyFieldsWrittenQuotedReadBackTheSame(long seed) {
        Random random = new Random(seed);
        String alphabet = "ab,\"\n 临泽0";
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            List<String> row = new ArrayList<>();
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                StringBuilder field = new StringBuilder();
                int length = random.nextInt(8);
                for (int i = 0; i < length; i++) {
                    field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(field.toString());
            }
            rows.add(row);
        }
        String csv = "h\n"
                + rows.stream()
                        .map(row -> row.stream().map(CsvReaderTest::quoted).collect(Collectors.joining(",")))
                        .collect(Collectors.joining("\n"));
        CsvReader reader = CsvReader.withHeader(new StringReader(csv));
        List<List<String>> read = new ArrayList<>();
        int expectedLine = 2;
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            assertThat(r.line()).isEqualTo(expectedLine);
            read.add(r.fields());
            expectedLine = r.line()
                    + (int) String.join(",", r.fields())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
        }
        assertThat(read).isEqualTo(rows);
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(50);
    }
}
