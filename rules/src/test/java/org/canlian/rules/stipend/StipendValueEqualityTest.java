package org.canlian.rules.stipend;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.ValueSemantics;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.OfficerGrade;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stipend model's values compare by value: each equals a twin built the same way, and differs from a value that
 * differs in one attribute (a budget's shortfalls and a stipend's parts are compared and collected in sets).
 */
class StipendValueEqualityTest {
    private static final DivisionCode TOWNSHIP = DivisionCode.parse("629902201");
    private static final DivisionCode VILLAGE = DivisionCode.parse("629902201201");
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private static Shortfall shortfall(
            Shortfall.Kind kind, DivisionCode unit, OfficerPost post, YearMonth month, int posts, long yuan) {
        return new Shortfall(kind, unit, post, OfficerGrade.PRINCIPAL, month, posts, Money.ofYuan(yuan));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        "ExpectedPost",
                        (Supplier<?>) () -> ExpectedPost.of(VILLAGE, OfficerPost.VILLAGE, 1),
                        List.of(
                                ExpectedPost.of(DivisionCode.parse("629902201202"), OfficerPost.VILLAGE, 1),
                                // A post is fixed by its unit's kind: a residents' committee (1xx) has a community
                                // officer.
                                ExpectedPost.of(DivisionCode.parse("629902201101"), OfficerPost.COMMUNITY, 1),
                                ExpectedPost.of(VILLAGE, OfficerPost.VILLAGE, 2))),
                Arguments.of(
                        "StipendPart",
                        (Supplier<?>) () -> StipendPart.of(
                                StipendPartKind.WORK_ALLOWANCE, Money.ofYuan(60), FundingSource.COUNTY_BUDGET),
                        List.of(
                                StipendPart.of(
                                        StipendPartKind.POST_SUBSIDY, Money.ofYuan(60), FundingSource.COUNTY_BUDGET),
                                StipendPart.of(
                                        StipendPartKind.WORK_ALLOWANCE, Money.ofYuan(70), FundingSource.COUNTY_BUDGET),
                                StipendPart.of(
                                        StipendPartKind.WORK_ALLOWANCE,
                                        Money.ofYuan(60),
                                        FundingSource.VILLAGE_PUBLIC_FUNDS))),
                Arguments.of(
                        "Shortfall",
                        (Supplier<?>) () ->
                                shortfall(Shortfall.Kind.VACANT_POST, TOWNSHIP, OfficerPost.TOWNSHIP, MARCH, 1, 2000),
                        List.of(
                                shortfall(Shortfall.Kind.BELOW_FLOOR, TOWNSHIP, OfficerPost.TOWNSHIP, MARCH, 1, 2000),
                                new Shortfall(
                                        Shortfall.Kind.VACANT_POST,
                                        TOWNSHIP,
                                        OfficerPost.TOWNSHIP,
                                        OfficerGrade.ADDITIONAL,
                                        MARCH,
                                        1,
                                        Money.ofYuan(2000)),
                                shortfall(
                                        Shortfall.Kind.VACANT_POST,
                                        DivisionCode.parse("629902202"),
                                        OfficerPost.TOWNSHIP,
                                        MARCH,
                                        1,
                                        2000),
                                shortfall(
                                        Shortfall.Kind.VACANT_POST,
                                        TOWNSHIP,
                                        OfficerPost.STREET_OFFICE,
                                        MARCH,
                                        1,
                                        2000),
                                shortfall(
                                        Shortfall.Kind.VACANT_POST,
                                        TOWNSHIP,
                                        OfficerPost.TOWNSHIP,
                                        MARCH.plusMonths(1),
                                        1,
                                        2000),
                                shortfall(Shortfall.Kind.VACANT_POST, TOWNSHIP, OfficerPost.TOWNSHIP, MARCH, 2, 2000),
                                shortfall(
                                        Shortfall.Kind.VACANT_POST, TOWNSHIP, OfficerPost.TOWNSHIP, MARCH, 1, 2100))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedValue(String type, Supplier<?> make, List<Object> others) {
        ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
