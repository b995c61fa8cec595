package org.canlian.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.roster.RosterFileException;

/**
 * Runs an example program so that bad input (a missing file, a file that is not UTF-8, a malformed option) ends it with
 * one line on standard error and exit status 2, not a stack trace; a bug still shows its stack trace.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Demo.main("RosterReport", () -> report(args));
 * }
 * // $ ... -Dexec.args="no-such.csv"
 * // RosterReport: 错误 error: file not found: no-such.csv
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Demo {
    /** The exit status of a program stopped by bad input. */
    public static final int BAD_INPUT = 2;

    private Demo() {}

    /** A program's work. */
    @FunctionalInterface
    public interface Body {
        /**
         * Does the work.
         *
         * @throws Exception if it fails
         */
        void run() throws Exception;
    }

    /**
     * Runs {@code body}; on bad input prints one line and exits with {@link #BAD_INPUT}.
     *
     * @param program the program's name, starting the error line
     * @param body the program's work
     */
    public static void main(String program, Body body) {
        int status = run(program, body, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs {@code body}, printing bad input as one line on {@code err}.
     *
     * @param program the program's name, starting the error line
     * @param body the program's work
     * @param err where the error line goes
     * @return 0, or {@link #BAD_INPUT}
     */
    public static int run(String program, Body body, PrintStream err) {
        try {
            body.run();
            return 0;
        } catch (NoSuchFileException e) {
            return fail(program, "file not found: " + e.getFile(), err);
        } catch (UncheckedIOException e) {
            return fail(program, message(e.getCause() instanceof FileSystemException f ? f : e), err);
        } catch (IOException
                | IllegalArgumentException
                | RosterFileException
                | BatchFailedException
                | PolicyLookupException e) {
            // IllegalArgumentException: canlian's InvalidValueException and InvalidPolicyException, a bad option.
            return fail(program, message(e), err);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            return fail(program, message(e), err);
        }
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException f) {
            return "file not found: " + f.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "cannot create " + f.getFile() + ": a file of that name is in the way";
        }
        if (e instanceof AccessDeniedException f) {
            return "access denied: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            // Its message is often the file name alone.
            return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int fail(String program, String message, PrintStream err) {
        String oneLine =
                message.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
        err.println(program + ": 错误 error: " + oneLine);
        return BAD_INPUT;
    }
}
