package org.canlian.examples.payroll;

import java.util.ArrayList;
import java.util.List;

/**
 * A console table whose columns line up with Chinese text: a Chinese character counts as two columns. The first column
 * is left-aligned, the others right-aligned; every row is padded to the widest cell of its column.
 *
 * <pre>{@code
 * Table t = new Table("乡镇 township", "金额 amount");
 * t.row("沙河镇 620723101", "¥1,200.00");
 * t.render(out, "  ");
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class Table {
    final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row needs " + columns + " cells, not " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    void render(StringBuilder out, String indent) {
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
                if (c == 0) {
                    line.append(r[c]).append(gap);
                } else {
                    line.append("  ").append(gap).append(r[c]);
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The display width: a character from U+2E80 up (CJK, full-width forms) counts as two columns. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            width += ch >= '\u2E80' ? 2 : 1;
        }
        return width;
    }
}
