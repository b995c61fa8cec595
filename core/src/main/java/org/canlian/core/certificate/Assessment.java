package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;

/**
 * An assessment (评定) by a designated institution: when, whether at home (上门) for a person who cannot travel, and
 * its finding: a rating, or none when the person does not meet the disability standard.
 *
 * <pre>{@code
 * Assessment a = Assessment.qualifying("县人民医院", LocalDate.of(2025, 3, 3), false,
 *         DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO));
 * a.rating().isPresent();   // true
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param institution the designated hospital or institution (or, for an appeal decision, the appeal body)
 * @param assessedOn the date of the assessment
 * @param atHome whether the assessment was made at the person's home (上门)
 * @param rating the rating found, or empty when the person does not meet the standard
 */
public record Assessment(String institution, LocalDate assessedOn, boolean atHome, Optional<DisabilityRating> rating) {

    /**
     * Checks the institution is named.
     *
     * @param institution the designated hospital or institution (or, for an appeal decision, the appeal body)
     * @param assessedOn the date of the assessment
     * @param atHome whether the assessment was made at the person's home (上门)
     * @param rating the rating found, or empty when the person does not meet the standard
     */
    public Assessment {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(rating, "rating");
        if (institution.isBlank()) {
            throw InvalidValueException.of(
                    "assessment institution", "blank", Masking.quote(institution), "must name the institution");
        }
    }

    /**
     * An assessment that found a disability.
     *
     * @param institution the institution
     * @param assessedOn the date
     * @param atHome at home (上门)
     * @param rating the rating
     * @return the assessment
     */
    public static Assessment qualifying(
            String institution, LocalDate assessedOn, boolean atHome, DisabilityRating rating) {
        return new Assessment(institution, assessedOn, atHome, Optional.of(rating));
    }

    /**
     * An assessment that found the person does not meet the disability standard.
     *
     * @param institution the institution
     * @param assessedOn the date
     * @param atHome at home (上门)
     * @return the assessment
     */
    public static Assessment notQualifying(String institution, LocalDate assessedOn, boolean atHome) {
        return new Assessment(institution, assessedOn, atHome, Optional.empty());
    }
}
