package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random cuts and shuffles of the real 临泽县 rows: no unit is ever lost, and each loss is explained. */
class HierarchyPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyUnitIsKeptOrReportedWhateverTheOrderAndTheGaps(long seed) throws IOException {
        Random random = new Random(seed);
        List<OrganisationUnit> units = new ArrayList<>(NbsDivisionReaderTest.linze(DivisionCode.NATIONAL)
                .hierarchy()
                .units()
                .skip(1)
                .toList());
        Collections.shuffle(units, random);
        Set<DivisionCode> dropped = new HashSet<>();
        List<OrganisationUnit> offered = new ArrayList<>();
        for (OrganisationUnit u : units) {
            if (random.nextInt(20) == 0) {
                dropped.add(u.code());
            } else {
                offered.add(u);
                if (random.nextInt(30) == 0) {
                    offered.add(u); // a duplicate row
                }
            }
        }
        Hierarchy.Builder builder = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国");
        offered.forEach(u -> builder.add(u.code(), u.name()));
        HierarchyBuild result = builder.build(OnInvalidRow.REPORT_AND_CONTINUE);

        assertThat(result.hierarchy().size() - 1 + result.errors().size()).isEqualTo(offered.size());
        Set<String> rejectedMessages = new HashSet<>();
        result.errors().stream().map(RowError::message).forEach(rejectedMessages::add);
        for (OrganisationUnit u : offered) {
            boolean underDropped = dropped.stream().anyMatch(d -> d.contains(u.code()));
            if (underDropped) {
                assertThat(result.hierarchy().contains(u.code())).isFalse();
                assertThat(rejectedMessages)
                        .anyMatch(m -> m.startsWith("Invalid division code " + u.code() + ": parent"));
            } else {
                assertThat(result.hierarchy().unit(u.code())).contains(u);
            }
        }
        for (int i = 1; i < result.hierarchy().size(); i++) {
            Hierarchy h = result.hierarchy();
            assertThat(h.codeAt(h.parentIndex(i)).isParentOf(h.codeAt(i))).isTrue();
        }
    }
}
