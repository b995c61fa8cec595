package org.canlian.core.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;

/**
 * The distribution {@link SampleData} draws certificate categories and grades from: a whole-number weight per
 * category and per grade, drawn independently of each other.
 *
 * <p>The default, {@link #COUNTY_ROSTER}, is the breakdown of a real county's roster of 1,794 certificate holders
 * reported in the project's founding documents (a county federation's work report, marked [seed]): visual 321, hearing 160,
 * speech 71, physical 1,076, intellectual 102, psychosocial 55, and the remaining 9 multiple; grade 1 about 20 %,
 * grade 2 about 26 %, grades 3-4 about 54 %. The source does not split grades 3 and 4, so the default gives them
 * 27 % each. A test suite that needs another shape passes its own weights.
 *
 * <pre>{@code
 * CertificateMix onlySevere = CertificateMix.COUNTY_ROSTER
 *         .withGradeWeights(Map.of(DisabilityGrade.ONE, 1, DisabilityGrade.TWO, 1));  // grades 3-4 weigh 0
 * SampleData.withSeed(7).withMix(onlySevere).certificateNumbers(county, from, to);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CertificateMix {
    /**
     * The county roster of a county federation's work report [seed]: categories weighted by that roster's counts (1,794 holders),
     * grades 20 / 26 / 27 / 27 (the source's "grades 3-4 about 54 %" split evenly).
     */
    public static final CertificateMix COUNTY_ROSTER = of(
            weights(DisabilityCategory.class, new int[] {321, 160, 71, 1_076, 102, 55, 9}),
            weights(DisabilityGrade.class, new int[] {20, 26, 27, 27}));

    private final Map<DisabilityCategory, Integer> categoryWeights;
    private final Map<DisabilityGrade, Integer> gradeWeights;
    private final int[] categoryCumulative;
    private final int[] gradeCumulative;

    private CertificateMix(
            Map<DisabilityCategory, Integer> categoryWeights, Map<DisabilityGrade, Integer> gradeWeights) {
        this.categoryWeights = Collections.unmodifiableMap(categoryWeights);
        this.gradeWeights = Collections.unmodifiableMap(gradeWeights);
        this.categoryCumulative = cumulative(categoryWeights);
        this.gradeCumulative = cumulative(gradeWeights);
    }

    /**
     * A distribution from weights; a category or grade left out weighs 0.
     *
     * <pre>{@code
     * CertificateMix.of(Map.of(DisabilityCategory.VISUAL, 1), Map.of(DisabilityGrade.ONE, 3, DisabilityGrade.TWO, 1));
     * }</pre>
     *
     * @param categoryWeights non-negative weight per category, at least one positive, total at most {@code 2^31-1}
     * @param gradeWeights non-negative weight per grade, at least one positive, total at most {@code 2^31-1}
     * @return the distribution
     * @throws InvalidValueException if a weight is negative or all are zero
     */
    public static CertificateMix of(
            Map<DisabilityCategory, Integer> categoryWeights, Map<DisabilityGrade, Integer> gradeWeights) {
        return new CertificateMix(
                checked("category weights", DisabilityCategory.class, categoryWeights),
                checked("grade weights", DisabilityGrade.class, gradeWeights));
    }

    /**
     * This distribution with other category weights.
     *
     * @param categoryWeights non-negative weight per category, at least one positive; a category left out weighs 0
     * @return the new distribution
     * @throws InvalidValueException if a weight is negative or all are zero
     */
    public CertificateMix withCategoryWeights(Map<DisabilityCategory, Integer> categoryWeights) {
        return of(categoryWeights, gradeWeights);
    }

    /**
     * This distribution with other grade weights.
     *
     * @param gradeWeights non-negative weight per grade, at least one positive; a grade left out weighs 0
     * @return the new distribution
     * @throws InvalidValueException if a weight is negative or all are zero
     */
    public CertificateMix withGradeWeights(Map<DisabilityGrade, Integer> gradeWeights) {
        return of(categoryWeights, gradeWeights);
    }

    /** {@return the weight of every category, in category order, zeros included} */
    public Map<DisabilityCategory, Integer> categoryWeights() {
        return categoryWeights;
    }

    /** {@return the weight of every grade, in grade order, zeros included} */
    public Map<DisabilityGrade, Integer> gradeWeights() {
        return gradeWeights;
    }

    DisabilityCategory drawCategory(Random random) {
        return DisabilityCategory.values()[draw(categoryCumulative, random)];
    }

    DisabilityGrade drawGrade(Random random) {
        return DisabilityGrade.values()[draw(gradeCumulative, random)];
    }

    private static int draw(int[] cumulative, Random random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (r >= cumulative[i]) {
            i++;
        }
        return i;
    }

    private static <E extends Enum<E>> Map<E, Integer> weights(Class<E> type, int[] values) {
        Map<E, Integer> map = new EnumMap<>(type);
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            map.put(constants[i], values[i]);
        }
        return map;
    }

    private static <E extends Enum<E>> EnumMap<E, Integer> checked(String field, Class<E> type, Map<E, Integer> given) {
        Objects.requireNonNull(given, field);
        EnumMap<E, Integer> result = new EnumMap<>(type);
        long total = 0;
        for (E key : type.getEnumConstants()) {
            Integer weight = given.getOrDefault(key, 0);
            if (weight == null) {
                throw InvalidValueException.of(
                        field,
                        "present",
                        Masking.quote("null"),
                        "the weight of " + key + " must be a number, not null");
            }
            if (weight < 0) {
                throw InvalidValueException.of(
                        field,
                        "non-negative",
                        Masking.quote(weight.toString()),
                        "the weight of " + key + " must not be negative");
            }
            result.put(key, weight);
            total += weight;
        }
        if (total == 0) {
            throw InvalidValueException.of(
                    field, "positive-total", Masking.quote(given.toString()), "at least one weight must be positive");
        }
        if (total > Integer.MAX_VALUE) {
            throw InvalidValueException.of(
                    field, "total", Masking.quote(Long.toString(total)), "the weights must add up to at most 2^31 - 1");
        }
        return result;
    }

    private static <E extends Enum<E>> int[] cumulative(Map<E, Integer> weights) {
        int[] cumulative = new int[weights.size()];
        int sum = 0;
        int i = 0;
        for (int weight : weights.values()) {
            sum += weight;
            cumulative[i++] = sum;
        }
        return cumulative;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateMix other
                && categoryWeights.equals(other.categoryWeights)
                && gradeWeights.equals(other.gradeWeights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categoryWeights, gradeWeights);
    }

    @Override
    public String toString() {
        return "CertificateMix[categories " + categoryWeights + ", grades " + gradeWeights + "]";
    }
}
