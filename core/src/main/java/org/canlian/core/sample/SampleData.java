package org.canlian.core.sample;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;

/**
 * A deterministic generator of valid resident IDs and certificate numbers for tests: the same seed and the same
 * arguments give the same sequence, on every run, machine and JDK.
 *
 * <pre>{@code
 * SampleData sample = SampleData.withSeed(42);
 * DivisionCode linze = DivisionCode.parse("620723");
 * List<ResidentId> women = sample
 *         .residentIds(linze, LocalDate.of(1950, 1, 1), LocalDate.of(1999, 12, 31), Sex.FEMALE)
 *         .limit(50)
 *         .toList();
 * CertificateNumber first = sample
 *         .certificateNumbers(linze, LocalDate.of(1950, 1, 1), LocalDate.of(1999, 12, 31))
 *         .findFirst()
 *         .orElseThrow();                      // category and grade drawn from CertificateMix.COUNTY_ROSTER
 * }</pre>
 *
 * <p>What every stream guarantees:
 *
 * <ul>
 *   <li>every ID parses with {@link ResidentId#parse(CharSequence, LocalDate)}: its check character is computed
 *       with {@link ResidentId#checkCharacter(CharSequence)}, its address code is the county of the given code, its
 *       birth date lies in the given range (both ends included) and its sequence digits, 001 to 999, are odd for a
 *       man and even for a woman as asked;
 *   <li>no ID occurs twice in one stream: each (birth date, sequence) is allocated once. The stream ends when every
 *       ID the arguments allow has been given (999 per day, 500 men's or 499 women's), so it is finite;
 *   <li>each stream depends only on the seed and its own arguments, not on which streams were asked for before:
 *       asking twice with the same arguments gives the same stream again (the same IDs), so a test that needs IDs
 *       distinct across several calls uses one stream, or different ranges, sexes or addresses;
 *   <li>{@code certificateNumbers(...)} with the same arguments as {@code residentIds(...)} numbers the same IDs, in
 *       the same order; only category and grade are drawn, from {@link #mix()}.
 * </ul>
 *
 * <p>No clock is read: the caller's range bounds the birth dates, so an ID is "not in the future" for any date from
 * {@code to} on. Streams are sequential; made parallel, they still give the same elements in the same encounter
 * order. The generator itself is immutable and thread-safe.
 */
public final class SampleData {
    private static final int LAST_SEQUENCE = 999;
    private static final long ID_STREAM = 0x1D5EED;
    private static final long CERTIFICATE_STREAM = 0xCE27;

    private final long seed;
    private final CertificateMix mix;

    private SampleData(long seed, CertificateMix mix) {
        this.seed = seed;
        this.mix = mix;
    }

    /**
     * A generator with a seed and the default certificate mix, {@link CertificateMix#COUNTY_ROSTER}.
     *
     * @param seed any number; the same seed gives the same data
     * @return the generator
     */
    public static SampleData withSeed(long seed) {
        return new SampleData(seed, CertificateMix.COUNTY_ROSTER);
    }

    /**
     * This generator with another distribution of certificate categories and grades.
     *
     * <pre>{@code
     * SampleData.withSeed(1).withMix(CertificateMix.COUNTY_ROSTER.withGradeWeights(Map.of(DisabilityGrade.ONE, 1)));
     * }</pre>
     *
     * @param mix the distribution
     * @return the new generator, same seed
     */
    public SampleData withMix(CertificateMix mix) {
        return new SampleData(seed, Objects.requireNonNull(mix, "mix"));
    }

    /** {@return the seed} */
    public long seed() {
        return seed;
    }

    /** {@return the distribution certificate categories and grades are drawn from} */
    public CertificateMix mix() {
        return mix;
    }

    /**
     * Distinct valid resident IDs of either sex.
     *
     * @param address a county-level code, or a township or village code whose county is meant
     * @param from the earliest birth date, year 1800 or later
     * @param to the latest birth date, not before {@code from}
     * @return a finite sequential stream of distinct IDs, in a seeded random order
     * @throws InvalidValueException if the address is above county level or the range is empty or before 1800
     */
    public Stream<ResidentId> residentIds(DivisionCode address, LocalDate from, LocalDate to) {
        return stream(new IdIterator(address, from, to, null));
    }

    /**
     * Distinct valid resident IDs of one sex.
     *
     * @param address a county-level code, or a township or village code whose county is meant
     * @param from the earliest birth date, year 1800 or later
     * @param to the latest birth date, not before {@code from}
     * @param sex the sex every ID records
     * @return a finite sequential stream of distinct IDs, in a seeded random order
     * @throws InvalidValueException if the address is above county level or the range is empty or before 1800
     */
    public Stream<ResidentId> residentIds(DivisionCode address, LocalDate from, LocalDate to, Sex sex) {
        return stream(new IdIterator(address, from, to, Objects.requireNonNull(sex, "sex")));
    }

    /**
     * Certificate numbers (originals, without a replacement suffix) for distinct holders of either sex.
     *
     * @param address a county-level code, or a township or village code whose county is meant
     * @param from the earliest birth date, year 1800 or later
     * @param to the latest birth date, not before {@code from}
     * @return a finite sequential stream; the holders' IDs are those {@link #residentIds(DivisionCode, LocalDate,
     *     LocalDate)} gives
     * @throws InvalidValueException if the address is above county level or the range is empty or before 1800
     */
    public Stream<CertificateNumber> certificateNumbers(DivisionCode address, LocalDate from, LocalDate to) {
        return certificates(new IdIterator(address, from, to, null));
    }

