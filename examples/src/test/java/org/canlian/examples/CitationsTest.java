package org.canlian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What canlian ships or prints cites real documents (issuer, document, article) or the project's own documentation,
 * never the team's working notes, which are not in the repository.
 */
class CitationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"DOMAIN.md", "shared/domain"})
    void noShippedSourceResourceOrTheReadmeCitesTheWorkingNotes(String note) throws IOException {
        Path root = ReadmeBlocks.root();
        List<String> citing = new ArrayList<>();
        for (String dir : List.of("core/src/main", "rules/src/main", "examples/src/main")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (isText(f) && Files.readString(f, StandardCharsets.UTF_8).contains(note)) {
                        citing.add(root.relativize(f).toString());
                    }
                }
            }
        }
        if (Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8).contains(note)) {
            citing.add("README.md");
        }
        assertThat(citing).as("files citing " + note).isEmpty();
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return Stream.of(".java", ".json", ".csv", ".properties", ".txt", ".html", ".md")
                .anyMatch(name::endsWith);
    }
}
