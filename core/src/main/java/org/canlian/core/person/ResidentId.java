package org.canlian.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.division.DivisionCode;

/**
 * A citizen's 18-character resident identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 *
 * <p>Personal data: {@link #toString()} and every error message show it masked, {@code 110105********002X}; only
 * {@link #reveal()} gives the full number.
 *
 * <p>Rules checked, in order: 18 characters; 17 digits then a digit or {@code X} (a lower-case {@code x} is read as
 * {@code X}); an address code whose province is one of GB/T 2260 and whose prefecture digits are not {@code 00}; a
 * real birth date from 1800 on and not after today; the check character.
 *
 * <pre>{@code
 * ResidentId id = ResidentId.parse("11010519491231002X");
 * id.birthDate();                              // 1949-12-31
 * id.sex();                                    // FEMALE
 * id.addressCode();                            // 110105
 * id.ageOn(LocalDate.of(2026, 1, 1));          // 76
 * id.toString();                               // "110105********002X"
 * ResidentId.fromLegacy("110105491231002");   // 11010519491231002X
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidentId implements Comparable<ResidentId> {
    private static final String FIELD = "resident ID";
    /** Resident IDs are issued in China; "today" for the future-birth-date rule is China's date. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int EARLIEST_BIRTH_YEAR = 1800;

    private final String value;
    /** Read once when parsed: rosters and calculators ask for it per person and month. */
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Reads an 18-character resident ID, checking that the birth date is not after today's date in China.
     *
     * @param text the ID; a final {@code x} is read as {@code X}
     * @return the ID
     * @throws InvalidValueException naming the rule broken, with the ID masked
     */
    public static ResidentId parse(CharSequence text) {
        return parse(text, LocalDate.now(CHINA));
    }

    /**
     * Reads an 18-character resident ID, checking that the birth date is not after {@code today}: the form to use
     * where results must not depend on the clock (tests, replays, batch runs as of a date).
     *
     * @param text the ID; a final {@code x} is read as {@code X}
     * @param today the date against which a birth date counts as "in the future"
     * @return the ID
     * @throws InvalidValueException naming the rule broken, with the ID masked
     */
    public static ResidentId parse(CharSequence text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        if (text.length() != 18) {
            throw invalid(text, "length", "must have 18 characters, not " + text.length());
        }
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "characters", "character " + (i + 1) + " must be a digit");
            }
        }
        char last = text.charAt(17);
        if (last == 'x') {
            last = 'X';
        }
        if ((last < '0' || last > '9') && last != 'X') {
            throw invalid(text, "characters", "character 18 must be a digit or X");
        }
        String normalized = text.subSequence(0, 17).toString() + last;
        checkAddressCode(normalized);
        LocalDate birthDate = birthDateOf(normalized, 6, 8);
        if (birthDate.isAfter(today)) {
            // The reason never spells out the birth date: the masked form hides it on purpose.
            throw invalid(normalized, "birth-date", "birth date is in the future");
        }
        char expected = checkCharacter(normalized);
        if (last != expected) {
            throw invalid(normalized, "check-character", "check character should be " + expected);
        }
        return new ResidentId(normalized, birthDate);
    }

    /**
     * Upgrades a 15-digit first-generation ID (address, {@code YYMMDD} birth date in the 1900s, sequence) to the
     * 18-character form, inserting {@code 19} and computing the check character.
     *
     * @param text the 15-digit ID
     * @return the 18-character ID
     * @throws InvalidValueException naming the rule broken, with the ID masked
     */
    public static ResidentId fromLegacy(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 15) {
            throw invalid(text, "legacy-length", "a first-generation ID must have 15 digits, not " + text.length());
        }
        for (int i = 0; i < 15; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "characters", "character " + (i + 1) + " must be a digit");
            }
        }
        String seventeen = text.subSequence(0, 6) + "19" + text.subSequence(6, 15);
        String full = seventeen + checkCharacter(seventeen);
        return parse(full, LocalDate.MAX);
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first 17 digits: weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4
     * 2}, sum mod 11, then {@code "10X98765432"}.
     *
     * <pre>{@code
     * ResidentId.checkCharacter("11010519491231002");   // 'X'
     * }</pre>
     *
     * @param digits at least 17 characters, of which the first 17 are digits
     * @return the check character, {@code 0}-{@code 9} or {@code X}
     * @throws InvalidValueException if there are fewer than 17 characters or one of the first 17 is not a digit
     */
    public static char checkCharacter(CharSequence digits) {
        if (digits.length() < 17) {
            throw invalid(digits, "length", "needs 17 digits to compute a check character, not " + digits.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(digits, "characters", "character " + (i + 1) + " must be a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static void checkAddressCode(String id) {
        int province = (id.charAt(0) - '0') * 10 + (id.charAt(1) - '0');
        if (!DivisionCode.isKnownProvince(province)) {
            throw invalid(id, "address-code", "address code starts with " + id.substring(0, 2) + ", not a province");
        }
        if (id.charAt(2) == '0' && id.charAt(3) == '0') {
            throw invalid(id, "address-code", "address code has prefecture digits 00");
        }
    }

    private static LocalDate birthDateOf(String id, int from, int yearDigits) {
        // The digits were checked before: read them in place, without substrings.
        int year = digits(id, from, from + yearDigits - 4);
        int month = digits(id, from + yearDigits - 4, from + yearDigits - 2);
        int day = digits(id, from + yearDigits - 2, from + yearDigits);
        if (year < EARLIEST_BIRTH_YEAR) {
            throw invalid(id, "birth-date", "birth year is before " + EARLIEST_BIRTH_YEAR);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(id, "birth-date", "birth date is not a real date");
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static InvalidValueException invalid(CharSequence text, String rule, String reason) {
        return InvalidValueException.of(FIELD, rule, Masking.mask(text), reason);
    }

    /** {@return the full, unmasked ID} Personal data: do not log it. */
    public String reveal() {
        return value;
    }

    /** {@return the masked form, {@code 110105********002X}, as {@link #toString()}} */
    public String masked() {
        return Masking.mask(value);
    }

    /** {@return the 6-digit address code of where the ID was first issued, as a county-level division code} */
    public DivisionCode addressCode() {
        return DivisionCode.parse(value.substring(0, 6));
    }

    /** {@return the date of birth} */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** {@return the sex the sequence digits record (odd male, even female)} */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The age in whole years on a date.
     *
     * @param date the date, not before the birth date
     * @return completed years of age
     * @throws InvalidValueException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        LocalDate born = birthDate();
        if (date.isBefore(born)) {
            throw invalid(value, "age", "age asked on " + date + ", before the birth date");
        }
        return Period.between(born, date).getYears();
    }

    /** Orders IDs by their digits. */
    @Override
    public int compareTo(ResidentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked ID, {@code 110105********002X}; use {@link #reveal()} for the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
