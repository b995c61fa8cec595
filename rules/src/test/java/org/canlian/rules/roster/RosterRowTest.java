package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.canlian.rules.subsidy.Allowance;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.HouseholdStatus;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.RegistrationType;
import org.canlian.rules.subsidy.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterRowTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** A woman born 1966-04-27, physical disability grade 2. */
    static final String ID = "620723196604274623";

    static final String NUMBER = ID + "42";
    /** A man born 1955-11-11, multiple disability grade 1. */
    static final String MULTIPLE = "62070219551111001771";

    static RosterRow.Builder valid() {
        return RosterRow.builder()
                .certificateNumber(CertificateNumber.parse(NUMBER, AS_OF))
                .validity(LocalDate.of(2020, 5, 1), LocalDate.of(2030, 4, 30))
                .registration(DivisionCode.parse("620723101202"), RegistrationType.RURAL);
    }

    static DisabilityRating.Component component(DisabilityCategory category, int grade) {
        return new DisabilityRating.Component(category, DisabilityGrade.of(grade));
    }

    @Test
    void aRowGivesItsIdentityFromTheCertificateNumberAndItsFactsAsAClaimant() {
        RosterRow row = valid().sex(Sex.FEMALE)
                .residentId(ResidentId.parse(ID, AS_OF))
                .category(DisabilityCategory.PHYSICAL)
                .grade(DisabilityGrade.TWO)
                .household(HouseholdStatus.DIBAO)
                .longTermCare(true)
                .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
                .applied(Programme.CARE, LocalDate.of(2025, 3, 10))
                .event(StopReason.DEATH, LocalDate.of(2025, 9, 2))
                .build();

        assertThat(row.residentId().reveal()).isEqualTo(ID);
        assertThat(row.sex()).isEqualTo(Sex.FEMALE);
        assertThat(row.category()).isEqualTo(DisabilityCategory.PHYSICAL);
        assertThat(row.grade()).isEqualTo(DisabilityGrade.TWO);
        assertThat(row.rating()).isEqualTo(DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO));
        assertThat(row.validUntil()).isEqualTo(LocalDate.of(2030, 4, 30));
        assertThat(row.registrationType()).contains(RegistrationType.RURAL);
        Claimant c = row.toClaimant();
        assertThat(c.residentId()).contains(row.residentId());
        assertThat(c.rating()).contains(row.rating());
        assertThat(c.certificateFrom()).contains(LocalDate.of(2020, 5, 1));
        assertThat(c.registration()).contains(DivisionCode.parse("620723101202"));
        assertThat(c.household()).contains(HouseholdStatus.DIBAO);
        assertThat(c.longTermCare()).contains(true);
        assertThat(c.fixedIncome()).isEmpty();
        assertThat(c.allowances()).contains(java.util.Map.of(Allowance.OLD_AGE, Money.ofYuan(100)));
        assertThat(c.appliedOn(Programme.CARE)).contains(LocalDate.of(2025, 3, 10));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void ofTakesANumberAndAClaimantAndAgreesWithTheBuilder() {
        RosterRow built = valid().household(HouseholdStatus.NONE).build();
        assertThat(RosterRow.of(built.certificateNumber(), built.toClaimant())).isEqualTo(built);
        assertThat(RosterRow.of(built.certificateNumber(), built.toClaimant()).hashCode())
                .isEqualTo(built.hashCode());
    }

    @Test
    void ofRefusesAClaimantOfAnotherPerson() {
        Claimant other = valid().build().toClaimant().toBuilder()
                .residentId(ResidentId.parse("11010519491231002X", AS_OF))
                .build();
        assertThatThrownBy(() -> RosterRow.of(CertificateNumber.parse(NUMBER, AS_OF), other))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid certificate number 620723********462342: its resident ID part is not the row's"
                        + " resident ID 110105********002X");
    }

    @Test
    void ofRefusesAClaimantWhoseRatingIsNotTheNumbers() {
        Claimant visual = valid().build().toClaimant().toBuilder()
                .certificate(
                        DisabilityRating.single(DisabilityCategory.VISUAL, DisabilityGrade.TWO),
                        LocalDate.of(2020, 5, 1),
                        LocalDate.of(2030, 4, 30))
                .build();
        assertThatThrownBy(() -> RosterRow.of(CertificateNumber.parse(NUMBER, AS_OF), visual))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid disability category \"视力残疾\": the certificate number records 肢体残疾 (digit 4)");
    }

    @Test
    void ofKeepsTheComponentsOfAMultipleDisability() {
        RosterRow built = valid().certificateNumber(CertificateNumber.parse(MULTIPLE, AS_OF))
                .components(List.of(
                        component(DisabilityCategory.INTELLECTUAL, 1), component(DisabilityCategory.PHYSICAL, 3)))
                .build();
        RosterRow row = RosterRow.of(built.certificateNumber(), built.toClaimant());
        assertThat(row).isEqualTo(built);
        assertThat(row.rating().components()).hasSize(2);
    }

    @Test
    void theBuilderSetsEverySubsidyFactInOneChain() {
        Claimant c = valid().childSupport(true)
                .destituteSupport(false)
                .workInjuryCare(true)
                .longTermCare(false)
                .fixedIncome(true)
                .lowerLimb(false)
                .ownsVehicle(true)
                .schooling(org.canlian.rules.subsidy.Schooling.SCHOOL)
                .noOtherAllowances()
                .build()
                .toClaimant();
        assertThat(List.of(
                        c.childSupport(),
                        c.destituteSupport(),
                        c.workInjuryCare(),
                        c.longTermCare(),
                        c.fixedIncome(),
                        c.lowerLimb(),
                        c.ownsVehicle()))
                .containsExactly(
                        java.util.Optional.of(true),
                        java.util.Optional.of(false),
                        java.util.Optional.of(true),
                        java.util.Optional.of(false),
                        java.util.Optional.of(true),
                        java.util.Optional.of(false),
                        java.util.Optional.of(true));
        assertThat(c.schooling()).contains(org.canlian.rules.subsidy.Schooling.SCHOOL);
        assertThat(c.allowances()).contains(java.util.Map.of());
    }

    @Test
    void aMultipleDisabilityKeepsItsComponents() {
        RosterRow row = valid().certificateNumber(CertificateNumber.parse(MULTIPLE, AS_OF))
                .components(List.of(
                        component(DisabilityCategory.INTELLECTUAL, 1), component(DisabilityCategory.PHYSICAL, 3)))
                .build();
        assertThat(row.rating().includes(DisabilityCategory.INTELLECTUAL)).isTrue();
        assertThat(row.rating().grade()).isEqualTo(DisabilityGrade.ONE);
    }

    static Stream<Arguments> brokenInvariants() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>)
                                b -> b.residentId(ResidentId.parse("11010519491231002X", AS_OF)),
                        "certificate number",
                        "matches-resident-id",
                        "Invalid certificate number 620723********462342: its resident ID part is not the row's resident"
                                + " ID 110105********002X"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.sex(Sex.MALE),
                        "sex",
                        "matches-resident-id",
                        "Invalid sex \"男\": the resident ID 620723********4623 records 女 (female)"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.category(DisabilityCategory.VISUAL),
                        "disability category",
                        "matches-certificate",
                        "Invalid disability category \"视力残疾\": the certificate number records 肢体残疾 (digit 4)"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.grade(DisabilityGrade.ONE),
                        "disability grade",
                        "matches-certificate",
                        "Invalid disability grade \"一级\": the certificate number records 二级 (digit 2)"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.components(List.of(
                                component(DisabilityCategory.VISUAL, 2), component(DisabilityCategory.HEARING, 3))),
                        "multiple disability components",
                        "single-category",
                        "Invalid multiple disability components \"2 components\": only a multiple disability (多重残疾)"
                                + " has components; the certificate number records 肢体残疾"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>)
                                b -> b.certificateNumber(CertificateNumber.parse(MULTIPLE, AS_OF)),
                        "multiple disability components",
                        "missing",
                        "Invalid multiple disability components \"\": a multiple disability (多重残疾) lists its"
                                + " components, two or more categories with their grades"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.certificateNumber(
                                        CertificateNumber.parse(MULTIPLE, AS_OF))
                                .components(List.of(
                                        component(DisabilityCategory.VISUAL, 2),
                                        component(DisabilityCategory.HEARING, 3))),
                        "multiple disability components",
                        "matches-certificate",
                        "Invalid multiple disability components \"most severe 二级\": the most severe component's grade"
                                + " must be the certificate number's, 一级"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>)
                                b -> b.certificateNumber(CertificateNumber.parse(MULTIPLE, AS_OF))
                                        .components(List.of(component(DisabilityCategory.VISUAL, 1))),
                        "disability rating components",
                        "rating",
                        "Invalid disability rating components \"1\": a multiple disability has 2 or more"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>)
                                b -> b.validity(LocalDate.of(1966, 4, 26), LocalDate.of(1976, 4, 25)),
                        "certificate issue date",
                        "not-before-birth",
                        "Invalid certificate issue date \"1966-04-26\": is before the holder's birth date"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>)
                                b -> b.validity(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30)),
                        "certificate valid-until date",
                        "order",
                        "Invalid certificate valid-until date \"2020-04-30\": is before the first day of validity"
                                + " 2020-05-01"),
                Arguments.of(
                        (UnaryOperator<RosterRow.Builder>) b -> b.cancelledOn(LocalDate.of(2019, 1, 1)),
                        "certificate cancellation date",
                        "order",
                        "Invalid certificate cancellation date \"2019-01-01\": is before the first day of validity"
                                + " 2020-05-01"));
    }

    @ParameterizedTest
    @MethodSource("brokenInvariants")
    void buildingARowChecksItsInvariants(
            UnaryOperator<RosterRow.Builder> change, String field, String rule, String message) {
        assertThatThrownBy(() -> change.apply(valid()).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(rule);
                })
                .hasMessage(message);
    }

    @Test
    void theCertificateNumberTheIssueDateAndTheRegistrationAreRequired() {
        assertThatThrownBy(() -> RosterRow.builder().build())
                .hasMessage("Invalid certificate number \"\": is required");
        assertThatThrownBy(() -> RosterRow.builder()
                        .certificateNumber(CertificateNumber.parse(NUMBER, AS_OF))
                        .build())
                .hasMessage("Invalid certificate issue date \"\": is required");
        assertThatThrownBy(() -> RosterRow.builder()
                        .certificateNumber(CertificateNumber.parse(NUMBER, AS_OF))
                        .validity(LocalDate.of(2020, 5, 1), LocalDate.of(2030, 4, 30))
                        .build())
                .hasMessage("Invalid registration division \"\": is required");
    }

    @Test
    void toStringMasksTheIdAndTheCertificateNumber() {
        String text = valid().household(HouseholdStatus.DIBAO).build().toString();
        assertThat(text)
                .startsWith("RosterRow[620723********462342, Claimant[id=620723********4623, rating=PHYSICAL/TWO")
                .contains("household=DIBAO")
                .doesNotContain(ID);
    }

    @Test
    void aRegistrationWithoutTypeLeavesTheTypeUnknown() {
        RosterRow row = valid().registration(DivisionCode.parse("620723101")).build();
        assertThat(row.registrationType()).isEmpty();
        assertThat(row.registration()).isEqualTo(DivisionCode.parse("620723101"));
    }
}
