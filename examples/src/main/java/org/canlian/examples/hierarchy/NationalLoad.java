package org.canlian.examples.hierarchy;

import java.io.FileNotFoundException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.HierarchyBuild;
import org.canlian.examples.Demo;

/**
 * A harness for the one-shot figures JMH does not give: the time of the first national load in a fresh JVM (cold,
 * JIT not warmed; what a server start pays) and the heap the national hierarchy retains after garbage collection.
 *
 * <p>Times: wall clock, the CPU time of the loading thread, and that of the whole JVM (the division reader inflates
 * and splits the files on a second thread, and a cold JVM also spends CPU compiling). Method: heap used after {@code System.gc()} (three times, 200 ms apart) is read from the {@link MemoryMXBean}
 * before the load and again while the tree is still referenced; the difference is the tree's retained heap (the
 * reader's temporary buffers are garbage by then). Then five more loads give warm times. Run it with a fixed heap so
 * the collector does not resize mid-way. It runs in Maven's JVM (set its heap with {@code MAVEN_OPTS}); Maven's own
 * objects are already allocated before the first reading, so they cancel out of the difference:
 *
 * <pre>{@code
 * MAVEN_OPTS=-Xmx2g ./mvnw -q -pl examples -am compile exec:java \
 *     -Ddemo.mainClass=org.canlian.examples.hierarchy.NationalLoad
 * }</pre>
 */
public final class NationalLoad {
    private NationalLoad() {}

    /**
     * Loads the nation and prints the figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Demo.main("NationalLoad", NationalLoad::load);
    }

    private static void load() throws InterruptedException, FileNotFoundException {
        Path dir = NationalData.directory().orElseThrow(() -> new FileNotFoundException(NationalData.missingMessage()));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processCpuStart = processCpuTime();
        HierarchyBuild china = NationalData.load(dir);
        long coldNanos = System.nanoTime() - start;
        long coldCpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long coldProcessCpu = processCpuTime() - processCpuStart;
        long after = usedAfterGc(memory);
        System.out.printf(
                "processors (nproc): %d; max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                "units: %d (%d provinces, %d prefectures, %d counties, %d townships, %d villages); rows rejected: %d%n",
                china.hierarchy().size(),
                china.hierarchy().count(DivisionLevel.PROVINCE),
                china.hierarchy().count(DivisionLevel.PREFECTURE),
                china.hierarchy().count(DivisionLevel.COUNTY),
                china.hierarchy().count(DivisionLevel.TOWNSHIP),
                china.hierarchy().count(DivisionLevel.VILLAGE),
                china.errors().size());
        china.errors().forEach(e -> System.out.println("  " + e));
        System.out.printf(
                "system load average: %.1f (wall times below include waiting for the CPU; thread CPU time does not)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                "first load (cold JVM): %.2f s wall, %.2f s CPU of the loading thread, %.2f s CPU of the whole JVM%n",
                coldNanos / 1e9, coldCpu / 1e9, coldProcessCpu / 1e9);
        System.out.printf("retained heap of the hierarchy: %.1f MB%n", (after - before) / 1e6);
        for (int i = 1; i <= 5; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = processCpuTime();
            HierarchyBuild again = NationalData.load(dir);
            System.out.printf(
                    "load %d: %.2f s wall, %.2f s CPU of the loading thread, %.2f s of the JVM (%d units)%n",
                    i,
                    (System.nanoTime() - t) / 1e9,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (processCpuTime() - processCpu) / 1e9,
                    again.hierarchy().size());
        }
        // Keep the first tree reachable until here, so the heap figure above was measured with it alive.
        System.out.println("still holding " + china.hierarchy());
    }

    /**
     * CPU time of the whole JVM in nanoseconds: the loading thread, the reader's second thread, the JIT compilers and
     * the collector (and Maven's own idle threads); -1 if the platform does not say.
     */
    private static long processCpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
