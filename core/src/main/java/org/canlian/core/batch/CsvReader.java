package org.canlian.core.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;

/**
 * Reads CSV text (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote inside one,
 * line breaks inside quotes allowed) one record at a time, keeping each record's line number for error reports.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.withHeader(reader)) {
 *     csv.header();                     // [code, name]
 *     for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
 *         r.line();                     // 2, 3, ... (the header is line 1)
 *         r.get("code");
 *     }
 * }
 * }</pre>
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}; blank lines are skipped (and counted); a line break inside
 * quotes is read as {@code \n}. A quote opens a quoted field only as the field's first character; elsewhere it is
 * text. A quote left open at the end of the text throws {@link InvalidValueException} naming the line it opened on
 * (and the record's first line, if another). A byte-order mark at the start of the text is dropped.
 *
 * <p>The reader scans its own character buffer, so a field that lies whole in the buffer becomes a string in one copy
 * (no line string, no per-field builder): this matters for the statistics bureau's 620,000-row village file. Not
 * thread-safe: one reader is used by one thread.
 */
public final class CsvReader implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final List<String> header;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    /** Lines read to their end so far. */
    private int lineNumber;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to the same line break. */
    private boolean skipLineFeed;
    /** Fields of the record being read, reused from record to record. */
    private String[] fields = new String[8];
    /** A field's text when it cannot be cut from the buffer in one piece (a buffer boundary, {@code ""}, a break). */
    private final StringBuilder pieces = new StringBuilder();

    private CsvReader(Reader in, boolean hasHeader) {
        this.in = in;
        skipByteOrderMark();
        if (hasHeader) {
            CsvRecord first = next();
            if (first == null) {
                throw InvalidValueException.of(
                        "CSV header", "missing", "\"\"", "the text is empty, a header was expected");
            }
            this.header = List.of(first.fields().toArray(new String[0]));
        } else {
            this.header = List.of();
        }
    }

    /**
     * Drops a byte-order mark at the start of the text, before any field is read: it is not part of the first field,
     * and a quote after it still opens a quoted field ({@code \uFEFF"code",name} has the header {@code code, name}).
     */
    private void skipByteOrderMark() {
        try {
            if (available() && buffer[position] == '\uFEFF') {
                position++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV at its start", e);
        }
    }

    /**
     * A reader whose first line names the columns; records then answer {@link CsvRecord#get(String)}.
     *
     * @param in the text
     * @return the reader, positioned after the header
     */
    public static CsvReader withHeader(Reader in) {
        return new CsvReader(Objects.requireNonNull(in, "in"), true);
    }

    /**
     * A reader of records only, without a header line.
     *
     * @param in the text
     * @return the reader
     */
    public static CsvReader withoutHeader(Reader in) {
        return new CsvReader(Objects.requireNonNull(in, "in"), false);
    }

    /** {@return the column names of the header, empty for a reader without one} */
    public List<String> header() {
        return header;
    }

    /**
     * The next record, or {@code null} at the end of the text. Blank lines are skipped.
     *
     * @return the record, or null
     * @throws UncheckedIOException if reading fails
     * @throws InvalidValueException if a quoted field is not closed
     */
    public CsvRecord next() {
        try {
            if (!skipBlankLines()) {
                return null;
            }
            int startLine = lineNumber + 1;
            int count = 0;
            boolean more = true;
            while (more) {
                if (count == fields.length) {
                    fields = Arrays.copyOf(fields, count * 2);
                }
                fields[count++] = readField(startLine);
                more = endOfField();
            }
            return new CsvRecord(startLine, Arrays.copyOf(fields, count), header);
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV after line " + lineNumber, e);
        }
    }

    /** Skips blank lines; false at the end of the text. */
    private boolean skipBlankLines() throws IOException {
        while (true) {
            if (!available()) {
                return false;
            }
            char c = buffer[position];
            if (c != '\n' && c != '\r') {
                return true;
            }
            lineBreak();
        }
    }

    /**
     * Reads one field, up to (not past) the comma or line break after it, or the end of the text.
     *
     * @param startLine the record's first line, for the unclosed-quote error
     */
    private String readField(int startLine) throws IOException {
        if (position < limit && buffer[position] == '"') {
            String simple = simpleQuotedField();
            if (simple != null) {
                return simple;
            }
        }
        pieces.setLength(0);
        boolean quoted = false;
        int quoteLine = startLine; // the line the open quote is on, for the unclosed-quote error
        int run = position; // the current run of text, buffer[run, position), not yet in pieces
        while (true) {
            if (position == limit) {
                pieces.append(buffer, run, position - run);
                if (!available()) {
                    if (quoted) {
                        throw unclosedQuote(quoteLine, startLine);
                    }
                    return pieces.toString();
                }
                run = position;
            }
            char c = buffer[position];
            if (quoted) {
                if (c == '"') {
                    pieces.append(buffer, run, position - run);
                    position++;
                    if (available() && buffer[position] == '"') {
                        run = position++; // "" is one quote: the second starts the next run
                    } else {
                        quoted = false;
                        run = position;
                    }
                } else if (c == '\n' || c == '\r') {
                    pieces.append(buffer, run, position - run).append('\n');
                    lineBreak();
                    if (!available()) {
                        throw unclosedQuote(quoteLine, startLine);
                    }
                    run = position;
                } else {
                    position++;
                }
            } else if (c == ',' || c == '\n' || c == '\r') {
                if (pieces.length() == 0) {
                    return new String(buffer, run, position - run);
                }
                return pieces.append(buffer, run, position - run).toString();
            } else if (c == '"' && pieces.length() == 0 && run == position) {
                quoted = true;
                quoteLine = lineNumber + 1;
                run = ++position;
            } else {
                position++;
            }
        }
    }

    /** The error of a quote left open at the end of the text: the line it opened on, and the record's if another. */
    private static InvalidValueException unclosedQuote(int quoteLine, int startLine) {
        return InvalidValueException.of(
                "CSV record",
                "quote",
                "at line " + quoteLine,
                "a quoted field is never closed"
                        + (quoteLine == startLine ? "" : " (the record starts on line " + startLine + ")"));
    }

    /**
     * The common quoted field, {@code "text"} with no quote or line break inside, followed by a comma or a line break
     * in the buffer: cut from the buffer directly. Null (nothing consumed) for any other field.
     */
    private String simpleQuotedField() {
        for (int i = position + 1; i + 1 < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                char after = buffer[i + 1];
                if (after != ',' && after != '\n' && after != '\r') {
                    return null;
                }
                String text = new String(buffer, position + 1, i - position - 1);
                position = i + 1;
                return text;
            }
            if (c == '\n' || c == '\r') {
                return null;
            }
        }
        return null;
    }

    /** After a field: consumes the comma (true, another field follows) or the line break (false), if any. */
    private boolean endOfField() throws IOException {
        if (position == limit) {
            lineNumber++; // the end of the text ends the record and its line
            return false;
        }
        if (buffer[position] == ',') {
            position++;
            return true;
        }
        lineBreak();
        return false;
    }

    /** Consumes the line break at the position ({@code \n}, {@code \r} or {@code \r\n}) and counts the line. */
    private void lineBreak() {
        if (buffer[position++] == '\r') {
            skipLineFeed = true;
        }
        lineNumber++;
    }

    /**
     * Whether a character is available at the position, reading more text if the buffer is used up. A line feed
     * completing a {@code \r\n} is skipped here, so that no read is made ahead of what a record needs.
     */
    private boolean available() throws IOException {
        while (true) {
            if (position == limit) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    return false;
                }
                position = 0;
                limit = n;
                continue;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
