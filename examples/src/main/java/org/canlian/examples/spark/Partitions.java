package org.canlian.examples.spark;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.roster.RosterCheck;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;
import scala.Tuple2;

/**
 * What the executors run on each partition of the roster. The first pass reads, checks and pays each partition with
 * a one-person check of its own rows, and keeps the key of each valid row's holder with its line ({@link #first}).
 * The driver then finds the holders with rows in more than one partition ({@link Shared}, usually few or none), and
 * only the partitions holding a later row of such a holder are read again, their check seeded with those holders'
 * first lines ({@link #decide}): their results replace the first pass's. Every row is read by the library's roster
 * reader ({@link RosterReader#readPart} for a CSV file's lines, {@link RosterReader#readCells} for a table's rows), so
 * the merged results are exactly those of one read of the whole file.
 *
 * <pre>{@code
 * JavaRDD<FirstPass> first = rows.mapPartitionsWithIndex((i, part) ->
 *         List.of(Partitions.first(plan.value(), i, part)).iterator(), false);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call has its own state.
 */
final class Partitions {
    private Partitions() {}

    /**
     * The first pass over a partition: its partial results, with a check of its own rows only, and the key of each
     * valid row's holder with its line. Correct unless a holder also has a row in another partition.
     */
    static FirstPass first(Plan plan, int partition, Iterator<Numbered> rows) {
        Decider decider = new Decider(plan);
        List<long[]> keyed = new ArrayList<>();
        RosterVisitor keying = new RosterVisitor() {
            @Override
            public void row(int line, RosterRow row) {
                keyed.add(new long[] {RosterCheck.holderKey(row.residentId()), Shared.pack(line, partition)});
                decider.row(line, row);
            }

            @Override
            public void invalid(RowError error) {
                decider.invalid(error);
            }
        };
        ReadSummary read = read(plan, partition, rows, RosterCheck.create(), keying);
        long[] keys = new long[keyed.size()];
        long[] packed = new long[keyed.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyed.get(i)[0];
            packed[i] = keyed.get(i)[1];
        }
        return new FirstPass(partition, decider.result(read.rowsRead()), keys, packed);
    }

    /** The partition read again, its check seeded with the holders of its rows found first in other partitions. */
    static PartResult decide(Plan plan, Shared shared, int partition, Iterator<Numbered> rows) {
        Decider decider = new Decider(plan);
        ReadSummary read = read(plan, partition, rows, shared.checkFor(partition), decider);
        return decider.result(read.rowsRead());
    }

    /**
     * A partition's first pass: its partial results and its holders (key, and line and partition packed).
     *
     * <p>This class is immutable and thread-safe (its arrays are never changed).
     */
    static final class FirstPass implements Serializable {
        private static final long serialVersionUID = 1L;

        final int partition;
        final PartResult result;
        final long[] keys;
        final long[] packed;

        FirstPass(int partition, PartResult result, long[] keys, long[] packed) {
            this.partition = partition;
            this.result = result;
            this.keys = keys;
            this.packed = packed;
        }

        Iterator<Tuple2<Long, Long>> holders() {
            List<Tuple2<Long, Long>> holders = new ArrayList<>(keys.length);
            for (int i = 0; i < keys.length; i++) {
                holders.add(new Tuple2<>(keys[i], packed[i]));
            }
            return holders.iterator();
        }

        /** Whether a holder of this partition's rows has a row before, in another partition: then it is read again. */
        boolean needsSecondPass(Shared shared) {
            for (long key : keys) {
                Long first = shared.firstOf(key);
                if (first != null && Shared.partition(first) != partition) {
                    return true;
                }
            }
            return false;
        }
    }

    private static ReadSummary read(
            Plan plan, int partition, Iterator<Numbered> rows, RosterCheck check, RosterVisitor visitor) {
        String source = "roster partition " + partition;
        RosterReader reader = plan.reader();
        if (plan.csvHeader == null) {
            Iterator<RosterReader.Cells> cells = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public RosterReader.Cells next() {
                    Numbered n = rows.next();
                    return new RosterReader.Cells(Math.toIntExact(n.position()), n.cells());
                }
            };
            return reader.readCells(plan.columns, cells, source, OnInvalidRow.REPORT_AND_CONTINUE, check, visitor);
        }
        Lines lines = new Lines(rows);
        return reader.readPart(
                plan.csvHeader, lines, lines.firstLine, source, OnInvalidRow.REPORT_AND_CONTINUE, check, visitor);
    }

    /** A table row's first {@code count} cells as text ({@code null} for a missing value). */
    static List<String> cells(org.apache.spark.sql.Row row, int count) {
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(row.isNullAt(i) ? null : row.getString(i));
        }
        return cells;
    }

    /** A partition's CSV lines as text, the header line skipped; their numbers must follow on. */
    private static final class Lines extends Reader {
        private final Iterator<Numbered> rows;
        final int firstLine;
        private long expected;
        private String current;
        private int at;

        Lines(Iterator<Numbered> rows) {
            this.rows = rows;
            Numbered first = rows.hasNext() ? rows.next() : null;
            if (first != null && first.position() == 1) {
                first = rows.hasNext() ? rows.next() : null; // line 1 is the header
            }
            this.firstLine = first == null ? 2 : Math.toIntExact(first.position());
            this.expected = firstLine;
            this.current = first == null ? null : text(first);
        }

        private String text(Numbered n) {
            if (n.position() != expected) {
                throw new IllegalStateException("partition lines out of order: line " + n.position() + " where line "
                        + expected + " was expected (read the file with its lines numbered in order)");
            }
            expected++;
            return n.line() + "\n";
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            while (current != null && at == current.length()) {
                current = rows.hasNext() ? text(rows.next()) : null;
                at = 0;
            }
            if (current == null) {
                return -1;
            }
            int n = Math.min(length, current.length() - at);
            current.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            // Nothing to release: Spark owns the partition's iterator.
        }
    }

    /**
     * The holders on rows of more than one partition: each one's key, first line and that line's partition. Every
     * other partition's check is seeded with them, so a later row of the holder is rejected naming the first line, as
     * one read of the whole file does. Broadcast once; only repeated holders, so it is small.
     *
     * <p>This class is immutable and thread-safe.
     */
    static final class Shared implements Serializable {
        private static final long serialVersionUID = 1L;

        private final HashMap<Long, Long> firstByKey;

        Shared(Map<Long, Long> firstByKey) {
            this.firstByKey = new HashMap<>(firstByKey);
        }

        /** The holder's first line and its partition, packed; null if the holder is in one partition only. */
        Long firstOf(long key) {
            return firstByKey.get(key);
        }

        /** The line in the high half (so that packed values order by line), the partition in the low half. */
        static long pack(int line, int partition) {
            return ((long) line << 32) | partition;
        }

        static int line(long packed) {
            return (int) (packed >>> 32);
        }

        static int partition(long packed) {
            return (int) packed;
        }

        int size() {
            return firstByKey.size();
        }

        RosterCheck checkFor(int partition) {
            RosterCheck check = RosterCheck.create();
            firstByKey.forEach((key, first) -> {
                if (partition(first) != partition) {
                    check.addEarlier(key, line(first));
                }
            });
            return check;
        }
    }
}
