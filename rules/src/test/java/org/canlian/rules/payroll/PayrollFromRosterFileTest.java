package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.roster.RosterFileException;
import org.canlian.rules.roster.RosterFileParts;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRoundTripPropertyTest;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import org.canlian.rules.roster.RosterWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A payroll of a roster file, read on a second thread while the calling thread decides: the same payroll as deciding
 * each row as the reader visits it, with the reader's refused rows among the errors, in every mode and on rosters
 * larger than the hand-over queue.
 */
class PayrollFromRosterFileTest {
    @TempDir
    Path dir;

    private static final RosterReader READER = RosterReader.csv(RosterRoundTripPropertyTest.AS_OF);

    static Stream<Arguments> rosters() {
        return Stream.of(
                Arguments.of(1L, 0, 0),
                Arguments.of(2L, 1, 0),
                Arguments.of(3L, 300, 5),
                Arguments.of(4L, 3_000, 40),
                Arguments.of(5L, 12_000, 0),
                Arguments.of(6L, 12_000, 300));
    }

    @ParameterizedTest(name = "seed {0}: {1} rows, {2} bad lines")
    @MethodSource("rosters")
    void aFileReadOnASecondThreadPaysAsOneThreadDoes(long seed, int size, int badLines) throws IOException {
        Path file = roster(seed, size, badLines);
        PayrollCalculator calc = PayrollCalculator.of(
                PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll oneThread = calc.runInOneThread(READER, file);
        Payroll twoThreads = calc.run(READER, file);
        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(twoThreads.rowsRead()).isEqualTo(size + badLines);

        // The valid rows alone give the payroll of the rows read into memory; the refused ones are its extra errors.
        List<PayrollRow> rows = new ArrayList<>();
        List<RowError> refused = new ArrayList<>();
        READER.read(
                file,
                OnInvalidRow.REPORT_AND_CONTINUE,
                RosterVisitor.of((line, row) -> rows.add(new PayrollRow(line, row.toClaimant())), refused::add));
        assertThat(refused).hasSize(badLines);
        Payroll inMemory = calc.runRows(rows);
        assertThat(twoThreads.errors()).containsAll(refused).containsAll(inMemory.errors());
        assertThat(twoThreads.errors())
                .hasSize(refused.size() + inMemory.errors().size());
        assertThat(twoThreads.units()).isEqualTo(inMemory.units());
        for (var unit : inMemory.units()) {
            for (var programme : org.canlian.rules.subsidy.Programme.values()) {
                assertThat(twoThreads.periodTotal(unit, programme)).isEqualTo(inMemory.periodTotal(unit, programme));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void aJsonLinesFileReadOnASecondThreadPaysAsOneThreadDoes(OnInvalidRow mode) throws IOException {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(21L, 5_000);
        StringWriter text = new StringWriter();
        try (RosterWriter writer = RosterWriter.jsonLines(text)) {
            rows.forEach(writer::write);
        }
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        lines.add(1_234, "{\"residentId\": \"not an ID\"}");
        lines.add(4_321, "[");
        Path file = dir.resolve("roster.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        RosterReader json = RosterReader.jsonLines(RosterRoundTripPropertyTest.AS_OF);
        PayrollCalculator calc = PayrollCalculator.of(PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, mode);
        Object oneThread = outcome(() -> calc.runInOneThread(json, file));
        assertThat(outcome(() -> calc.run(json, file))).isEqualTo(oneThread);
        if (oneThread instanceof Payroll payroll) {
            assertThat(payroll.errors()).extracting(RowError::line).contains(1_235, 4_322);
        }
    }

    static Stream<OnInvalidRow> modes() {
        return Stream.of(OnInvalidRow.values());
    }

    @Test
    void aRunThatStopsStopsAtTheFirstProblemInRosterOrder() throws IOException {
        Path file = roster(7L, 12_000, 30);
        PayrollCalculator calc =
                PayrollCalculator.of(PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.STOP);
        BatchFailedException oneThread = catchFailure(() -> calc.runInOneThread(READER, file));
        BatchFailedException twoThreads = catchFailure(() -> calc.run(READER, file));
        assertThat(twoThreads.error()).isEqualTo(oneThread.error());
    }

    @Test
    void aFileThatCannotBeReadFailsOnTheCallingThread() {
        PayrollCalculator calc = PayrollCalculator.of(
                PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        Path missing = dir.resolve("no-such-roster.csv");
        assertThatThrownBy(() -> calc.run(READER, missing))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("not found");
    }

    /** Rosters cut into parts: bad lines, holders repeated across parts, quoted cells, CRLF, a byte-order mark. */
    static Stream<Arguments> cutRosters() {
        return Stream.of(
                Arguments.of(11L, 0, 0, 0, 4, "\n", false),
                Arguments.of(12L, 1, 0, 0, 4, "\n", false),
                Arguments.of(13L, 400, 5, 0, 2, "\n", false),
                Arguments.of(14L, 3_000, 20, 0, 7, "\n", false),
                Arguments.of(15L, 3_000, 20, 15, 4, "\n", false),
                Arguments.of(16L, 3_000, 0, 40, 16, "\r\n", true),
                Arguments.of(17L, 6_000, 30, 25, 5, "\r\n", false),
                Arguments.of(18L, 6_000, 30, 25, 3, "\r", false));
    }

    @ParameterizedTest(name = "seed {0}: {1} rows, {2} bad, {3} repeated, {4} parts")
    @MethodSource("cutRosters")
    void aFileReadInPartsPaysAsOneThreadDoes(
            long seed, int size, int badLines, int repeated, int parts, String lineEnd, boolean byteOrderMark)
            throws IOException {
        Path file = cutRoster(seed, size, badLines, repeated, lineEnd, byteOrderMark);
        RosterFileParts cut = RosterFileParts.split(READER, file, parts, 1);
        if (lineEnd.equals("\r")) {
            assertThat(cut.count()).as("a lone carriage return: not cut").isEqualTo(1);
        } else if (size > 1) {
            assertThat(cut.count()).isEqualTo(parts);
        }
        for (OnInvalidRow mode : OnInvalidRow.values()) {
            PayrollCalculator calc = PayrollCalculator.of(PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, mode);
            Object oneThread = outcome(() -> calc.runInOneThread(READER, file));
            assertThat(outcome(() -> calc.runInParts(cut, 2))).as("%s", mode).isEqualTo(oneThread);
            assertThat(outcome(() -> calc.runInParts(cut, 1)))
                    .as("%s, one thread", mode)
                    .isEqualTo(oneThread);
        }
    }

    @Test
    void aHolderRepeatedInALaterPartIsRejectedNamingTheFirstLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(roster(20L, 400, 0)));
        lines.add(lines.get(2)); // line 3's holder again, on the last line
        lines.add(301, lines.get(3)); // line 4's holder again, in a middle part
        Path file = dir.resolve("repeated.csv");
        Files.write(file, lines);
        RosterFileParts cut = RosterFileParts.split(READER, file, 4, 1);
        assertThat(cut.count()).isEqualTo(4);
        assertThat(cut.firstLine(3)).isLessThan(lines.size());
        PayrollCalculator calc = PayrollCalculator.of(
                PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        Payroll inParts = calc.runInParts(cut, 2);
        assertThat(inParts).isEqualTo(calc.runInOneThread(READER, file));
        assertThat(inParts.errors())
                .filteredOn(e -> e.rule().equals("one-certificate-per-person"))
                .extracting(RowError::line, RowError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                302,
                                "Invalid resident ID " + masked(lines.get(3))
                                        + ": already holds the certificate on line 4 (one person, one certificate)"),
                        org.assertj.core.groups.Tuple.tuple(
                                lines.size(),
                                "Invalid resident ID " + masked(lines.get(2))
                                        + ": already holds the certificate on line 3 (one person, one certificate)"));
    }

    private static String masked(String line) {
        return org.canlian.core.person.ResidentId.parse(line.substring(0, 18)).masked();
    }

    @Test
    void aFileCutIntoPartsStillFailsAsAWholeFile() throws IOException {
        PayrollCalculator calc = PayrollCalculator.of(
                PayrollPropertyTest.LINZE, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        Path missing = dir.resolve("no-such-roster.csv");
        assertThatThrownBy(() -> RosterFileParts.split(READER, missing, 4))
                .isInstanceOf(RosterFileException.class)
                .hasMessage("file not found: " + missing);
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(outcome(() -> calc.runInParts(RosterFileParts.split(READER, empty, 4, 1), 2)))
                .isEqualTo(outcome(() -> calc.runInOneThread(READER, empty)))
                .asString()
                .contains("is empty");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, Files.readString(roster(19L, 50, 0)).getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.writeString(
                gbk,
                Files.readString(gbk, java.nio.charset.Charset.forName("GBK")) + "\n",
                java.nio.charset.Charset.forName("GBK"));
        assertThat(outcome(() -> calc.runInParts(RosterFileParts.split(READER, gbk, 4, 1), 2)))
                .isEqualTo(outcome(() -> calc.runInOneThread(READER, gbk)))
                .asString()
                .contains("GBK");
        assertThatThrownBy(() ->
                        RosterFileParts.split(RosterReader.jsonLines(RosterRoundTripPropertyTest.AS_OF), empty, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JSON lines");
    }

    /** A payroll, or the class and message of what the run threw (a stopping error's row included). */
    private static Object outcome(java.util.function.Supplier<Payroll> run) {
        try {
            return run.get();
        } catch (BatchFailedException e) {
            return "stopped: " + e.error();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * {@link #roster} with holders repeated on later lines (copies of valid rows), quoted cells (one with a comma, one
     * running over two lines), the given line ends and maybe a byte-order mark.
     */
    private Path cutRoster(long seed, int size, int badLines, int repeated, String lineEnd, boolean byteOrderMark)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(roster(seed, size, badLines)));
        Random random = new Random(seed);
        for (int i = 0; i < repeated && lines.size() > 2; i++) {
            int from = 1 + random.nextInt(lines.size() - 1);
            lines.add(from + random.nextInt(lines.size() - from) + 1, lines.get(from));
        }
        for (int i = 1; i < lines.size(); i++) {
            if (random.nextInt(50) == 0) {
                lines.set(i, lines.get(i).replaceFirst(",(男|女),", ",\"$1\","));
            } else if (random.nextInt(400) == 0) {
                lines.set(i, lines.get(i).replaceFirst(",(男|女),", ",\"$1\n$1\","));
            }
        }
        Path file = dir.resolve("cut-" + seed + ".csv");
        Files.writeString(file, (byteOrderMark ? "\uFEFF" : "") + String.join(lineEnd, lines) + lineEnd);
        return file;
    }

    private static BatchFailedException catchFailure(Runnable run) {
        try {
            run.run();
        } catch (BatchFailedException e) {
            return e;
        }
        throw new AssertionError("the run should have stopped");
    }

    /** A seeded roster file with {@code badLines} lines whose ID is broken, spread through it. */
    private Path roster(long seed, int size, int badLines) throws IOException {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(seed, size);
        StringWriter text = new StringWriter();
        try (RosterWriter writer = RosterWriter.csv(text)) {
            rows.forEach(writer::write);
        }
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        Random random = new Random(seed);
        for (int i = 0; i < badLines; i++) {
            int at = 1 + random.nextInt(lines.size());
            String copy = lines.get(1 + random.nextInt(Math.max(1, lines.size() - 1)));
            // The same row with a resident ID that cannot be one: refused by the reader with its line.
            lines.add(at, size == 0 ? "x" : copy.replaceFirst("^(\\d{6})", "000000"));
        }
        Path file = dir.resolve("roster-" + seed + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
