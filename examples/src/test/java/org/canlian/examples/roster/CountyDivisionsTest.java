package org.canlian.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.TownshipKind;
import org.canlian.core.division.VillageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountyDivisionsTest {
    private static final CountyDivisions LINZE = CountyDivisions.linze();

    @Test
    void linzeHasSevenTownsAndSeventySixVillagesAndCommunities() {
        assertThat(LINZE.county()).isEqualTo(DivisionCode.parse("620723"));
        assertThat(LINZE.countyName()).isEqualTo("临泽县");
        assertThat(LINZE.townships())
                .extracting(DivisionCode::value)
                .containsExactly(
                        "620723101", "620723102", "620723103", "620723104", "620723105", "620723106", "620723107");
        assertThat(LINZE.townships())
                .allSatisfy(t -> assertThat(t.townshipKind()).contains(TownshipKind.TOWN));
        assertThat(LINZE.villages()).hasSize(76);
        assertThat(LINZE.villages().stream().filter(v -> v.villageKind().orElseThrow() == VillageKind.URBAN_COMMUNITY))
                .hasSize(5);
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("620723101", "沙河镇"),
                Arguments.of("620723107", "倪家营镇"),
                Arguments.of("620723101001", "乐民社区居民委员会"),
                Arguments.of("620723107208", "黄家湾村村民委员会"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void namesARealUnitOfTheCounty(String code, String name) {
        assertThat(LINZE.name(DivisionCode.parse(code))).contains(name);
    }

    @Test
    void hasNoNameForAUnitOutsideTheList() {
        assertThat(LINZE.name(DivisionCode.parse("620723500"))).isEmpty();
    }

    static Stream<Arguments> badLists() {
        return Stream.of(
                Arguments.of(
                        "code,name\n620723101,沙河镇\n",
                        "Invalid division list \"620723101\": the first row must be the county"),
                Arguments.of(
                        "code,name\n620723,临泽县\n620724101,宣化镇\n",
                        "Invalid division list \"620724101\": line 3 is not within county 620723"),
                Arguments.of("code,name\n", "Invalid division list \"\": the list has no rows"));
    }

    @ParameterizedTest
    @MethodSource("badLists")
    void rejectsAListThatIsNotOneCounty(String csv, String message) {
        assertThatThrownBy(() -> CountyDivisions.read(new StringReader(csv)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }
}
