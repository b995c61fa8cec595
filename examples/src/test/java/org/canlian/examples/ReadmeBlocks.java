package org.canlian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads README.md's sections and fenced blocks, and a test's own source, so tests can prove the README's snippets. */
public final class ReadmeBlocks {
    private ReadmeBlocks() {}

    /** The README's section with this heading ({@code "## Payroll, back pay and reform"}), up to the next one. */
    public static String section(String heading) throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("\n" + heading + "\n");
        assertThat(from).as("README has a section " + heading).isNotNegative();
        int to = readme.indexOf("\n## ", from + 1);
        return readme.substring(from, to < 0 ? readme.length() : to);
    }

    /** The lines of the first fenced block opened by {@code fence} ({@code ```java}) in {@code text}. */
    public static List<String> block(String text, String fence) {
        return between(text.lines().toList(), fence, "```");
    }

    /** The lines strictly between the first line equal (trimmed) to {@code open} and the next equal to {@code close}. */
    public static List<String> between(List<String> lines, String open, String close) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(open)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("a line " + open).isPositive();
        int end = start;
        while (end < lines.size() && !lines.get(end).trim().equals(close)) {
            end++;
        }
        return lines.subList(start, end);
    }

    /** A file of the repository, as lines. */
    public static List<String> lines(String path) throws IOException {
        return Files.readAllLines(root().resolve(path), StandardCharsets.UTF_8);
    }

    /** The repository's root: the first directory from the working directory up that holds README.md and mvnw. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
            assertThat(dir)
                    .as("a directory with README.md and mvnw above the working directory")
                    .isNotNull();
        }
        return dir;
    }
}
