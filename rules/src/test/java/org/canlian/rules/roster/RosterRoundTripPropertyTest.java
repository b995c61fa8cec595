package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.sample.SampleData;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.Schooling;
import org.canlian.rules.subsidy.StopReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random rosters written as CSV and as JSON lines read back as the same rows, in the same order. */
public class RosterRoundTripPropertyTest {
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    static final List<DivisionCode> UNITS = List.of(
            DivisionCode.parse("620723"),
            DivisionCode.parse("620723101"),
            DivisionCode.parse("620723101202"),
            DivisionCode.parse("620723106210"),
            DivisionCode.parse("620723107208"));

    /** A seeded roster of distinct holders, every fact drawn at random (many unknown). */
    public static List<RosterRow> randomRoster(long seed, int size) {
        Random random = new Random(seed);
        Iterator<CertificateNumber> numbers = SampleData.withSeed(seed)
                .certificateNumbers(DivisionCode.parse("620723"), LocalDate.of(1931, 1, 1), LocalDate.of(2015, 12, 31))
                .iterator();
        List<RosterRow> rows = new ArrayList<>();
        while (rows.size() < size) {
            CertificateNumber n = numbers.next();
            if (random.nextInt(10) == 0) {
                n = n.nextReplacement();
            }
            RosterRow.Builder b = RosterRow.builder().certificateNumber(n);
            if (n.category() == DisabilityCategory.MULTIPLE) {
                b.components(components(random, n.grade()));
            }
            LocalDate born = n.residentId().birthDate();
            LocalDate from = born.plusDays(random.nextInt((int) (AS_OF.toEpochDay() - born.toEpochDay()) + 1));
            LocalDate until =
                    random.nextBoolean() ? from.plusYears(10).minusDays(1) : from.plusDays(random.nextInt(5000));
            b.validity(from, until);
            if (random.nextInt(5) == 0) {
                b.cancelledOn(from.plusDays(random.nextInt(3000)));
            }
            DivisionCode unit = UNITS.get(random.nextInt(UNITS.size()));
            int type = random.nextInt(3);
            if (type == 0) {
                b.registration(unit);
            } else {
                b.registration(unit, type == 1 ? RegistrationType.URBAN : RegistrationType.RURAL);
            }
            if (random.nextBoolean()) {
                b.household(pick(random, HouseholdStatus.values()));
            }
            flags(random, b);
            if (random.nextBoolean()) {
                b.schooling(pick(random, Schooling.values()));
            }
            int allowances = random.nextInt(3);
            if (allowances == 1) {
                b.noOtherAllowances();
            } else if (allowances == 2) {
                for (Allowance a : Allowance.values()) {
                    if (random.nextBoolean()) {
                        b.allowance(a, Money.ofFen(random.nextInt(100_000)));
                    }
                }
                b.noOtherAllowances();
            }
            for (Programme p : Programme.values()) {
                if (random.nextInt(3) == 0) {
                    b.applied(p, LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650)));
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                b.event(
                        pick(random, StopReason.values()),
                        LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
            }
            rows.add(b.build());
        }
        return rows;
    }

    private static void flags(Random random, RosterRow.Builder b) {
        int[] f = new int[7];
        for (int i = 0; i < f.length; i++) {
            f[i] = random.nextInt(3);
        }
        if (f[0] > 0) b.childSupport(f[0] == 1);
        if (f[1] > 0) b.destituteSupport(f[1] == 1);
        if (f[2] > 0) b.workInjuryCare(f[2] == 1);
        if (f[3] > 0) b.longTermCare(f[3] == 1);
        if (f[4] > 0) b.fixedIncome(f[4] == 1);
        if (f[5] > 0) b.lowerLimb(f[5] == 1);
        if (f[6] > 0) b.ownsVehicle(f[6] == 1);
    }

    private static List<DisabilityRating.Component> components(Random random, DisabilityGrade grade) {
        List<DisabilityCategory> singles =
                new ArrayList<>(EnumSet.range(DisabilityCategory.VISUAL, DisabilityCategory.PSYCHOSOCIAL));
        java.util.Collections.shuffle(singles, random);
        int count = 2 + random.nextInt(2);
        List<DisabilityRating.Component> components = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int g = i == 0 ? grade.number() : grade.number() + random.nextInt(5 - grade.number());
            components.add(new DisabilityRating.Component(singles.get(i), DisabilityGrade.of(g)));
        }
        return components;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 620_723, 20_251_231})
    void csvWrittenReadsBackAsTheSameRows(long seed) throws IOException {
        List<RosterRow> rows = randomRoster(seed, 400);
        StringWriter text = new StringWriter();
        try (RosterWriter out = RosterWriter.csv(text)) {
            rows.forEach(out::write);
        }
        BatchResult<RosterRow> read =
                RosterReader.csv(AS_OF).readAll(new StringReader(text.toString()), "random.csv", OnInvalidRow.STOP);
        assertThat(read.values()).containsExactlyElementsOf(rows);
        assertThat(read.rows().get(0).line()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 620_723, 20_251_231})
    void jsonLinesWrittenReadBackAsTheSameRows(long seed) throws IOException {
        List<RosterRow> rows = randomRoster(seed, 400);
        StringWriter text = new StringWriter();
        try (RosterWriter out = RosterWriter.jsonLines(text)) {
            rows.forEach(out::write);
        }
        BatchResult<RosterRow> read = RosterReader.jsonLines(AS_OF)
                .readAll(new StringReader(text.toString()), "random.jsonl", OnInvalidRow.STOP);
        assertThat(read.values()).containsExactlyElementsOf(rows);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void theGeneratorCoversEveryKindOfFact(long seed) {
        List<RosterRow> rows = randomRoster(seed, 3_000);
        Set<DisabilityCategory> categories = EnumSet.noneOf(DisabilityCategory.class);
        rows.forEach(r -> categories.add(r.category()));
        assertThat(categories).contains(DisabilityCategory.MULTIPLE, DisabilityCategory.PHYSICAL);
        assertThat(rows).anyMatch(r -> r.certificateNumber().isReplacement());
        assertThat(rows).anyMatch(r -> r.cancelledOn().isPresent());
        assertThat(rows)
                .anyMatch(
                        r -> r.toClaimant().allowances().map(m -> !m.isEmpty()).orElse(false));
        assertThat(rows).anyMatch(r -> r.toClaimant().events().size() == 2);
    }
}
