package org.canlian.rules.roster;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.json.JsonInputException;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;

/**
 * Reads a roster, CSV or JSON lines, one row at a time: each row becomes a {@link RosterRow} (its invariants checked),
 * is checked against the report date and, if the caller gives one, the county's {@link Hierarchy}, and against the
 * rows before it (one person, one certificate: {@link RosterCheck}). Each invalid row is reported with its line and
 * reason, personal numbers masked, and the reader stops there or goes on, as the caller chose; no row is ever dropped
 * silently. The package documentation lists the columns and the values they accept.
 *
 * <pre>{@code
 * RosterReader reader = RosterReader.csv(LocalDate.of(2025, 12, 31)).within(linze);
 * Breakdown.Counter counts = Breakdown.counter();
 * List<RowError> errors = new ArrayList<>();
 * ReadSummary s = reader.read(Path.of("roster.csv"), OnInvalidRow.REPORT_AND_CONTINUE,
 *         RosterVisitor.of((line, row) -> counts.add(row), errors::add));
 * errors.get(0).toString();  // "line 18: Invalid resident ID 620723********0230: check character should be X"
 *
 * BatchResult<RosterRow> all = reader.readAll(Path.of("roster.csv"), OnInvalidRow.STOP);   // small rosters
 * }</pre>
 *
 * <p><b>Streaming.</b> {@code read} hands each row to a {@link RosterVisitor} and keeps none: the memory it needs does
 * not grow with the roster, except {@link RosterCheck}'s 16-32 bytes per holder. {@code readAll} collects.
 *
 * <p><b>Files from Excel on Chinese Windows.</b> Bytes are decoded strictly, UTF-8 by default (a byte-order mark is
 * skipped): a file saved as "CSV (逗号分隔)" on Chinese Windows is GBK, and reading it fails at once with a
 * {@link RosterFileException} saying so, naming the line, and how to save it as "CSV UTF-8" or to read it as GBK with
 * {@link #withCharset(Charset)}. A missing file says {@code file not found} with its path. Dates may be written as
 * Excel's Chinese short date ({@code 2020/5/1}) in CSV.
 *
 * <p><b>CSV</b> is parsed by FastCSV (RFC 4180, quoted fields; text after a closing quote kept as core's
 * {@code CsvReader} keeps it). No roster cell has a line break: a field with one (a quote never closed reads the rest
 * of the file into one field) is the row's error, naming how many lines it runs over.
 *
 * <p>This class is immutable and thread-safe; each read has its own state.
 */
public final class RosterReader {
    private static final int MAX_JSON_LINE = 1 << 20;

    private enum Format {
        CSV,
        JSON_LINES
    }

    private final Format format;
    private final LocalDate asOf;
    private final Charset charset;
    private final Hierarchy units;

    private RosterReader(Format format, LocalDate asOf, Charset charset, Hierarchy units) {
        this.format = format;
        this.asOf = asOf;
        this.charset = charset;
        this.units = units;
    }

    /**
     * A reader of CSV rosters: a header row naming the columns (in Chinese or English, any order; other columns are
     * ignored and reported in {@link ReadSummary#ignoredColumns()}), then one holder per row.
     *
     * @param asOf the report date: no birth date or issue date may be after it
     * @return the reader, UTF-8
     */
    public static RosterReader csv(LocalDate asOf) {
        return new RosterReader(Format.CSV, Objects.requireNonNull(asOf, "asOf"), StandardCharsets.UTF_8, null);
    }

    /**
     * A reader of JSON lines rosters: one JSON object per line, the properties named as the columns' English names
     * (blank lines are skipped; unknown properties are errors).
     *
     * @param asOf the report date: no birth date or issue date may be after it
     * @return the reader, UTF-8
     */
    public static RosterReader jsonLines(LocalDate asOf) {
        return new RosterReader(Format.JSON_LINES, Objects.requireNonNull(asOf, "asOf"), StandardCharsets.UTF_8, null);
    }

    /**
     * This reader decoding files in another charset, e.g. {@code Charset.forName("GBK")} for a CSV file saved by Excel
     * on Chinese Windows.
     *
     * @param charset the files' encoding
     * @return the reader
     */
    public RosterReader withCharset(Charset charset) {
        return new RosterReader(format, asOf, Objects.requireNonNull(charset, "charset"), units);
    }

    /**
     * This reader also checking that each holder is registered in a township or village of a county's hierarchy.
     *
     * @param units the county's units (a {@link Hierarchy} rooted at the county, or a subtree of the nation's)
     * @return the reader
     */
    public RosterReader within(Hierarchy units) {
        return new RosterReader(format, asOf, charset, Objects.requireNonNull(units, "units"));
    }

