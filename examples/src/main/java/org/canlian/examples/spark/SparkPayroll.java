package org.canlian.examples.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.payroll.ReformImpact;
import org.canlian.rules.payroll.ReformTotal;
import org.canlian.rules.roster.ReadSummary;
import org.canlian.rules.subsidy.PolicySource;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A region's payroll on Apache Spark, with exactly the single-machine payroll's results: a roster (CSV as
 * {@link org.canlian.rules.roster.RosterReader} reads it, or a Parquet table with the same columns) read into a
 * Dataset, each partition read, checked and paid by canlian with the policy broadcast once (the month's rules compiled
 * once per executor, no policy lookup per row), the partial payrolls merged, and three datasets written under the
 * output directory: {@code payroll} (unit, programme, month, people, fen: exact amounts in fen, every unit from the
 * region down to the villages), {@code rejects} (position, field, rule, message: the row's line in the CSV file,
 * personal numbers masked) and, with a reform file, {@code reform} (the budget difference of the reform by unit,
 * programme and month).
 *
 * <pre>{@code
 * # locally, with all cores (README: "National scale on Apache Spark")
 * java -cp ... org.canlian.examples.spark.SparkPayroll --roster roster.csv --region 620723 --year 2025 --out out/
 * # on a cluster
 * spark-submit --class org.canlian.examples.spark.SparkPayroll --master yarn \
 *     canlian-examples-0.1.0-SNAPSHOT-spark.jar --roster hdfs:///lake/roster.csv --region 62 --year 2025 \
 *     --policy /data/gansu.json --reform /data/reform.json --out hdfs:///lake/payroll-2025
 * }</pre>
 *
 * <p>Options: {@code --roster} (a CSV file or a Parquet table; {@code --format csv|parquet}, by default from the
 * name), {@code --region} (the region paid), {@code --year} or {@code --from}/{@code --to} (months, {@code 2025-01}),
 * {@code --policy} (regional policy files, repeatable; a name starting with {@code /org/canlian/} is a shipped
 * resource; 临泽县's file by default), {@code --reform} (a reform file: each of its values replaces the policy's from
 * its date), {@code --known-on} (decision date), {@code --as-of} (the roster's report date, by default the last day
 * of the period), {@code --out} (output directory, overwritten), {@code --compare} (also run the single-machine payroll
 * of a local CSV file, time both and check that every total is equal). The master is spark-submit's, or
 * {@code local[*]} when run directly.
 *
 * <p>Memory: the driver holds the merged payroll, which grows with the number of units where people are registered
 * (about 1.5 KB each for a year), and the rejected rows; the executors hold one partition's partial results.
 */
public final class SparkPayroll {
    private static final Logger LOG = LoggerFactory.getLogger(SparkPayroll.class);

    /** An illustrative reform of 临泽县's care subsidy (150 a month from 2025-07), shipped with the example. */
    public static final String CARE_REFORM = "/org/canlian/examples/spark/linze-care-reform.json";

    private SparkPayroll() {}

    /**
     * What to pay: the roster, its format, the policies, the region and months, the report date, the output directory.
     *
     * <pre>{@code
     * new SparkPayroll.Job("roster.csv", "csv", PolicySource.shipped(SubsidyPolicies.GANSU_LINZE), null,
     *         PayrollScope.ofYear(DivisionCode.parse("620723"), 2025), LocalDate.of(2025, 12, 31), "out");
     * }</pre>
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param roster the roster's path or URI (CSV file or Parquet table)
     * @param format {@code csv} or {@code parquet}
     * @param policy the policy in force
     * @param reform the reformed policy to compare with, or null
     * @param scope the region and months paid
     * @param asOf the roster's report date
     * @param out the output directory, or null to write nothing
     */
    public record Job(
            String roster,
            String format,
            PolicySource policy,
            PolicySource reform,
            PayrollScope scope,
            LocalDate asOf,
            String out) {
        /** Checks the format. */
        public Job {
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(asOf, "asOf");
            if (!format.equals("csv") && !format.equals("parquet")) {
                throw new IllegalArgumentException("format must be csv or parquet, not " + format);
            }
        }
    }

    /**
     * What a run gives: the payroll, the reform's impact (or null), every rejected row in position order (rows the
     * reader refused, then rows the payroll left out or could not decide), the rows read, and the run's time.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param payroll the merged payroll
     * @param reform the merged reform impact, or null
     * @param rejects the rejected rows, by position
     * @param rowsRead the roster's rows, valid or not
     * @param nanos the run's wall time (reading, deciding, merging), not writing
     */
    public record Result(Payroll payroll, ReformImpact reform, List<Reject> rejects, long rowsRead, long nanos) {}

