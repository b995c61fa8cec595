package org.canlian.rules.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes in one charset and refuses any byte sequence the charset does not allow, naming the line it is on
 * (where a plain {@code InputStreamReader} would put U+FFFD in its place and go on). For a file that is not UTF-8, the
 * error says whether it looks like GBK, the encoding Excel on Chinese Windows saves CSV files in, and how to save it
 * as UTF-8 or read it as GBK. Not thread-safe.
 */
final class StrictTextReader extends Reader {
    private static final int BUFFER_SIZE = 1 << 16;
    private static final Charset GBK = Charset.forName("GBK");

    private final InputStream in;
    private final Charset charset;
    private final String source;
    private final String howToReadAsGbk;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
    private boolean endOfInput;
    private boolean flushed;
    /** Line breaks decoded so far ({@code \n}, {@code \r\n} or {@code \r}). */
    private int lineBreaks;

    private boolean lastWasCarriageReturn;
    /** A char decoded for a one-char read that did not fit, or -1. */
    private int pending = -1;

    StrictTextReader(InputStream in, Charset charset, String source, String howToReadAsGbk) {
        this.in = in;
        this.charset = charset;
        this.source = source;
        this.howToReadAsGbk = howToReadAsGbk;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != -1) {
            cbuf[off] = (char) pending;
            pending = -1;
            return 1;
        }
        if (len == 1) {
            // A character outside the BMP needs two chars: decode into a buffer of two, keep the second for later.
            char[] two = new char[2];
            int n = read(two, 0, 2);
            if (n > 0) {
                cbuf[off] = two[0];
            }
            if (n == 2) {
                pending = two[1];
                return 1;
            }
            return n;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int produced = out.position() - off;
            if (result.isError()) {
                countLines(cbuf, off, produced);
                throw notInCharset(result.length());
            }
            if (produced > 0) {
                countLines(cbuf, off, produced);
                return produced;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("no room to decode into"); // len >= 2 always fits one character
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                produced = out.position() - off;
                return produced > 0 ? produced : -1;
            }
            refill();
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void countLines(char[] cbuf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            if (c == '\r') {
                lineBreaks++;
            } else if (c == '\n' && !lastWasCarriageReturn) {
                lineBreaks++;
            }
            lastWasCarriageReturn = c == '\r';
        }
    }

    private RosterFileException notInCharset(int badLength) {
        int line = lineBreaks + 1;
        int at = bytes.position();
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(at + Math.max(badLength, 2), bytes.limit()); i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(i) & 0xFF));
        }
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        StringBuilder message = new StringBuilder()
                .append(source)
                .append(" is not ")
                .append(name)
                .append(" text: line ")
                .append(line)
                .append(" has bytes that ")
                .append(name)
                .append(" does not allow (")
                .append(shown)
                .append("). ");
        if (charset.equals(StandardCharsets.UTF_8)) {
            if (looksLikeGbk(at)) {
                message.append("It looks like GBK, the encoding Excel on Chinese Windows saves \"CSV (逗号分隔)\" in. ");
            }
            message.append("Save it again from Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\" (文件 > 另存为 > 保存类型),"
                            + " or, if it is GBK, read it as GBK: ")
                    .append(howToReadAsGbk)
                    .append('.');
        } else {
            message.append("Check which encoding the file was saved in, and pass that charset.");
        }
        return new RosterFileException(source, "encoding", line, message.toString(), null);
    }

    /** Whether the bytes from {@code at} to the end of the buffer decode as GBK. */
    private boolean looksLikeGbk(int at) {
        CharsetDecoder gbk = GBK.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer window = bytes.duplicate();
        window.position(at);
        window.limit(Math.min(bytes.limit(), at + 4096));
        CharBuffer out = CharBuffer.allocate(window.remaining()); // GBK decodes a byte or two into one char
        return !gbk.decode(window, out, endOfInput && window.limit() == bytes.limit())
                .isError();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
