package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.standard.Rate;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    static final DivisionCode SHAHE = DivisionCode.parse("620723101");
    static final DivisionCode NIJIAYING = DivisionCode.parse("620723107");

    @Test
    void countsByCategoryGradeAndTownshipAsExactRates() {
        Breakdown b = Breakdown.counter()
                .add(DisabilityCategory.VISUAL, DisabilityGrade.ONE, DivisionCode.parse("620723101202"))
                .add(DisabilityCategory.VISUAL, DisabilityGrade.THREE, SHAHE)
                .add(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO, DivisionCode.parse("620723107208"))
                .add(DisabilityCategory.PHYSICAL, DisabilityGrade.FOUR, DivisionCode.parse("620723"))
                .breakdown();

        assertThat(b.total()).isEqualTo(4);
        assertThat(b.count(DisabilityCategory.VISUAL, DisabilityGrade.ONE)).isEqualTo(1);
        assertThat(b.count(DisabilityCategory.HEARING, DisabilityGrade.ONE)).isZero();
        assertThat(b.byCategory(DisabilityCategory.VISUAL)).isEqualTo(Rate.of(2, 4));
        assertThat(b.byGrade(DisabilityGrade.FOUR)).isEqualTo(Rate.of(1, 4));
        assertThat(b.severe()).isEqualTo(Rate.of(2, 4));
        assertThat(b.severe().toPercentString()).isEqualTo("50.0 %");
        assertThat(b.rate(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO)).isEqualTo(Rate.of(1, 4));
        assertThat(b.byTownship()).isEqualTo(Map.of(SHAHE, Rate.of(2, 4), NIJIAYING, Rate.of(1, 4)));
        assertThat(b.township(DivisionCode.parse("620723102"))).isEqualTo(Rate.of(0, 4));
    }

    @Test
    void anEmptyRosterHasNoPercentages() {
        Breakdown b = Breakdown.of(List.of());
        assertThat(b.total()).isZero();
        assertThat(b.severe().toPercentString()).isEqualTo("-");
    }

    @Test
    void countersMergedAndAParallelCollectorGiveTheSequentialBreakdown() {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(42, 3_000);
        Breakdown sequential = Breakdown.of(rows);

        Breakdown.Counter first = Breakdown.counter();
        Breakdown.Counter second = Breakdown.counter();
        rows.subList(0, 1_234).forEach(first::add);
        rows.subList(1_234, rows.size()).forEach(second::add);
        assertThat(first.merge(second).breakdown()).isEqualTo(sequential);
        assertThat(rows.parallelStream().collect(Breakdown.collector())).isEqualTo(sequential);

        long cells = 0;
        for (DisabilityCategory c : DisabilityCategory.values()) {
            for (DisabilityGrade g : DisabilityGrade.values()) {
                cells += sequential.count(c, g);
            }
        }
        assertThat(cells).isEqualTo(3_000);
        assertThat(rows.stream()
                        .filter(r -> r.category() == DisabilityCategory.MULTIPLE)
                        .count())
                .isEqualTo(sequential.byCategory(DisabilityCategory.MULTIPLE).count());
    }

    @Test
    void aCounterCountsRowsInOneChainAndSaysHowManySoFar() {
        List<RosterRow> rows = RosterRoundTripPropertyTest.randomRoster(7, 3);
        Breakdown.Counter counter =
                Breakdown.counter().add(rows.get(0)).add(rows.get(1)).add(rows.get(2));
        assertThat(counter.total()).isEqualTo(3);
        assertThat(counter.breakdown()).isEqualTo(Breakdown.of(rows)).hasToString("Breakdown[3 holders]");
    }
}
