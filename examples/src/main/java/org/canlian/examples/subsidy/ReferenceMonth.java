package org.canlian.examples.subsidy;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.ClaimantBatch;
import org.canlian.rules.subsidy.CompiledBatch;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyParameters;
import org.canlian.rules.subsidy.SubsidyPolicies;

/**
 * The payroll issue's reference month, March 2025 in an illustrative county (629901): the care subsidy by grade with
 * the grade 3-4 intellectual/psychosocial extension, the living subsidy, and the elderly allowance in a "higher of"
 * group with the living subsidy, under the national exclusions; seeded synthetic claimants; and the same rules as a
 * hand-written plain Java loop with the amounts inlined, the baseline canlian is measured against.
 *
 * <pre>{@code
 * ReferenceMonth ref = ReferenceMonth.generate(1_000_000, 2025);
 * long canlian = ref.totalFen(ref.compiled());      // through CompiledSubsidies.decideAll
 * long batch = ref.totalFen(ref.compiled().forBatch(ref.batch()));   // through CompiledBatch.decideAll
 * long plain = ref.plainTotalFen();                 // the hand-written loop: the same total
 * }</pre>
 */
public final class ReferenceMonth {
    /** The county. */
    public static final DivisionCode COUNTY = DivisionCode.parse("629901");
    /** The benefit month. */
    public static final YearMonth MONTH = YearMonth.of(2025, 3);
    /** The decision date. */
    public static final LocalDate DECIDED_ON = LocalDate.of(2025, 4, 10);

    private static final String RESOURCE = "/org/canlian/examples/subsidy/reference-county.json";

    private final Claimant[] claimants;
    private final ClaimantBatch batch;
    private final Plain[] plain;

    private ReferenceMonth(Claimant[] claimants, Plain[] plain) {
        this.claimants = claimants;
        this.batch = ClaimantBatch.of(List.of(claimants));
        this.plain = plain;
    }

    /** National rules and the reference county's tables. */
    public static PolicySet policy() {
        return SubsidyPolicies.load().merge(PolicyFiles.readResource(SubsidyParameters.catalog(), RESOURCE));
    }

    /** The calculator of the reference month, as known on {@link #DECIDED_ON}. */
    public static SubsidyCalculator calculator() {
        return SubsidyCalculator.of(policy()).asKnownOn(DECIDED_ON);
    }

    /** The rules of the reference month, compiled. */
    public CompiledSubsidies compiled() {
        return calculator().compile(COUNTY, MONTH);
    }

