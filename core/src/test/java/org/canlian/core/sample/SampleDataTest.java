package org.canlian.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleDataTest {
    private static final DivisionCode LINZE = DivisionCode.parse("620723");
    private static final LocalDate FROM = LocalDate.of(1950, 1, 1);
    private static final LocalDate TO = LocalDate.of(1999, 12, 31);

    /** Counties of several provinces, including one with county digits 00 (东莞市) and a Beijing district. */
    private static final List<String> COUNTIES = List.of("620723", "620702", "110105", "441900", "650102", "540102");

    /** The check character computed here from the standard's definition (weight 2^(17-i) mod 11), not by the code. */
    private static char independentCheckCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        int value = (12 - sum % 11) % 11;
        return value == 10 ? 'X' : (char) ('0' + value);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(42L, "620723", FROM, TO, null),
                Arguments.of(42L, "620723101", FROM, TO, Sex.MALE),
                Arguments.of(42L, "620723101201", FROM, TO, Sex.FEMALE),
                Arguments.of(0L, "110105", LocalDate.of(1800, 1, 1), LocalDate.of(1800, 1, 31), null),
                Arguments.of(-7L, "441900", LocalDate.of(2000, 2, 29), LocalDate.of(2000, 2, 29), Sex.FEMALE),
                Arguments.of(Long.MAX_VALUE, "650102", LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), Sex.MALE));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void everyIdParsesAndRecordsTheAskedCountyBirthDateAndSex(
            long seed, String address, LocalDate from, LocalDate to, Sex sex) {
        List<ResidentId> ids = ids(SampleData.withSeed(seed), address, from, to, sex, 500);

        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        for (ResidentId id : ids) {
            String text = id.reveal();
            assertThat(ResidentId.parse(text, to)).isEqualTo(id);
            assertThat(text.charAt(17)).isEqualTo(independentCheckCharacter(text));
            assertThat(id.addressCode().value()).isEqualTo(address.substring(0, 6));
            assertThat(id.birthDate()).isBetween(from, to);
            if (sex != null) {
                assertThat(id.sex()).isEqualTo(sex);
            }
            assertThat(text.substring(14, 17)).isNotEqualTo("000");
        }
    }

    @Test
    void theSameSeedGivesTheSameIdsOnEveryRunAndJdk() {
        // Pinned: java.util.Random's algorithm is fixed by its specification, so these never change.
        List<String> first = SampleData.withSeed(42)
                .residentIds(LINZE, FROM, TO)
                .limit(3)
                .map(ResidentId::reveal)
                .toList();
        assertThat(first).hasSize(3).allSatisfy(id -> assertThat(id).startsWith("620723"));
        assertThat(first).isEqualTo(PINNED_SEED_42);
    }

    private static final List<String> PINNED_SEED_42 =
            List.of("620723196604274623", "620723198006217513", "620723198006237194");

    static Stream<Arguments> oneDay() {
        LocalDate day = LocalDate.of(1988, 8, 8);
        return Stream.of(
                Arguments.of(day, Sex.MALE, 500, 1),
                Arguments.of(day, Sex.FEMALE, 499, 2),
                Arguments.of(day, null, 999, 1));
    }

    @ParameterizedTest
    @MethodSource("oneDay")
    void aRangeIsUsedUpExactlyOnceThenTheStreamEnds(LocalDate day, Sex sex, int expected, int firstSequence) {
        List<ResidentId> ids = ids(SampleData.withSeed(3), "620723", day, day, sex, Integer.MAX_VALUE);

        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
        Set<Integer> sequences = new HashSet<>();
        ids.forEach(id -> sequences.add(Integer.parseInt(id.reveal().substring(14, 17))));
        int step = sex == null ? 1 : 2;
        Set<Integer> all = new HashSet<>();
        for (int s = firstSequence; s <= 999; s += step) {
            all.add(s);
        }
        assertThat(sequences).isEqualTo(all);
    }

    @Test
    void idsOfAStreamAreDistinctEvenWhenTheRangeIsNearlyFull() {
        LocalDate from = LocalDate.of(2001, 1, 1);
        List<ResidentId> ids = SampleData.withSeed(11)
                .residentIds(LINZE, from, from.plusDays(2), Sex.MALE)
                .limit(1_400)
                .toList();
        assertThat(ids).hasSize(1_400).doesNotHaveDuplicates();
    }

    @Test
    void aStreamDoesNotDependOnWhichStreamsWereAskedForBefore() {
        SampleData sample = SampleData.withSeed(5);
        List<ResidentId> alone =
                sample.residentIds(LINZE, FROM, TO, Sex.FEMALE).limit(20).toList();

        sample.residentIds(DivisionCode.parse("110105"), FROM, TO).limit(50).toList();
        sample.certificateNumbers(LINZE, FROM, TO).limit(50).toList();
        List<ResidentId> after =
                sample.residentIds(LINZE, FROM, TO, Sex.FEMALE).limit(20).toList();

        assertThat(after).isEqualTo(alone);
    }

    @Test
    void differentSeedsGiveDifferentIds() {
        List<ResidentId> a =
                SampleData.withSeed(1).residentIds(LINZE, FROM, TO).limit(20).toList();
        List<ResidentId> b =
                SampleData.withSeed(2).residentIds(LINZE, FROM, TO).limit(20).toList();
        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    @Test
    void aTownshipOrVillageCodeMeansItsCounty() {
        SampleData sample = SampleData.withSeed(9);
        List<ResidentId> byCounty =
                sample.residentIds(LINZE, FROM, TO).limit(10).toList();
        assertThat(sample.residentIds(DivisionCode.parse("620723101"), FROM, TO)
                        .limit(10)
                        .toList())
                .isEqualTo(byCounty);
        assertThat(sample.residentIds(DivisionCode.parse("620723107208"), FROM, TO)
                        .limit(10)
                        .toList())
                .isEqualTo(byCounty);
    }

    /** Property: over many seeds, addresses, ranges and sexes, every rule holds and a second run repeats the first. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyRuleHoldsForManySeeds(long seed) {
        Random arguments = new Random(seed * 7919 + 1);
        String address = COUNTIES.get(arguments.nextInt(COUNTIES.size()));
        LocalDate from = LocalDate.of(1800, 1, 1).plusDays(arguments.nextInt(80_000));
        LocalDate to = from.plusDays(arguments.nextInt(arguments.nextBoolean() ? 3 : 40_000));
        Sex sex = switch (arguments.nextInt(3)) {
            case 0 -> Sex.MALE;
            case 1 -> Sex.FEMALE;
            default -> null;
        };
        int wanted = 1 + arguments.nextInt(1_200);

        List<ResidentId> ids = ids(SampleData.withSeed(seed), address, from, to, sex, wanted);
        long capacity = (ChronoUnit.DAYS.between(from, to) + 1) * (sex == null ? 999 : sex == Sex.MALE ? 500 : 499);

        assertThat(ids).hasSize((int) Math.min(wanted, capacity)).doesNotHaveDuplicates();
        for (ResidentId id : ids) {
            String text = id.reveal();
            assertThat(ResidentId.parse(text, to)).isEqualTo(id);
            assertThat(text.charAt(17)).isEqualTo(independentCheckCharacter(text));
            assertThat(id.addressCode().value()).isEqualTo(address);
            assertThat(id.birthDate()).isBetween(from, to);
            if (sex != null) {
                assertThat(id.sex()).isEqualTo(sex);
            }
        }
        assertThat(ids(SampleData.withSeed(seed), address, from, to, sex, wanted))
                .isEqualTo(ids);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @Test
    void certificatesNumberTheSameHoldersAsTheIdStream() {
        SampleData sample = SampleData.withSeed(42);
        List<CertificateNumber> numbers =
                sample.certificateNumbers(LINZE, FROM, TO, Sex.MALE).limit(200).toList();

        assertThat(numbers)
                .extracting(CertificateNumber::residentId)
                .isEqualTo(
                        sample.residentIds(LINZE, FROM, TO, Sex.MALE).limit(200).toList());
        for (CertificateNumber number : numbers) {
            assertThat(CertificateNumber.parse(number.reveal(), TO)).isEqualTo(number);
            assertThat(number.isReplacement()).isFalse();
            assertThat(number.reveal()).hasSize(20);
        }
        assertThat(sample.certificateNumbers(LINZE, FROM, TO, Sex.MALE)
                        .limit(200)
                        .toList())
                .isEqualTo(numbers);
    }

    @Test
    void aParallelStreamGivesTheSameElementsInTheSameOrder() {
        SampleData sample = SampleData.withSeed(13);
        List<CertificateNumber> sequential =
                sample.certificateNumbers(LINZE, FROM, TO).limit(3_000).toList();
        List<CertificateNumber> parallel = sample.certificateNumbers(LINZE, FROM, TO)
                .parallel()
                .limit(3_000)
                .toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sample.residentIds(LINZE, FROM, TO).parallel().limit(3_000).toList())
                .isEqualTo(sample.residentIds(LINZE, FROM, TO).limit(3_000).toList());
    }

    @Test
    void rejectsAnAddressAboveCountyLevel() {
        LocalDate day = LocalDate.of(1990, 1, 1);
        assertThatThrownBy(() -> SampleData.withSeed(1).residentIds(DivisionCode.parse("6207"), day, day))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid address code \"6207\": must be a county-level code, or a township or village code,"
                        + " not a prefecture code");
    }

    static Stream<Arguments> badRanges() {
        return Stream.of(
                Arguments.of(
                        LocalDate.of(2000, 1, 2),
                        LocalDate.of(2000, 1, 1),
                        "Invalid birth-date range \"2000-01-02..2000-01-01\": from must not be after to"),
                Arguments.of(
                        LocalDate.of(1799, 12, 31),
                        LocalDate.of(1800, 1, 1),
                        "Invalid birth-date range \"1799-12-31..1800-01-01\": a resident ID's birth year is 1800 or"
                                + " later"),
                Arguments.of(
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(10_000, 1, 1),
                        "Invalid birth-date range \"9999-12-31..+10000-01-01\": a resident ID's birth year has 4"
                                + " digits"));
    }

    @ParameterizedTest
    @MethodSource("badRanges")
    void rejectsABirthDateRangeNoIdCanHave(LocalDate from, LocalDate to, String message) {
        assertThatThrownBy(() -> SampleData.withSeed(1).residentIds(LINZE, from, to))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    private static List<ResidentId> ids(
            SampleData sample, String address, LocalDate from, LocalDate to, Sex sex, int limit) {
        DivisionCode code = DivisionCode.parse(address);
        Stream<ResidentId> stream =
                sex == null ? sample.residentIds(code, from, to) : sample.residentIds(code, from, to, sex);
        return new ArrayList<>(stream.limit(limit).toList());
    }
}