    /**
     * Certificate numbers (originals, without a replacement suffix) for distinct holders of one sex.
     *
     * @param address a county-level code, or a township or village code whose county is meant
     * @param from the earliest birth date, year 1800 or later
     * @param to the latest birth date, not before {@code from}
     * @param sex the sex every holder's ID records
     * @return a finite sequential stream; the holders' IDs are those {@link #residentIds(DivisionCode, LocalDate,
     *     LocalDate, Sex)} gives
     * @throws InvalidValueException if the address is above county level or the range is empty or before 1800
     */
    public Stream<CertificateNumber> certificateNumbers(DivisionCode address, LocalDate from, LocalDate to, Sex sex) {
        return certificates(new IdIterator(address, from, to, Objects.requireNonNull(sex, "sex")));
    }

    private Stream<CertificateNumber> certificates(IdIterator ids) {
        Random draws = new Random(ids.streamSeed(CERTIFICATE_STREAM));
        // Drawn inside next(), not in a map() stage: the n-th number is then the same even if the caller goes parallel.
        Iterator<CertificateNumber> numbers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public CertificateNumber next() {
                ResidentId id = ids.next();
                return CertificateNumber.of(id, mix.drawCategory(draws), mix.drawGrade(draws));
            }
        };
        return stream(numbers, ids.capacity);
    }

    private static Stream<ResidentId> stream(IdIterator ids) {
        return stream(ids, ids.capacity);
    }

    /** Elements come from the iterator in order, one thread at a time, even when the stream is made parallel. */
    private static <T> Stream<T> stream(Iterator<T> values, long size) {
        int characteristics = Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL;
        return StreamSupport.stream(Spliterators.spliterator(values, size, characteristics), false);
    }

    /** How many different sequence digits a day has for a sex (or for either, when {@code sex} is null). */
    private static int sequencesPerDay(Sex sex) {
        if (sex == null) {
            return LAST_SEQUENCE;
        }
        return sex == Sex.MALE ? (LAST_SEQUENCE + 1) / 2 : LAST_SEQUENCE / 2;
    }

    /** The sequence digits of the k-th sequence (0-based) of a sex: 1, 3, 5 ... for men, 2, 4 ... for women. */
    private static int sequence(int k, Sex sex) {
        if (sex == null) {
            return k + 1;
        }
        return sex == Sex.MALE ? 2 * k + 1 : 2 * k + 2;
    }

    /** SplitMix64's finaliser: spreads the bits of the seed and arguments so that nearby inputs give unrelated streams. */
    private static long mix(long h, long value) {
        long z = h * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Draws a birth date and a sequence, and where that pair is taken probes to the next free sequence of that day,
     * then to the next day: every draw succeeds, and the stream ends exactly when the range is used up.
     */
    private final class IdIterator implements Iterator<ResidentId> {
        private final String county;
        private final LocalDate from;
        private final LocalDate to;
        private final Sex sex;
        private final int days;
        private final int perDay;
        private final long capacity;
        private final Random random;
        private final Map<Integer, BitSet> taken = new HashMap<>();
        private long issued;

        IdIterator(DivisionCode address, LocalDate from, LocalDate to, Sex sex) {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            this.county = countyOf(address);
            checkRange(from, to);
            this.from = from;
            this.to = to;
            this.sex = sex;
            this.days = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
            this.perDay = sequencesPerDay(sex);
            this.capacity = (long) days * perDay;
            this.random = new Random(streamSeed(ID_STREAM));
        }

        long streamSeed(long kind) {
            long h = mix(seed, kind);
            h = mix(h, Long.parseLong(county));
            h = mix(h, from.toEpochDay());
            h = mix(h, to.toEpochDay());
            return mix(h, sex == null ? 0 : sex.ordinal() + 1);
        }

        @Override
        public boolean hasNext() {
            return issued < capacity;
        }

        @Override
        public ResidentId next() {
            if (!hasNext()) {
                throw new NoSuchElementException("every ID of the range has been given");
            }
            int day = random.nextInt(days);
            int k = random.nextInt(perDay);
            BitSet used = taken.computeIfAbsent(day, d -> new BitSet(perDay));
            while (used.cardinality() == perDay) {
                day = (day + 1) % days;
                used = taken.computeIfAbsent(day, d -> new BitSet(perDay));
            }
            k = used.nextClearBit(k);
            if (k >= perDay) {
                k = used.nextClearBit(0);
            }
            used.set(k);
            issued++;
            String seventeen = county
                    + from.plusDays(day).toString().replace("-", "")
                    + Integer.toString(1000 + sequence(k, sex)).substring(1);
            return ResidentId.parse(seventeen + ResidentId.checkCharacter(seventeen), to);
        }
    }

    private static String countyOf(DivisionCode address) {
        return address.ancestorAt(DivisionLevel.COUNTY)
                .map(DivisionCode::value)
                .orElseThrow(() -> InvalidValueException.of(
                        "address code",
                        "level",
                        Masking.quote(address.value()),
                        "must be a county-level code, or a township or village code, not a "
                                + address.level().englishName() + " code"));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw InvalidValueException.of(
                    "birth-date range", "order", Masking.quote(from + ".." + to), "from must not be after to");
        }
        if (from.getYear() < 1800) {
            throw InvalidValueException.of(
                    "birth-date range",
                    "earliest",
                    Masking.quote(from + ".." + to),
                    "a resident ID's birth year is 1800 or later");
        }
        if (to.getYear() > 9999) {
            throw InvalidValueException.of(
                    "birth-date range",
                    "latest",
                    Masking.quote(from + ".." + to),
                    "a resident ID's birth year has 4 digits");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampleData other && seed == other.seed && mix.equals(other.mix);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(seed, mix);
    }

    @Override
    public String toString() {
        return "SampleData[seed " + seed + ", " + mix + "]";
    }
}
