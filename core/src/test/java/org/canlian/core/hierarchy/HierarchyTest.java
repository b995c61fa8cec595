package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchyTest {
    private static DivisionCode c(String digits) {
        return DivisionCode.parse(digits);
    }

    /** A small valid tree, its rows deliberately out of order. */
    static Hierarchy.Builder small() {
        return Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国")
                .add(c("620723101201"), "五里墩村")
                .add(c("62"), "甘肃省")
                .add(c("620723"), "临泽县")
                .add(c("6207"), "张掖市")
                .add(c("620723101"), "沙河镇")
                .add(c("620723102"), "新华镇")
                .add(c("620723101001"), "乐民社区")
                .add(c("620723500"), "国营临泽农场");
    }

    @Test
    void answersParentChildrenPathAndSubtree() {
        Hierarchy h = small().build();
        assertThat(h.size()).isEqualTo(9);
        assertThat(h.root()).isEqualTo(DivisionCode.NATIONAL);
        assertThat(h.parent(c("620723101201"))).contains(c("620723101"));
        assertThat(h.parent(DivisionCode.NATIONAL)).isEmpty();
        assertThat(h.children(c("620723"))).containsExactly(c("620723101"), c("620723102"), c("620723500"));
        assertThat(h.children(c("620723101"))).containsExactly(c("620723101001"), c("620723101201"));
        assertThat(h.pathToRoot(c("620723101201")))
                .containsExactly(c("620723101201"), c("620723101"), c("620723"), c("6207"), c("62"), c("00"));
        assertThat(h.unit(c("620723101")))
                .contains(new OrganisationUnit(c("620723101"), "沙河镇", UnitKind.TOWN_FEDERATION));
        assertThat(h.unit(c("620724"))).isEmpty();
        Hierarchy county = h.subtree(c("620723"));
        assertThat(county.root()).isEqualTo(c("620723"));
        assertThat(county.size()).isEqualTo(6);
        assertThat(county.nameAt(0)).isEqualTo("临泽县");
        assertThat(county.parent(c("620723101201"))).contains(c("620723101"));
        assertThat(county.units().map(OrganisationUnit::name))
                .containsExactly("临泽县", "沙河镇", "乐民社区", "五里墩村", "新华镇", "国营临泽农场");
        assertThat(county.contains(c("62"))).isFalse();
        assertThat(h.countByKind(c("620723")))
                .containsEntry(UnitKind.TOWN_FEDERATION, 2)
                .containsEntry(UnitKind.TOWNSHIP_LIKE_FEDERATION, 1)
                .containsEntry(UnitKind.COMMUNITY_ASSOCIATION, 1)
                .containsEntry(UnitKind.VILLAGE_ASSOCIATION, 1);
        assertThat(h.count(DivisionLevel.TOWNSHIP)).isEqualTo(3);
    }

    @Test
    void traversesInPreOrderWithContiguousSubtrees() {
        Hierarchy h = small().build();
        for (int i = 1; i < h.size(); i++) {
            int p = h.parentIndex(i);
            assertThat(p).isLessThan(i);
            assertThat(h.codeAt(p).isParentOf(h.codeAt(i))).isTrue();
            assertThat(h.subtreeEnd(i)).isLessThanOrEqualTo(h.subtreeEnd(p));
            for (int j = i; j < h.subtreeEnd(i); j++) {
                assertThat(h.codeAt(i).contains(h.codeAt(j))).isTrue();
            }
        }
    }

    @Test
    void rejectsQuestionsAboutUnknownUnits() {
        assertThatThrownBy(() -> small().build().children(c("620724")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid division code 620724: no such unit in the hierarchy under 00");
    }

    static Stream<Arguments> invalidTrees() {
        return Stream.of(
                Arguments.of(
                        small().add(c("620723101"), "沙河镇"),
                        "duplicate",
                        "Invalid division code 620723101: listed twice, first at entry 5 (entry 9)"),
                Arguments.of(
                        small().add(c("620723103201"), "村"),
                        "parent-missing",
                        "Invalid division code 620723103201: parent township 620723103 is missing (entry 9)"),
                Arguments.of(
                        small().add(c("630102"), "城东区"),
                        "parent-missing",
                        "Invalid division code 630102: parent prefecture 6301 is missing (entry 9)"),
                Arguments.of(
                        small().add("streets.csv", 14, c("620723103"), "蓼泉镇", c("6207")),
                        "parent-level",
                        "Invalid division code 620723103: a township's parent must be a county, not prefecture 6207"
                                + " (streets.csv line 14)"),
                Arguments.of(
                        small().add("streets.csv", 15, c("620723103"), "蓼泉镇", c("620724")),
                        "parent-digits",
                        "Invalid division code 620723103: its digits are not under its parent 620724"
                                + " (streets.csv line 15)"),
                Arguments.of(
                        small().add(c("620723600"), "无类"),
                        "kind",
                        "Invalid division code 620723600: its township or village digits name no kind of unit"
                                + " (001-599) (entry 9)"),
                Arguments.of(
                        small().add(c("620723103"), " "),
                        "name",
                        "Invalid division code 620723103: has a blank name (entry 9)"),
                Arguments.of(
                        Hierarchy.builder(c("620723"), "临泽县").add(c("620724101"), "镇"),
                        "outside-root",
                        "Invalid division code 620724101: is not under the root 620723 (entry 1)"),
                Arguments.of(
                        small().add(DivisionCode.NATIONAL, "全国"),
                        "duplicate",
                        "Invalid division code 00: is the root of the hierarchy (entry 9)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidTrees")
    void rejectsInvalidTreeNamingCodeRuleAndEntry(Hierarchy.Builder builder, String rule, String message) {
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessageStartingWith(message);
    }

    @Test
    void reportsEveryInvalidUnitAndKeepsTheValidOnes() {
        HierarchyBuild result = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国")
                .add("provinces.csv", 2, c("62"), "甘肃省", DivisionCode.NATIONAL)
                .add("cities.csv", 2, c("6207"), "张掖市", c("62"))
                .add("areas.csv", 3, c("620723"), "临泽县", c("6208"))
                .add("streets.csv", 2, c("620723101"), "沙河镇", c("620723"))
                .add("villages.csv", 2, c("620723101201"), "五里墩村", c("620723101"))
                .add("cities.csv", 3, c("6207"), "张掖市", c("62"))
                .build(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.hierarchy().size()).isEqualTo(3);
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.errors())
                .extracting(RowError::line, RowError::rule)
                .containsExactly(
                        tuple(3, "duplicate"),
                        tuple(3, "parent-digits"),
                        tuple(2, "parent-missing"),
                        tuple(2, "parent-missing"));
        assertThat(result.errors().get(2).message())
                .isEqualTo("Invalid division code 620723101: parent county 620723 is missing (it was rejected)"
                        + " (streets.csv line 2)");
        assertThat(result.hierarchy().size() - 1 + result.errors().size()).isEqualTo(result.rowsRead());
    }

    @Test
    void aBuildSaysWhetherEveryUnitWasValid() {
        HierarchyBuild clean = small().build(OnInvalidRow.REPORT_AND_CONTINUE);
        HierarchyBuild dirty = small().add(c("620723109201"), "村").build(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(clean.isClean()).isTrue();
        assertThat(clean).hasToString("HierarchyBuild[8 valid, 0 invalid]");
        assertThat(dirty.isClean()).isFalse();
        assertThat(dirty).hasToString("HierarchyBuild[8 valid, 1 invalid]");
    }

    @Test
    void theRootIsAUnitOfTheTreeLikeAnyOther() {
        Hierarchy h = small().build();
        assertThat(h.contains(DivisionCode.NATIONAL)).isTrue();
        assertThat(h.unit(DivisionCode.NATIONAL))
                .contains(new OrganisationUnit(DivisionCode.NATIONAL, "中华人民共和国", UnitKind.NATIONAL_FEDERATION));
        assertThat(h.parent(c("62"))).contains(DivisionCode.NATIONAL);
        assertThat(h.subtreeEnd(0)).isEqualTo(h.size());
        assertThat(h).hasToString("Hierarchy[root 00 中华人民共和国, 9 units]");
        assertThat(h.subtree(c("620723101"))).hasToString("Hierarchy[root 620723101 沙河镇, 3 units]");
    }

    @Test
    void forEachVisitsTheUnitsInPreOrder() {
        Hierarchy h = small().build().subtree(c("620723"));
        List<String> visited = new java.util.ArrayList<>();
        h.forEach(u -> visited.add(u.toString() + " (" + u.level() + ")"));
        assertThat(visited)
                .containsExactly(
                        "620723 临泽县 (COUNTY)",
                        "620723101 沙河镇 (TOWNSHIP)",
                        "620723101001 乐民社区 (VILLAGE)",
                        "620723101201 五里墩村 (VILLAGE)",
                        "620723102 新华镇 (TOWNSHIP)",
                        "620723500 国营临泽农场 (TOWNSHIP)");
    }

    @Test
    void stopsAtTheFirstInvalidUnitWhenAskedTo() {
        Hierarchy.Builder builder = small().add("villages.csv", 7, c("620723109201"), "村", c("620723109"));
        assertThatThrownBy(() -> builder.build(OnInvalidRow.STOP))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.error().line()).isEqualTo(7));
    }

    @Test
    void buildsTheSameTreeWhateverTheOrderOfRows() {
        List<OrganisationUnit> expected = small().build().units().toList();
        Hierarchy.Builder reversed = Hierarchy.builder(DivisionCode.NATIONAL, "中华人民共和国");
        for (int i = expected.size() - 1; i > 0; i--) {
            reversed.add(expected.get(i).code(), expected.get(i).name());
        }
        assertThat(reversed.build().units().toList()).isEqualTo(expected);
    }
}
