package org.canlian.rules.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.OnInvalidRow;

/**
 * A CSV roster file cut into consecutive parts of whole lines, to be read at once on several threads: each part is read
 * by {@link RosterReader#readPart} with the file's header and line numbers, so rows and errors are the ones a
 * whole-file read gives, the one-person check aside (see {@link RosterCheck#earlierHolders}). A cut never falls inside
 * a quoted field (an even number of quotes before it) and a file with a lone carriage return (old Mac line ends) is not
 * cut, so that every part's line numbers are the file's; a small file is one part.
 *
 * <pre>{@code
 * RosterFileParts parts = RosterFileParts.split(RosterReader.csv(asOf), Path.of("roster.csv"), 4);
 * for (int k = 0; k < parts.count(); k++) {       // each on a thread of its own
 *     parts.read(k, OnInvalidRow.REPORT_AND_CONTINUE, RosterCheck.create(), visitorOfPart[k]);
 * }
 * }</pre>
 *
 * <p>Cutting reads the file once, byte by byte (line ends and quotes): it costs a small fraction of reading the rows.
 * This class is immutable and thread-safe: each {@link #read} opens the file for itself.
 */
public final class RosterFileParts {
    /** Parts are at least this long (bytes), so that a small file is read in one part. */
    static final long MIN_PART_BYTES = 1 << 20;

    private final RosterReader reader;
    private final Path file;
    /** The header line, or null when the file is one part (read whole, header included). */
    private final String header;
    /** Per part: the first byte, the byte after the last, and the line number of its first line. */
    private final long[] from;

    private final long[] to;
    private final int[] firstLine;

    private RosterFileParts(RosterReader reader, Path file, String header, long[] from, long[] to, int[] firstLine) {
        this.reader = reader;
        this.file = file;
        this.header = header;
        this.from = from;
        this.to = to;
        this.firstLine = firstLine;
    }

    /**
     * {@return the file cut into at most {@code parts} parts of about equal size}
     *
     * @param reader a CSV roster reader (its charset decodes the parts)
     * @param file the roster file
     * @param parts the most parts wanted, 1 or more
     * @throws IllegalStateException if the reader reads JSON lines, or text in a charset not based on ASCII
     * @throws InvalidValueException if {@code parts} is less than 1
     * @throws RosterFileException if the file is missing, a directory, or cannot be read
     */
    public static RosterFileParts split(RosterReader reader, Path file, int parts) {
        return split(reader, file, parts, MIN_PART_BYTES);
    }

