package org.canlian.rules.subsidy;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.FactSource;

/**
 * Many claimants laid out for bulk decisions: what compiled rules read of each person (birth date, certificate days,
 * application months, first stopping event) as columns of numbers, and what many people share (the coded facts, the
 * registration, the outside allowances) kept once and referenced by number. A province's claimants share a few
 * thousand combinations of category, grade, household status and flags, so {@link CompiledBatch} decides each
 * combination once per month and each person with a few comparisons, reading memory in order.
 *
 * <pre>{@code
 * ClaimantBatch people = ClaimantBatch.of(claimants);                 // once, for any month and policy
 * CompiledBatch march = calculator.compile(county, YearMonth.of(2025, 3)).forBatch(people);
 * long[] out = new long[Programme.values().length];
 * for (int i = 0; i < people.size(); i++) {
 *     march.decideAll(i, out);                                        // as CompiledSubsidies.decideAll(claimant, out)
 * }
 * }</pre>
 *
 * <p>For explained decisions ({@link CompiledBatch#decide}) it keeps, besides, each claimant's certificate rating
 * and days and the day of each application (the distinct days numbered once), and the claimants themselves ({@link
 * #get}): columns of about 110 bytes a claimant in all. This class is immutable and thread-safe.
 */
public final class ClaimantBatch {
    /** {@link #certificateFrom} of a claimant whose certificate's validity is unknown. */
    static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    private static final int PROGRAMMES = Programme.values().length;

    private final Claimant[] claimants;
    /** Per claimant: the position of their coded facts in {@link #profiles}. */
    private final int[] profile;
    /** The distinct coded facts: a claimant's encoded facts with the age slot 0 when the birth date is known. */
    private final long[][] profiles;
    /** Per claimant: the birth date as yyyymmdd, 0 when unknown (a compiled batch counts it in no age band). */
    private final int[] birth;
    /** Per claimant: the position of their registration in {@link #registrations}, -1 if unknown. */
    private final int[] registration;

    private final DivisionCode[] registrations;
    /** Whether a claimant's registration is unknown: a compiled batch reads registrations then. */
    private final boolean anyRegistrationUnknown;
    /** Per claimant: the position of their outside allowances in {@link #allowances}, -1 if unknown. */
    private final int[] allowance;

    private final long[][] allowances;
    /**
     * Per claimant: the certificate's first and last valid day (before a cancellation), as epoch days; the first is
     * {@link #UNKNOWN_DAY} when its validity is unknown.
     */
    private final int[] certificate;
    /**
     * Per programme ordinal, then claimant ({@code [programme * size + i]}): the application month index, as {@link
     * Claimant#applicationMonth}. A month reads a few programmes of every claimant: each is one run of memory.
     */
    private final int[] applied;
    /** Per claimant: the month index of the first stopping event, {@code Integer.MAX_VALUE} if none. */
    private final int[] event;

    // What explained decisions read besides (see CompiledBatch#decide), so that they need not read the claimants.

    /** Per claimant: the certificate's rating, as a position in {@link #ratings}; -1 if unknown. */
    private final int[] rating;

    private final DisabilityRating[] ratings;
    /**
     * Per claimant: the certificate's valid-until and cancellation days as epoch days ({@code [2 * i]} and {@code [2 * i
     * + 1]}, the latter {@link Long#MAX_VALUE} if not cancelled), meaningful when its validity is known.
     */
    private final long[] certificateEnds;
    /**
     * Per claimant, then programme ordinal ({@code [i * programmes + programme]}): the application day, as a position in
     * {@link #applicationDays}; -1 when no day is known. An explained decision reads a claimant's programmes in turn:
     * their days are side by side.
     */
    private final int[] appliedDay;
    /** The distinct days of application in the batch, as epoch days, in ascending order. */
    private final long[] applicationDays;

