package org.canlian.examples.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One element of the roster as a partition holds it: a CSV line with its line number, or a table row's cells (as
 * text, {@code null} for a missing value) with its position.
 *
 * <pre>{@code
 * new Numbered(17, "1,持证人0,男,...", null);                 // line 17 of the CSV file
 * new Numbered(17, null, List.of("62072319...", "2020-05-01"));  // a Parquet row
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the line or position, from 1
 * @param line the CSV line, or null
 * @param cells the table row's cells, or null
 */
record Numbered(long position, String line, List<String> cells) implements Serializable {}
