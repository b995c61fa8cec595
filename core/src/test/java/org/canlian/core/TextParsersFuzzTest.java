package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.json.JsonInputException;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;

/**
 * core's text parsers and readers on arbitrary input: each either reads the text or refuses it with the library's own
 * exception ({@link InvalidValueException}, {@link JsonInputException}); nothing else escapes, and no message shows a
 * birth date (yyyyMMdd) unmasked. {@code ./mvnw test} replays the saved inputs in {@code TextParsersFuzzTestInputs/};
 * to fuzz one for real: {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest='TextParsersFuzzTest#residentId'
 * -Djazzer.max_duration=10m}.
 */
class TextParsersFuzzTest {
    private static final Pattern BIRTH_DATE = Pattern.compile("(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");

    @FuzzTest(maxDuration = "30s")
    void residentId(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            assertThat(ResidentId.parse(text).toString()).doesNotContainPattern(BIRTH_DATE);
        } catch (InvalidValueException refused) {
            masked(refused, text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void certificateNumber(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            assertThat(CertificateNumber.parse(text).toString()).doesNotContainPattern(BIRTH_DATE);
        } catch (InvalidValueException refused) {
            masked(refused, text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void divisionCode(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            DivisionCode.parse(text);
        } catch (InvalidValueException refused) {
            masked(refused, text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void money(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            Money.parse(text);
        } catch (InvalidValueException refused) {
            masked(refused, text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] data) throws java.io.IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        try (CsvReader csv = CsvReader.withHeader(new StringReader(text))) {
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                assertThat(r.line()).isPositive();
            }
        } catch (InvalidValueException refused) {
            masked(refused, text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] data) {
        try {
            CanlianJson.read(data, CertificateNumber.class);
        } catch (JsonInputException refused) {
            assertThat(refused.getMessage()).doesNotContainPattern(BIRTH_DATE);
        }
    }

    /** The message of a refusal shows no birth date, whatever the input held. */
    private static void masked(RuntimeException refused, String input) {
        assertThat(refused.getMessage())
                .as("input of %d characters", input.length())
                .doesNotContainPattern(BIRTH_DATE);
    }
}