    private ClaimantBatch(List<Claimant> list) {
        int n = list.size();
        claimants = list.toArray(Claimant[]::new);
        profile = new int[n];
        birth = new int[n];
        registration = new int[n];
        allowance = new int[n];
        certificate = new int[2 * n];
        applied = new int[PROGRAMMES * n];
        event = new int[n];
        rating = new int[n];
        certificateEnds = new long[2 * n];
        appliedDay = new int[PROGRAMMES * n];
        Interner<DisabilityRating> rated = new Interner<>();
        Interner<long[]> facts = new Interner<>();
        Interner<DivisionCode> divisions = new Interner<>();
        Interner<long[]> outside = new Interner<>();
        for (int i = 0; i < n; i++) {
            Claimant c = claimants[i];
            long[] encoded = c.encodedFacts().clone();
            long born = encoded[SubsidyFacts.AGE];
            birth[i] = born == FactSource.UNKNOWN ? 0 : (int) born;
            encoded[SubsidyFacts.AGE] = born == FactSource.UNKNOWN ? FactSource.UNKNOWN : 0;
            profile[i] = facts.indexOf(LongBuffer.wrap(encoded), encoded);
            DivisionCode registered = c.registrationOrNull();
            registration[i] = registered == null ? -1 : divisions.indexOf(registered, registered);
            long[] fen = c.allowanceFen();
            allowance[i] = fen == null ? -1 : outside.indexOf(LongBuffer.wrap(fen), fen);
            if (c.certificateKnown()) {
                certificate[2 * i] = Math.toIntExact(c.certificateFromDay());
                certificate[2 * i + 1] = Math.toIntExact(c.lastValidDay());
                certificateEnds[2 * i] = c.certificateUntilDay();
                certificateEnds[2 * i + 1] = c.cancelledDay();
            } else {
                certificate[2 * i] = UNKNOWN_DAY;
            }
            DisabilityRating r = c.rating().orElse(null);
            rating[i] = r == null ? -1 : rated.indexOf(r, r);
            for (int p = 0; p < PROGRAMMES; p++) {
                applied[p * n + i] = c.applicationMonth(p);
            }
            event[i] = c.firstEventMonth();
        }
        applicationDays = distinctApplicationDays(claimants);
        for (int i = 0; i < n; i++) {
            for (Programme p : Programme.values()) {
                java.time.LocalDate day = claimants[i].application(p);
                appliedDay[i * PROGRAMMES + p.ordinal()] =
                        day == null ? -1 : Arrays.binarySearch(applicationDays, day.toEpochDay());
            }
        }
        ratings = rated.values(DisabilityRating[]::new);
        profiles = facts.values(long[][]::new);
        registrations = divisions.values(DivisionCode[]::new);
        anyRegistrationUnknown = Arrays.stream(registration).anyMatch(r -> r < 0);
        allowances = outside.values(long[][]::new);
    }

    /** Every day someone applied on, for any programme, sorted, once each: made without boxing a million days. */
    private static long[] distinctApplicationDays(Claimant[] claimants) {
        long[] days = new long[16];
        int count = 0;
        for (Claimant c : claimants) {
            for (Programme p : Programme.values()) {
                java.time.LocalDate day = c.application(p);
                if (day != null) {
                    if (count == days.length) {
                        days = Arrays.copyOf(days, 2 * count);
                    }
                    days[count++] = day.toEpochDay();
                }
            }
        }
        return Arrays.stream(days, 0, count).sorted().distinct().toArray();
    }

