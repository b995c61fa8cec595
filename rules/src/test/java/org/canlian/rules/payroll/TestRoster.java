package org.canlian.rules.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;

/** Claimants for payroll tests: a known baseline, and seeded random rosters. */
final class TestRoster {
    /** 临泽县 and some of its real townships and villages (statistics bureau codes, 2023). */
    static final DivisionCode LINZE = DivisionCode.parse("620723");

    static final DivisionCode SHAHE = DivisionCode.parse("620723101"); // 沙河镇
    static final DivisionCode DONGZHAI = DivisionCode.parse("620723101201"); // 沙河镇东寨村
    static final DivisionCode XIZHAI = DivisionCode.parse("620723101202"); // 沙河镇西寨村
    static final DivisionCode XINHUA = DivisionCode.parse("620723102"); // 新华镇
    static final DivisionCode DAZHAI = DivisionCode.parse("620723102201"); // 新华镇大寨村
    static final DivisionCode LIAOQUAN = DivisionCode.parse("620723103"); // 蓼泉镇
    static final DivisionCode TANGWAN = DivisionCode.parse("620723103201"); // 蓼泉镇唐湾村
    static final DivisionCode PINGCHUAN = DivisionCode.parse("620723104"); // 平川镇
    static final DivisionCode HUANGJIAPU = DivisionCode.parse("620723104201"); // 平川镇黄家堡村
    static final DivisionCode GANZHOU = DivisionCode.parse("620702"); // 甘州区, a neighbouring district

    static final List<DivisionCode> LINZE_UNITS =
            List.of(LINZE, SHAHE, DONGZHAI, XIZHAI, XINHUA, DAZHAI, LIAOQUAN, TANGWAN, PINGCHUAN, HUANGJIAPU);

    /** The "today" resident IDs are read against. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private TestRoster() {}

    /** A valid resident ID of someone born on {@code born}, with a sequence number to tell people apart. */
    static ResidentId id(LocalDate born, int sequence) {
        String seventeen = "620723"
                + String.format(
                        "%04d%02d%02d%03d",
                        born.getYear(), born.getMonthValue(), born.getDayOfMonth(), Math.floorMod(sequence, 1000));
        return ResidentId.parse(seventeen + ResidentId.checkCharacter(seventeen), TODAY);
    }

    static DisabilityRating rating(DisabilityCategory category, int grade) {
        return DisabilityRating.single(category, DisabilityGrade.of(grade));
    }

    /**
     * Everything known, eligible for nothing: born 1985-03-01, physical grade 4 valid 2020-2030, rural, household not
     * in hardship, no support, no care need, no allowances, applied for every programme on 2024-12-01.
     */
    static Claimant.Builder person(DivisionCode registeredIn, int sequence) {
        return unknownHouseholdAndAllowances(registeredIn, sequence)
                .household(HouseholdStatus.NONE)
                .noOtherAllowances();
    }

    /** As {@link #person}, with the household status and the other allowances received not known. */
    static Claimant.Builder unknownHouseholdAndAllowances(DivisionCode registeredIn, int sequence) {
        Claimant.Builder b = Claimant.builder()
                .residentId(id(LocalDate.of(1985, 3, 1), sequence))
                .certificate(rating(DisabilityCategory.PHYSICAL, 4), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))
                .registration(registeredIn, RegistrationType.RURAL)
                .childSupport(false)
                .destituteSupport(false)
                .workInjuryCare(false)
                .longTermCare(false)
                .fixedIncome(false)
                .lowerLimb(false)
                .ownsVehicle(false)
                .schooling(Schooling.NONE);
        for (Programme p : Programme.values()) {
            b.applied(p, LocalDate.of(2024, 12, 1));
        }
        return b;
    }

    /**
     * A random claimant as a county roster would list one: mostly complete facts, a few unknown ones (which make some
     * programmes undecidable), registered in one of {@code units}; about one in {@code oddOneIn} rows is registered
     * outside them or not at all.
     */
    static Claimant random(Random r, List<DivisionCode> units, DivisionCode outside, int oddOneIn) {
        return random(r, units, outside, oddOneIn, true);
    }

    /** As {@link #random(Random, List, DivisionCode, int)}, with every fact known unless {@code gaps}. */
    static Claimant random(Random r, List<DivisionCode> units, DivisionCode outside, int oddOneIn, boolean gaps) {
        Claimant.Builder b = Claimant.builder();
        b.residentId(id(LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28)), r.nextInt(1000)));
        DisabilityCategory category = DisabilityCategory.values()[r.nextInt(6)];
        LocalDate from = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3600));
        b.certificate(
                rating(category, 1 + r.nextInt(4)), from, from.plusYears(10).minusDays(1));
        if (r.nextInt(30) == 0) {
            b.certificateCancelled(LocalDate.of(2024, 6, 1).plusDays(r.nextInt(700)));
        }
        int odd = oddOneIn > 0 ? r.nextInt(oddOneIn) : -1;
        if (odd == 0) {
            b.registration(outside, RegistrationType.RURAL);
        } else if (odd != 1) {
            b.registration(units.get(r.nextInt(units.size())), RegistrationType.values()[r.nextInt(2)]);
        }
        if (!gaps || r.nextInt(40) != 0) {
            b.household(HouseholdStatus.values()[r.nextInt(4)]);
        }
        b.schooling(Schooling.values()[r.nextInt(Schooling.values().length)]);
        b.childSupport(r.nextInt(50) == 0);
        b.destituteSupport(r.nextInt(30) == 0);
        b.workInjuryCare(r.nextInt(60) == 0);
        if (!gaps || r.nextInt(50) != 0) {
            b.longTermCare(r.nextInt(2) == 0);
        }
        b.fixedIncome(r.nextInt(3) == 0);
        b.lowerLimb(r.nextInt(3) == 0);
        b.ownsVehicle(r.nextInt(4) == 0);
        if (!gaps || r.nextInt(40) != 0) {
            b.noOtherAllowances();
            if (r.nextInt(8) == 0) {
                b.allowance(
                        Allowance.values()[r.nextInt(Allowance.values().length)], Money.ofYuan(50 + r.nextInt(300)));
            }
        }
        for (Programme p : Programme.values()) {
            if (!gaps || r.nextInt(60) != 0) {
                b.applied(p, LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1000)));
            }
        }
        if (r.nextInt(12) == 0) {
            b.event(
                    StopReason.values()[r.nextInt(StopReason.values().length)],
                    LocalDate.of(2024, 1, 1).plusDays(r.nextInt(800)));
        }
        return b.build();
    }
}
