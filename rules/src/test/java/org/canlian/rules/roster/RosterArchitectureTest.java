package org.canlian.rules.roster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The roster package reads no clock (the report date is an argument) and no ID through the clock-reading parse. */
class RosterArchitectureTest {
    @Test
    void rosterReadsNoClock() {
        noClasses()
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                        .and(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("java.time")))))
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(org.canlian.core.person.ResidentId.class, "parse", CharSequence.class)
                .orShould()
                .callMethod(org.canlian.core.certificate.CertificateNumber.class, "parse", CharSequence.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.canlian.rules.roster"));
    }
}