    /**
     * {@return the claimants as a batch, in the list's order}
     *
     * @param claimants the claimants (not null, no null element)
     * @throws NullPointerException naming the position of a null element
     */
    public static ClaimantBatch of(List<Claimant> claimants) {
        Objects.requireNonNull(claimants, "claimants");
        List<Claimant> copy = new java.util.ArrayList<>(claimants);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new NullPointerException("claimants[" + i + "] is null: a batch holds claimants only");
            }
        }
        return new ClaimantBatch(copy);
    }

    /** {@return the number of claimants} */
    public int size() {
        return claimants.length;
    }

    /**
     * {@return the claimant at a position}
     *
     * @param index the position, from 0
     */
    public Claimant get(int index) {
        return claimants[index];
    }

    /** {@return the number of distinct combinations of coded facts (category, grade, household, flags, ...)} */
    public int profileCount() {
        return profiles.length;
    }

    @Override
    public String toString() {
        return "ClaimantBatch[" + claimants.length + " claimants, " + profiles.length + " fact profiles]";
    }

    // Package-private column reads for CompiledBatch: no copy, no allocation.

    long[] profileFacts(int p) {
        return profiles[p];
    }

    int profile(int i) {
        return profile[i];
    }

    /** The birth date as yyyymmdd, 0 when unknown (no birth date is that early). */
    int birth(int i) {
        return birth[i];
    }

    int registrationCount() {
        return registrations.length;
    }

    DivisionCode registrationAt(int r) {
        return registrations[r];
    }

    int registration(int i) {
        return registration[i];
    }

    /** Whether some claimant's registration is unknown ({@link #registration} -1). */
    boolean anyRegistrationUnknown() {
        return anyRegistrationUnknown;
    }

    /** The outside allowances in fen by ordinal (-1: not received), or null if unknown. */
    long[] allowanceFen(int i) {
        int a = allowance[i];
        return a < 0 ? null : allowances[a];
    }

    /** The position of a claimant's outside allowances among the distinct ones, -1 if unknown. */
    int allowanceIndex(int i) {
        return allowance[i];
    }

    int allowanceCount() {
        return allowances.length;
    }

    long[] allowanceAt(int a) {
        return allowances[a];
    }

    /** As {@link Claimant#certificateValidWithin(long, long)}. */
    int certificateValidWithin(int i, long firstDay, long lastDay) {
        int from = certificate[2 * i];
        if (from == UNKNOWN_DAY) {
            return -1;
        }
        return Claimant.validWithin(from, certificate[2 * i + 1], firstDay, lastDay);
    }

    int applicationMonth(int i, int programme) {
        return applied[programme * claimants.length + i];
    }

    int firstEventMonth(int i) {
        return event[i];
    }

    /** The certificate's rating, for a claimant whose certificate's validity is known. */
    DisabilityRating rating(int i) {
        return ratings[rating[i]];
    }

    /** As {@link Claimant#certificateFromDay}, for a claimant whose certificate's validity is known. */
    long certificateFromDay(int i) {
        return certificate[2 * i];
    }

    /** As {@link Claimant#certificateUntilDay}, for a claimant whose certificate's validity is known. */
    long certificateUntilDay(int i) {
        return certificateEnds[2 * i];
    }

    /** As {@link Claimant#cancelledDay}, for a claimant whose certificate's validity is known. */
    long cancelledDay(int i) {
        return certificateEnds[2 * i + 1];
    }

    /** The number of distinct days of application in the batch. */
    int applicationDayCount() {
        return applicationDays.length;
    }

    /** The position of claimant {@code i}'s day of application for a programme among the distinct days, -1 if none. */
    int applicationDay(int i, int programme) {
        return appliedDay[i * PROGRAMMES + programme];
    }

    /** The distinct day of application at a position, as an epoch day. */
    long applicationDayAt(int d) {
        return applicationDays[d];
    }

    /**
     * Numbers distinct values in order of first appearance, by a key that compares them by content: the value itself,
     * or a {@link LongBuffer} over an array (whose equals and hashCode read the elements).
     */
    private static final class Interner<T> {
        private final Map<Object, Integer> positions = new HashMap<>();
        private final java.util.ArrayList<T> values = new java.util.ArrayList<>();

        int indexOf(Object key, T value) {
            return positions.computeIfAbsent(key, k -> {
                values.add(value);
                return values.size() - 1;
            });
        }

        T[] values(java.util.function.IntFunction<T[]> array) {
            return values.toArray(array.apply(0));
        }
    }
}
