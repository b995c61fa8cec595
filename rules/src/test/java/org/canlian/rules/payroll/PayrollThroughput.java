package org.canlian.rules.payroll;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.Programme;

/**
 * A quick throughput run, not a test: a year's payroll of {@code rows} claimants (default 1,000,000) of 临泽县 under
 * its policy file, all programmes, in one thread and split over a fork-join pool. The rows cycle through 50,000 seeded
 * random claimants, so that memory holds the pool, not the roster. Run with the test classpath, e.g. {@code java
 * -Xmx512m -cp ... org.canlian.rules.payroll.PayrollThroughput 1000000 gaps}.
 */
public final class PayrollThroughput {
    private PayrollThroughput() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean gaps = args.length > 1 && args[1].equals("gaps");
        Random r = new Random(42);
        List<Claimant> pool = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            pool.add(TestRoster.random(r, TestRoster.LINZE_UNITS, TestRoster.GANZHOU, 0, gaps));
        }
        List<PayrollRow> roster = new AbstractList<>() {
            @Override
            public PayrollRow get(int index) {
                return new PayrollRow(index + 1, pool.get(index % pool.size()));
            }

            @Override
            public int size() {
                return rows;
            }
        };
        PayrollCalculator calc = PayrollCalculator.of(
                PayrollTest.LINZE_CALC, PayrollPropertyTest.YEAR, OnInvalidRow.REPORT_AND_CONTINUE);
        System.out.printf(
                "%,d rows x %d months, %s, %d cores, max heap %d MB%n",
                rows,
                PayrollPropertyTest.YEAR.monthCount(),
                gaps ? "some facts unknown" : "every fact known",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        ForkJoinPool fj = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 3; round++) {
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Payroll sequential = calc.runRows(roster);
            long t1 = System.nanoTime();
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
            Payroll parallel = calc.runParallel(roster, fj);
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: sequential %.2f s (CPU %.2f s, %,.0f rows per CPU second), parallel %.2f s (%,.0f rows/s), equal %s,"
                            + " care %s in 2025-06, %,d errors, heap used %d MB%n",
                    round,
                    (t1 - t0) / 1e9,
                    cpu / 1e9,
                    rows / (cpu / 1e9),
                    (t2 - t1) / 1e9,
                    rows / ((t2 - t1) / 1e9),
                    sequential.equals(parallel),
                    sequential.total(Programme.CARE, java.time.YearMonth.of(2025, 6)),
                    sequential.errors().size(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        fj.shutdown();
    }
}