    /**
     * {@code n} seeded claimants with realistic facts (grades, categories, household statuses, ages), and the same
     * people as plain records.
     */
    public static ReferenceMonth generate(int n, long seed) {
        Random r = new Random(seed);
        Claimant[] claimants = new Claimant[n];
        Plain[] plain = new Plain[n];
        DisabilityCategory[] singles = {
            DisabilityCategory.VISUAL, DisabilityCategory.HEARING, DisabilityCategory.SPEECH,
            DisabilityCategory.PHYSICAL, DisabilityCategory.PHYSICAL, DisabilityCategory.PHYSICAL,
            DisabilityCategory.INTELLECTUAL, DisabilityCategory.PSYCHOSOCIAL
        };
        for (int i = 0; i < n; i++) {
            LocalDate born = LocalDate.of(1935 + r.nextInt(85), 1 + r.nextInt(12), 1 + r.nextInt(28));
            int grade = 1 + r.nextInt(4);
            DisabilityRating rating;
            int components;
            if (r.nextInt(20) == 0) {
                rating = DisabilityRating.multiple(List.of(
                        new DisabilityRating.Component(DisabilityCategory.PSYCHOSOCIAL, DisabilityGrade.of(grade)),
                        new DisabilityRating.Component(DisabilityCategory.PHYSICAL, DisabilityGrade.FOUR)));
                components = PSYCHOSOCIAL_BIT;
            } else {
                DisabilityCategory c = singles[r.nextInt(singles.length)];
                rating = DisabilityRating.single(c, DisabilityGrade.of(grade));
                components = c == DisabilityCategory.INTELLECTUAL
                        ? INTELLECTUAL_BIT
                        : c == DisabilityCategory.PSYCHOSOCIAL ? PSYCHOSOCIAL_BIT : 0;
            }
            LocalDate validFrom = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3650));
            LocalDate validUntil = CivilCodePeriod.lastDay(validFrom, Period.ofYears(10));
            int roll = r.nextInt(100);
            HouseholdStatus household = roll < 25
                    ? HouseholdStatus.DIBAO
                    : roll < 35
                            ? HouseholdStatus.NEAR_DIBAO
                            : roll < 45 ? HouseholdStatus.LOW_INCOME : HouseholdStatus.NONE;
            boolean care = grade <= 2 && r.nextInt(3) != 0;
            boolean destitute = r.nextInt(50) == 0;
            LocalDate applied = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(850));
            String seventeen = COUNTY.value()
                    + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                    + String.format("%03d", r.nextInt(1000));
            ResidentId id = ResidentId.parse(seventeen + ResidentId.checkCharacter(seventeen));
            claimants[i] = Claimant.builder()
                    .residentId(id)
                    .certificate(rating, validFrom, validUntil)
                    .registration(COUNTY.child(101 + r.nextInt(7)), RegistrationType.RURAL)
                    .household(household)
                    .longTermCare(care)
                    .destituteSupport(destitute)
                    .workInjuryCare(false)
                    .childSupport(false)
                    .noOtherAllowances()
                    .applied(Programme.CARE, applied)
                    .applied(Programme.LIVING, applied)
                    .applied(Programme.ELDERLY, applied)
                    .build();
            plain[i] = new Plain(
                    born.getYear() * 10000 + born.getMonthValue() * 100 + born.getDayOfMonth(),
                    grade,
                    components,
                    household.ordinal(),
                    care,
                    destitute,
                    (int) validFrom.toEpochDay(),
                    (int) validUntil.toEpochDay(),
                    applied.getYear() * 12 + applied.getMonthValue() - 1);
        }
        return new ReferenceMonth(claimants, plain);
    }

    /** The claimants. */
    public Claimant[] claimants() {
        return claimants;
    }

    /** The claimants as one batch, for {@link CompiledBatch}. */
    public ClaimantBatch batch() {
        return batch;
    }

    /** The month's total in fen through canlian's batch path: {@link CompiledBatch#decideAll} for every claimant. */
    public long totalFen(CompiledBatch rules) {
        long[] out = new long[Programme.values().length];
        long total = 0;
        for (int i = 0; i < batch.size(); i++) {
            rules.decideAll(i, out);
            total += Math.max(out[Programme.CARE.ordinal()], 0)
                    + Math.max(out[Programme.LIVING.ordinal()], 0)
                    + Math.max(out[Programme.ELDERLY.ordinal()], 0);
        }
        return total;
    }

    /** The month's total in fen through canlian: {@link CompiledSubsidies#decideAll} for every claimant. */
    public long totalFen(CompiledSubsidies rules) {
        long[] out = new long[Programme.values().length];
        long total = 0;
        for (Claimant c : claimants) {
            rules.decideAll(c, out);
            total += Math.max(out[Programme.CARE.ordinal()], 0)
                    + Math.max(out[Programme.LIVING.ordinal()], 0)
                    + Math.max(out[Programme.ELDERLY.ordinal()], 0);
        }
        return total;
    }

    private static final int INTELLECTUAL_BIT = 1;
    private static final int PSYCHOSOCIAL_BIT = 2;
    private static final int DIBAO = HouseholdStatus.DIBAO.ordinal();
    private static final int NEAR_DIBAO = HouseholdStatus.NEAR_DIBAO.ordinal();
    private static final int MONTH_INDEX = 2025 * 12 + 2;
    private static final int FIRST_DAY = (int) LocalDate.of(2025, 3, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(2025, 3, 31).toEpochDay();

    /** The month's total in fen through the hand-written loop: the same rules, amounts inlined. */
    public long plainTotalFen() {
        long total = 0;
        for (Plain p : plain) {
            total += plainFen(p);
        }
        return total;
    }

    /** Person {@code i}'s care, living and elderly fen this month, by the hand-written rules. */
    long plainFen(int i) {
        return plainFen(plain[i]);
    }

    /** One person's care, living and elderly fen this month, by the hand-written rules. */
    static long plainFen(Plain p) {
        if (p.appliedMonth > MONTH_INDEX || p.validFrom > LAST_DAY || p.validUntil < FIRST_DAY) {
            return 0;
        }
        int age = 2025 - p.born / 10000 - (301 < p.born % 10000 ? 1 : 0);
        long care = 0;
        long living = 0;
        long elderly = age >= 60 ? 10000 : 0;
        if (!p.destitute) {
            if (p.grade == 1 && p.longTermCare) {
                care = 30000;
            } else if (p.grade == 2 && p.longTermCare) {
                care = 15000;
            } else if (p.grade >= 3 && p.components != 0) {
                care = 10000;
            }
            living = p.household == DIBAO ? 11000 : p.household == NEAR_DIBAO ? 8000 : 0;
        }
        if (living > 0 && elderly > 0) {
            // The group lists the elderly allowance first: it is kept on a tie.
            if (living > elderly) {
                elderly = 0;
            } else {
                living = 0;
            }
        }
        return care + living + elderly;
    }

    /** A person as the plain loop sees them: dates as numbers, categories as bits. */
    record Plain(
            int born,
            int grade,
            int components,
            int household,
            boolean longTermCare,
            boolean destitute,
            int validFrom,
            int validUntil,
            int appliedMonth) {}
}
