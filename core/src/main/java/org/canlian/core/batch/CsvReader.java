package org.canlian.core.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * <p>A quote left open at the end of the text throws {@link InvalidValueException} naming the line it opened on.
 * Not thread-safe: one reader is used by one thread.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final List<String> header;
    private int lineNumber;

    private CsvReader(Reader in, boolean hasHeader) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        if (hasHeader) {
            CsvRecord first = next();
            if (first == null) {
                throw InvalidValueException.of(
                        "CSV header", "missing", "\"\"", "the text is empty, a header was expected");
            }
            String[] names = first.fields().toArray(new String[0]);
            if (names.length > 0 && names[0].startsWith("\uFEFF")) {
                names[0] = names[0].substring(1); // a byte-order mark is not part of the first column's name
            }
            this.header = List.of(names);
        } else {
            this.header = List.of();
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

    /** The column names of the header, empty for a reader without one. */
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
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    return null;
                }
                lineNumber++;
            } while (line.isEmpty());
            int startLine = lineNumber;
            List<String> fields = new ArrayList<>(8);
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == line.length()) {
                    if (!quoted) {
                        fields.add(field.toString());
                        break;
                    }
                    line = in.readLine();
                    if (line == null) {
                        throw InvalidValueException.of(
                                "CSV record", "quote", "at line " + startLine, "a quoted field is never closed");
                    }
                    lineNumber++;
                    field.append('\n');
                    i = 0;
                    continue;
                }
                char c = line.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else {
                    field.append(c);
                }
            }
            return new CsvRecord(startLine, fields, header);
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV after line " + lineNumber, e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
