package org.canlian.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.PolicySet;
import org.junit.jupiter.api.Test;

/**
 * Policy lookups and calculators are pure: no clock is read anywhere in rules, directly or through the one-argument
 * parse of an ID or certificate number (which checks the birth date against today's date), so that a result never
 * depends on when it was computed (payrolls may time their progress with {@code System::nanoTime}, a ticker the
 * caller can replace, passed as a reference and never called here, which never enters a result); the calculators
 * read policy one way, through a {@code PolicyView}, so that every one of them honours a decision date and a gap
 * mode and records what it used; and the packages form no cycle. Every package of rules is imported for the clock and
 * cycle rules, so that a package added later (a new calculator) is held to them too.
 */
class RulesArchitectureTest {
    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.canlian.rules");

    /** Core methods that read the clock: the documented one-argument parse, "today" in China. */
    private static final Set<String> CLOCK_READING_PARSE = Set.of(
            "org.canlian.core.person.ResidentId.parse(java.lang.CharSequence)",
            "org.canlian.core.certificate.CertificateNumber.parse(java.lang.CharSequence)");

    private static final ArchRule READS_NO_CLOCK = noClasses()
            .should()
            .callMethodWhere(readsTheClock())
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .because("calculators and policy lookups take their dates as inputs");

    @Test
    void rulesReadNoClock() {
        READS_NO_CLOCK.check(RULES);
    }

    @Test
    void theClockRuleCatchesDirectAndIndirectClockReadings() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheClock.class);
        assertThatThrownBy(() -> READS_NO_CLOCK.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocalDate.now()")
                .hasMessageContaining("System.currentTimeMillis()")
                .hasMessageContaining("ResidentId.parse(java.lang.CharSequence)");
    }

    @Test
    void rulesPackagesHaveNoCycles() {
        slices().matching("org.canlian.rules.(*)..").should().beFreeOfCycles().check(RULES);
    }

    @Test
    void calculatorsReadPolicyOnlyThroughAPolicyView() {
        JavaClasses calculators = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "org.canlian.rules.stipend",
                        "org.canlian.rules.certificate",
                        "org.canlian.rules.standard",
                        "org.canlian.rules.subsidy");
        noClasses()
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("lookup"))
                        .and(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(PolicySet.class)))))
                .because("a calculator reads policy through PolicyView, which applies the decision date and gap mode")
                .check(calculators);
    }

    /**
     * FastCSV reaches an application at compile scope (Maven has no run-time-only scope for a library's consumers), so
     * rules must not make it part of its API: an application that compiled against it would break when rules changes
     * parser.
     */
    private static final ArchRule API_HIDES_FASTCSV = codeUnits()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .should(new ArchCondition<JavaCodeUnit>("not name a FastCSV type in their signature") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                            .filter(type -> type.getPackageName().startsWith("de.siegmar"))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(
                                    unit, unit.getFullName() + " exposes " + type.getName())));
                }
            })
            .because("FastCSV is an implementation detail of the roster reader");

    @Test
    void fastCsvIsNoPartOfTheApi() {
        API_HIDES_FASTCSV.check(RULES);
    }

    @Test
    void theApiRuleCatchesAFastCsvTypeInASignature() {
        JavaClasses offender = new ClassFileImporter().importClasses(ExposesFastCsv.class);
        assertThatThrownBy(() -> API_HIDES_FASTCSV.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ExposesFastCsv.first(de.siegmar.fastcsv.reader.CsvRecord)")
                .hasMessageContaining("ExposesFastCsv.record()");
    }

    /** A public class whose methods take and return FastCSV's record, to prove the API rule can fail. */
    public abstract static class ExposesFastCsv {
        public String first(CsvRecord record) {
            return record.getField(0);
        }

        public abstract CsvRecord record();
    }

    /** A class that breaks the clock rule three ways, to prove the rule can fail. */
    static final class ReadsTheClock {
        LocalDate today() {
            return LocalDate.now();
        }

        long millis() {
            return System.currentTimeMillis();
        }

        ResidentId id(String text) {
            return ResidentId.parse(text);
        }
    }

    private static DescribedPredicate<JavaCall<?>> readsTheClock() {
        return DescribedPredicate.describe("reads the clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean timeNow = name.equals("now") && owner.startsWith("java.time.");
            boolean systemClock = owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
            boolean clockFactory = owner.equals(Clock.class.getName()) && name.startsWith("system");
            return timeNow
                    || systemClock
                    || clockFactory
                    || CLOCK_READING_PARSE.contains(call.getTarget().getFullName());
        });
    }
}
