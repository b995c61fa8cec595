package org.canlian.consumers.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** What an application does with canlian on this stack; every outcome is asserted, so a wrong one fails the build. */
class ConsumerTest {
    private static final String BAD_FORM = "{\"residentId\":\"110105194912310021\","
            + "\"certificateNumber\":\"11010519491231002X81\",\"division\":\"6200\",\"appliedOn\":\"2026-03-01\"}";

    private static final String OFFICER = "{\"person\":\"11010519491231002X\",\"qualification\":\"CERTIFICATE_HOLDER\","
            + "\"unit\":\"620723101201\",\"post\":\"VILLAGE\",\"grade\":\"PRINCIPAL\",\"openSelection\":true,"
            + "\"contractStart\":\"2024-01-01\",\"contractEnd\":\"2026-12-31\",\"assessments\":[{\"kind\":\"YEARLY\","
            + "\"date\":\"2024-12-20\",\"passed\":true}],\"combinesPublicWelfarePost\":false}";

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void runsOnTheStackThisBuildNames() throws Exception {
        String validatorJar = HibernateValidator.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        assertTrue(
                validatorJar.endsWith("hibernate-validator-" + System.getProperty("stack.validator.version") + ".jar"),
                validatorJar);
        assertEquals(System.getProperty("stack.jackson.version"), PackageVersion.VERSION.toString());
        // canlian's Immutables classes run without the annotations, which the application does not get.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
    }

    @Test
    void canliansConstraintsFireWithTheRuleAndTheIdMasked() throws Exception {
        EnrolmentForm form = mapper.readValue(BAD_FORM, EnrolmentForm.class);

        assertEquals(
                List.of(
                        "certificateNumber: is not a valid certificate number (110105********002X81): character 19,"
                                + " the category, must be a digit 1-7",
                        "division: is not a valid division code (\"6200\"): prefecture digits must not be 00",
                        "residentId: is not a valid resident ID (110105********0021): check character should be X"),
                messages(form, Locale.ENGLISH));
    }

    @Test
    void messagesFollowTheValidatorsLocale() {
        EnrolmentForm form = new EnrolmentForm("110105194912310021", null, null, null);

        assertEquals(
                List.of("residentId: 不是有效的居民身份证号码（110105********0021）：校验码应为X"),
                messages(form, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aValidFormPasses() {
        EnrolmentForm form =
                new EnrolmentForm("11010519491231002X", "11010519491231002X41B1", "620723", LocalDate.of(2026, 3, 1));

        assertEquals(List.of(), messages(form, Locale.ENGLISH));
    }

    @Test
    void readsAndWritesCanlianTypesWithDatesAsIsoText() throws Exception {
        Officer officer = mapper.readValue(OFFICER, Officer.class);

        assertEquals(ResidentId.parse("11010519491231002X"), officer.person());
        assertEquals(OfficerPost.VILLAGE, officer.post());
        assertEquals(LocalDate.of(2024, 1, 1), officer.contractStart());
        assertEquals(OFFICER, mapper.writeValueAsString(officer));
    }

    @Test
    void readsTheApplicationsOwnTypeHoldingCanlianValues() throws Exception {
        String json = "{\"holder\":\"11010519491231002X\",\"division\":\"620723\",\"amount\":\"60.00\"}";

        Payment payment = mapper.readValue(json, Payment.class);

        assertEquals(
                new Payment(ResidentId.parse("11010519491231002X"), DivisionCode.parse("620723"), Money.ofYuan(60)),
                payment);
        assertEquals(json, mapper.writeValueAsString(payment));
    }

    @Test
    void aBadValueInJsonNamesTheRuleWithTheIdMasked() {
        String json = "{\"holder\":\"110105194912310021\",\"division\":\"620723\",\"amount\":\"60.00\"}";

        InvalidFormatException e =
                assertThrows(InvalidFormatException.class, () -> mapper.readValue(json, Payment.class));

        assertTrue(e.getMessage().contains("110105********0021: check character should be X"), e.getMessage());
        assertFalse(e.getMessage().contains("19491231"), e.getMessage());
        assertEquals("holder", e.getPath().get(0).getFieldName());
    }

    private static List<String> messages(EnrolmentForm form, Locale locale) {
        // The provider's default locale is the JVM's when the factory is built: standard API only.
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(form).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .toList();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
