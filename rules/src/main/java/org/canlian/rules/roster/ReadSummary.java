package org.canlian.rules.roster;

import java.util.List;
import java.util.Objects;

/**
 * What reading a roster found: how many rows were read, valid and invalid ({@code rowsRead == valid + invalid}: no row
 * is lost), and which header columns the reader did not use.
 *
 * <pre>{@code
 * ReadSummary s = reader.read(path, OnInvalidRow.REPORT_AND_CONTINUE, visitor);
 * s.valid();              // 1990
 * s.ignoredColumns();     // [序号, 姓名]: read by no rule, and never kept
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the file's path as given, or the name the caller gave the text
 * @param rowsRead the rows read (blank lines are not rows)
 * @param valid the valid rows
 * @param invalid the invalid rows
 * @param ignoredColumns the header's columns that name no {@link RosterColumn}, in file order (a CSV file's only)
 */
public record ReadSummary(String source, int rowsRead, int valid, int invalid, List<String> ignoredColumns) {
    /**
     * Checks the counts add up.
     *
     * @param source the file's path as given, or the name the caller gave the text
     * @param rowsRead the rows read (blank lines are not rows)
     * @param valid the valid rows
     * @param invalid the invalid rows
     * @param ignoredColumns the header's columns that name no {@link RosterColumn}, in file order (a CSV file's only)
     */
    public ReadSummary {
        Objects.requireNonNull(source, "source");
        ignoredColumns = List.copyOf(ignoredColumns);
        if (valid < 0 || invalid < 0 || rowsRead != valid + invalid) {
            throw new IllegalArgumentException(
                    "rows read must be valid + invalid, not " + rowsRead + " != " + valid + " + " + invalid);
        }
    }
}