    /**
     * Runs the job on {@code spark}: reads, decides, merges, and writes the datasets if the job has an output directory.
     *
     * @param spark the session
     * @param job the job
     * @return the merged results
     */
    public static Result run(SparkSession spark, Job job) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Numbered> rows;
        String csvHeader = null;
        List<String> columns = null;
        if (job.format().equals("csv")) {
            Dataset<String> text = spark.read().textFile(job.roster());
            csvHeader = text.first();
            rows = text.javaRDD().zipWithIndex().map(t -> new Numbered(t._2() + 1, t._1(), null));
        } else {
            Dataset<Row> table = spark.read().parquet(job.roster());
            List<String> all = Arrays.asList(table.columns());
            boolean positioned = all.contains("line");
            columns = all.stream().filter(c -> !c.equals("line")).toList();
            List<Column> text = new ArrayList<>();
            for (String c : columns) {
                text.add(functions.col("`" + c + "`").cast(DataTypes.StringType));
            }
            if (positioned) {
                text.add(functions.col("line").cast(DataTypes.LongType));
            }
            int cells = columns.size();
            rows = table.select(text.toArray(Column[]::new))
                    .javaRDD()
                    .zipWithIndex()
                    .map(t -> new Numbered(
                            positioned ? t._1().getLong(cells) : t._2() + 1, null, Partitions.cells(t._1(), cells)));
        }
        Plan plan = new Plan(
                job.policy(),
                job.reform(),
                job.scope().region().value(),
                job.scope().from(),
                job.scope().to(),
                job.asOf(),
                csvHeader,
                columns);
        plan.payroll(); // a bad policy file fails here, on the driver, before any task runs
        plan.reform();
        Broadcast<Plan> shipped = jsc.broadcast(plan);

