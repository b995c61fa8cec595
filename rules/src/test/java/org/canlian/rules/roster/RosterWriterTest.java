package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer's CSV quoting, its chained writes, and the output it flushes and closes. */
class RosterWriterTest {
    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("低保", "低保"),
                Arguments.of("", ""),
                Arguments.of("王, 芳", "\"王, 芳\""),
                Arguments.of(",王芳", "\",王芳\""), // a separator first
                Arguments.of("\"芳\"", "\"\"\"芳\"\"\""), // quotes doubled
                Arguments.of("\n王芳", "\"\n王芳\""),
                Arguments.of("\r王芳", "\"\r王芳\""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void quotesACellOnlyWhenItHasASeparatorAQuoteOrALineBreak(String cell, String written) {
        assertThat(RosterWriter.quoted(cell)).isEqualTo(written);
    }

    /** Records what is done to the output. */
    static final class Output extends StringWriter {
        final List<String> calls = new ArrayList<>();

        @Override
        public void flush() {
            calls.add("flush");
        }

        @Override
        public void close() throws IOException {
            calls.add("close");
        }
    }

    @Test
    void writesRowsInAChainThenFlushesAndClosesTheOutput() throws IOException {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(3, 2);
        Output out = new Output();
        RosterWriter writer = RosterWriter.csv(out);
        writer.write(rows.get(0)).write(rows.get(1)).flush();
        writer.close();

        assertThat(out.calls).containsExactly("flush", "close");
        assertThat(out.toString()).startsWith("公民身份号码,残疾人证号,性别,");
        assertThat(RosterReader.csv(RosterRoundTripPropertyTest.AS_OF)
                        .readAll(new java.io.StringReader(out.toString()), "w.csv", OnInvalidRow.STOP)
                        .values())
                .containsExactlyElementsOf(rows);
    }

    @Test
    void eachColumnKnowsItsHeadersAndTheProgrammeOfItsApplicationDate() {
        assertThat(RosterColumn.REGISTRATION.chineseHeaders()).containsExactly("户籍地行政区划代码", "行政区划代码");
        assertThat(RosterColumn.APPLIED_CARE.programme()).contains(Programme.CARE);
        assertThat(RosterColumn.APPLIED_MEDICAL_INSURANCE.programme()).contains(Programme.MEDICAL_INSURANCE);
        assertThat(RosterColumn.RESIDENT_ID.programme()).isEmpty();
        assertThat(RosterColumn.SEX.programme()).isEmpty();
    }
}
