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
