package org.canlian.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.payroll.CountyPayroll;
import org.canlian.examples.roster.RosterReport;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.subsidy.PolicySource;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark payroll in local mode ({@code local[2]}, about ten partitions) on a seeded roster of 200,000 临泽县 holders
 * ({@link RosterReadBenchmark#writeRoster}) with bad rows put in on purpose, against the single-machine payroll of
 * the same file: every total, every reform figure and every rejected row equal, the datasets written equal to them,
 * a CSV file and a Parquet table alike; no personal number in any log line or reject.
 */
class SparkPayrollTest {
    static final Path DIR = Path.of("target", "spark-test");
    static final Path CSV = DIR.resolve("roster-200k.csv");
    static final int ROWS = Integer.getInteger("canlian.spark.rows", 200_000);
    static final DivisionCode LINZE = DivisionCode.parse("620723");
    /** A row a field short, in the middle of the file. */
    static final int SHORT_LINE = ROWS / 2 + 1_777;

    static final Pattern ID_RUN = Pattern.compile("[0-9]{17}[0-9Xx]");

    static SparkSession spark;
    static SparkPayroll.Job job;
    static SparkPayroll.Result oneMachine;
    static SparkPayroll.Result onSpark;
    static List<String> ids;

    /** The bad rows put in: their line and the rule each breaks. */
    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(58L, "check-character", "Invalid resident ID 620723********"),
                Arguments.of(1_207L, "outside-region", "620724101201"),
                Arguments.of(2_890L, "matches-certificate", "grade"),
                Arguments.of((long) SHORT_LINE, "columns", "fields, the header has"),
                Arguments.of((long) ROWS + 2, "one-certificate-per-person", "already holds the certificate on line 3"));
    }

    @BeforeAll
    static void setUp() throws IOException {
        Files.createDirectories(DIR);
        // 临泽县's synthetic roster (CountyPayroll's, with its three spoiled rows: lines 58, 1207 and 2890), longer.
        List<String> lines = new ArrayList<>(List.of(CountyPayroll.csv(CountyPayroll.SEED, RosterReport.linze(), ROWS)
                .split("\n")));
        int number = List.of(lines.get(0).split(",")).indexOf("残疾人证号");
        ids = lines.stream()
                .skip(1)
                .map(l -> l.split(",")[number].substring(0, 18))
                .toList();
        String line = lines.get(SHORT_LINE - 1); // a field short
        lines.set(SHORT_LINE - 1, line.substring(0, line.lastIndexOf(',')));
        lines.add(lines.get(2)); // line 3's holder again, at the end
        Files.write(CSV, lines, StandardCharsets.UTF_8);

        job = new SparkPayroll.Job(
                CSV.toString(),
                "csv",
                PolicySource.shipped(SubsidyPolicies.GANSU_LINZE).asKnownOn(LocalDate.of(2026, 1, 10)),
                PolicySource.shipped(SubsidyPolicies.GANSU_LINZE)
                        .asKnownOn(LocalDate.of(2026, 1, 10))
                        .withReform("linze-care-reform.json", SparkPayroll.resource(SparkPayroll.CARE_REFORM)),
                PayrollScope.ofYear(LINZE, 2025),
                LocalDate.of(2025, 12, 31),
                DIR.resolve("out").toString());
        oneMachine = SparkPayroll.oneMachine(job);
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("canlian SparkPayrollTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(Files.size(CSV) / 9)) // ten partitions
                .getOrCreate();
        onSpark = SparkPayroll.run(spark, job);
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyTotalOnSparkIsTheSingleMachinePayrollsToTheFen() {
        assertThat(onSpark.rowsRead()).isEqualTo(ROWS + 1).isEqualTo(oneMachine.rowsRead());
        assertThat(onSpark.payroll()).isEqualTo(oneMachine.payroll());
        assertThat(oneMachine
                        .payroll()
                        .total(Programme.CARE, java.time.YearMonth.of(2025, 3))
                        .people())
                .as("the roster is paid")
                .isGreaterThan(ROWS / 10);
        List<Row> expected = SparkPayroll.payrollRows(oneMachine.payroll());
        Dataset<Row> written = spark.read().parquet(job.out() + "/payroll");
        assertThat(written.schema().fieldNames()).containsExactly(SparkPayroll.PAYROLL.fieldNames());
        assertThat(written.collectAsList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).as("every unit, programme and month paid").hasSizeGreaterThan(500);
    }

    @Test
    void theReformsBudgetDifferenceIsTheSingleMachinesToTheFen() {
        assertThat(onSpark.reform()).isEqualTo(oneMachine.reform());
        assertThat(oneMachine
                        .reform()
                        .budgetDifference(LINZE, java.time.YearMonth.of(2025, 7))
                        .toFen())
                .as("the reform raises July's care budget")
                .isPositive();
        assertThat(oneMachine
                        .reform()
                        .budgetDifference(LINZE, java.time.YearMonth.of(2025, 6))
                        .toFen())
                .isZero();
        assertThat(spark.read().parquet(job.out() + "/reform").collectAsList())
                .containsExactlyInAnyOrderElementsOf(SparkPayroll.reformRows(oneMachine.reform()));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void aBadRowIsRejectedWithItsLineAndReason(long line, String rule, String message) {
        assertThat(onSpark.rejects())
                .filteredOn(r -> r.position() == line)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.rule()).isEqualTo(rule);
                    assertThat(r.message()).contains(message);
                });
    }

    @Test
    void theRejectsAreTheSingleMachinesAndWrittenAsTheirOwnDataset() {
        assertThat(onSpark.rejects().stream().filter(r -> !r.rule().equals("cannot-decide")))
                .containsExactlyElementsOf(oneMachine.rejects().stream()
                        .filter(r -> !r.rule().equals("cannot-decide"))
                        .toList());
        assertThat(onSpark.rejects()).isEqualTo(oneMachine.rejects());
        List<Reject> written = spark.read().parquet(job.out() + "/rejects").collectAsList().stream()
                .map(r -> new Reject(r.getLong(0), r.getString(1), r.getString(2), r.getString(3)))
                .sorted()
                .toList();
        assertThat(written).isEqualTo(onSpark.rejects());
    }

    @Test
    void noPersonalNumberAppearsInAnyLogLineOrReject() throws IOException {
        String log = Files.readString(Path.of("target", "spark-test.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the job logged its rejects, masked").contains("Reject[position=58, field=resident ID");
        assertThat(log).contains("620723********");
        assertThat(ID_RUN.matcher(log).results().map(m -> m.group()).toList()).isEmpty();
        for (Reject r : onSpark.rejects()) {
            assertThat(ID_RUN.matcher(r.message()).find()).as(r.message()).isFalse();
        }
        assertThat(ids.get(0)).matches(ID_RUN); // the pattern finds an ID when there is one
        String masked = ResidentId.parse(ids.get(1), LocalDate.of(2025, 12, 31)).masked(); // line 3's
        assertThat(onSpark.rejects())
                .filteredOn(r -> r.position() == ROWS + 2)
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains(masked).doesNotContain(ids.get(1)));
    }

    @Test
    void aParquetTableGivesTheSingleMachineResultsOfItsCsvFile() throws IOException {
        // The first 30,000 rows (three bad ones, and line 3's holder again at the end) as a CSV file and as a table:
        // its columns as text, its line numbers as the column "line", dealt round-robin into six partitions.
        List<String> lines =
                new ArrayList<>(Files.readAllLines(CSV, StandardCharsets.UTF_8).subList(0, 30_001));
        lines.add(lines.get(2));
        Path csv = DIR.resolve("roster-30k.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        StructType schema = new StructType().add("line", DataTypes.LongType, false);
        for (String h : header) {
            schema = schema.add(h, DataTypes.StringType, true);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            Object[] values = new Object[header.length + 1];
            values[0] = (long) i + 1;
            for (int j = 0; j < header.length; j++) {
                values[j + 1] = cells[j].isEmpty() ? null : cells[j];
            }
            rows.add(RowFactory.create(values));
        }
        String table = DIR.resolve("roster-30k.parquet").toString();
        spark.createDataFrame(rows, schema)
                .repartition(6)
                .sortWithinPartitions("line")
                .write()
                .mode(org.apache.spark.sql.SaveMode.Overwrite)
                .parquet(table);
        SparkPayroll.Job csvJob =
                new SparkPayroll.Job(csv.toString(), "csv", job.policy(), job.reform(), job.scope(), job.asOf(), null);
        SparkPayroll.Result expected = SparkPayroll.oneMachine(csvJob);
        SparkPayroll.Result parquet = SparkPayroll.run(
                spark,
                new SparkPayroll.Job(table, "parquet", job.policy(), job.reform(), job.scope(), job.asOf(), null));
        assertThat(parquet.payroll()).isEqualTo(expected.payroll());
        assertThat(parquet.reform()).isEqualTo(expected.reform());
        assertThat(parquet.rejects()).isEqualTo(expected.rejects());
        assertThat(parquet.rejects().stream().map(Reject::rule))
                .contains("check-character", "matches-certificate", "outside-region", "one-certificate-per-person");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"roster.csv"}, "expected an option --name, not roster.csv"),
                Arguments.of(new String[] {"--roster"}, "option --roster needs a value"),
                Arguments.of(new String[] {"--roster", "r.csv", "--year", "2025"}, "option --region is required"),
                Arguments.of(
                        new String[] {"--roster", "r.txt", "--region", "620723", "--year", "2025", "--format", "xls"},
                        "format must be csv or parquet, not xls"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void badOptionsAreRefusedNamingTheOption(String[] args, String message) {
        assertThatThrownBy(() -> SparkPayroll.job(SparkPayroll.options(args)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void optionsMakeTheJob() {
        SparkPayroll.Job j = SparkPayroll.job(SparkPayroll.options(new String[] {
            "--roster",
            "hdfs:///lake/roster.csv",
            "--region",
            "620723",
            "--from",
            "2025-01",
            "--to",
            "2025-06",
            "--reform",
            SparkPayroll.CARE_REFORM,
            "--known-on",
            "2026-01-10",
            "--out",
            "o"
        }));
        assertThat(j.format()).isEqualTo("csv");
        assertThat(j.scope())
                .isEqualTo(PayrollScope.of(LINZE, java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 6)));
        assertThat(j.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(j.policy()).isEqualTo(job.policy());
        assertThat(j.reform().toString()).contains("reform /org/canlian/examples/spark/linze-care-reform.json");
        assertThat(j.out()).isEqualTo("o");
    }
}