    /** {@return the report date} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the charset files are decoded in} */
    public Charset charset() {
        return charset;
    }

    /**
     * Reads a roster file, handing each row to the visitor as it is read.
     *
     * @param file the file
     * @param onInvalidRow stop at the first invalid row, or report it to the visitor and go on
     * @param visitor receives the rows and the errors
     * @return the counts
     * @throws RosterFileException if the file is missing, is not text in the charset, lacks a required column, or
     *     cannot be read
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public ReadSummary read(Path file, OnInvalidRow onInvalidRow, RosterVisitor visitor) {
        Objects.requireNonNull(onInvalidRow, "onInvalidRow");
        Objects.requireNonNull(visitor, "visitor");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new RosterFileException(
                    source, "read-failed", 0, source + " is a directory, not a roster file", null);
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(source, "not-found", 0, "file not found: " + source, e);
        } catch (AccessDeniedException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be read: access denied", e);
        } catch (IOException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be read: " + e, e);
        }
        try (in) {
            return read(in, source, onInvalidRow, visitor);
        } catch (IOException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be closed: " + e, e);
        }
    }

    /**
     * Reads a roster from bytes in this reader's charset (not closed here).
     *
     * @param bytes the file's bytes
     * @param source the file's name, for messages
     * @param onInvalidRow stop at the first invalid row, or report it to the visitor and go on
     * @param visitor receives the rows and the errors
     * @return the counts
     * @throws RosterFileException if the bytes are not text in the charset, or lack a required column
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public ReadSummary read(InputStream bytes, String source, OnInvalidRow onInvalidRow, RosterVisitor visitor) {
        return read(strictText(Objects.requireNonNull(bytes, "bytes"), source), source, onInvalidRow, visitor);
    }

    /** The bytes as text in this reader's charset, refusing what the charset does not allow. */
    StrictTextReader strictText(InputStream bytes, String source) {
        String howToReadAsGbk = (format == Format.CSV ? "RosterReader.csv(asOf)" : "RosterReader.jsonLines(asOf)")
                + ".withCharset(Charset.forName(\"GBK\"))";
        return new StrictTextReader(bytes, charset, source, howToReadAsGbk);
    }

    /** Whether this reader reads CSV (else JSON lines). */
    boolean readsCsv() {
        return format == Format.CSV;
    }

    /**
     * Reads a roster from text already decoded (not closed here). Text decoded leniently from the wrong charset shows
     * U+FFFD in place of what it could not decode: such text is refused as an {@code encoding} problem.
     *
     * @param text the text
     * @param source the text's name, for messages
     * @param onInvalidRow stop at the first invalid row, or report it to the visitor and go on
     * @param visitor receives the rows and the errors
     * @return the counts
     * @throws RosterFileException if the text lacks a required column, or shows U+FFFD
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public ReadSummary read(Reader text, String source, OnInvalidRow onInvalidRow, RosterVisitor visitor) {
        return read(text, source, onInvalidRow, RosterCheck.create(), visitor);
    }

    /** {@link #read(Reader, String, OnInvalidRow, RosterVisitor)} feeding the caller's one-person check. */
    ReadSummary read(Reader text, String source, OnInvalidRow onInvalidRow, RosterCheck check, RosterVisitor visitor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Run run = new Run(
                source,
                Objects.requireNonNull(onInvalidRow, "onInvalidRow"),
                check,
                Objects.requireNonNull(visitor, "visitor"));
        try {
            if (format == Format.CSV) {
                return readCsv(text, run);
            }
            return readJsonLines(text, run);
        } catch (UncheckedIOException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be read: " + e.getCause(), e);
        }
    }

