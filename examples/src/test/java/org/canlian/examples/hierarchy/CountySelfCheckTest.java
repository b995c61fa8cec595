package org.canlian.examples.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.VillageKind;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.NbsDivisionReader;
import org.canlian.rules.standard.GrassrootsRates;
import org.canlian.rules.standard.Rate;
import org.canlian.rules.standard.RollUp;
import org.canlian.rules.standard.StandardCheck;
import org.canlian.rules.standard.StandardReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountySelfCheckTest {
    static StandardReport report() throws IOException {
        Hierarchy county = NbsDivisionReader.read(
                        name -> CountySelfCheck.class.getResourceAsStream("linze/" + name),
                        CountySelfCheck.LINZE,
                        OnInvalidRow.STOP)
                .hierarchy()
                .subtree(CountySelfCheck.LINZE);
        return StandardCheck.check(county, CountySelfCheck.sampleFacts(county), CountySelfCheck.standard());
    }

    static Stream<Arguments> sampleRates() {
        return Stream.of(
                // 71 villages and 5 communities, all formed with an officer: 100 %, as the county reports; the
                // farms' 6 village-like living areas need no association under the national policy.
                Arguments.of("620723", Rate.of(76, 76), Rate.of(76, 76), Rate.of(71, 76), Rate.of(12, 13)),
                Arguments.of("620723101", Rate.of(18, 18), Rate.of(18, 18), Rate.of(17, 18), Rate.of(1, 1)),
                Arguments.of("620723107", Rate.of(8, 8), Rate.of(8, 8), Rate.of(7, 8), Rate.of(0, 1)),
                Arguments.of("620723500", Rate.of(0, 0), Rate.of(0, 0), Rate.of(0, 0), Rate.of(1, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRates")
    void selfCheckRollsUpTheSampleFactsOverTheRealCounty(
            String unit, Rate formed, Rate officers, Rate rooms, Rate townships) throws IOException {
        RollUp r =
                report().unit(DivisionCode.parse(unit)).orElseThrow().rollUp().orElseThrow();
        assertThat(r.formed()).isEqualTo(formed);
        assertThat(r.officersAppointed()).isEqualTo(officers);
        assertThat(r.activityRooms()).isEqualTo(rooms);
        assertThat(r.townshipOfficers()).isEqualTo(townships);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theCountysRatesByKindAreThoseItReports(VillageKind kind, Rate formed, Rate officers) throws IOException {
        GrassrootsRates r = report().unit(CountySelfCheck.LINZE)
                .orElseThrow()
                .rollUp()
                .orElseThrow()
                .byKind()
                .get(kind);
        assertThat(r.formed()).isEqualTo(formed);
        assertThat(r.officersAppointed()).isEqualTo(officers);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(VillageKind.RURAL_VILLAGE, Rate.of(71, 71), Rate.of(71, 71)),
                Arguments.of(VillageKind.URBAN_COMMUNITY, Rate.of(5, 5), Rate.of(5, 5)));
    }
}
