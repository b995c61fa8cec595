package org.canlian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads README.md's sections and fenced blocks, so tests can prove the README's snippets: {@link #javaBlocks()} lists
 * every {@code ```java} block with its line, which {@link ReadmeJava} compiles and runs.
 */
public final class ReadmeBlocks {
    private ReadmeBlocks() {}

    /**
     * One fenced {@code ```java} block of README.md.
     *
     * @param line the README line of the block's first line of code (after the fence)
     * @param heading the {@code ## } heading of the section it is in
     * @param lines the block's lines
     * @param run whether a test runs it: not if the line before its fence is {@code <!-- not run: why -->} (it reads
     *     the reader's own files or needs the reader's libraries)
     */
    public record JavaBlock(int line, String heading, List<String> lines, boolean run) {
        /** A block that is run. */
        public JavaBlock(int line, String heading, List<String> lines) {
            this(line, heading, lines, true);
        }

        @Override
        public String toString() {
            return "README.md line " + line + " (" + heading + ")";
        }
    }

    /** Every {@code ```java} block of README.md, in order. */
    public static List<JavaBlock> javaBlocks() {
        List<String> readme;
        try {
            readme = lines("README.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JavaBlock> blocks = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (l.startsWith("## ")) {
                heading = l;
            } else if (l.trim().equals("```java")) {
                int end = i + 1;
                while (end < readme.size() && !readme.get(end).trim().equals("```")) {
                    end++;
                }
                boolean run = i == 0 || !readme.get(i - 1).startsWith("<!-- not run:");
                blocks.add(new JavaBlock(i + 2, heading, List.copyOf(readme.subList(i + 1, end)), run));
                i = end;
            } else if (l.startsWith("```")) {
                // Skip other blocks: a "## " line inside one is not a heading.
                int end = i + 1;
                while (end < readme.size() && !readme.get(end).trim().equals("```")) {
                    end++;
                }
                i = end;
            }
        }
        return blocks;
    }

    /** The {@code index}-th (from 0) {@code ```java} block of the section with this heading. */
    public static JavaBlock javaBlock(String heading, int index) {
        List<JavaBlock> inSection =
                javaBlocks().stream().filter(b -> b.heading().equals(heading)).toList();
        assertThat(inSection).as("java blocks under " + heading).hasSizeGreaterThan(index);
        return inSection.get(index);
    }

    /** The README's section with this heading ({@code "## Payroll, back pay and reform"}), up to the next one. */
    public static String section(String heading) throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("\n" + heading + "\n");
        assertThat(from).as("README has a section " + heading).isNotNegative();
        int to = readme.indexOf("\n## ", from + 1);
        return readme.substring(from, to < 0 ? readme.length() : to);
    }

    /** The lines of the first fenced block opened by {@code fence} ({@code ```text}) in {@code text}. */
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