    /**
     * Reads a whole roster file into memory, every valid row with its line and every invalid row's error.
     *
     * @param file the file
     * @param onInvalidRow stop at the first invalid row, or report it and go on
     * @return the rows and the errors
     * @throws RosterFileException if the file is missing, is not text in the charset, or lacks a required column
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public BatchResult<RosterRow> readAll(Path file, OnInvalidRow onInvalidRow) {
        BatchResult.Builder<RosterRow> batch = BatchResult.builder(onInvalidRow);
        read(file, onInvalidRow, collector(batch));
        return batch.build();
    }

    /**
     * Reads a whole roster from text into memory.
     *
     * @param text the text (not closed here)
     * @param source the text's name, for messages
     * @param onInvalidRow stop at the first invalid row, or report it and go on
     * @return the rows and the errors
     * @throws RosterFileException if the text lacks a required column, or shows U+FFFD
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public BatchResult<RosterRow> readAll(Reader text, String source, OnInvalidRow onInvalidRow) {
        BatchResult.Builder<RosterRow> batch = BatchResult.builder(onInvalidRow);
        read(text, source, onInvalidRow, collector(batch));
        return batch.build();
    }

    private static RosterVisitor collector(BatchResult.Builder<RosterRow> batch) {
        return RosterVisitor.of((line, row) -> batch.add(line, () -> row), batch::reject);
    }

    /** The state of one read. */
    private static final class Run {
        final String source;
        final OnInvalidRow onInvalidRow;
        final RosterVisitor visitor;
        final RosterCheck check;
        int valid;
        int invalid;

        Run(String source, OnInvalidRow onInvalidRow, RosterCheck check, RosterVisitor visitor) {
            this.source = source;
            this.onInvalidRow = onInvalidRow;
            this.check = check;
            this.visitor = visitor;
        }

        void reject(RowError error) {
            if (onInvalidRow == OnInvalidRow.STOP) {
                throw new BatchFailedException(error);
            }
            invalid++;
            visitor.invalid(error);
        }

        void accept(int line, RosterRow row) {
            valid++;
            visitor.row(line, row);
        }

        ReadSummary summary(List<String> ignoredColumns) {
            return new ReadSummary(source, valid + invalid, valid, invalid, ignoredColumns);
        }
    }

    // ---------------------------------------------------------------- CSV

    /** FastCSV, lenient where core's reader is; not closed here (closing would close the caller's Reader). */
    private static CsvReader<CsvRecord> fastCsv(Reader text) {
        // FastCSV parses: faster than core's CsvReader on the 1M-row roster and the national village file (README).
        // Lenient where core's reader is (text after a closing quote is kept); a field count other than the header's
        // is the row's error, not the file's.
        return CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .skipEmptyLines(true)
                .ofCsvRecord(text);
    }

    private static CsvLayout layout(Iterator<CsvRecord> records, String source) {
        if (!records.hasNext()) {
            throw new RosterFileException(
                    source, "header", 1, source + " is empty: a header row naming the columns was expected", null);
        }
        return layout(records.next().getFields(), source);
    }

