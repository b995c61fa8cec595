package org.canlian.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    /**
     * The only clock readings core allows: the documented one-argument parse of resident IDs and certificate numbers,
     * which checks "birth date not in the future" against today's date in China. Every other method takes its date.
     */
    private static final Set<String> MAY_READ_THE_CLOCK = Set.of(
            "org.canlian.core.person.ResidentId.parse(java.lang.CharSequence)",
            "org.canlian.core.certificate.CertificateNumber.parse(java.lang.CharSequence)");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canlian.core");
    }

    @Test
    void coreNeverDependsOnRules() {
        noClasses()
                .that()
                .resideInAPackage("org.canlian.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.canlian.rules..")
                .check(core);
    }

    @Test
    void coreReadsTheClockOnlyInTheDocumentedOneArgumentParse() {
        noClasses()
                .should()
                .callMethodWhere(readsTheClock().and(notFromAnAllowedMethod()))
                .because("calculators and value types take the date as an input; only the documented one-argument"
                        + " parse of an ID or certificate number uses today's date in China")
                .check(core);
    }

    /**
     * Issue 10: {@code core.certificate} and {@code core.json} depended on each other ({@code CertificateJson} used
     * {@code CanlianJson}, which names {@code CertificateNumber}).
     */
    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.canlian.core.(*)..").should().beFreeOfCycles().check(core);
    }

    /**
     * Only the edges where text comes in (the JSON module, the Bean Validation validators) may use the clock-reading
     * one-argument parse; calculators, lifecycles and readers take the date, so that a result never depends on when
     * it was computed.
     */
    @Test
    void calculatorsNeverCallTheClockReadingParse() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.canlian.core.json.CanlianModule")
                .and()
                .areNotAssignableTo(ParsingValidator.class)
                .should()
                .callMethodWhere(callsAClockReadingParse())
                .because("only the JSON module and the validators, at the edge, read \"today\" for an ID's birth date")
                .check(core);
    }

    @Test
    void theIndirectClockRuleCatchesACallOfTheOneArgumentParse() {
        JavaClasses offender = new ClassFileImporter().importClasses(ParsesWithTheClock.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                        .should()
                        .callMethodWhere(callsAClockReadingParse())
                        .check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ResidentId.parse(java.lang.CharSequence)");
    }

    /** A class that reads the clock through the one-argument parse. */
    static final class ParsesWithTheClock {
        org.canlian.core.person.ResidentId id(String text) {
            return org.canlian.core.person.ResidentId.parse(text);
        }
    }

    private static DescribedPredicate<JavaCall<?>> callsAClockReadingParse() {
        return DescribedPredicate.describe(
                "calls a method that reads the clock",
                call -> MAY_READ_THE_CLOCK.contains(call.getTarget().getFullName()));
    }

    /**
     * Issue 10: {@code core.certificate} threw bare {@code IllegalArgumentException} in 12 places; core's promise (its
     * package-info) is an {@link InvalidValueException} naming the field, the rule and the value.
     */
    @Test
    void coreThrowsInvalidValueExceptionNeverABareIllegalArgumentException() {
        noClasses()
                .that()
                .areNotAssignableTo(IllegalArgumentException.class)
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "constructs an IllegalArgumentException",
                        call -> call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class)))
                .because("invalid values throw InvalidValueException with a field, a rule and the (masked) value")
                .check(core);
    }

    @Test
    void theClockRuleCatchesAClockReading() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheClock.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                        .should()
                        .callMethodWhere(readsTheClock().and(notFromAnAllowedMethod()))
                        .check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocalDate.now()")
                .hasMessageContaining("System.currentTimeMillis()");
    }

    /** A class that breaks the clock rule, to prove the rule can fail. */
    static final class ReadsTheClock {
        LocalDate today() {
            return LocalDate.now();
        }

        long millis() {
            return System.currentTimeMillis();
        }
    }

    private static DescribedPredicate<JavaCall<?>> readsTheClock() {
        Set<Class<?>> clockTypes = Set.of(
                LocalDate.class,
                LocalDateTime.class,
                LocalTime.class,
                Instant.class,
                ZonedDateTime.class,
                OffsetDateTime.class,
                Year.class,
                YearMonth.class);
        return DescribedPredicate.describe("reads the clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean timeNow = name.equals("now")
                    && clockTypes.stream().anyMatch(t -> t.getName().equals(owner));
            boolean systemClock = owner.equals(System.class.getName())
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            boolean clockFactory = owner.equals(Clock.class.getName()) && name.startsWith("system");
            return timeNow || systemClock || clockFactory;
        });
    }

    private static DescribedPredicate<JavaCall<?>> notFromAnAllowedMethod() {
        return DescribedPredicate.describe(
                "is not in " + MAY_READ_THE_CLOCK,
                call -> !MAY_READ_THE_CLOCK.contains(call.getOrigin().getFullName()));
    }
}
