package org.canlian.core.person;

import java.time.LocalDate;
import java.util.Random;

/** Resident IDs for tests, their check character computed here independently of the code under test. */
public final class TestIds {
    private TestIds() {}

    /** The 17 digits followed by their ISO 7064 MOD 11-2 check character: the tests' own oracle. */
    public static String withCheckCharacter(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(seventeenDigits.charAt(i), 10) * weights[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }

    /** A random valid ID over real province codes, born 1900-2025, with its check character. */
    public static String randomValidId(Random random) {
        int[] provinces = {11, 12, 13, 31, 44, 51, 62, 65, 81};
        int province = provinces[random.nextInt(provinces.length)];
        int prefecture = 1 + random.nextInt(99);
        int county = random.nextInt(100);
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(46_000));
        int sequence = random.nextInt(1000);
        String seventeen = String.format(
                "%02d%02d%02d%04d%02d%02d%03d",
                province, prefecture, county, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return withCheckCharacter(seventeen);
    }
}
