package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;

/**
 * The roster readers on arbitrary bytes: each row is read or reported with its line, or the file is refused with a
 * {@link RosterFileException}; nothing else escapes, and no message shows a birth date unmasked.
 * {@code ./mvnw test} replays the saved inputs in {@code RosterReaderFuzzTestInputs/}; to fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl rules -am test -Dtest=RosterReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class RosterReaderFuzzTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** A birth date as resident IDs carry it (yyyyMMdd, 1900-2099): it must never show. */
    private static final Pattern BIRTH_DIGITS = Pattern.compile("(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");

    @FuzzTest(maxDuration = "30s")
    void readsAnyCsv(byte[] data) {
        read(RosterReader.csv(AS_OF), data);
    }

    @FuzzTest(maxDuration = "30s")
    void readsAnyJsonLines(byte[] data) {
        read(RosterReader.jsonLines(AS_OF), data);
    }

    private static void read(RosterReader reader, byte[] data) {
        try {
            ReadSummary summary = reader.read(
                    new ByteArrayInputStream(data), "fuzz", OnInvalidRow.REPORT_AND_CONTINUE, new RosterVisitor() {
                        @Override
                        public void row(int line, RosterRow row) {
                            assertThat(line).isPositive();
                        }

                        @Override
                        public void invalid(RowError error) {
                            assertThat(error.line()).isPositive();
                            assertThat(BIRTH_DIGITS.matcher(error.toString()).find())
                                    .as("masked: %s", error)
                                    .isFalse();
                        }
                    });
            assertThat(summary).isNotNull();
        } catch (RosterFileException refused) {
            assertThat(BIRTH_DIGITS.matcher(refused.getMessage()).find())
                    .as("masked: %s", refused.getMessage())
                    .isFalse();
        }
    }
}
