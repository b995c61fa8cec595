package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.rules.policy.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subsidy facts' enums are read from policy files by code and from county spreadsheets by Chinese name: each
 * constant is found by both, and an unknown one is rejected naming the field and every value allowed.
 */
class SubsidyCodesTest {
    /** One enum's three look-ups, so that one table row checks a constant through all of them. */
    record Lookups(
            Function<String, Object> ofCode,
            Function<String, Optional<?>> find,
            Function<String, Object> ofChineseName) {}

    static final Lookups ALLOWANCE = new Lookups(Allowance::ofCode, Allowance::find, Allowance::ofChineseName);
    static final Lookups SCHOOLING = new Lookups(Schooling::ofCode, Schooling::find, Schooling::ofChineseName);
    static final Lookups STOP_REASON = new Lookups(StopReason::ofCode, StopReason::find, StopReason::ofChineseName);
    static final Lookups REGISTRATION =
            new Lookups(RegistrationType::ofCode, RegistrationType::find, RegistrationType::ofChineseName);
    static final Lookups HOUSEHOLD =
            new Lookups(HouseholdStatus::ofCode, HouseholdStatus::find, HouseholdStatus::ofChineseName);
    static final Lookups START = new Lookups(PaymentStart::ofCode, PaymentStart::find, PaymentStart::ofChineseName);
    static final Lookups STOP = new Lookups(PaymentStop::ofCode, PaymentStop::find, PaymentStop::ofChineseName);