    private static CsvLayout layout(List<String> fields, String source) {
        List<String> header = new ArrayList<>(fields);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1)); // a byte-order mark is not part of the first column's name
        }
        return CsvLayout.of(List.copyOf(header), source);
    }

    private ReadSummary readCsv(Reader text, Run run) {
        CsvLayout layout;
        try {
            Iterator<CsvRecord> records = fastCsv(text).iterator();
            layout = layout(records, run.source);
            csvRecords(records, layout, 0, run);
        } catch (CsvParseException e) {
            throw fileProblem(e, run);
        }
        return run.summary(layout.ignored());
    }

    /**
     * Reads one part of a CSV roster file split across workers (a distributed engine's partition of the file, say):
     * consecutive lines of the file, the first of them line {@code firstLine}, each row read and checked as
     * {@link #read} reads a whole file, errors and rows carrying the file's line numbers. The header is the file's
     * first line, given apart. The one-person-one-certificate rule is checked with the caller's {@code check}, one per
     * part; to find holders on rows of two parts, seed each part's check with the holders found on earlier lines
     * elsewhere ({@link RosterCheck#addEarlier}), and the part's rows are reported as a whole-file read reports them.
     * A record with a line break inside quotes, an error in any roster, may be reported differently when the break
     * falls between parts.
     *
     * <pre>{@code
     * RosterReader.csv(asOf).readPart(headerLine, new StringReader(linesFrom5001), 5001, "roster.csv part 3",
     *         OnInvalidRow.REPORT_AND_CONTINUE, RosterCheck.create(), visitor);   // errors name lines 5001...
     * }</pre>
     *
     * @param headerLine the file's first line, naming the columns
     * @param lines the part's text: whole lines of the file, from line {@code firstLine} on (not closed here)
     * @param firstLine the line number of the part's first line in the file, 2 or more
     * @param source the file's (or part's) name, for messages
     * @param onInvalidRow stop at the first invalid row, or report it to the visitor and go on
     * @param check the part's one-person-one-certificate check, fed by this read
     * @param visitor receives the rows and the errors
     * @return the counts of the part
     * @throws IllegalStateException if this reader reads JSON lines
     * @throws InvalidValueException if {@code firstLine} is less than 2
     * @throws RosterFileException if the header lacks a required column, or the text shows U+FFFD
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public ReadSummary readPart(
            String headerLine,
            Reader lines,
            int firstLine,
            String source,
            OnInvalidRow onInvalidRow,
            RosterCheck check,
            RosterVisitor visitor) {
        Objects.requireNonNull(headerLine, "headerLine");
        Objects.requireNonNull(lines, "lines");
        if (format != Format.CSV) {
            throw new IllegalStateException("readPart reads parts of CSV files; this reader reads JSON lines");
        }
        if (firstLine < 2) {
            throw InvalidValueException.of(
                    "part's first line",
                    "after-header",
                    Integer.toString(firstLine),
                    "must be 2 or more (line 1 is the header)");
        }
        Run run = run(source, onInvalidRow, check, visitor);
        CsvLayout layout;
        try {
            layout = layout(fastCsv(new java.io.StringReader(headerLine)).iterator(), source);
            csvRecords(fastCsv(lines).iterator(), layout, firstLine - 1, run);
        } catch (CsvParseException e) {
            throw fileProblem(e, run);
        } catch (UncheckedIOException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be read: " + e.getCause(), e);
        }
        return run.summary(layout.ignored());
    }

    /**
     * Reads rows already split into cells, as a table with the roster's columns (a Parquet or Hive table whose columns
     * are the CSV header's names, values as text) gives them: each row read and checked as {@link #read} reads a CSV
     * row, errors naming the line each row carries. A {@code null} cell is an empty one.
     *
     * <pre>{@code
     * RosterReader.csv(asOf).readCells(List.of("certificateNumber", "validFrom", "registration"),
     *         List.of(new RosterReader.Cells(2, List.of("62072319...", "2020-05-01", "620723101"))).iterator(),
     *         "roster.parquet", OnInvalidRow.REPORT_AND_CONTINUE, RosterCheck.create(), visitor);
     * }</pre>
     *
     * @param header the column names, in the cells' order
     * @param rows the rows, each with its line (or position)
     * @param source the table's name, for messages
     * @param onInvalidRow stop at the first invalid row, or report it to the visitor and go on
     * @param check the one-person-one-certificate check, fed by this read
     * @param visitor receives the rows and the errors
     * @return the counts
     * @throws RosterFileException if the header lacks a required column, or a cell shows U+FFFD
     * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
     */
    public ReadSummary readCells(
            List<String> header,
            Iterator<Cells> rows,
            String source,
            OnInvalidRow onInvalidRow,
            RosterCheck check,
            RosterVisitor visitor) {
        Objects.requireNonNull(rows, "rows");
        Run run = run(source, onInvalidRow, check, visitor);
        CsvLayout layout = layout(Objects.requireNonNull(header, "header"), source);
        while (rows.hasNext()) {
            Cells cells = rows.next();
            record(layout, new Fields(cells.values(), cells.line(), true), run);
        }
        return run.summary(layout.ignored());
    }

    private static Run run(String source, OnInvalidRow onInvalidRow, RosterCheck check, RosterVisitor visitor) {
        return new Run(
                Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(onInvalidRow, "onInvalidRow"),
                Objects.requireNonNull(check, "check"),
                Objects.requireNonNull(visitor, "visitor"));
    }

    /**
     * One row of a roster table already split into cells, with its line (or position) for messages.
     *
     * <pre>{@code
     * new RosterReader.Cells(17, List.of("62072319...", "2020-05-01", "620723101"));
     * }</pre>
     *
     * <p>This record is immutable and thread-safe; a {@code null} cell is read as an empty one.
     *
     * @param line the row's line or position, 1 or more
     * @param values the cells, in the header's order
     */
    public record Cells(int line, List<String> values) {
        /**
         * Copies the cells.
         *
         * @param line the row's line or position, 1 or more
         * @param values the cells, in the header's order
         * @throws InvalidValueException if the line is less than 1
         */
        public Cells {
            if (line < 1) {
                throw InvalidValueException.of(
                        "roster row line", "positive", Integer.toString(line), "must be 1 or more");
            }
            values = java.util.Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
        }
    }

    /** A record's cells and the line it starts on. */
    /**
     * A record's cells, its line, and whether a cell may hold a line break (then each cell is searched for one: a
     * record on one line, known from where the next one starts, holds none).
     */
    private record Fields(List<String> values, int line, boolean mayBreakLines) {}

    private void csvRecords(Iterator<CsvRecord> records, CsvLayout layout, int lineOffset, Run run) {
        CsvRecord record = records.hasNext() ? records.next() : null;
        while (record != null) {
            CsvRecord next;
            try {
                next = records.hasNext() ? records.next() : null;
            } catch (RuntimeException e) {
                recordOf(record, true, layout, lineOffset, run); // what a read record by record gave before failing
                throw e;
            }
            boolean oneLine = next != null && next.getStartingLineNumber() == record.getStartingLineNumber() + 1;
            recordOf(record, !oneLine, layout, lineOffset, run);
            record = next;
        }
    }

    private void recordOf(CsvRecord record, boolean mayBreakLines, CsvLayout layout, int lineOffset, Run run) {
        int line = Math.addExact((int) record.getStartingLineNumber(), lineOffset);
        record(layout, new Fields(record.getFields(), line, mayBreakLines), run);
    }

    /** One record's row, checked, to the visitor; or its error. */
    private void record(CsvLayout layout, Fields fields, Run run) {
        RosterRow row;
        try {
            row = checked(fields.line(), layout.row(fields, fields.line(), this, run.source), run);
        } catch (InvalidValueException e) {
            run.reject(RowError.of(fields.line(), e));
            return;
        }
        run.accept(fields.line(), row);
    }

    /** What FastCSV threw, as the file's problem. */
    private static RuntimeException fileProblem(CsvParseException e, Run run) {
        // FastCSV wraps what reading the text threw: an encoding problem, a failing stream.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RosterFileException file) {
                return file;
            }
            if (t instanceof IOException io) {
                return new UncheckedIOException(io);
            }
        }
        // With the lenient settings above, only a field longer than FastCSV's buffer limit (16M characters).
        return new RosterFileException(run.source, "csv-syntax", 0, run.source + ": " + e.getMessage(), e);
    }

    /** The checks of a built row that need the reader's settings or the roster's rows before it. */
    private RosterRow checked(int line, RosterRow row, Run run) {
        if (row.validFrom().isAfter(asOf)) {
            throw InvalidValueException.of(
                    "certificate issue date",
                    "not-after-report-date",
                    Values.shown(row.validFrom().toString()),
                    "is after the report date " + asOf);
        }
        if (units != null) {
            checkUnit(row.registration());
        }
        run.check.add(line, row);
        return row;
    }

    private void checkUnit(DivisionCode code) {
        String text = code.value();
        // Division codes are not personal: shown as they are.
        if (code.level() != DivisionLevel.TOWNSHIP && code.level() != DivisionLevel.VILLAGE) {
            throw InvalidValueException.of(
                    "registration division",
                    "township-or-village",
                    Masking.quote(text),
                    "must be a township (9 digits) or village (12 digits) code, not a "
                            + code.level().englishName() + " code");
        }
        String root = units.nameAt(0) + " (" + units.root() + ")";
        if (!units.root().contains(code)) {
            throw InvalidValueException.of(
                    "registration division", "within-county", Masking.quote(text), "is not within " + root);
        }
        if (!units.contains(code)) {
            throw InvalidValueException.of(
                    "registration division",
                    "known-unit",
                    Masking.quote(text),
                    "is not a township or village of " + root + " in the division list");
        }
    }

    /**
     * Ten years of validity (《中国残疾人证管理办法》, CDPF and National Health Commission, 2017), when the roster gives
     * only the issue date: counted as the certificate lifecycle counts it (Civil Code arts. 201-202), issued on
     * 2020-05-01, valid through 2030-05-01.
     */
    static LocalDate defaultValidUntil(LocalDate validFrom) {
        return CivilCodePeriod.lastDay(validFrom, Period.ofYears(10));
    }

    /** Which field of a CSV record holds which column. */
    private static final class CsvLayout {
        private final int[] index = new int[RosterColumn.values().length];
        private final List<String> header;
        private final List<String> ignored = new ArrayList<>();

        private CsvLayout(List<String> header) {
            this.header = header;
            java.util.Arrays.fill(index, -1);
        }

        static CsvLayout of(List<String> header, String source) {
            CsvLayout layout = new CsvLayout(header);
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (name.indexOf('\uFFFD') >= 0) {
                    throw new RosterFileException(
                            source,
                            "encoding",
                            1,
                            source + ": the header shows U+FFFD (�) where text could not be decoded: the file was read"
                                    + " in the wrong charset (a GBK file read as UTF-8?); read the file itself with"
                                    + " RosterReader, which decodes strictly, or pass its charset",
                            null);
                }
                RosterColumn column = RosterColumn.find(name).orElse(null);
                if (column == null) {
                    layout.ignored.add(name);
                    continue;
                }
                int earlier = layout.index[column.ordinal()];
                if (earlier >= 0) {
                    throw new RosterFileException(
                            source,
                            "header",
                            1,
                            source + ": columns " + Values.shown(header.get(earlier)) + " and " + Values.shown(name)
                                    + " both give the " + column.field() + "; keep one",
                            null);
                }
                layout.index[column.ordinal()] = i;
            }
            for (RosterColumn column : RosterColumn.values()) {
                if (column.isRequired() && layout.index[column.ordinal()] < 0) {
                    List<String> found = header.stream().map(Values::shown).toList();
                    throw new RosterFileException(
                            source,
                            "header",
                            1,
                            source + ": the header has no column " + column.header() + " (" + column.english()
                                    + "), the " + column.field() + "; the required columns are "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(RosterColumn.values())
                                                    .filter(RosterColumn::isRequired)
                                                    .map(RosterColumn::toString)
                                                    .toList())
                                    + "; the header has " + found,
                            null);
                }
            }
            return layout;
        }

        List<String> ignored() {
            return ignored;
        }

        /** The cell of a column, stripped; null if the file has no such column or the cell is blank. */
        private String cell(Fields r, RosterColumn column, String source) {
            int i = index[column.ordinal()];
            if (i < 0) {
                return null;
            }
            String raw = r.values().get(i);
            if (raw == null) {
                return null;
            }
            String text = raw.strip();
            if (text.indexOf('\uFFFD') >= 0) {
                throw new RosterFileException(
                        source,
                        "encoding",
                        r.line(),
                        source + " line " + r.line() + ": column " + header.get(i)
                                + " shows U+FFFD (�) where text could not be decoded: the file was read in the wrong"
                                + " charset; read the file itself with RosterReader, or pass its charset",
                        null);
            }
            return text.isEmpty() ? null : text;
        }

        /** The line breaks in a field, not counting those at its end (an open quote runs to the file's last break). */
        private static int lineBreaks(String field) {
            String text = field.stripTrailing(); // so a '\r' is never the last character
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
                    n++;
                }
            }
            return n;
        }

        private String required(Fields r, RosterColumn column, String source) {
            String text = cell(r, column, source);
            if (text == null) {
                throw InvalidValueException.of(
                        column.field(),
                        "missing",
                        "\"\"",
                        "column " + header.get(index[column.ordinal()]) + " is empty");
            }
            return text;
        }

        RosterRow row(Fields r, int line, RosterReader reader, String source) {
            int fields = r.values().size();
            for (int i = 0; i < fields && r.mayBreakLines(); i++) {
                String field = r.values().get(i);
                if (field != null && (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)) {
                    throw InvalidValueException.of(
                            "CSV record",
                            "line-break",
                            "at line " + line,
                            "field " + (i + 1) + " runs over " + (lineBreaks(field) + 1) + " lines: a line break inside"
                                    + " quotes, or a quote never closed (the lines after it are read into this field,"
                                    + " not as rows); a roster cell has no line break");
                }
            }
            if (fields != header.size()) {
                throw InvalidValueException.of(
                        "CSV record",
                        "columns",
                        "at line " + line,
                        "has " + fields + " fields, the header has " + header.size());
            }
            LocalDate asOf = reader.asOf;
            RosterRow.Builder b = RosterRow.builder();
            String t = cell(r, RosterColumn.RESIDENT_ID, source);
            if (t != null) {
                b.residentId(ResidentId.parse(t, asOf));
            }
            if ((t = cell(r, RosterColumn.SEX, source)) != null) {
                b.sex(Values.sex(RosterColumn.SEX.field(), t));
            }
            b.certificateNumber(CertificateNumber.parse(required(r, RosterColumn.CERTIFICATE_NUMBER, source), asOf));
            if ((t = cell(r, RosterColumn.CATEGORY, source)) != null) {
                b.category(Values.category(RosterColumn.CATEGORY.field(), t));
            }
            if ((t = cell(r, RosterColumn.GRADE, source)) != null) {
                b.grade(Values.grade(RosterColumn.GRADE.field(), t));
            }
            if ((t = cell(r, RosterColumn.COMPONENTS, source)) != null) {
                b.components(Values.components(RosterColumn.COMPONENTS.field(), t));
            }
            LocalDate from = Values.date(RosterColumn.VALID_FROM.field(), required(r, RosterColumn.VALID_FROM, source));
            t = cell(r, RosterColumn.VALID_UNTIL, source);
            b.validity(from, t == null ? defaultValidUntil(from) : Values.date(RosterColumn.VALID_UNTIL.field(), t));
            if ((t = cell(r, RosterColumn.CANCELLED_ON, source)) != null) {
                b.cancelledOn(Values.date(RosterColumn.CANCELLED_ON.field(), t));
            }
            DivisionCode registration =
                    Values.division(RosterColumn.REGISTRATION.field(), required(r, RosterColumn.REGISTRATION, source));
            if ((t = cell(r, RosterColumn.REGISTRATION_TYPE, source)) != null) {
                b.registration(registration, Values.registrationType(RosterColumn.REGISTRATION_TYPE.field(), t));
            } else {
                b.registration(registration);
            }
            if ((t = cell(r, RosterColumn.HOUSEHOLD, source)) != null) {
                b.household(Values.named(HouseholdStatus.class, RosterColumn.HOUSEHOLD.field(), t));
            }
            if ((t = cell(r, RosterColumn.CHILD_SUPPORT, source)) != null) {
                b.childSupport(Values.flag(RosterColumn.CHILD_SUPPORT.field(), t));
            }
            if ((t = cell(r, RosterColumn.DESTITUTE_SUPPORT, source)) != null) {
                b.destituteSupport(Values.flag(RosterColumn.DESTITUTE_SUPPORT.field(), t));
            }
            if ((t = cell(r, RosterColumn.WORK_INJURY_CARE, source)) != null) {
                b.workInjuryCare(Values.flag(RosterColumn.WORK_INJURY_CARE.field(), t));
            }
            if ((t = cell(r, RosterColumn.LONG_TERM_CARE, source)) != null) {
                b.longTermCare(Values.flag(RosterColumn.LONG_TERM_CARE.field(), t));
            }
            if ((t = cell(r, RosterColumn.FIXED_INCOME, source)) != null) {
                b.fixedIncome(Values.flag(RosterColumn.FIXED_INCOME.field(), t));
            }
            if ((t = cell(r, RosterColumn.LOWER_LIMB, source)) != null) {
                b.lowerLimb(Values.flag(RosterColumn.LOWER_LIMB.field(), t));
            }
            if ((t = cell(r, RosterColumn.OWNS_VEHICLE, source)) != null) {
                b.ownsVehicle(Values.flag(RosterColumn.OWNS_VEHICLE.field(), t));
            }
            if ((t = cell(r, RosterColumn.SCHOOLING, source)) != null) {
                b.schooling(Values.named(Schooling.class, RosterColumn.SCHOOLING.field(), t));
            }
            if ((t = cell(r, RosterColumn.ALLOWANCES, source)) != null) {
                Values.allowances(RosterColumn.ALLOWANCES.field(), t, b);
            }
            for (Programme programme : Programme.values()) {
                RosterColumn column = RosterColumn.applied(programme);
                if ((t = cell(r, column, source)) != null) {
                    b.applied(programme, Values.date(column.field(), t));
                }
            }
            if ((t = cell(r, RosterColumn.EVENTS, source)) != null) {
                Values.events(RosterColumn.EVENTS.field(), t, b);
            }
            return b.build();
        }
    }

    // ---------------------------------------------------------------- JSON lines

    private ReadSummary readJsonLines(Reader text, Run run) {
        LineReader lines = new LineReader(text);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                int number = lines.number();
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.indexOf('\uFFFD') >= 0) {
                    throw new RosterFileException(
                            run.source,
                            "encoding",
                            number,
                            run.source + " line " + number + " shows U+FFFD (�) where text could not be decoded: the"
                                    + " file was read in the wrong charset; read the file itself with RosterReader, or"
                                    + " pass its charset",
                            null);
                }
                RosterRow row;
                try {
                    if (lines.wasCut()) {
                        throw InvalidValueException.of(
                                "JSON line",
                                "length",
                                "at line " + number,
                                "is longer than " + MAX_JSON_LINE + " characters");
                    }
                    row = checked(number, fromJson(CanlianJson.read(line, RosterRowJson.class)), run);
                } catch (JsonInputException e) {
                    String where = e.column() > 0 ? " (column " + e.column() + ")" : "";
                    run.reject(new RowError(
                            number, e.path(), e.problem(), "Invalid JSON at " + e.path() + where + ": " + e.reason()));
                    continue;
                } catch (InvalidValueException e) {
                    run.reject(RowError.of(number, e));
                    continue;
                }
                run.accept(number, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.summary(List.of());
    }

    private RosterRow fromJson(RosterRowJson j) {
        RosterRow.Builder b = RosterRow.builder();
        if (j.residentId != null) {
            b.residentId(ResidentId.parse(j.residentId, asOf));
        }
        if (j.sex != null) {
            b.sex(Values.sex("sex", j.sex));
        }
        if (j.certificateNumber != null) {
            b.certificateNumber(CertificateNumber.parse(j.certificateNumber, asOf));
        }
        if (j.category != null) {
            b.category(Values.category(RosterColumn.CATEGORY.field(), j.category));
        }
        if (j.grade != null) {
            b.grade(DisabilityGrade.of(j.grade));
        }
        if (j.components != null) {
            List<DisabilityRating.Component> components = new ArrayList<>();
            for (RosterRowJson.Component c : j.components) {
                components.add(new DisabilityRating.Component(
                        Values.category(RosterColumn.COMPONENTS.field(), c.category), DisabilityGrade.of(c.grade)));
            }
            b.components(components);
        }
        if (j.validFrom != null) {
            b.validity(j.validFrom, j.validUntil == null ? defaultValidUntil(j.validFrom) : j.validUntil);
        }
        if (j.cancelledOn != null) {
            b.cancelledOn(j.cancelledOn);
        }
        if (j.registration != null) {
            DivisionCode registration = Values.division(RosterColumn.REGISTRATION.field(), j.registration);
            if (j.registrationType != null) {
                b.registration(
                        registration,
                        Values.registrationType(RosterColumn.REGISTRATION_TYPE.field(), j.registrationType));
            } else {
                b.registration(registration);
            }
        }
        if (j.household != null) {
            b.household(Values.named(HouseholdStatus.class, RosterColumn.HOUSEHOLD.field(), j.household));
        }
        if (j.childSupport != null) {
            b.childSupport(j.childSupport);
        }
        if (j.destituteSupport != null) {
            b.destituteSupport(j.destituteSupport);
        }
        if (j.workInjuryCare != null) {
            b.workInjuryCare(j.workInjuryCare);
        }
        if (j.longTermCare != null) {
            b.longTermCare(j.longTermCare);
        }
        if (j.fixedIncome != null) {
            b.fixedIncome(j.fixedIncome);
        }
        if (j.lowerLimb != null) {
            b.lowerLimb(j.lowerLimb);
        }
        if (j.ownsVehicle != null) {
            b.ownsVehicle(j.ownsVehicle);
        }
        if (j.schooling != null) {
            b.schooling(Values.named(Schooling.class, RosterColumn.SCHOOLING.field(), j.schooling));
        }
        if (j.allowances != null) {
            b.noOtherAllowances();
            Map<Allowance, Money> seen = new EnumMap<>(Allowance.class);
            for (Map.Entry<String, Money> e : j.allowances.entrySet()) {
                Allowance allowance = Values.named(Allowance.class, RosterColumn.ALLOWANCES.field(), e.getKey());
                if (seen.put(allowance, e.getValue()) != null) {
                    throw Values.invalid(
                            RosterColumn.ALLOWANCES.field(), "duplicate", e.getKey(), "names an allowance twice");
                }
                b.allowance(allowance, e.getValue());
            }
        }
        if (j.applied != null) {
            for (Map.Entry<String, LocalDate> e : j.applied.entrySet()) {
                b.applied(Programme.ofCode(e.getKey()), e.getValue());
            }
        }
        if (j.events != null) {
            for (RosterRowJson.Event e : j.events) {
                b.event(Values.named(StopReason.class, RosterColumn.EVENTS.field(), e.reason), e.date);
            }
        }
        return b.build();
    }

    /** Lines of text, ended by {@code \n}, {@code \r\n} or {@code \r}, each cut at {@link #MAX_JSON_LINE}. */
    private static final class LineReader {
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private int number;
        private boolean cut;
        private boolean skipLineFeed;
        private final StringBuilder line = new StringBuilder();

        LineReader(Reader in) {
            this.in = in;
        }

        /** The next line, or null at the end. */
        String next() throws IOException {
            line.setLength(0);
            cut = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return line.toString();
                    }
                }
                char c = buffer[position++];
                if (skipLineFeed) {
                    skipLineFeed = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                any = true;
                if (c == '\n' || c == '\r') {
                    skipLineFeed = c == '\r';
                    number++;
                    return line.toString();
                }
                if (line.length() < MAX_JSON_LINE) {
                    line.append(c);
                } else {
                    cut = true;
                }
            }
        }

        int number() {
            return number;
        }

        boolean wasCut() {
            return cut;
        }
    }
}
