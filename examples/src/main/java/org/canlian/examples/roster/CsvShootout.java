package org.canlian.examples.roster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Core's CsvReader and FastCSV taking turns on the same inputs, in one JVM, timing each run by wall clock and by the
 * reading thread's CPU time: on a busy machine the CPU time and the fastest run are the fairer comparison (JMH's means
 * there swing with the other processes' load). Uses {@link RosterReadBenchmark}'s inputs and per-record work.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.roster.CsvShootout \
 *     -Dexec.args="15"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvShootout {
    private CsvShootout() {}

    /**
     * Runs the rounds and prints min and median, wall and CPU, per reader and input.
     *
     * @param args {@code [rounds] [core|fastcsv|both|roster]}, default 15 rounds of both (one reader alone per JVM
     *     shows whether running both in one JVM favours either; {@code roster} times the whole roster read instead)
     * @throws IOException if the roster cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String only = args.length > 1 ? args[1] : "both";
        RosterReadBenchmark b = new RosterReadBenchmark();
        b.prepare();
        System.out.println("roster file: " + RosterReadBenchmark.ROSTER.toAbsolutePath() + " ("
                + Files.size(RosterReadBenchmark.ROSTER) / 1_000_000 + " MB); cores: "
                + Runtime.getRuntime().availableProcessors() + "; load average at start: "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String[] names = {
            "core CsvReader, 1M-row roster",
            "FastCSV, 1M-row roster",
            "core CsvReader, villages",
            "FastCSV, villages",
            "RosterReader + Breakdown, 1M rows"
        };
        List<List<long[]>> runs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            runs.add(new ArrayList<>());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.length; i++) {
                boolean run = switch (only) {
                    case "core" -> i == 0 || i == 2;
                    case "fastcsv" -> i == 1 || i == 3;
                    case "roster" -> i == 4;
                    default -> i < 4;
                };
                if (!run) {
                    continue;
                }
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long check = switch (i) {
                    case 0 -> b.coreCsvReaderRoster();
                    case 1 -> b.fastCsvRoster();
                    case 2 -> b.coreCsvReaderVillages();
                    case 3 -> b.fastCsvVillages();
                    default -> b.rosterReaderWithBreakdown();
                };
                runs.get(i).add(new long[] {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu, check});
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (runs.get(i).isEmpty()) {
                continue;
            }
            List<long[]> r = runs.get(i).subList(Math.min(3, rounds - 1), rounds); // the first rounds warm up
            System.out.println(String.format(
                    Locale.ROOT,
                    "%-32s wall min %7.1f median %7.1f ms; CPU min %7.1f median %7.1f ms (%d runs after warm-up)",
                    names[i],
                    min(r, 0),
                    median(r, 0),
                    min(r, 1),
                    median(r, 1),
                    r.size()));
        }
        System.out.println("load average at end: "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double min(List<long[]> runs, int k) {
        return runs.stream().mapToLong(r -> r[k]).min().orElse(0) / 1e6;
    }

    private static double median(List<long[]> runs, int k) {
        List<Long> v = new ArrayList<>();
        runs.forEach(r -> v.add(r[k]));
        Collections.sort(v);
        return v.get(v.size() / 2) / 1e6;
    }
}
