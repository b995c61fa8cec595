package org.canlian.core.batch;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.canlian.core.InvalidValueException;

/**
 * One CSV record with the line it starts on, as {@link CsvReader} reads it.
 *
 * <pre>{@code
 * record.line();          // 17
 * record.get("code");     // "620723101"
 * record.get(1);          // "沙河镇"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRecord {
    private final int line;
    private final String[] fields;
    private final List<String> header;

    /** Takes the array as it is: the reader gives each record its own, which no one else holds. */
    CsvRecord(int line, String[] fields, List<String> header) {
        this.line = line;
        this.fields = fields;
        this.header = header;
    }

    /** {@return the 1-based line number the record starts on} */
    public int line() {
        return line;
    }

    /** {@return the fields, unquoted, in order} */
    public List<String> fields() {
        return Collections.unmodifiableList(Arrays.asList(fields));
    }

    /** {@return how many fields the record has} */
    public int size() {
        return fields.length;
    }

    /**
     * The field at a position.
     *
     * @param index 0-based
     * @return the field's text
     * @throws InvalidValueException if the record has no such field
     */
    public String get(int index) {
        if (index < 0 || index >= fields.length) {
            throw InvalidValueException.of(
                    "CSV record",
                    "columns",
                    "at line " + line,
                    "has " + fields.length + " fields, field " + (index + 1) + " was asked for");
        }
        return fields[index];
    }

    /**
     * The field under a header column.
     *
     * @param column the column's name in the header
     * @return the field's text
     * @throws InvalidValueException if there is no such column, or the record is short of it
     */
    public String get(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            // The header is input text (a file without one has its first row there): InvalidValueException redacts
            // any ID in it; a reader without a header has nothing to show.
            throw InvalidValueException.of(
                    "CSV record",
                    "columns",
                    "at line " + line,
                    header.isEmpty()
                            ? "there is no column '" + column
                                    + "': the reader has no header, ask for fields by position"
                            : "there is no column '" + column + "' in " + header);
        }
        return get(index);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + fields.length + " fields";
    }
}
