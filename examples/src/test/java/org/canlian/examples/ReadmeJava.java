package org.canlian.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.canlian.examples.ReadmeBlocks.JavaBlock;

/**
 * Compiles a README {@code ```java} block, exactly as a reader would paste it, against the test classpath, and runs
 * it.
 *
 * <p>A block is its {@code import} lines, then statements (run in order, in one method) and, optionally, type
 * declarations starting at column 0 ({@code class}, {@code record}, an annotation before one), which become top-level
 * classes beside it. Nothing is imported for it: a missing import fails, as it would for the reader. A compile error is
 * reported with the README line it is on. {@link #run} returns the values of the block's top-level variables, by name,
 * so a test can check what the README says they hold.
 */
public final class ReadmeJava {
    private static final Pattern TYPE_START =
            Pattern.compile("^(@\\w|((public|final|abstract|sealed|static) )*(class|record|enum|interface) )");
    private static final Pattern VARIABLE =
            Pattern.compile("^(?:final )?[A-Za-z_][\\w.]*(?:<.*>)?(?:\\[])*\\s+([a-z_]\\w*)\\s*=[^=]");

    private ReadmeJava() {}

    /**
     * Compiles the block; throws {@link AssertionError} listing each error with its README line.
     *
     * @return the compiled class, with a static {@code run()} that runs the block's statements
     */
    public static Class<?> compile(JavaBlock block) {
        Source source = source(block);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("README snippets are compiled with the JDK's compiler: run the tests on a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Path dir = Files.createTempDirectory("readme-snippet");
            Path file = dir.resolve(source.className() + ".java");
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
            try (StandardJavaFileManager files =
                    javac.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8)) {
                List<String> options =
                        List.of("-classpath", classpath(), "-d", dir.toString(), "-proc:none", "-encoding", "UTF-8");
                boolean ok = javac.getTask(
                                null, files, diagnostics, options, null, files.getJavaFileObjects(file.toFile()))
                        .call();
                if (!ok) {
                    throw new AssertionError(block + " does not compile:\n"
                            + diagnostics.getDiagnostics().stream()
                                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                                    .map(d -> "  README.md line " + source.readmeLine((int) d.getLineNumber()) + ": "
                                            + d.getMessage(Locale.ENGLISH))
                                    .collect(Collectors.joining("\n")));
                }
            }
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeJava.class.getClassLoader());
            return loader.loadClass(source.className());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Compiles and runs the block.
     *
     * @return the block's top-level variables by name, with their values at its end
     * @throws Exception what the block throws
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> run(JavaBlock block) throws Exception {
        try {
            return (Map<String, Object>) compile(block).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The names of the block's top-level variables, in order of declaration. */
    public static List<String> variables(JavaBlock block) {
        return variablesOf(source(block));
    }

    /** The Java source of a block: its lines placed in a class, and for each source line its README line. */
    private record Source(String className, String text, List<Integer> readmeLines, List<String> statements) {
        int readmeLine(int sourceLine) {
            return sourceLine >= 1 && sourceLine <= readmeLines.size() ? readmeLines.get(sourceLine - 1) : 0;
        }
    }

    private static Source source(JavaBlock block) {
        String className = "ReadmeLine" + block.line();
        List<String> lines = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        List<Integer> statementLines = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Integer> typeLines = new ArrayList<>();
        boolean inType = false;
        for (int i = 0; i < block.lines().size(); i++) {
            String l = block.lines().get(i);
            int readmeLine = block.line() + i;
            if (!inType && l.startsWith("import ")) {
                lines.add(l);
                at.add(readmeLine);
            } else if (inType || TYPE_START.matcher(l).find()) {
                inType = !l.equals("}");
                // A reader's public class would need a file of its own; beside the wrapper it is package-private.
                types.add(l.startsWith("public ") ? l.substring("public ".length()) : l);
                typeLines.add(readmeLine);
            } else {
                statements.add(l);
                statementLines.add(readmeLine);
            }
        }
        Source partial = new Source(className, "", List.of(), statements);
        lines.add("public final class " + className + " {");
        at.add(block.line());
        lines.add("    public static java.util.Map<String, Object> run() throws Exception {");
        at.add(block.line());
        lines.addAll(statements);
        at.addAll(statementLines);
        lines.add("        java.util.Map<String, Object> variables$ = new java.util.LinkedHashMap<>();");
        for (String name : variablesOf(partial)) {
            lines.add("        variables$.put(\"" + name + "\", " + name + ");");
        }
        lines.add("        return variables$;");
        lines.add("    }");
        lines.add("}");
        while (at.size() < lines.size()) {
            at.add(block.line() + block.lines().size() - 1);
        }
        lines.addAll(types);
        at.addAll(typeLines);
        return new Source(className, String.join("\n", lines) + "\n", at, statements);
    }

    private static List<String> variablesOf(Source partial) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (String l : partial.statements()) {
            Matcher m = VARIABLE.matcher(l);
            if (m.find()) {
                names.put(m.group(1), true);
            }
        }
        return List.copyOf(names.keySet());
    }

    /** The test classpath: Surefire names it in a property; its own class path may be a manifest-only jar. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return List.of(cp.split(File.pathSeparator)).stream()
                .filter(p -> !p.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
