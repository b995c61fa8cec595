package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.immutables.value.Value;

/**
 * A grassroots officer (残疾人专职委员, county federations' work reports, 2009-2024): the person, on what ground they
 * qualify (certificate holder or relative), the unit and post they serve and the post's pay grade there (principal, or
 * a further officer of the same unit), whether they were appointed by open selection, their contract, their
 * assessments and whether they combine the post with another public-welfare post (公益性岗位).
 *
 * <pre>{@code
 * Officer officer = Officer.builder()
 *         .person(ResidentId.parse("11010519491231002X"))
 *         .qualification(OfficerQualification.CERTIFICATE_HOLDER)
 *         .unit(DivisionCode.parse("620723101201"))
 *         .post(OfficerPost.VILLAGE)
 *         .openSelection(true)
 *         .contractStart(LocalDate.of(2024, 1, 1))
 *         .contractEnd(LocalDate.of(2026, 12, 31))
 *         .addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true))
 *         .combinesPublicWelfarePost(false)
 *         .build();
 * officer.isUnderContractOn(LocalDate.of(2025, 6, 1));     // true
 * officer.toString();                                      // person masked: 110105********002X
 * }</pre>
 *
 * <p>Structural rules checked when built: the contract does not end before it starts; the unit is at the post's level
 * and its code names the post's kind (a street office code {@code 001-099} for {@link OfficerPost#STREET_OFFICE}, a
 * community code {@code 001-199} for {@link OfficerPost#COMMUNITY}, ...); no assessment is dated before the contract
 * starts. Whether a relative may serve, age and education limits are local policy, not checked here.
 *
 * <p>This class is immutable and thread-safe; the person's resident ID is masked in {@code toString()}.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableOfficer.class)
@JsonDeserialize(as = ImmutableOfficer.class)
public abstract class Officer {
    Officer() {}

    /** {@return the person holding the post} */
    public abstract ResidentId person();

    /** {@return whether the person is a certificate holder or a relative of a disabled person} */
    public abstract OfficerQualification qualification();

    /** {@return the township or village-level unit served} */
    public abstract DivisionCode unit();

    /** {@return the post held, which must agree with the unit's code} */
    public abstract OfficerPost post();

    /**
     * {@return the post's pay grade at its unit} {@link OfficerGrade#PRINCIPAL} unless set, {@link
     * OfficerGrade#ADDITIONAL} for a further officer of the same unit (e.g. the second to fifth officer of a street
     * office), who may be paid on other terms.
     */
    @Value.Default
    public OfficerGrade grade() {
        return OfficerGrade.PRINCIPAL;
    }

    /** {@return whether the officer was appointed by open selection (公开招聘, e.g. a public exam)} */
    public abstract boolean openSelection();

    /** {@return the first day of the contract} */
    public abstract LocalDate contractStart();

    /** {@return the last day of the contract, not before {@link #contractStart()}} */
    public abstract LocalDate contractEnd();

    /** {@return the assessments, in the order given} */
    public abstract List<OfficerAssessment> assessments();

    /** {@return whether the officer also holds another public-welfare post (兼任其他公益性岗位), e.g. in the village} */
    public abstract boolean combinesPublicWelfarePost();

    /**
     * Whether the contract covers the given day (both ends included).
     *
     * @param date the day, passed by the caller (no clock is read)
     * @return true if {@code contractStart <= date <= contractEnd}
     */
    public boolean isUnderContractOn(LocalDate date) {
        return !date.isBefore(contractStart()) && !date.isAfter(contractEnd());
    }

    /**
     * The assessments of one kind, oldest first.
     *
     * @param kind the kind
     * @return the assessments of that kind sorted by date
     */
    public List<OfficerAssessment> assessments(AssessmentKind kind) {
        return assessments().stream()
                .filter(a -> a.kind() == kind)
                .sorted(Comparator.comparing(OfficerAssessment::date))
                .toList();
    }

    /**
     * The most recent assessment of one kind on or before a date.
     *
     * @param kind the kind
     * @param asOf the day up to which results count
     * @return the latest such assessment, or empty if there is none
     */
    public Optional<OfficerAssessment> latestAssessment(AssessmentKind kind, LocalDate asOf) {
        return assessments().stream()
                .filter(a -> a.kind() == kind && !a.date().isAfter(asOf))
                .max(Comparator.comparing(OfficerAssessment::date));
    }

    @Value.Check
    void check() {
        if (contractEnd().isBefore(contractStart())) {
            throw InvalidValueException.of(
                    "officer contract end",
                    "contract-order",
                    contractEnd().toString(),
                    "must not be before the contract start " + contractStart());
        }
        Optional<OfficerPost> expected = OfficerPost.forUnit(unit());
        if (expected.isEmpty()) {
            throw InvalidValueException.of(
                    "officer unit",
                    "post-level",
                    unit().value(),
                    "an officer serves a township or village-level unit of a known kind, not a "
                            + unit().level().englishName()
                            + "-level code");
        }
        if (expected.get() != post()) {
            throw InvalidValueException.of(
                    "officer post",
                    "post-kind",
                    post().name(),
                    "unit " + unit().value() + " is served by a "
                            + expected.get().englishName() + " ("
                            + expected.get().name() + ")");
        }
        for (OfficerAssessment a : assessments()) {
            if (a.date().isBefore(contractStart())) {
                throw InvalidValueException.of(
                        "officer assessment date",
                        "assessment-before-contract",
                        a.date().toString(),
                        "must not be before the contract start " + contractStart());
            }
        }
    }

    /** {@return a builder; every attribute but {@code assessments} and {@code grade} (principal) is required} */
    public static Builder builder() {
        return ImmutableOfficer.builder();
    }

    /** Builds an {@link Officer}. Not thread-safe. */
    public abstract static class Builder {
        Builder() {}

        /**
         * Copies every attribute of {@code instance}, to change some of them; list and map elements are added to those
         * already set.
         *
         * @param instance the officer to copy
         * @return this builder
         */
        public abstract Builder from(Officer instance);

        /**
         * Sets the person holding the post.
         *
         * @param person the person holding the post
         * @return this builder
         */
        public abstract Builder person(ResidentId person);

        /**
         * Sets whether the person is a certificate holder or a relative of a disabled person.
         *
         * @param qualification whether the person is a certificate holder or a relative of a disabled person
         * @return this builder
         */
        public abstract Builder qualification(OfficerQualification qualification);

        /**
         * Sets the township or village-level unit served.
         *
         * @param unit the township or village-level unit served
         * @return this builder
         */
        public abstract Builder unit(DivisionCode unit);

        /**
         * Sets the post held, which must agree with the unit's code.
         *
         * @param post the post held, which must agree with the unit's code
         * @return this builder
         */
        public abstract Builder post(OfficerPost post);

        /**
         * Sets the post's pay grade at its unit; {@link OfficerGrade#PRINCIPAL} if not set.
         *
         * @param grade the post's pay grade at its unit
         * @return this builder
         */
        public abstract Builder grade(OfficerGrade grade);

        /**
         * Sets whether the officer was appointed by open selection (公开招聘, e.g. a public exam).
         *
         * @param openSelection {@code true} if the officer was appointed by open selection (公开招聘, e.g. a public exam)
         * @return this builder
         */
        public abstract Builder openSelection(boolean openSelection);

        /**
         * Sets the first day of the contract.
         *
         * @param contractStart the first day of the contract
         * @return this builder
         */
        public abstract Builder contractStart(LocalDate contractStart);

        /**
         * Sets the last day of the contract, not before {@link Officer#contractStart()}.
         *
         * @param contractEnd the last day of the contract, not before {@link Officer#contractStart()}
         * @return this builder
         */
        public abstract Builder contractEnd(LocalDate contractEnd);

        /**
         * Adds an element to the assessments, in the order given.
         *
         * @param element the element to add
         * @return this builder
         */
        public abstract Builder addAssessments(OfficerAssessment element);

        /**
         * Adds elements to the assessments, in the order given.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAssessments(OfficerAssessment... elements);

        /**
         * Sets the assessments, in the order given, replacing any elements added before.
         *
         * @param elements the elements, in order
         * @return this builder
         */
        public abstract Builder assessments(Iterable<? extends OfficerAssessment> elements);

        /**
         * Adds every element of an iterable to the assessments, in the order given.
         *
         * @param elements the elements to add, in order
         * @return this builder
         */
        public abstract Builder addAllAssessments(Iterable<? extends OfficerAssessment> elements);

        /**
         * Sets whether the officer also holds another public-welfare post (兼任其他公益性岗位), e.g. in the village.
         *
         * @param combinesPublicWelfarePost {@code true} if the officer also holds another public-welfare post
         *     (兼任其他公益性岗位), e.g. in the village
         * @return this builder
         */
        public abstract Builder combinesPublicWelfarePost(boolean combinesPublicWelfarePost);

        /**
         * Builds the officer.
         *
         * @return the new officer, immutable
         * @throws IllegalStateException if a required attribute is not set
         * @throws org.canlian.core.InvalidValueException if the values break a rule of the class comment
         */
        public abstract Officer build();
    }
}
