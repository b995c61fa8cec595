package org.canlian.examples.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.examples.Table;
import org.canlian.rules.payroll.PeopleAndAmount;
import org.canlian.rules.payroll.ReformImpact;
import org.canlian.rules.payroll.ReformTotal;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shanghai's 2025 revision on the synthetic 浦东新区 roster: the key figures, exact. */
class ShanghaiReformTest {
    static final DivisionCode PUDONG = ShanghaiReform.PUDONG;
    static final YearMonth JUN = YearMonth.of(2025, 6);
    static final YearMonth JUL = YearMonth.of(2025, 7);

    static List<Claimant> roster;
    static ReformImpact impact;
    static String text;

    @BeforeAll
    static void runOnce() {
        roster = ShanghaiReform.roster(ShanghaiReform.SEED);
        impact = ShanghaiReform.impact(roster);
        text = ShanghaiReform.render(impact);
    }

    static PeopleAndAmount pa(long people, String amount) {
        return new PeopleAndAmount(people, Money.parse(amount));
    }

    @Test
    void nothingChangesBeforeJuly() {
        for (int m = 1; m <= 6; m++) {
            assertThat(impact.budgetDifference(PUDONG, YearMonth.of(2025, m))).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void julyLivingSubsidy() {
        ReformTotal living = impact.total(PUDONG, Programme.LIVING, JUL);
        assertThat(living.before()).isEqualTo(pa(378, "148860.00"));
        assertThat(living.after()).isEqualTo(pa(364, "158990.00"));
        // 410 -> 450: every person paid under both gains 40
        assertThat(living.gains()).isEqualTo(pa(327, "13080.00"));
        assertThat(living.losses()).isEqualTo(PeopleAndAmount.NONE);
        // 低保边缘 households: nothing, then 320; low-income households: 290, then nothing
        assertThat(living.newlyEligible()).isEqualTo(pa(37, "11840.00"));
        assertThat(living.noLongerEligible()).isEqualTo(pa(51, "14790.00"));
        assertThat(living.budgetDifference()).isEqualTo(Money.parse("10130.00"));
    }

    @Test
    void newlyAndNoLongerEligibleAreTheNearDibaoAndLowIncomeHouseholds() {
        ReformTotal living = impact.total(PUDONG, Programme.LIVING, JUL);
        assertThat(living.newlyEligible().amount())
                .isEqualTo(Money.ofYuan(320).multipliedBy(living.newlyEligible().people()));
        assertThat(living.noLongerEligible().amount())
                .isEqualTo(
                        Money.ofYuan(290).multipliedBy(living.noLongerEligible().people()));
        assertThat(living.gains().amount())
                .isEqualTo(Money.ofYuan(40).multipliedBy(living.gains().people()));
        long nearDibao = roster.stream()
                .filter(c -> c.household().orElseThrow() == HouseholdStatus.NEAR_DIBAO)
                .count();
        assertThat(living.newlyEligible().people()).isLessThanOrEqualTo(nearDibao);
    }

    @Test
    void julyCareSubsidyAndTheYear() {
        ReformTotal care = impact.total(PUDONG, Programme.CARE, JUL);
        assertThat(care.gains()).isEqualTo(pa(439, "16730.00"));
        assertThat(care.newlyEligible()).isEqualTo(PeopleAndAmount.NONE);
        assertThat(impact.budgetDifference(PUDONG, JUN)).isEqualTo(Money.ZERO);
        assertThat(impact.budgetDifference(PUDONG, JUL)).isEqualTo(Money.parse("26860.00"));
        Money year = Money.ZERO;
        for (YearMonth m : ShanghaiReform.YEAR.months()) {
            year = year.plus(impact.budgetDifference(PUDONG, m));
        }
        assertThat(year).isEqualTo(Money.parse("160670.00"));
        assertThat(impact.periodTotal(PUDONG, Programme.LIVING).budgetDifference())
                .isEqualTo(Money.parse("60620.00"));
        assertThat(impact.periodTotal(PUDONG, Programme.CARE).budgetDifference())
                .isEqualTo(Money.parse("100050.00"));
        assertThat(impact.errors()).isEmpty();
    }

    @Test
    void streetsAddUpToTheDistrict() {
        assertThat(impact.childrenOf(PUDONG)).hasSize(5);
        Money streets = Money.ZERO;
        for (DivisionCode s : impact.childrenOf(PUDONG)) {
            for (Programme p : List.of(Programme.LIVING, Programme.CARE)) {
                streets = streets.plus(impact.periodTotal(s, p).budgetDifference());
            }
        }
        assertThat(streets).isEqualTo(Money.parse("160670.00"));
    }

    @Test
    void theTextIsBilingualAlignedAndNamesNoEnum() {
        assertThat(text).contains("+¥160,670.00", "陆家嘴街道 310115005", "增加 gainers", "新增享受 newly eligible");
        assertThat(text).doesNotContainPattern("\\d{17}[\\dX]");
        for (Programme p : Programme.values()) {
            assertThat(text).doesNotContainPattern("\\b" + p.name() + "\\b");
        }
        List<String> monthRows =
                text.lines().filter(l -> l.matches("  2025-\\d\\d .*")).toList();
        assertThat(monthRows).hasSize(12);
        assertThat(monthRows.stream().map(l -> Table.width(l)).distinct()).hasSize(1);
    }
}
