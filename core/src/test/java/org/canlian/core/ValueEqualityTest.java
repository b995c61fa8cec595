package org.canlian.core;

import static org.canlian.core.person.TestIds.withCheckCharacter;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.sample.CertificateMix;
import org.canlian.core.sample.SampleData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Core's value types compare by value: each equals an equal twin, and differs from a value that differs in any one
 * attribute. Mutation testing showed that without these cases {@code equals} replaced by {@code return true}, or
 * {@code hashCode} by {@code return 0}, went unnoticed.
 */
class ValueEqualityTest {
    private static final String ID = withCheckCharacter("11010519491231002");
    private static final String OTHER_ID = withCheckCharacter("11010519491231003");

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "Money", Money.ofFen(150), Money.parse("1.50"), List.of(Money.ofFen(151), Money.ofFen(-150))),
                Arguments.of(
                        "ResidentId",
                        ResidentId.parse(ID),
                        ResidentId.parse(ID),
                        List.of(ResidentId.parse(OTHER_ID), ResidentId.parse(withCheckCharacter("62070219800101002")))),
                Arguments.of(
                        "CertificateNumber",
                        CertificateNumber.parse(ID + "42"),
                        CertificateNumber.of(ResidentId.parse(ID), DisabilityCategory.PHYSICAL, DisabilityGrade.TWO),
                        List.of(
                                CertificateNumber.parse(OTHER_ID + "42"), // another holder
                                CertificateNumber.parse(ID + "12"), // another category
                                CertificateNumber.parse(ID + "43"), // another grade
                                CertificateNumber.parse(ID + "42B1"))), // a replacement
                Arguments.of(
                        "DivisionCode",
                        DivisionCode.parse("4419"),
                        DivisionCode.parse("441900000000"),
                        List.of(
                                DivisionCode.parse("441900"), // 东莞's digits at county level: same 12 digits
                                DivisionCode.parse("4420"),
                                DivisionCode.parse("44"))),
                Arguments.of(
                        "CertificateMix",
                        CertificateMix.of(
                                Map.of(DisabilityCategory.VISUAL, 1),
                                Map.of(DisabilityGrade.ONE, 3, DisabilityGrade.TWO, 1)),
                        CertificateMix.of(
                                Map.of(DisabilityCategory.VISUAL, 1, DisabilityCategory.HEARING, 0),
                                Map.of(DisabilityGrade.ONE, 3, DisabilityGrade.TWO, 1)),
                        List.of(
                                CertificateMix.of(
                                        Map.of(DisabilityCategory.HEARING, 1),
                                        Map.of(DisabilityGrade.ONE, 3, DisabilityGrade.TWO, 1)),
                                CertificateMix.of(
                                        Map.of(DisabilityCategory.VISUAL, 1),
                                        Map.of(DisabilityGrade.ONE, 1, DisabilityGrade.TWO, 3)),
                                // Swapped weights may hash alike (a map's hash sums key ^ value, and enum hashes vary
                                // by run); one changed weight never does.
                                CertificateMix.of(
                                        Map.of(DisabilityCategory.VISUAL, 2),
                                        Map.of(DisabilityGrade.ONE, 3, DisabilityGrade.TWO, 1)))),
                Arguments.of(
                        "SampleData",
                        SampleData.withSeed(7),
                        SampleData.withSeed(7).withMix(CertificateMix.COUNTY_ROSTER),
                        List.of(
                                SampleData.withSeed(8),
                                SampleData.withSeed(7)
                                        .withMix(CertificateMix.COUNTY_ROSTER.withGradeWeights(
                                                Map.of(DisabilityGrade.ONE, 1))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Object value, Object twin, List<Object> others) {
        ValueSemantics.assertValue(value, twin, others);
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(
                        "Money", List.of(Money.ofFen(Long.MIN_VALUE), Money.ofFen(-150), Money.ZERO, Money.ofFen(150))),
                Arguments.of(
                        "ResidentId (by digits)",
                        List.of(
                                ResidentId.parse(ID),
                                ResidentId.parse(OTHER_ID),
                                ResidentId.parse(withCheckCharacter("62070219800101002")))),
                Arguments.of(
                        "CertificateNumber (by full text)",
                        List.of(
                                CertificateNumber.parse(ID + "12"),
                                CertificateNumber.parse(ID + "42"),
                                CertificateNumber.parse(ID + "42B1"),
                                CertificateNumber.parse(ID + "43"),
                                CertificateNumber.parse(OTHER_ID + "12"))),
                Arguments.of(
                        "DivisionCode (by 12 digits, then a parent before its child)",
                        List.of(
                                DivisionCode.NATIONAL,
                                DivisionCode.parse("44"),
                                DivisionCode.parse("4401"),
                                DivisionCode.parse("4419"),
                                DivisionCode.parse("441900"),
                                DivisionCode.parse("441900001"),
                                DivisionCode.parse("45"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    <T extends Comparable<? super T>> void ordersAsListed(String type, List<T> ascending) {
        ValueSemantics.assertOrder(ascending);
    }
}
