package org.canlian.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.canlian.rules.policy.PolicySet;
import org.junit.jupiter.api.Test;

/**
 * Policy lookups and calculators are pure: no clock is read anywhere in them (payrolls may time their progress with
 * {@code System.nanoTime}, a ticker the caller can replace, which never enters a result); and the calculators read
 * policy one way, through a {@code PolicyView}, so that every one of them honours a decision date and a gap mode and
 * records what it used.
 */
class RulesArchitectureTest {
    private static final JavaClasses POLICY_AND_STIPENDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "org.canlian.rules.policy",
                    "org.canlian.rules.stipend",
                    "org.canlian.rules.certificate",
                    "org.canlian.rules.subsidy",
                    "org.canlian.rules.payroll");

    @Test
    void policyAndStipendsReadNoClock() {
        noClasses()
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                        .and(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("java.time")))))
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(java.time.Clock.class)
                .check(POLICY_AND_STIPENDS);
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
}
