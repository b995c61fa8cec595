package org.canlian.rules.roster;

import java.util.Objects;
import java.util.OptionalInt;
import org.canlian.core.InvalidValueException;
import org.canlian.core.person.ResidentId;

/**
 * The rule that holds across the rows of one roster: one person, one certificate (《中国残疾人证管理办法》, CDPF and National Health Commission, 2017). A row whose holder
 * already holds the certificate of an earlier row is rejected, naming that row's line; a replacement number
 * ({@code B1}, {@code B2} ...) of the same person is the same person.
 *
 * <pre>{@code
 * RosterCheck check = RosterCheck.create();
 * check.add(2, row);
 * check.add(9, sameHolderAgain);
 *     // InvalidValueException: Invalid resident ID 620723********4623: already holds the certificate on line 2
 *     // (one person, one certificate)
 * }</pre>
 *
 * <p>Memory: the check remembers each holder as a resident ID's 17 digits and a line, in a primitive open-addressing
 * table filled to at most three quarters, 16 to 32 bytes per holder (at most 32 MB for a million); nothing else of a row is kept. Not thread-safe: one
 * check is fed by one thread, in the roster's order.
 */
public final class RosterCheck {
    private static final int INITIAL_CAPACITY = 1 << 10;

    /** The 17 digits of each ID plus one (0 marks an empty slot). */
    private long[] keys = new long[INITIAL_CAPACITY];

    private int[] lines = new int[INITIAL_CAPACITY];
    private int size;

    private RosterCheck() {}

    /** {@return a check of a new roster, with no rows yet} */
    public static RosterCheck create() {
        return new RosterCheck();
    }

    /**
     * Adds a valid row, or rejects it if its holder is already in the roster.
     *
     * @param line the row's line (or position), named when a later row repeats the holder
     * @param row the row
     * @throws InvalidValueException rule {@code one-certificate-per-person}, naming the earlier row's line
     */
    public void add(int line, RosterRow row) {
        ResidentId id = row.residentId();
        long key = key(id);
        int slot = slot(key);
        if (keys[slot] == key) {
            throw InvalidValueException.of(
                    "resident ID",
                    "one-certificate-per-person",
                    id.masked(),
                    "already holds the certificate on line " + lines[slot] + " (one person, one certificate)");
        }
        keys[slot] = key;
        lines[slot] = line;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
    }

    /**
     * Records that the holder with this key ({@link #holderKey}) is on an earlier line of the roster, read elsewhere: a
     * row of theirs added later is rejected naming that line, as if that row had been added. This is how a roster split
     * into parts read apart (a distributed engine's partitions) is checked exactly: key every valid row in a first pass,
     * find the keys on rows of more than one part, and seed each part's check with those whose first line is before
     * the part's.
     *
     * <pre>{@code
     * check.addEarlier(RosterCheck.holderKey(id), 2);
     * check.add(9, rowOfTheSameHolder);   // InvalidValueException: ... already holds the certificate on line 2 ...
     * }</pre>
     *
     * @param holderKey the holder's key
     * @param line the earlier line
     * @throws InvalidValueException if the key is not a holder's key, or the line is not positive
     */
    public void addEarlier(long holderKey, int line) {
        if (holderKey < 1 || holderKey > 100_000_000_000_000_000L) {
            throw InvalidValueException.of(
                    "holder key", "range", "(not shown)", "is not a key RosterCheck.holderKey gives (1 to 10^17)");
        }
        if (line < 1) {
            throw InvalidValueException.of("roster row line", "positive", Integer.toString(line), "must be 1 or more");
        }
        int slot = slot(holderKey);
        if (keys[slot] == holderKey) {
            lines[slot] = Math.min(lines[slot], line);
            return;
        }
        keys[slot] = holderKey;
        lines[slot] = line;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
    }

    /**
     * The key this check knows a holder by: the resident ID's first 17 digits (the 18th follows from them) plus one, the
     * same for every certificate number of one person. It is the resident ID in another form, and as personal: keep
     * it out of logs and messages.
     *
     * @param id a resident ID
     * @return the key, 1 to 10^17
     */
    public static long holderKey(ResidentId id) {
        return key(Objects.requireNonNull(id, "id"));
    }

    /**
     * The line of the row of this holder, if the roster has one.
     *
     * @param id a resident ID
     * @return the line, or empty
     */
    public OptionalInt lineOf(ResidentId id) {
        long key = key(Objects.requireNonNull(id, "id"));
        int slot = slot(key);
        return keys[slot] == key ? OptionalInt.of(lines[slot]) : OptionalInt.empty();
    }

    /**
     * For each part of a roster read apart, the holders of that part whom an earlier part also holds, each with the
     * earliest of their lines there: the check to read that part again with, so that its rows of those holders are
     * rejected as a whole-roster read rejects them. A part sharing no holder with the parts before it gets an empty
     * check (nothing to read again).
     *
     * <pre>{@code
     * List<RosterCheck> seeds = RosterCheck.earlierHolders(List.of(checkOfPart1, checkOfPart2));
     * seeds.get(1).size();       // 1 when part 2 repeats a holder of part 1: read part 2 again with seeds.get(1)
     * }</pre>
     *
     * @param parts the checks of the parts, each fed by one part's read, in roster order
     * @return per part, the holders it shares with earlier parts, at their earliest line
     */
    public static java.util.List<RosterCheck> earlierHolders(java.util.List<RosterCheck> parts) {
        RosterCheck before = new RosterCheck();
        java.util.List<RosterCheck> seeds = new java.util.ArrayList<>(parts.size());
        for (RosterCheck part : parts) {
            RosterCheck seed = new RosterCheck();
            for (int i = 0; i < part.keys.length; i++) {
                long key = part.keys[i];
                if (key != 0) {
                    int slot = before.slot(key);
                    if (before.keys[slot] == key) {
                        seed.addEarlier(key, before.lines[slot]);
                    }
                }
            }
            for (int i = 0; i < part.keys.length; i++) {
                if (part.keys[i] != 0) {
                    before.addEarlier(part.keys[i], part.lines[i]);
                }
            }
            seeds.add(seed);
        }
        return java.util.List.copyOf(seeds);
    }

    /** {@return how many holders the roster has so far} */
    public int size() {
        return size;
    }

    /** The ID's first 17 digits (the 18th, the check character, follows from them) plus one. */
    private static long key(ResidentId id) {
        String digits = id.reveal();
        long key = 0;
        for (int i = 0; i < 17; i++) {
            key = key * 10 + (digits.charAt(i) - '0');
        }
        return key + 1;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        // MurmurHash3's 64-bit finaliser: IDs share their leading digits, so every bit must mix into the slot.
        long h = key;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        int slot = (int) h & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    @Override
    public String toString() {
        return "RosterCheck[" + size + " holders]";
    }
}
