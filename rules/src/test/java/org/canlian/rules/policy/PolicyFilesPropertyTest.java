package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to a valid policy file: whatever the damage, the loader either reads a policy set or refuses
 * the file with {@link InvalidPolicyException}, each error located by a JSON path; it never fails otherwise.
 */
class PolicyFilesPropertyTest {
    private static final String VALID = TestPolicies.baseJson();
    private static final String[] REPLACEMENTS = {
        "",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "0",
        "-1",
        "null",
        "true",
        "\"x\"",
        "\"2020-02-30\"",
        "\"P-1Y\"",
        "\"CNY/year\"",
        "\"629901\"",
        "\"9.999\"",
        "1e400",
        "\"\\u0000\""
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 20241123L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedFilesAreReadOrRefusedWithLocatedErrors(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(VALID);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, random.nextInt(12));
            text.replace(at, at + length, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        }
        Throwable thrown = catchThrowable(() -> PolicyFiles.read(TestPolicies.CATALOG, text.toString(), "damaged"));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidPolicyException.class);
            assertThat(((InvalidPolicyException) thrown).errors())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.location()).startsWith("$"));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsTheFilesFault() {
        byte[] bad = {'{', '"', 'p', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Throwable thrown = catchThrowable(
                () -> PolicyFiles.read(TestPolicies.CATALOG, new ByteArrayInputStream(bad), "bad-bytes.json"));
        assertThat(thrown).isInstanceOf(InvalidPolicyException.class);
        assertThat(((InvalidPolicyException) thrown).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.location()).startsWith("$"));
    }
}
