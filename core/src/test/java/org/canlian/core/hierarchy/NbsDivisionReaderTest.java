package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NbsDivisionReaderTest {
    private static final DivisionCode LINZE = DivisionCode.parse("620723");

    /** The bundled 临泽县 fixture: rows cut unchanged from the statistics bureau's files. */
    static final NbsDivisionReader.Source FIXTURE =
            name -> NbsDivisionReaderTest.class.getResourceAsStream("linze/" + name);

    static HierarchyBuild linze(DivisionCode scope) throws IOException {
        return NbsDivisionReader.read(FIXTURE, scope, OnInvalidRow.STOP);
    }

    @Test
    void loadsLinzeWithItsRealCounts() throws IOException {
        HierarchyBuild result = linze(LINZE);
        assertThat(result.errors()).isEmpty();
        Hierarchy h = result.hierarchy();
        assertThat(h.countByKind(LINZE))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        UnitKind.COUNTY_FEDERATION, 1,
                        UnitKind.TOWN_FEDERATION, 7,
                        UnitKind.TOWNSHIP_LIKE_FEDERATION, 6,
                        UnitKind.VILLAGE_ASSOCIATION, 71,
                        UnitKind.COMMUNITY_ASSOCIATION, 5,
                        UnitKind.VILLAGE_LIKE_ASSOCIATION, 6));
        assertThat(h.pathToRoot(DivisionCode.parse("620723101001")))
                .extracting(DivisionCode::value)
                .containsExactly("620723101001", "620723101", "620723", "6207", "62", "00");
        assertThat(h.unit(LINZE).orElseThrow().name()).isEqualTo("临泽县");
        assertThat(h.unit(DivisionCode.parse("620723107")).orElseThrow().name()).isEqualTo("倪家营镇");
        assertThat(h.size()).isEqualTo(1 + 1 + 1 + 1 + 13 + 82);
        assertThat(result.rowsRead()).isEqualTo(98);
    }

    @Test
    void keepsOnlyTheScopeAndItsAncestors() throws IOException {
        Hierarchy town = linze(DivisionCode.parse("62")).hierarchy();
        assertThat(town.size()).isEqualTo(99);
        assertThatThrownBy(() -> linze(DivisionCode.parse("620723101")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid scope 620723101: must be the nation, a province, a prefecture or a county, not a"
                        + " township");
        Hierarchy other = linze(DivisionCode.parse("620724")).hierarchy();
        assertThat(other.units().map(OrganisationUnit::name)).containsExactly("中华人民共和国", "甘肃省", "张掖市");
    }

    /** Files of the layout with one line replaced; the line numbers are the file's. */
    static NbsDivisionReader.Source withRows(String file, String... extraRows) {
        return name -> {
            InputStream base = FIXTURE.open(name);
            if (!name.equals(file)) {
                return base;
            }
            String text = new String(base.readAllBytes(), StandardCharsets.UTF_8) + String.join("\n", extraRows) + "\n";
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of(
                        "streets.csv",
                        "350527000,\"金门县\",350527,35,3505",
                        15,
                        "township",
                        "Invalid division code \"350527000\": township digits must not be 000 (streets.csv line 15)"),
                Arguments.of(
                        "villages.csv",
                        "350527000000,\"金门县\",350527000,35,3505,350527",
                        84,
                        "file-level",
                        "Invalid division code 350527000000: villages.csv holds village codes, but this reads as"
                                + " county 350527 (villages.csv line 84)"),
                Arguments.of(
                        "villages.csv",
                        "620723101202,\"村\",620723101,62,6207",
                        84,
                        "columns",
                        "Invalid villages.csv row 5: has 5 columns, expected 6 (villages.csv line 84)"),
                Arguments.of(
                        "villages.csv",
                        "62072310120X,\"村\",620723101,62,6207,620723",
                        84,
                        "digits",
                        "Invalid division code \"************\": must contain only digits 0-9 (villages.csv line 84)"),
                Arguments.of(
                        "villages.csv",
                        "620723101299,\"村\",620723101,62,6207,620724",
                        84,
                        "ancestor-column",
                        "Invalid division code 620723101299: areaCode \"620724\" does not match the code's first 6"
                                + " digits (villages.csv line 84)"),
                Arguments.of(
                        "villages.csv",
                        "620723101299,\"村\",620723102,62,6207,620723",
                        84,
                        "parent-digits",
                        "Invalid division code 620723101299: its digits are not under its parent 620723102"
                                + " (villages.csv line 84)"),
                Arguments.of(
                        "villages.csv",
                        "620723108201,\"村\",620723108,62,6207,620723",
                        84,
                        "parent-missing",
                        "Invalid division code 620723108201: parent township 620723108 is missing (villages.csv line"
                                + " 84)"),
                Arguments.of(
                        "villages.csv",
                        "620723101201,\"五里墩村\",620723101,62,6207,620723",
                        84,
                        "duplicate",
                        "Invalid division code 620723101201: listed twice, first at villages.csv line"),
                Arguments.of(
                        "streets.csv",
                        "620723108,\"\",620723,62,6207",
                        15,
                        "name",
                        "Invalid division code 620723108: has a blank name (streets.csv line 15)"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("malformedRows")
    void reportsMalformedRowWithItsLineAndKeepsTheRest(String file, String row, int line, String rule, String message)
            throws IOException {
        HierarchyBuild result =
                NbsDivisionReader.read(withRows(file, row), DivisionCode.NATIONAL, OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.message()).startsWith(message);
        });
        assertThat(result.hierarchy().size()).isEqualTo(99);
        assertThat(result.rowsRead()).isEqualTo(99);
    }

    @Test
    void stopsAtTheFirstMalformedRowWhenAskedTo() {
        assertThatThrownBy(() -> NbsDivisionReader.read(
                        withRows("streets.csv", "350527000,\"金门县\",350527,35,3505", "x,y,z,w,v"),
                        DivisionCode.NATIONAL,
                        OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error())
                                .extracting(RowError::line, RowError::rule)
                                .containsExactly(15, "township"));
    }

    @Test
    void reportsEveryRowUnderARejectedParent() throws IOException {
        HierarchyBuild result = NbsDivisionReader.read(
                withRows("areas.csv", "620723,\"临泽县\",6207,62"), LINZE, OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.errors()).extracting(RowError::line, RowError::rule).containsExactly(tuple(3, "duplicate"));
    }

    @Test
    void rejectsAFileWithAnotherHeader() {
        NbsDivisionReader.Source wrong = name -> name.equals("cities.csv")
                ? new ByteArrayInputStream("code,name,province\n".getBytes(StandardCharsets.UTF_8))
                : FIXTURE.open(name);
        assertThatThrownBy(() -> NbsDivisionReader.read(wrong, LINZE, OnInvalidRow.STOP))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid cities.csv header code,name,province: expected code,name,provinceCode");
    }

    @Test
    void reportsEveryRowOfAFileLongerThanTheReadersBatchesInOrder() throws IOException {
        // 2,500 repeats of the fixture's last village: more rows than the reading thread hands over at a time.
        String repeat = "620723505598,\"良种场虚拟生活区\",620723505,62,6207,620723";
        HierarchyBuild result = NbsDivisionReader.read(
                withRows(
                        "villages.csv",
                        java.util.Collections.nCopies(2500, repeat).toArray(new String[0])),
                DivisionCode.NATIONAL,
                OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.hierarchy().size()).isEqualTo(99);
        assertThat(result.rowsRead()).isEqualTo(98 + 2500);
        assertThat(result.errors()).hasSize(2500);
        for (int k = 0; k < 2500; k++) {
            RowError e = result.errors().get(k);
            assertThat(e.line()).isEqualTo(84 + k);
            assertThat(e.message())
                    .isEqualTo("Invalid division code 620723505598: listed twice, first at villages.csv line 83"
                            + " (villages.csv line " + (84 + k) + ")");
        }
    }

    /** Sources failing in each way a reading can fail, with the exception the caller gets. */
    static Stream<Arguments> failingSources() {
        return Stream.of(
                Arguments.of(
                        "a file that cannot be opened",
                        (NbsDivisionReader.Source)
                                name -> name.equals("villages.csv") ? failOpen() : FIXTURE.open(name),
                        IOException.class,
                        "villages.csv is gone"),
                Arguments.of(
                        "a file that fails while read",
                        (NbsDivisionReader.Source) name ->
                                name.equals("streets.csv") ? failingAfter(FIXTURE.open(name), 100) : FIXTURE.open(name),
                        IOException.class,
                        "the disk failed"),
                Arguments.of(
                        "a quote never closed",
                        withRows("streets.csv", "620723108,\"新镇,620723,62,6207"),
                        InvalidValueException.class,
                        "Invalid CSV record at line 15: a quoted field is never closed"),
                Arguments.of(
                        "a source that opens nothing",
                        (NbsDivisionReader.Source) name -> name.equals("areas.csv") ? null : FIXTURE.open(name),
                        NullPointerException.class,
                        "areas.csv"));
    }

    private static InputStream failOpen() throws IOException {
        throw new IOException("villages.csv is gone");
    }

    private static InputStream failingAfter(InputStream in, int bytes) {
        return new FilterInputStream(in) {
            private int left = bytes;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("the disk failed");
                }
                int n = super.read(b, off, Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingSources")
    void passesOnAFailureOfTheFilesToTheCaller(
            String description, NbsDivisionReader.Source source, Class<? extends Exception> type, String message) {
        assertThatThrownBy(
                        () -> NbsDivisionReader.read(source, DivisionCode.NATIONAL, OnInvalidRow.REPORT_AND_CONTINUE))
                .isInstanceOf(type)
                .hasMessage(message);
    }

    @Test
    void closesEveryFileItOpenedWhenItStopsAtAnInvalidRow() {
        List<String> opened = new ArrayList<>();
        AtomicInteger open = new AtomicInteger();
        NbsDivisionReader.Source counting = name -> {
            InputStream in = withRows("cities.csv", "62X9,\"错市\",62").open(name);
            synchronized (opened) {
                opened.add(name);
            }
            open.incrementAndGet();
            return new FilterInputStream(in) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (!closed) { // closing twice is allowed, and happens (the reader closes its stream too)
                        closed = true;
                        open.decrementAndGet();
                    }
                    super.close();
                }
            };
        };
        assertThatThrownBy(() -> NbsDivisionReader.read(counting, DivisionCode.NATIONAL, OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error())
                                .extracting(RowError::line, RowError::rule)
                                .containsExactly(3, "digits"));
        assertThat(opened).isNotEmpty();
        assertThat(open).hasValue(0);
    }
}
