package org.canlian.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A console table whose columns line up with Chinese text: a Chinese character counts as two columns. The first column
 * is left-aligned, the others right-aligned unless {@link #leftAligned} says otherwise; every row is padded to the widest cell of its column.
 *
 * <pre>{@code
 * Table t = new Table("乡镇 township", "金额 amount");
 * t.row("沙河镇 620723101", "¥1,200.00");
 * t.render(out, "  ");
 * }</pre>
 *
 * <p>Used by every example program. Not thread-safe.
 */
public final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] left;

    /**
     * A table with these column headers.
     *
     * @param header one cell per column
     */
    public Table(String... header) {
        this.columns = header.length;
        this.left = new boolean[columns];
        left[0] = true;
        rows.add(header);
    }

    /**
     * Aligns these columns (from 0) to the left, as text reads; numbers stay right-aligned.
     *
     * @param columnIndexes the columns
     * @return this table
     */
    public Table leftAligned(int... columnIndexes) {
        for (int c : columnIndexes) {
            left[c] = true;
        }
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one per column
     * @return this table
     */
    public Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row needs " + columns + " cells, not " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    /**
     * Writes the table, each line starting with {@code indent}, no line ending in a space.
     *
     * @param out where to write
     * @param indent the indent of every line
     */
    public void render(StringBuilder out, String indent) {
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                String gap = " ".repeat(widths[c] - width(r[c]));
                line.append(c == 0 ? "" : "  ");
                if (left[c]) {
                    line.append(r[c]).append(gap);
                } else {
                    line.append(gap).append(r[c]);
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * The display width: a character from U+2E80 up (CJK, full-width forms) counts as two columns.
     *
     * @param text the text
     * @return its width in terminal columns
     */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            width += ch >= '\u2E80' ? 2 : 1;
        }
        return width;
    }
}