    /**
     * {@return the file cut into at most {@code parts} parts of about equal size, each at least {@code minPartBytes}
     * long}
     *
     * @param reader a CSV roster reader (its charset decodes the parts)
     * @param file the roster file
     * @param parts the most parts wanted, 1 or more
     * @param minPartBytes the least size of a part, in bytes ({@link #split(RosterReader, Path, int)}: 1 MiB)
     * @throws IllegalStateException if the reader reads JSON lines, or text in a charset not based on ASCII
     * @throws InvalidValueException if {@code parts} is less than 1
     * @throws RosterFileException if the file is missing, a directory, or cannot be read
     */
    public static RosterFileParts split(RosterReader reader, Path file, int parts, long minPartBytes) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(file, "file");
        if (!canSplit(reader)) {
            throw new IllegalStateException("only CSV roster files in an ASCII-based charset are read in parts; this"
                    + " reader reads " + (reader.readsCsv() ? reader.charset() + " text" : "JSON lines"));
        }
        if (parts < 1) {
            throw InvalidValueException.of("parts", "positive", Integer.toString(parts), "must be 1 or more");
        }
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new RosterFileException(
                    source, "read-failed", 0, source + " is a directory, not a roster file", null);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return cut(reader, file, channel, parts, minPartBytes);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(source, "not-found", 0, "file not found: " + source, e);
        } catch (IOException e) {
            throw new RosterFileException(source, "read-failed", 0, source + " cannot be read: " + e, e);
        }
    }

    private static RosterFileParts cut(
            RosterReader reader, Path file, FileChannel channel, int parts, long minPartBytes) throws IOException {
        long size = channel.size();
        int wanted = (int) Math.max(1, Math.min(parts, size / Math.max(1, minPartBytes)));
        List<long[]> cuts = new ArrayList<>(); // {byte, line} of each part's first line
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = 0;
        long headerEnd = -1;
        int line = 1;
        boolean quoted = false;
        boolean cuttable = true;
        boolean afterCarriageReturn = false;
        long nextTarget = size / wanted;
        for (int n; (n = channel.read(buffer.clear(), position)) > 0; position += n) {
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (afterCarriageReturn && b != '\n') {
                    cuttable = false; // a lone CR ends a line for the reader, not for this count
                }
                afterCarriageReturn = b == '\r';
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    line++;
                    long next = position + i + 1;
                    if (headerEnd < 0) {
                        if (quoted) {
                            cuttable = false;
                        }
                        headerEnd = next;
                    } else if (!quoted && next >= nextTarget && next < size && cuts.size() < wanted - 1) {
                        cuts.add(new long[] {next, line});
                        nextTarget = size / wanted * (cuts.size() + 1);
                    }
                }
            }
        }
        if (!cuttable || afterCarriageReturn || cuts.isEmpty()) {
            // One part: the whole file, read as RosterReader.read reads it (its header as that read finds it).
            return new RosterFileParts(reader, file, null, new long[] {0}, new long[] {size}, new int[] {1});
        }
        String header = decode(reader, channel, headerEnd, file.toString());
        int count = cuts.size() + 1;
        long[] from = new long[count];
        long[] to = new long[count];
        int[] first = new int[count];
        from[0] = headerEnd;
        first[0] = 2;
        for (int k = 1; k < count; k++) {
            from[k] = cuts.get(k - 1)[0];
            first[k] = (int) cuts.get(k - 1)[1];
            to[k - 1] = from[k];
        }
        to[count - 1] = size;
        return new RosterFileParts(reader, file, header, from, to, first);
    }

    private static String decode(RosterReader reader, FileChannel channel, long headerEnd, String source)
            throws IOException {
        StringBuilder text = new StringBuilder();
        try (StrictTextReader in = reader.strictText(slice(channel, 0, headerEnd), source)) {
            char[] chars = new char[4096];
            for (int n; (n = in.read(chars, 0, chars.length)) > 0; ) {
                text.append(chars, 0, n);
            }
        }
        return text.toString().stripTrailing();
    }

    /** Bytes {@code from} to {@code to} of the channel, as a stream that reads them without moving the channel. */
    private static InputStream slice(FileChannel channel, long from, long to) {
        return new InputStream() {
            private long position = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= to) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - position)), position);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        };
    }

    /** {@return the number of parts} */
    public int count() {
        return from.length;
    }

    /**
     * {@return the line number of a part's first line: 1 (the header) when the file is one part, else 2 or more}
     *
     * @param part the part, from 0
     */
    public int firstLine(int part) {
        return firstLine[part];
    }

    /**
     * Reads one part, as {@link RosterReader#readPart} reads it: rows and errors with the file's line numbers, messages
     * naming the file.
     *
     * @param part the part, from 0
     * @param onInvalidRow stop at the part's first invalid row, or report it to the visitor and go on
     * @param check the part's one-person-one-certificate check, fed by this read
     * @param visitor receives the part's rows and errors
     * @return the counts of the part
     * @throws RosterFileException if the file cannot be read, is not text in the reader's charset, or lacks a column
     */
    public ReadSummary read(int part, OnInvalidRow onInvalidRow, RosterCheck check, RosterVisitor visitor) {
        String source = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                StrictTextReader text = reader.strictText(slice(channel, from[part], to[part]), source)) {
            return header == null
                    ? reader.read(text, source, onInvalidRow, check, visitor)
                    : reader.readPart(header, text, firstLine[part], source, onInvalidRow, check, visitor);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(source, "not-found", 0, "file not found: " + source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "RosterFileParts[" + file.getFileName() + ", " + from.length + " parts]";
    }

    /**
     * {@return whether files of this reader can be cut: CSV in a charset whose line end and quote are the single bytes
     * of ASCII (UTF-8, GBK, GB18030; not UTF-16)}
     *
     * @param reader a roster reader
     */
    public static boolean canSplit(RosterReader reader) {
        Charset charset = reader.charset();
        return reader.readsCsv()
                && charset.canEncode()
                && java.util.Arrays.equals("\"\n".getBytes(charset), new byte[] {'"', '\n'});
    }
}
