package org.canlian.examples.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledBatch;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.Test;

class ReferenceMonthTest {
    @Test
    void canlianAndThePlainLoopPayEveryPersonTheSame() {
        ReferenceMonth month = ReferenceMonth.generate(20_000, 7);
        CompiledSubsidies rules = month.compiled();
        CompiledBatch batch = rules.forBatch(month.batch());
        long[] out = new long[Programme.values().length];
        long[] together = new long[Programme.values().length];
        Claimant[] people = month.claimants();
        int paid = 0;
        for (int i = 0; i < people.length; i++) {
            rules.decideAll(people[i], out);
            long fen = Math.max(out[0], 0) + Math.max(out[1], 0) + Math.max(out[2], 0);
            assertThat(fen).as("person %d", i).isEqualTo(month.plainFen(i));
            batch.decideAll(i, together);
            assertThat(together).as("person %d in the batch", i).containsExactly(out);
            paid += fen > 0 ? 1 : 0;
        }
        assertThat(paid).as("most people are paid something").isGreaterThan(people.length / 4);
        assertThat(month.totalFen(rules)).isEqualTo(month.plainTotalFen());
        assertThat(month.totalFen(batch)).isEqualTo(month.plainTotalFen());
    }
}
