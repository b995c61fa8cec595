package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A roster file split into parts read apart, as a distributed engine reads it ({@link RosterReader#readPart},
 * {@link RosterReader#readCells}, {@link RosterCheck#addEarlier}), gives exactly the rows and errors of one read of
 * the whole file, line numbers included: seeded random rosters with bad rows, blank lines and the same holders on
 * rows of different parts, cut at random.
 */
class RosterReadPartTest {
    static final RosterReader READER = RosterReader.csv(RosterRoundTripPropertyTest.AS_OF);

    /** A seeded roster file: random rows, some spoiled, some holders repeated further on, some blank lines. */
    static List<String> lines(long seed, int size) {
        StringWriter text = new StringWriter();
        try (RosterWriter out = RosterWriter.csv(text)) {
            RosterRoundTripPropertyTest.randomRoster(seed, size).forEach(out::write);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
        lines.remove(lines.size() - 1); // the text ends with a line break
        Random r = new Random(seed);
        for (int i = 0; i < size / 10; i++) {
            // The same holder again, on a later line (often in another part).
            int from = 1 + r.nextInt(lines.size() - 1);
            lines.add(from + r.nextInt(lines.size() - from) + 1, lines.get(from));
        }
        for (int i = 0; i < size / 20; i++) {
            int at = 1 + r.nextInt(lines.size() - 1);
            String line = lines.get(at);
            lines.set(
                    at,
                    switch (r.nextInt(4)) {
                        case 0 -> line.replaceFirst("62072", "62073"); // a number that no longer checks
                        case 1 -> line + ",extra";
                        case 2 -> line.replace("2020-", "2099-");
                        default -> line.replaceFirst(",", ",,");
                    });
        }
        for (int i = 0; i < size / 50; i++) {
            lines.add(1 + r.nextInt(lines.size() - 1), "");
        }
        return lines;
    }

    /** What a reader reports, in order: each row with its line, each error. */
    static final class Seen implements RosterVisitor {
        final List<Object> events = new ArrayList<>();

        @Override
        public void row(int line, RosterRow row) {
            events.add(line + ": " + row);
            events.add(row);
        }

        @Override
        public void invalid(RowError error) {
            events.add(error);
        }
    }

    static List<Object> whole(List<String> lines) {
        Seen seen = new Seen();
        READER.read(
                new StringReader(String.join("\n", lines) + "\n"),
                "roster.csv",
                OnInvalidRow.REPORT_AND_CONTINUE,
                seen);
        return seen.events;
    }

    /** Random cut points between line 2 and the end: the first lines of the parts. */
    static List<Integer> cuts(Random r, int lineCount, int parts) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        starts.add(2);
        while (starts.size() < parts) {
            starts.add(2 + r.nextInt(lineCount - 1));
        }
        return new ArrayList<>(starts);
    }

    static String part(List<String> lines, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int line = first; line < end; line++) {
            b.append(lines.get(line - 1)).append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest(name = "seed {0}, {1} rows, {2} parts")
    @MethodSource("splits")
    void aFileCutByRosterFilePartsReadsAsTheWholeFile(long seed, int size, int parts, @TempDir Path dir)
            throws java.io.IOException {
        List<String> lines = new ArrayList<>(lines(seed, size));
        // A cell quoted over two lines, in the middle of the file: no cut may fall inside it.
        lines.set(lines.size() / 2, lines.get(lines.size() / 2).replaceFirst(",(男|女),", ",\"$1\n$1\","));
        Path file = dir.resolve("roster.csv");
        java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
        Seen whole = new Seen();
        READER.read(file, OnInvalidRow.REPORT_AND_CONTINUE, whole);

        RosterFileParts cut = RosterFileParts.split(READER, file, parts, 1);
        assertThat(cut.count()).isBetween(Math.min(parts, 2), parts);
        assertThat(cut.firstLine(0)).isEqualTo(cut.count() == 1 ? 1 : 2);
        List<RosterCheck> checks = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        for (int k = 0; k < cut.count(); k++) {
            checks.add(RosterCheck.create());
            seen.add(new Seen());
            cut.read(k, OnInvalidRow.REPORT_AND_CONTINUE, checks.get(k), seen.get(k));
        }
        List<RosterCheck> seeds = RosterCheck.earlierHolders(checks);
        assertThat(seeds.get(0).size()).isZero();
        List<Object> events = new ArrayList<>();
        for (int k = 0; k < cut.count(); k++) {
            if (seeds.get(k).size() > 0) {
                seen.set(k, new Seen());
                cut.read(k, OnInvalidRow.REPORT_AND_CONTINUE, seeds.get(k), seen.get(k));
            }
            events.addAll(seen.get(k).events);
        }
        assertThat(events).isEqualTo(whole.events);
    }

    @Test
    void aSmallFileIsOnePartAndAJsonLinesReaderCannotCut(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("small.csv");
        java.nio.file.Files.writeString(file, String.join("\n", lines(9L, 50)) + "\n");
        RosterFileParts cut = RosterFileParts.split(READER, file, 8);
        assertThat(cut.count()).isEqualTo(1);
        assertThat(cut).hasToString("RosterFileParts[small.csv, 1 parts]");
        assertThat(RosterFileParts.canSplit(READER)).isTrue();
        assertThat(RosterFileParts.canSplit(RosterReader.jsonLines(RosterRoundTripPropertyTest.AS_OF)))
                .isFalse();
        assertThat(RosterFileParts.canSplit(READER.withCharset(java.nio.charset.StandardCharsets.UTF_16)))
                .isFalse();
        assertThat(RosterFileParts.canSplit(READER.withCharset(java.nio.charset.Charset.forName("GBK"))))
                .isTrue();
        assertThatThrownBy(() -> RosterFileParts.split(READER, file, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("parts");
        assertThatThrownBy(() -> RosterFileParts.split(READER, dir, 2))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("is a directory");
    }

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of(1L, 600, 1),
                Arguments.of(2L, 600, 2),
                Arguments.of(3L, 600, 7),
                Arguments.of(4L, 1_500, 16),
                Arguments.of(5L, 300, 60));
    }

    @ParameterizedTest(name = "seed {0}, {1} rows, {2} parts")
    @MethodSource("splits")
    void partsReadApartGiveTheWholeFilesRowsAndErrors(long seed, int size, int parts) {
        List<String> lines = lines(seed, size);
        List<Object> expected = whole(lines);
        assertThat(expected)
                .as("the roster has errors of several kinds")
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                RowError.class, x -> assertThat(x.rule()).isEqualTo("one-certificate-per-person")));
        assertThat(expected.stream().filter(RowError.class::isInstance).map(e -> ((RowError) e).rule()))
                .contains("check-character", "columns");

        List<Integer> starts = cuts(new Random(seed * 7), lines.size(), parts);
        starts.add(lines.size() + 1);
        String header = lines.get(0);
        // Pass 1: each part's valid holders, keyed; a holder on rows of several parts is seeded where it comes later.
        Map<Long, Integer> firstLine = new HashMap<>();
        Map<Long, Integer> partsOf = new HashMap<>();
        for (int p = 0; p + 1 < starts.size(); p++) {
            List<long[]> keyed = new ArrayList<>();
            READER.readPart(
                    header,
                    new StringReader(part(lines, starts.get(p), starts.get(p + 1))),
                    starts.get(p),
                    "part " + p,
                    OnInvalidRow.REPORT_AND_CONTINUE,
                    RosterCheck.create(),
                    RosterVisitor.of(
                            (line, row) -> keyed.add(new long[] {RosterCheck.holderKey(row.residentId()), line}),
                            e -> {}));
            for (long[] k : keyed) {
                firstLine.merge(k[0], (int) k[1], Math::min);
                partsOf.merge(k[0], 1, Integer::sum);
            }
        }
        TreeMap<Long, Integer> shared = new TreeMap<>();
        partsOf.forEach((key, n) -> {
            if (n > 1) {
                shared.put(key, firstLine.get(key));
            }
        });
        if (parts > 1) {
            assertThat(shared).as("holders on rows of two parts").isNotEmpty();
        }
        // Pass 2: each part read with its check seeded.
        Seen seen = new Seen();
        int read = 0;
        for (int p = 0; p + 1 < starts.size(); p++) {
            int first = starts.get(p);
            RosterCheck check = RosterCheck.create();
            shared.forEach((key, line) -> {
                if (line < first) {
                    check.addEarlier(key, line);
                }
            });
            read += READER.readPart(
                            header,
                            new StringReader(part(lines, first, starts.get(p + 1))),
                            first,
                            "part " + p,
                            OnInvalidRow.REPORT_AND_CONTINUE,
                            check,
                            seen)
                    .rowsRead();
        }
        assertThat(seen.events).containsExactlyElementsOf(expected);
        assertThat(read)
                .isEqualTo(expected.stream().filter(RowError.class::isInstance).count()
                        + expected.stream().filter(RosterRow.class::isInstance).count());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void cellsGiveTheRowsAndErrorsOfTheirCsvLines(long seed) {
        List<String> lines = lines(seed, 500);
        assertThat(String.join("", lines))
                .as("no quoted cell: a comma splits cells")
                .doesNotContain("\"");
        List<RosterReader.Cells> cells = new ArrayList<>();
        for (int line = 2; line <= lines.size(); line++) {
            if (!lines.get(line - 1).isEmpty()) {
                List<String> values =
                        new ArrayList<>(Arrays.asList(lines.get(line - 1).split(",", -1)));
                values.replaceAll(v -> v.isEmpty() ? null : v); // a table's missing value: an empty cell
                cells.add(new RosterReader.Cells(line, values));
            }
        }
        Seen seen = new Seen();
        READER.readCells(
                Arrays.asList(lines.get(0).split(",", -1)),
                cells.iterator(),
                "roster.parquet",
                OnInvalidRow.REPORT_AND_CONTINUE,
                RosterCheck.create(),
                seen);
        assertThat(seen.events).containsExactlyElementsOf(whole(lines));
    }

    @Test
    void aHolderSeededAsEarlierIsRejectedNamingThatLine() {
        List<String> lines = lines(21, 20);
        RosterRow first = RosterReader.csv(RosterRoundTripPropertyTest.AS_OF)
                .readAll(new StringReader(lines.get(0) + "\n" + lines.get(1) + "\n"), "one.csv", OnInvalidRow.STOP)
                .values()
                .get(0);
        RosterCheck check = RosterCheck.create();
        check.addEarlier(RosterCheck.holderKey(first.residentId()), 7);
        assertThat(check.lineOf(first.residentId())).hasValue(7);
        assertThatThrownBy(() -> check.add(900, first))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("already holds the certificate on line 7")
                .hasMessageNotContaining(first.residentId().reveal());
    }

    static Stream<Arguments> misuses() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> READER.readPart(
                                "残疾人证号,发证日期,户籍地行政区划代码",
                                new StringReader(""),
                                1,
                                "p",
                                OnInvalidRow.STOP,
                                RosterCheck.create(),
                                new Seen()),
                        InvalidValueException.class,
                        "Invalid part's first line 1: must be 2 or more (line 1 is the header)"),
                Arguments.of(
                        (Runnable) () -> RosterReader.jsonLines(RosterRoundTripPropertyTest.AS_OF)
                                .readPart(
                                        "certificateNumber",
                                        new StringReader(""),
                                        2,
                                        "p",
                                        OnInvalidRow.STOP,
                                        RosterCheck.create(),
                                        new Seen()),
                        IllegalStateException.class,
                        "readPart reads parts of CSV files; this reader reads JSON lines"),
                Arguments.of(
                        (Runnable) () -> READER.readPart(
                                "姓名,发证日期",
                                new StringReader(""),
                                2,
                                "p",
                                OnInvalidRow.STOP,
                                RosterCheck.create(),
                                new Seen()),
                        RosterFileException.class,
                        "p: the header has no column 残疾人证号"),
                Arguments.of(
                        (Runnable) () -> new RosterReader.Cells(0, List.of()),
                        InvalidValueException.class,
                        "Invalid roster row line 0: must be 1 or more"),
                Arguments.of(
                        (Runnable) () -> RosterCheck.create().addEarlier(0, 2),
                        InvalidValueException.class,
                        "is not a key RosterCheck.holderKey gives"));
    }

    @ParameterizedTest
    @MethodSource("misuses")
    void misusesAreRefusedNamingTheRule(Runnable call, Class<? extends Exception> type, String message) {
        assertThatThrownBy(call::run).isInstanceOf(type).hasMessageContaining(message);
    }
}
