package org.canlian.rules.subsidy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/**
 * People for the subsidy tests: a valid resident ID (its check character computed here, independently of the code under
 * test, as core's {@code TestIds} does) and the facts a row of a regional table reads. Facts not set stay unknown,
 * except the national exclusions' flags (false) and the applications (on the certificate's issue date), which every row
 * needs known.
 */
final class RegionalPeople {
    /** The "today" resident IDs are parsed against: results do not depend on the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private RegionalPeople() {}

    /** The 17 digits followed by their ISO 7064 MOD 11-2 check character. */
    static String withCheckCharacter(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(seventeenDigits.charAt(i), 10) * weights[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }

    /** A valid resident ID with this county address code and birth date (sequence 001). */
    static ResidentId id(String county, LocalDate born) {
        return ResidentId.parse(
                withCheckCharacter(county + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "001"), TODAY);
    }

    /** A person registered in {@code division} (a county, township or village code), urban or rural. */
    static Person in(String division, RegistrationType type) {
        return new Person(division, type);
    }

    /** A person being described, row by row. */
    static final class Person {
        private final String division;
        private RegistrationType type;
        private LocalDate born = LocalDate.of(1970, 5, 20);
        private boolean knownId = true;
        private DisabilityRating rating = DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.FOUR);
        private LocalDate issued = LocalDate.of(2019, 6, 1);
        private HouseholdStatus household;
        private Boolean longTermCare;
        private Boolean fixedIncome;
        private boolean destitute;
        private boolean childSupport;
        private boolean workInjuryCare;
        private LocalDate applied;

        private Person(String division, RegistrationType type) {
            this.division = division;
            this.type = type;
        }

        Person household(HouseholdStatus status) {
            household = status;
            return this;
        }

        Person dibao() {
            return household(HouseholdStatus.DIBAO);
        }

        /** A single-category disability of this grade. */
        Person rated(DisabilityCategory category, int grade) {
            rating = DisabilityRating.single(category, DisabilityGrade.values()[grade - 1]);
            return this;
        }

        /** A multiple disability of two components. */
        Person multiple(DisabilityCategory a, int gradeA, DisabilityCategory b, int gradeB) {
            rating = DisabilityRating.multiple(List.of(
                    new DisabilityRating.Component(a, DisabilityGrade.values()[gradeA - 1]),
                    new DisabilityRating.Component(b, DisabilityGrade.values()[gradeB - 1])));
            return this;
        }

        /** Needs long-term care (more than 6 months). */
        Person needsCare() {
            longTermCare = true;
            return this;
        }

        Person noLongTermCare() {
            longTermCare = false;
            return this;
        }

        Person noFixedIncome() {
            fixedIncome = false;
            return this;
        }

        Person fixedIncome() {
            fixedIncome = true;
            return this;
        }

        Person born(int year, int month, int day) {
            born = LocalDate.of(year, month, day);
            return this;
        }

        /** The resident ID, and so the age, is unknown. */
        Person noId() {
            knownId = false;
            return this;
        }

        /** Whether urban or rural is unknown. */
        Person typeUnknown() {
            type = null;
            return this;
        }

        /** The certificate was issued on this date, valid ten years. */
        Person certifiedOn(int year, int month, int day) {
            issued = LocalDate.of(year, month, day);
            return this;
        }

        Person destitute() {
            destitute = true;
            return this;
        }

        Person childSupport() {
            childSupport = true;
            return this;
        }

        Person workInjuryCare() {
            workInjuryCare = true;
            return this;
        }

        /** Both subsidies applied for on this date (default: the certificate's issue date). */
        Person applied(int year, int month, int day) {
            applied = LocalDate.of(year, month, day);
            return this;
        }

        Claimant build() {
            DivisionCode registration = DivisionCode.parse(division);
            Claimant.Builder b = Claimant.builder()
                    .certificate(rating, issued, issued.plusYears(10).minusDays(1))
                    .destituteSupport(destitute)
                    .childSupport(childSupport)
                    .workInjuryCare(workInjuryCare)
                    .applied(Programme.LIVING, applied == null ? issued : applied)
                    .applied(Programme.CARE, applied == null ? issued : applied);
            if (knownId) {
                b.residentId(id(division.substring(0, 6), born));
            }
            if (type == null) {
                b.registration(registration);
            } else {
                b.registration(registration, type);
            }
            if (household != null) {
                b.household(household);
            }
            if (longTermCare != null) {
                b.longTermCare(longTermCare);
            }
            if (fixedIncome != null) {
                b.fixedIncome(fixedIncome);
            }
            return b.build();
        }
    }
}
