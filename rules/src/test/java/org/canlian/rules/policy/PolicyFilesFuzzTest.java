package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.canlian.rules.RulesCatalog;

/**
 * The policy loader on arbitrary bytes (decision tables, groups and every other unit included): it either reads a
 * policy set or refuses the file with {@link InvalidPolicyException} listing located errors; nothing else escapes.
 * {@code ./mvnw test} replays the saved inputs in {@code PolicyFilesFuzzTestInputs/}; to fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl rules -am test -Dtest=PolicyFilesFuzzTest -Djazzer.max_duration=10m}.
 */
class PolicyFilesFuzzTest {
    private static final ParameterCatalog CATALOG = RulesCatalog.all();

    @FuzzTest(maxDuration = "30s")
    void readsAnyBytes(byte[] data) {
        try {
            PolicySet set = PolicyFiles.read(CATALOG, new ByteArrayInputStream(data), "fuzz.json");
            assertThat(set.name()).isNotBlank();
        } catch (InvalidPolicyException refused) {
            assertThat(refused.errors()).isNotEmpty();
            refused.errors().forEach(e -> assertThat(e.location()).startsWith("$"));
        }
    }
}
