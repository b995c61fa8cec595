package org.canlian.examples.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.hierarchy.NationalData;
import org.canlian.rules.roster.Breakdown;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.roster.RosterVisitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core's {@link CsvReader} against FastCSV ({@code de.siegmar:fastcsv} 4.1.0), on a generated 1,000,000-row roster
 * ({@code target/roster-1m.csv}, written on first use, 15 columns, about 150 MB) and on the statistics bureau's
 * 620,000-row village file of the national division load (decompressed into memory first, so that only the CSV
 * parsing is measured): each reads every record and touches every field. Then the whole roster read, parse and check
 * of the 1M rows by {@link RosterReader}, with the breakdown counted in the same pass.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:exec@bench -Dbench="RosterReadBenchmark"
 * }</pre>
 *
 * <p>JMH state; not for use outside JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class RosterReadBenchmark {
    /** The generated roster. */
    public static final Path ROSTER = Path.of("target", "roster-1m.csv");
    /** Its rows. */
    public static final int ROWS = 1_000_000;

    private String villages;

    /**
     * Writes the roster if it is missing; loads the village file if the national data is there.
     *
     * @throws IOException if a file cannot be written or read
     */
    @Setup
    public void prepare() throws IOException {
        if (!Files.exists(ROSTER)) {
            writeRoster(ROSTER, ROWS);
        }
        Optional<Path> national = NationalData.directory();
        if (national.isPresent()) {
            try (InputStream in =
                    new GZIPInputStream(Files.newInputStream(national.get().resolve("villages.csv.gz")))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                villages = bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Writes a synthetic roster of distinct holders registered in 临泽县, with the columns a county export has.
     *
     * @param file where to write
     * @param rows how many holders
     * @throws IOException if the file cannot be written
     */
    public static void writeRoster(Path file, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String[] categories = {"视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾"};
        String[] grades = {"一级", "二级", "三级", "四级"};
        String[] households = {"低保", "低保边缘", "低收入", "非困难家庭"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("序号,姓名,性别,公民身份号码,残疾人证号,残疾类别,残疾等级,发证日期,户籍地行政区划代码,户籍类型,家庭类别,需长期照护," + "其他津贴,护理补贴申请日期,生活补贴申请日期\n");
            LocalDate first = LocalDate.of(1931, 1, 1);
            for (int i = 0; i < rows; i++) {
                LocalDate born = first.plusDays(i % 30_000);
                int sequence = i / 30_000 + 1; // 1..34: distinct with the birth date
                String seventeen = String.format(
                        "620723%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), sequence);
                String id = seventeen + ResidentId.checkCharacter(seventeen);
                int category = i % 6;
                int grade = (i / 6) % 4;
                String sex = sequence % 2 == 1 ? "男" : "女";
                LocalDate issued = born.plusYears(18).isAfter(LocalDate.of(2025, 1, 1))
                        ? LocalDate.of(2025, 1, 1)
                        : born.plusYears(18);
                out.write((i + 1) + ",持证人" + (i % 100) + "," + sex + "," + id + "," + id + (category + 1)
                        + (grade + 1) + "," + categories[category] + "," + grades[grade] + "," + issued + ","
                        + "6207231" + String.format("%02d", i % 7 + 1) + String.format("%03d", 201 + i % 10) + ","
                        + (i % 3 == 0 ? "城镇" : "农村") + "," + households[i % 4] + "," + (grade < 2 ? "是" : "否") + ","
                        + (i % 5 == 0 ? "高龄津贴:100" : "无") + "," + (grade < 2 ? "2024/3/" + (i % 28 + 1) : "") + ","
                        + (i % 4 == 0 ? "2024-01-05" : "") + "\n");
            }
        }
    }

    /** Core's CsvReader over the 1M-row roster file: every field of every record. */
    @Benchmark
    public long coreCsvReaderRoster() throws IOException {
        try (CsvReader csv = CsvReader.withHeader(Files.newBufferedReader(ROSTER, StandardCharsets.UTF_8))) {
            return core(csv);
        }
    }

    /** FastCSV over the 1M-row roster file: every field of every record. */
    @Benchmark
    public long fastCsvRoster() throws IOException {
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .ofCsvRecord(Files.newBufferedReader(ROSTER, StandardCharsets.UTF_8))) {
            return fast(csv);
        }
    }

    /** Core's CsvReader over the national village file (620,000 rows), in memory. */
    @Benchmark
    public long coreCsvReaderVillages() throws IOException {
        if (villages == null) {
            return 0;
        }
        try (CsvReader csv = CsvReader.withHeader(new StringReader(villages))) {
            return core(csv);
        }
    }

    /** FastCSV over the national village file (620,000 rows), in memory. */
    @Benchmark
    public long fastCsvVillages() throws IOException {
        if (villages == null) {
            return 0;
        }
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(new StringReader(villages))) {
            return fast(csv);
        }
    }

    /** The library's roster read of the 1M-row file: decode strictly, parse, check every row, count the breakdown. */
    @Benchmark
    public long rosterReaderWithBreakdown() {
        Breakdown.Counter counter = Breakdown.counter();
        long[] invalid = new long[1];
        ReadSummary s = RosterReader.csv(LocalDate.of(2025, 12, 31))
                .read(
                        ROSTER,
                        OnInvalidRow.REPORT_AND_CONTINUE,
                        RosterVisitor.of((line, row) -> counter.add(row), e -> invalid[0]++));
        if (s.valid() != ROWS) {
            throw new IllegalStateException("expected " + ROWS + " valid rows, not " + s);
        }
        return counter.breakdown().total() + invalid[0];
    }

    private static long core(CsvReader csv) {
        long n = 0;
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            for (int i = 0; i < r.size(); i++) {
                n += r.get(i).length();
            }
            n += r.line();
        }
        return n;
    }

    private static long fast(de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv) {
        long n = 0;
        boolean header = true;
        for (de.siegmar.fastcsv.reader.CsvRecord r : csv) {
            if (header) {
                header = false;
                continue;
            }
            for (int i = 0; i < r.getFieldCount(); i++) {
                n += r.getField(i).length();
            }
            n += r.getStartingLineNumber();
        }
        return n;
    }
}
