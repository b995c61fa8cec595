package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compiled path allocates nothing per claimant: no map lookup, no string work, no boxing, no Optional. */
class CompiledSubsidiesAllocationTest {
    @Test
    void decidingManyClaimantsAllocatesNothingPerClaimant() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SubsidyCalculator calc = SubsidyCalculatorTest.CALC.asKnownOn(LocalDate.of(2025, 12, 31));
        CompiledSubsidies compiled = calc.compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
        Random random = new Random(11);
        Claimant[] people = new Claimant[2_000];
        for (int i = 0; i < people.length; i++) {
            people[i] = CompiledSubsidiesPropertyTest.randomClaimant(random);
            if (people[i].registration().isEmpty()) {
                people[i] =
                        people[i].toBuilder().registration(TestClaimants.COUNTY).build();
            }
        }
        long[] out = new long[Programme.values().length];
        long checksum = 0;
        for (int round = 0; round < 20; round++) { // warm up
            checksum += run(compiled, people, out);
        }
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int round = 0; round < 50; round++) {
            checksum += run(compiled, people, out);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(checksum).isNotZero();
        // 100,000 claimant-months: a single object per claimant would be well over a megabyte.
        assertThat(allocated).as("bytes allocated for 100,000 claimant-months").isLessThan(64 * 1024);
    }

    @Test
    void aBatchDecidesManyClaimantsWithoutAllocatingEitherWay() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CompiledSubsidies compiled = SubsidyCalculatorTest.CALC
                .asKnownOn(LocalDate.of(2025, 12, 31))
                .compile(TestClaimants.COUNTY, YearMonth.of(2025, 3));
        Random random = new Random(12);
        java.util.List<Claimant> people = new java.util.ArrayList<>();
        while (people.size() < 2_000) {
            Claimant c = CompiledSubsidiesPropertyTest.randomClaimant(random);
            people.add(
                    c.registration().isPresent()
                            ? c
                            : c.toBuilder().registration(TestClaimants.COUNTY).build());
        }
        ClaimantBatch batch = ClaimantBatch.of(people);
        for (CompiledBatch rules :
                java.util.List.of(compiled.forBatch(batch), new CompiledBatch(compiled, batch, 0, 0, 0))) {
            long[] out = new long[Programme.values().length];
            long checksum = 0;
            for (int round = 0; round < 20; round++) { // warm up
                checksum += run(rules, out);
            }
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int round = 0; round < 50; round++) {
                checksum += run(rules, out);
            }
            long allocated =
                    threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertThat(checksum).isNotZero();
            assertThat(allocated)
                    .as("bytes allocated for 100,000 claimant-months")
                    .isLessThan(64 * 1024);
        }
    }

    private static long run(CompiledBatch rules, long[] out) {
        long sum = 0;
        for (int i = 0; i < rules.claimants().size(); i++) {
            rules.decideAll(i, out);
            for (long v : out) {
                sum += v;
            }
        }
        return sum;
    }

    private static long run(CompiledSubsidies compiled, Claimant[] people, long[] out) {
        long sum = 0;
        for (Claimant c : people) {
            compiled.decideAll(c, out);
            for (long v : out) {
                sum += v;
            }
        }
        return sum;
    }
}