        // One pass: each partition read, checked and paid, its holders kept.
        JavaRDD<Partitions.FirstPass> first = rows.mapPartitionsWithIndex(
                        (i, part) -> Collections.singletonList(Partitions.first(shipped.value(), i, part))
                                .iterator(),
                        false)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // The holders with rows in more than one partition, and the first line of each.
        Map<Long, Long> firstOfShared = new HashMap<>(first.flatMapToPair(Partitions.FirstPass::holders)
                .combineByKey(
                        packed -> new long[] {1, packed},
                        (acc, packed) -> new long[] {acc[0] + 1, Math.min(acc[1], packed)},
                        (a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])})
                .filter(t -> t._2()[0] > 1)
                .mapValues(acc -> acc[1])
                .collectAsMap());
        Broadcast<Partitions.Shared> shared = jsc.broadcast(new Partitions.Shared(firstOfShared));
        // Only the partitions with a later row of such a holder are read again, their check seeded.
        List<Integer> again = first.filter(f -> f.needsSecondPass(shared.value()))
                .map(f -> f.partition)
                .collect();
        LOG.info(
                "{} holders have rows in more than one partition; partitions read again: {}",
                firstOfShared.size(),
                again);
        java.util.Set<Integer> reread = new java.util.HashSet<>(again);
        JavaRDD<PartResult> kept =
                first.filter(f -> !reread.contains(f.partition)).map(f -> f.result);
        JavaRDD<PartResult> redone = reread.isEmpty()
                ? jsc.emptyRDD()
                : rows.mapPartitionsWithIndex(
                        (i, part) -> reread.contains(i)
                                ? Collections.singletonList(Partitions.decide(shipped.value(), shared.value(), i, part))
                                        .iterator()
                                : Collections.<PartResult>emptyIterator(),
                        false);
        PartResult all = kept.union(redone).treeReduce(PartResult::merge);
        first.unpersist();
        Result result = result(all);
        long nanos = System.nanoTime() - start;
        result = new Result(result.payroll(), result.reform(), result.rejects(), result.rowsRead(), nanos);
        LOG.info(
                "{} rows read in {} partitions, {} rejected, in {} ms ({} rows/s)",
                result.rowsRead(),
                rows.getNumPartitions(),
                result.rejects().size(),
                nanos / 1_000_000,
                result.rowsRead() * 1_000_000_000L / Math.max(1, nanos));
        Map<String, Long> byRule = new java.util.TreeMap<>();
        result.rejects().forEach(r -> byRule.merge(r.rule(), 1L, Long::sum));
        LOG.info(
                "rejects by rule: {}; the first rows refused: {}",
                byRule,
                all.readRejects.stream().sorted().limit(3).toList());
        if (job.out() != null) {
            write(spark, job, result);
        }
        shipped.destroy();
        shared.destroy();
        return result;
    }

    /** The merged results, the payroll's own errors (rows left out, months undecided) added to the rejects. */
    static Result result(PartResult all) {
        List<Reject> rejects = new ArrayList<>(all.readRejects);
        all.payroll.errors().forEach(e -> rejects.add(Reject.of(e)));
        Collections.sort(rejects);
        return new Result(all.payroll, all.reform, List.copyOf(rejects), all.rowsRead, 0);
    }

    /** The single-machine run on a local CSV file: one streaming read, the same decider. */
    static Result oneMachine(Job job) {
        long start = System.nanoTime();
        Plan plan = new Plan(
                job.policy(),
                job.reform(),
                job.scope().region().value(),
                job.scope().from(),
                job.scope().to(),
                job.asOf(),
                null,
                null);
        Decider decider = new Decider(plan);
        ReadSummary read = plan.reader().read(Path.of(job.roster()), OnInvalidRow.REPORT_AND_CONTINUE, decider);
        Result r = result(decider.result(read.rowsRead()));
        return new Result(r.payroll(), r.reform(), r.rejects(), r.rowsRead(), System.nanoTime() - start);
    }

    static final StructType PAYROLL = new StructType()
            .add("unit", DataTypes.StringType, false)
            .add("programme", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("people", DataTypes.LongType, false)
            .add("fen", DataTypes.LongType, false);
    static final StructType REJECTS = new StructType()
            .add("position", DataTypes.LongType, false)
            .add("field", DataTypes.StringType, false)
            .add("rule", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false);
    static final StructType REFORM = new StructType()
            .add("unit", DataTypes.StringType, false)
            .add("programme", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("people_before", DataTypes.LongType, false)
            .add("fen_before", DataTypes.LongType, false)
            .add("people_after", DataTypes.LongType, false)
            .add("fen_after", DataTypes.LongType, false)
            .add("difference_fen", DataTypes.LongType, false);

    /** The payroll's figures by unit, programme and month, leaving out those with no one paid. */
    static List<Row> payrollRows(Payroll payroll) {
        List<Row> rows = new ArrayList<>();
        for (DivisionCode unit : payroll.units()) {
            for (Programme p : Programme.values()) {
                for (YearMonth month : payroll.scope().months()) {
                    PeopleAndAmount t = payroll.total(unit, p, month);
                    if (t.people() != 0) {
                        rows.add(RowFactory.create(
                                unit.value(),
                                p.code(),
                                month.toString(),
                                t.people(),
                                t.amount().toFen()));
                    }
                }
            }
        }
        return rows;
    }

    /** The reform's figures by unit, programme and month, leaving out those with no one paid under either policy. */
    static List<Row> reformRows(ReformImpact reform) {
        List<Row> rows = new ArrayList<>();
        for (DivisionCode unit : reform.units()) {
            for (Programme p : Programme.values()) {
                for (YearMonth month : reform.scope().months()) {
                    ReformTotal t = reform.total(unit, p, month);
                    if (t.before().people() != 0 || t.after().people() != 0) {
                        rows.add(RowFactory.create(
                                unit.value(),
                                p.code(),
                                month.toString(),
                                t.before().people(),
                                t.before().amount().toFen(),
                                t.after().people(),
                                t.after().amount().toFen(),
                                t.budgetDifference().toFen()));
                    }
                }
            }
        }
        return rows;
    }

    private static void write(SparkSession spark, Job job, Result result) {
        save(spark.createDataFrame(payrollRows(result.payroll()), PAYROLL), job.out() + "/payroll");
        List<Row> rejects = new ArrayList<>();
        for (Reject r : result.rejects()) {
            rejects.add(RowFactory.create(r.position(), r.field(), r.rule(), r.message()));
        }
        save(spark.createDataFrame(rejects, REJECTS), job.out() + "/rejects");
        if (result.reform() != null) {
            save(spark.createDataFrame(reformRows(result.reform()), REFORM), job.out() + "/reform");
        }
        LOG.info("written under {}", job.out());
    }

    private static void save(Dataset<Row> data, String path) {
        data.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    }

    /**
     * Runs the job from the command line (see the class comment for the options).
     *
     * @param args the options
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, List<String>> options = options(args);
        Job job = job(options);
        if (options.containsKey("generate") && !java.nio.file.Files.exists(Path.of(job.roster()))) {
            int rows = Integer.parseInt(one(options, "generate", null));
            java.nio.file.Files.writeString(
                    Path.of(job.roster()),
                    org.canlian.examples.payroll.CountyPayroll.csv(
                            org.canlian.examples.payroll.CountyPayroll.SEED,
                            org.canlian.examples.roster.RosterReport.linze(),
                            rows),
                    java.nio.charset.StandardCharsets.UTF_8);
            System.out.printf("wrote %s: %,d synthetic rows of 临泽县 (CountyPayroll's roster)%n", job.roster(), rows);
        }
        SparkConf conf = new SparkConf().setAppName("canlian payroll");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long cpu = processCpuNanos();
            Result spark1 = run(spark, job);
            System.out.printf(
                    "Spark (%s): %,d rows in %.1f s, %,d rows/s (process CPU %.1f s); %,d rejected%n",
                    spark.sparkContext().master(),
                    spark1.rowsRead(),
                    spark1.nanos() / 1e9,
                    spark1.rowsRead() * 1_000_000_000L / spark1.nanos(),
                    (processCpuNanos() - cpu) / 1e9,
                    spark1.rejects().size());
            if (options.containsKey("compare")) {
                cpu = processCpuNanos();
                Result one = oneMachine(job);
                boolean equal = one.payroll().equals(spark1.payroll())
                        && one.rejects().equals(spark1.rejects())
                        && Objects.equals(one.reform(), spark1.reform());
                System.out.printf(
                        "One thread: %,d rows in %.1f s, %,d rows/s (process CPU %.1f s); every total and reject"
                                + " equal: %s%n",
                        one.rowsRead(),
                        one.nanos() / 1e9,
                        one.rowsRead() * 1_000_000_000L / one.nanos(),
                        (processCpuNanos() - cpu) / 1e9,
                        equal);
                if (!equal) {
                    System.exit(1);
                }
            }
        } finally {
            spark.stop();
        }
    }

    static final String USAGE = """
            SparkPayroll --roster <csv file or parquet table> --region <code> (--year <yyyy> | --from <yyyy-mm> --to <yyyy-mm>)
                [--format csv|parquet] [--policy <regional policy file or /org/canlian/... resource>]...
                [--reform <reform file or resource>] [--known-on <yyyy-mm-dd>] [--as-of <yyyy-mm-dd>] [--out <dir>]
                [--generate <rows>: first write CountyPayroll's synthetic 临泽县 roster there, if missing]
                [--compare: also run the single-machine payroll of the CSV file and check every total]
            """;

    /** This JVM's CPU time: on a shared machine, what a run costs, whatever else is running. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option --name, not " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("compare")) {
                options.put(name, List.of());
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    static Job job(Map<String, List<String>> o) {
        String roster = one(o, "roster", null);
        DivisionCode region = DivisionCode.parse(one(o, "region", null));
        PayrollScope scope = o.containsKey("year")
                ? PayrollScope.ofYear(region, Integer.parseInt(one(o, "year", null)))
                : PayrollScope.of(region, YearMonth.parse(one(o, "from", null)), YearMonth.parse(one(o, "to", null)));
        List<String> files = o.getOrDefault("policy", List.of(SubsidyPolicies.GANSU_LINZE));
        PolicySource policy = files.stream().allMatch(f -> f.startsWith("/org/canlian/"))
                ? PolicySource.shipped(files.toArray(String[]::new))
                : PolicySource.ofFiles(files.stream().map(Path::of).toArray(Path[]::new));
        if (o.containsKey("known-on")) {
            policy = policy.asKnownOn(LocalDate.parse(one(o, "known-on", null)));
        }
        PolicySource reform = null;
        if (o.containsKey("reform")) {
            String file = one(o, "reform", null);
            reform = file.startsWith("/org/canlian/")
                    ? policy.withReform(file, resource(file))
                    : policy.withReform(Path.of(file));
        }
        String format = one(o, "format", roster.endsWith(".csv") || roster.endsWith(".csv.gz") ? "csv" : "parquet");
        LocalDate asOf =
                LocalDate.parse(one(o, "as-of", scope.to().atEndOfMonth().toString()));
        return new Job(roster, format, policy, reform, scope, asOf, one(o, "out", null));
    }

    /** The example's reform file, shipped: {@value #CARE_REFORM}. */
    static String resource(String name) {
        try (java.io.InputStream in = SparkPayroll.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String one(Map<String, List<String>> o, String name, String byDefault) {
        List<String> values = o.get(name);
        if (values == null) {
            if (byDefault == null && !name.equals("out")) {
                throw new IllegalArgumentException("option --" + name + " is required");
            }
            return byDefault;
        }
        return values.get(values.size() - 1);
    }
}
