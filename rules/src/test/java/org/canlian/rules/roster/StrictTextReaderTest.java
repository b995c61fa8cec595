package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict decoding of roster files: the text itself, char by char or in blocks, and for bytes the charset does not
 * allow, the line, the bytes and the advice of the error.
 */
class StrictTextReaderTest {
    static final String HOW = "RosterReader.csv(asOf).withCharset(Charset.forName(\"GBK\"))";

    static StrictTextReader reader(byte[] bytes, Charset charset) {
        return new StrictTextReader(new ByteArrayInputStream(bytes), charset, "t.csv", HOW);
    }

    static byte[] bytes(String utf8, int... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8.getBytes(StandardCharsets.UTF_8));
        for (int b : more) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void readsCharByCharIncludingACharacterOutsideTheBasicPlane() throws IOException {
        // 𠀀 (U+20000), a rare character of personal names, is two chars: a one-char read gives them one at a time.
        StrictTextReader r = reader(bytes("王𠀀\n"), StandardCharsets.UTF_8);
        StringBuilder read = new StringBuilder();
        for (int c = r.read(); c >= 0; c = r.read()) {
            read.append((char) c);
        }
        assertThat(read).hasToString("王𠀀\n");
        assertThat(r.read()).isEqualTo(-1);
    }

    @Test
    void anEmptyFileEndsAtOnce() throws IOException {
        StrictTextReader r = reader(new byte[0], StandardCharsets.UTF_8);
        char[] buffer = new char[8];
        assertThat(r.read(buffer, 0, 0)).isZero();
        assertThat(r.read(buffer, 0, 8)).isEqualTo(-1);
        assertThat(r.read()).isEqualTo(-1);
    }

    @Test
    void closingTheReaderClosesTheFile() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new StrictTextReader(in, StandardCharsets.UTF_8, "t.csv", HOW).close();
        assertThat(closed[0]).isTrue();
    }

    static Stream<Arguments> notInTheCharset() {
        String save = "Save it again from Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\" (文件 > 另存为 > 保存类型), or, if it is GBK,"
                + " read it as GBK: " + HOW + ".";
        String gbk = "It looks like GBK, the encoding Excel on Chinese Windows saves \"CSV (逗号分隔)\" in. ";
        return Stream.of(
                // 中 in GBK (0xD6 0xD0) at the start of line 3, after a Mac and a Windows line break.
                Arguments.of(
                        bytes("a\rb\r\n", 0xD6, 0xD0),
                        StandardCharsets.UTF_8,
                        3,
                        "t.csv is not UTF-8 text: line 3 has bytes that UTF-8 does not allow (0xD6 0xD0). " + gbk
                                + save),
                // The last byte of the file: only it is shown, and a GBK character cut short is no GBK.
                Arguments.of(
                        bytes("a\n\n", 0xD6),
                        StandardCharsets.UTF_8,
                        3,
                        "t.csv is not UTF-8 text: line 3 has bytes that UTF-8 does not allow (0xD6). " + save),
                // Neither UTF-8 nor GBK: the advice to save as UTF-8, without the guess.
                Arguments.of(
                        bytes("a\n", 0xFF, 0xFF, 'b'),
                        StandardCharsets.UTF_8,
                        2,
                        "t.csv is not UTF-8 text: line 2 has bytes that UTF-8 does not allow (0xFF 0xFF). " + save),
                Arguments.of(
                        bytes("a\n", 0xC3, 0xA9),
                        StandardCharsets.US_ASCII,
                        2,
                        "t.csv is not US-ASCII text: line 2 has bytes that US-ASCII does not allow (0xC3 0xA9). Check"
                                + " which encoding the file was saved in, and pass that charset."));
    }

    @ParameterizedTest
    @MethodSource("notInTheCharset")
    void bytesTheCharsetDoesNotAllowAreAnEncodingErrorOnTheirLine(
            byte[] bytes, Charset charset, int line, String message) {
        StrictTextReader r = reader(bytes, charset);
        char[] buffer = new char[64];
        assertThatThrownBy(() -> {
                    while (r.read(buffer, 0, buffer.length) >= 0) {
                        // read on to the bad bytes
                    }
                })
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo("encoding");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessage(message);
    }
}
