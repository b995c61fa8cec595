package org.canlian.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.canlian.core.division.DivisionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The names reports and messages print for the hierarchy's kinds, as the federation's documents write them, and the
 * level each kind belongs to.
 */
class KindNamesTest {
    static Stream<Arguments> unitKinds() {
        return Stream.of(
                Arguments.of(UnitKind.NATIONAL_FEDERATION, DivisionLevel.NATIONAL, "中国残联", "national federation"),
                Arguments.of(UnitKind.PROVINCE_FEDERATION, DivisionLevel.PROVINCE, "省残联", "province federation"),
                Arguments.of(UnitKind.PREFECTURE_FEDERATION, DivisionLevel.PREFECTURE, "市残联", "prefecture federation"),
                Arguments.of(UnitKind.COUNTY_FEDERATION, DivisionLevel.COUNTY, "县残联", "county federation"),
                Arguments.of(
                        UnitKind.STREET_OFFICE_FEDERATION, DivisionLevel.TOWNSHIP, "街道残联", "street office federation"),
                Arguments.of(UnitKind.TOWN_FEDERATION, DivisionLevel.TOWNSHIP, "镇残联", "town federation"),
                Arguments.of(UnitKind.TOWNSHIP_FEDERATION, DivisionLevel.TOWNSHIP, "乡残联", "township federation"),
                Arguments.of(
                        UnitKind.TOWNSHIP_LIKE_FEDERATION,
                        DivisionLevel.TOWNSHIP,
                        "类似乡级单位残联",
                        "township-like unit federation"),
                Arguments.of(UnitKind.COMMUNITY_ASSOCIATION, DivisionLevel.VILLAGE, "社区残协", "community association"),
                Arguments.of(UnitKind.VILLAGE_ASSOCIATION, DivisionLevel.VILLAGE, "村残协", "village association"),
                Arguments.of(
                        UnitKind.VILLAGE_LIKE_ASSOCIATION,
                        DivisionLevel.VILLAGE,
                        "类似村级单位残协",
                        "village-like unit association"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"unitKinds", "officerPosts"})
    void eachUnitKindAndPostBelongsToALevel(Enum<?> kind, DivisionLevel level, String chineseName, String englishName) {
        List<Object> read = kind instanceof UnitKind u
                ? List.of(u.level(), u.chineseName(), u.englishName())
                : List.of(
                        ((OfficerPost) kind).level(),
                        ((OfficerPost) kind).chineseName(),
                        ((OfficerPost) kind).englishName());
        assertThat(read).containsExactly(level, chineseName, englishName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitKinds")
    void aFederationAboveTheVillageAnAssociationAtIt(UnitKind kind, DivisionLevel level, String chineseName) {
        assertThat(kind.isFederation())
                .isEqualTo(level != DivisionLevel.VILLAGE)
                .isEqualTo(chineseName.endsWith("残联"));
        assertThat(kind.isAssociation())
                .isEqualTo(level == DivisionLevel.VILLAGE)
                .isEqualTo(chineseName.endsWith("残协"));
    }

    static Stream<Arguments> officerPosts() {
        return Stream.of(
                Arguments.of(OfficerPost.TOWNSHIP, DivisionLevel.TOWNSHIP, "乡镇专职委员", "township officer"),
                Arguments.of(OfficerPost.STREET_OFFICE, DivisionLevel.TOWNSHIP, "街道专职委员", "street office officer"),
                Arguments.of(OfficerPost.VILLAGE, DivisionLevel.VILLAGE, "村专职委员", "village officer"),
                Arguments.of(OfficerPost.COMMUNITY, DivisionLevel.VILLAGE, "社区专职委员", "community officer"));
    }

    static Stream<Arguments> otherKinds() {
        return Stream.of(
                Arguments.of(AssessmentKind.MONTHLY_CHECK, "月检查", "monthly check"),
                Arguments.of(AssessmentKind.QUARTERLY, "季度考核", "quarterly assessment"),
                Arguments.of(AssessmentKind.YEARLY, "年度考核", "yearly assessment"),
                Arguments.of(OfficerGrade.PRINCIPAL, "专职委员", "principal officer"),
                Arguments.of(OfficerGrade.ADDITIONAL, "增配专职委员", "additional officer"),
                Arguments.of(OfficerQualification.CERTIFICATE_HOLDER, "持证残疾人", "certificate holder"),
                Arguments.of(OfficerQualification.RELATIVE, "残疾人亲属", "relative of a disabled person"),
                Arguments.of(SpecialAssociationKind.BLIND, "盲人协会", "blind persons' association"),
                Arguments.of(SpecialAssociationKind.DEAF, "聋人协会", "deaf persons' association"),
                Arguments.of(SpecialAssociationKind.PHYSICAL, "肢残人协会", "physically disabled persons' association"),
                Arguments.of(
                        SpecialAssociationKind.INTELLECTUAL,
                        "智力残疾人及亲友协会",
                        "intellectually disabled persons and relatives' association"),
                Arguments.of(
                        SpecialAssociationKind.PSYCHOSOCIAL,
                        "精神残疾人及亲友协会",
                        "psychosocially disabled persons and relatives' association"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherKinds")
    void eachKindHasItsChineseAndEnglishName(Enum<?> kind, String chineseName, String englishName) {
        assertThat(names(kind)).containsExactly(chineseName, englishName);
    }

    private static List<String> names(Enum<?> kind) {
        if (kind instanceof AssessmentKind k) {
            return List.of(k.chineseName(), k.englishName());
        }
        if (kind instanceof OfficerGrade g) {
            return List.of(g.chineseName(), g.englishName());
        }
        if (kind instanceof OfficerQualification q) {
            return List.of(q.chineseName(), q.englishName());
        }
        SpecialAssociationKind a = (SpecialAssociationKind) kind;
        return List.of(a.chineseName(), a.englishName());
    }

    @Test
    void theGradeCodesArePolicyKeys() {
        assertThat(Arrays.stream(OfficerGrade.values()).map(OfficerGrade::code).toList())
                .isEqualTo(List.of("principal", "additional"));
    }
}
