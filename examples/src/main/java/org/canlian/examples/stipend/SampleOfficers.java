package org.canlian.examples.stipend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.stipend.ExpectedPost;

/**
 * Deterministic sample officers for the two seed counties (illustrative codes 629901 and 629902): the same seed gives
 * the same officers, with a few vacancies, mid-year appointments, contracts ending mid-year and one failed yearly
 * assessment per county, so that a budget shows each case.
 *
 * <pre>{@code
 * SampleOfficers.County b = SampleOfficers.countyB(42);
 * b.officers().size();         // one per filled post
 * b.expected();                // every post the county should fill
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleOfficers {
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    private SampleOfficers() {}

    /**
     * A county's sample: its code, the officers, the posts it should fill ({@code county.officers().size()}).
     *
     * @param code the county's (illustrative) code
     * @param officers the officers in post at some time
     * @param expected the posts the county should fill
     */
    public record County(DivisionCode code, List<Officer> officers, List<ExpectedPost> expected) {}

    /**
     * County A's shape (illustrative, the seed does not give it): one street office with 3 officers and 5 communities,
     * 7 towns with 8 to 12 villages each.
     */
    public static County countyA(long seed) {
        DivisionCode county = DivisionCode.parse("629901");
        Builder b = new Builder(county, new Random(seed));
        DivisionCode street = county.child(1);
        b.post(street, OfficerPost.STREET_OFFICE, 3);
        for (int c = 1; c <= 5; c++) {
            b.post(street.child(c), OfficerPost.COMMUNITY, 1);
        }
        for (int t = 101; t <= 107; t++) {
            DivisionCode town = county.child(t);
            b.post(town, OfficerPost.TOWNSHIP, 1);
            int villages = 8 + b.random.nextInt(5);
            for (int v = 0; v < villages; v++) {
                b.post(town.child(201 + v), OfficerPost.VILLAGE, 1);
            }
        }
        return b.build();
    }

    /**
     * County B's shape from its federation's work report: 11 townships and 2 street offices with one officer each, 142
     * village associations (spread over the townships) and 18 community associations (under the street offices).
     */
    public static County countyB(long seed) {
        DivisionCode county = DivisionCode.parse("629902");
        Builder b = new Builder(county, new Random(seed));
        for (int s = 1; s <= 2; s++) {
            DivisionCode street = county.child(s);
            b.post(street, OfficerPost.STREET_OFFICE, 1);
            for (int c = 1; c <= 9; c++) {
                b.post(street.child(c), OfficerPost.COMMUNITY, 1);
            }
        }
        for (int t = 0; t < 11; t++) {
            DivisionCode township = county.child(201 + t);
            b.post(township, OfficerPost.TOWNSHIP, 1);
            int villages = 142 / 11 + (t < 142 % 11 ? 1 : 0);
            for (int v = 0; v < villages; v++) {
                b.post(township.child(201 + v), OfficerPost.VILLAGE, 1);
            }
        }
        return b.build();
    }

    /**
     * {@code count} officers spread over both counties' posts, for the benchmark: the counties' units are reused
     * round-robin, so the same posts and policies are exercised at scale.
     */
    public static List<Officer> many(int count, long seed) {
        List<Officer> pool = new ArrayList<>(countyA(seed).officers());
        pool.addAll(countyB(seed).officers());
        Random random = new Random(seed);
        List<Officer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Officer template = pool.get(i % pool.size());
            out.add(Officer.builder().from(template).person(person(random, i)).build());
        }
        return out;
    }

    private static ResidentId person(Random random, int sequence) {
        LocalDate birth = LocalDate.of(1964, 1, 1).plusDays(random.nextInt(40 * 365));
        String digits = "620723" + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return ResidentId.parse(digits + ResidentId.checkCharacter(digits), AS_OF);
    }

    private static final class Builder {
        private final DivisionCode county;
        private final Random random;
        private final List<Officer> officers = new ArrayList<>();
        private final List<ExpectedPost> expected = new ArrayList<>();
        private boolean failedOne;

        Builder(DivisionCode county, Random random) {
            this.county = county;
            this.random = random;
        }

        void post(DivisionCode unit, OfficerPost post, int count) {
            expected.add(ExpectedPost.of(unit, post, count));
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(100);
                if (roll < 4) {
                    continue; // vacant all year
                }
                LocalDate start = LocalDate.of(2022, 1, 1);
                LocalDate end = LocalDate.of(2026, 12, 31);
                if (roll < 9) {
                    start = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)); // appointed in 2024
                } else if (roll < 12) {
                    end = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)); // contract ends in 2024
                }
                Officer.Builder o = Officer.builder()
                        .person(person(random, officers.size()))
                        .qualification(
                                roll % 10 == 0
                                        ? OfficerQualification.RELATIVE
                                        : OfficerQualification.CERTIFICATE_HOLDER)
                        .unit(unit)
                        .post(post)
                        .openSelection(true)
                        .contractStart(start)
                        .contractEnd(end)
                        .combinesPublicWelfarePost(post == OfficerPost.VILLAGE && roll % 3 == 0);
                if (start.getYear() < 2024) {
                    boolean fail = !failedOne && post == OfficerPost.VILLAGE && roll > 90;
                    failedOne |= fail;
                    o.addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2023, 12, 20), true));
                    if (fail) {
                        o.addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 6, 20), false));
                    }
                }
                officers.add(o.build());
            }
        }

        County build() {
            return new County(county, List.copyOf(officers), List.copyOf(expected));
        }
    }
}