    static Stream<Arguments> constants() {
        return Stream.of(
                Arguments.of(ALLOWANCE, "old-age-allowance", "高龄津贴", Allowance.OLD_AGE),
                Arguments.of(ALLOWANCE, "elderly-care-subsidy", "养老服务补贴", Allowance.ELDERLY_CARE),
                Arguments.of(SCHOOLING, "school", "在校中小学生", Schooling.SCHOOL),
                Arguments.of(SCHOOLING, "undergraduate", "本科新生", Schooling.UNDERGRADUATE),
                Arguments.of(STOP_REASON, "death", "死亡", StopReason.DEATH),
                Arguments.of(STOP_REASON, "moved-out", "户籍迁出本省", StopReason.MOVED_OUT),
                Arguments.of(REGISTRATION, "urban", "城镇户籍", RegistrationType.URBAN),
                Arguments.of(REGISTRATION, "rural", "农村户籍", RegistrationType.RURAL),
                Arguments.of(HOUSEHOLD, "near-dibao", "低保边缘", HouseholdStatus.NEAR_DIBAO),
                Arguments.of(HOUSEHOLD, "none", "非困难家庭", HouseholdStatus.NONE),
                Arguments.of(START, "month-of-application", "自申请当月起发放", PaymentStart.MONTH_OF_APPLICATION),
                Arguments.of(START, "month-after-application", "自申请次月起发放", PaymentStart.MONTH_AFTER_APPLICATION),
                Arguments.of(STOP, "month-after-event", "自事由发生次月起停发", PaymentStop.MONTH_AFTER_EVENT),
                Arguments.of(STOP, "month-of-event", "自事由发生当月起停发", PaymentStop.MONTH_OF_EVENT));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("constants")
    void findsEachConstantByItsCodeAndItsChineseName(Lookups lookups, String code, String chinese, Object expected) {
        assertThat(lookups.ofCode().apply(code)).isSameAs(expected);
        assertThat(lookups.find().apply(code).orElseThrow()).isSameAs(expected);
        assertThat(lookups.ofChineseName().apply(chinese)).isSameAs(expected);
        // Codes are exact: a spreadsheet's upper-case spelling is not a policy file's code.
        assertThat(lookups.find().apply(code.toUpperCase(java.util.Locale.ROOT)))
                .isEmpty();
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> Allowance.ofCode("pension"),
                        "Invalid allowance \"pension\": must be one of [old-age-allowance, injury-pension,"
                                + " retirement-allowance, elderly-care-subsidy]"),
                Arguments.of(
                        (Runnable) () -> Schooling.ofCode("college"),
                        "Invalid schooling \"college\": must be one of [none, school, junior-college, undergraduate]"),
                Arguments.of(
                        (Runnable) () -> StopReason.ofCode("died"),
                        "Invalid stop reason \"died\": must be one of [death, missing, moved-out, fraud,"
                                + " review-failed, withdrawn]"),
                Arguments.of(
                        (Runnable) () -> RegistrationType.ofCode("城镇"),
                        "Invalid registration type \"城镇\": must be one of [urban, rural]"),
                Arguments.of(
                        (Runnable) () -> HouseholdStatus.ofCode("poor"),
                        "Invalid household status \"poor\": must be one of [dibao, near-dibao, low-income, none]"),
                Arguments.of(
                        (Runnable) () -> PaymentStart.ofCode("month-of-approval"),
                        "Invalid payment start rule \"month-of-approval\": must be one of [month-of-application,"
                                + " month-after-application]"),
                Arguments.of(
                        (Runnable) () -> PaymentStop.ofCode("never"),
                        "Invalid payment stop rule \"never\": must be one of [month-after-event, month-of-event]"),
                Arguments.of(
                        (Runnable) () -> Programme.ofCode("pension"),
                        "Invalid programme \"pension\": must be one of [living, care, elderly, fuel, school, college,"
                                + " medical-insurance]"));
    }

    @ParameterizedTest
    @MethodSource("unknownCodes")
    void rejectsAnUnknownCodeNamingTheCodesAllowed(Runnable read, String message) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("unknown-code"))
                .hasMessage(message);
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> HouseholdStatus.ofChineseName("特困"),
                        "Invalid household status \"特困\": must be one of [低保, 低保边缘, 低收入, 非困难家庭]"),
                Arguments.of(
                        (Runnable) () -> RegistrationType.ofChineseName("城镇"),
                        "Invalid registration type \"城镇\": must be one of [城镇户籍, 农村户籍]"),
                Arguments.of(
                        (Runnable) () -> PaymentStop.ofChineseName("停发"),
                        "Invalid payment stop rule \"停发\": must be one of [自事由发生次月起停发, 自事由发生当月起停发]"));
    }

    @ParameterizedTest
    @MethodSource("unknownNames")
    void rejectsAnUnknownChineseNameNamingTheNamesAllowed(Runnable read, String message) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("unknown-name"))
                .hasMessage(message);
    }

    static Stream<Arguments> programmes() {
        return Stream.of(
                Arguments.of("living", Programme.LIVING, Unit.CNY_PER_MONTH, false),
                Arguments.of("care", Programme.CARE, Unit.CNY_PER_MONTH, false),
                Arguments.of("elderly", Programme.ELDERLY, Unit.CNY_PER_MONTH, false),
                Arguments.of("fuel", Programme.FUEL, Unit.CNY_PER_YEAR, false),
                Arguments.of("school", Programme.SCHOOL, Unit.CNY_PER_YEAR, false),
                Arguments.of("college", Programme.COLLEGE, Unit.CNY, true),
                Arguments.of("medical-insurance", Programme.MEDICAL_INSURANCE, Unit.CNY_PER_YEAR, false));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("programmes")
    void eachProgrammeHasItsCodeAndItsUnitAndOnlyTheCollegeGrantIsPaidOnce(
            String code, Programme programme, Unit unit, boolean oneOff) {
        assertThat(Programme.ofCode(code)).isSameAs(programme);
        assertThat(Programme.find(code)).containsSame(programme);
        assertThat(programme.code()).isEqualTo(code);
        assertThat(programme.unit()).isSameAs(unit);
        assertThat(programme.isOneOff()).isEqualTo(oneOff);
    }

    static Stream<Arguments> eligibilities() {
        return Stream.of(
                Arguments.of(Eligibility.ELIGIBLE, "符合条件", "eligible"),
                Arguments.of(Eligibility.NOT_ELIGIBLE, "不符合条件", "not eligible"),
                Arguments.of(Eligibility.CANNOT_DECIDE, "无法判断", "cannot decide"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilities")
    void eachOutcomeIsNamedInBothLanguages(Eligibility eligibility, String chinese, String english) {
        assertThat(eligibility.chinese()).isEqualTo(chinese);
        assertThat(eligibility.english()).isEqualTo(english);
    }

    @Test
    void theCodesOfAFactAreTheConstantsCodesAndNames() {
        assertThat(SubsidyFacts.codes(HouseholdStatus.values()))
                .extracting(
                        org.canlian.rules.policy.FactCode::code,
                        org.canlian.rules.policy.FactCode::chinese,
                        org.canlian.rules.policy.FactCode::english)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "dibao", "低保", "minimum-living-guarantee (dibao) household"),
                        org.assertj.core.groups.Tuple.tuple(
                                "near-dibao", "低保边缘", "near-poverty (dibao-edge) household"),
                        org.assertj.core.groups.Tuple.tuple("low-income", "低收入", "low-income household"),
                        org.assertj.core.groups.Tuple.tuple("none", "非困难家庭", "household not in hardship"));
    }
}
