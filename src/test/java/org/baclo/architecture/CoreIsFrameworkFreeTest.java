package org.baclo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The clinical core (knowledge, regimen, safety, pk, pump, units) stays free of Spring, SQL, JPA and FHIR. */
class CoreIsFrameworkFreeTest {
    static final String[] CORE = {"org.baclo.knowledge..", "org.baclo.regimen..", "org.baclo.safety..",
        "org.baclo.pk..", "org.baclo.pump..", "org.baclo.units.."};
    static final String[] FORBIDDEN = {"org.springframework..", "java.sql..", "jakarta.persistence..",
        "org.hl7..", "ca.uhn.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.baclo");

    @Test
    void core_imports_no_framework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(FORBIDDEN).allowEmptyShould(true);
        rule.check(CLASSES);
    }

    @Test
    void core_does_not_depend_on_the_application_around_it() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.baclo.cli..", "org.baclo.web..", "org.baclo.patient..",
                        "org.baclo.diary..", "org.baclo.report..", "org.baclo.fhir..", "org.baclo.security..",
                        "org.baclo.education..")
                .allowEmptyShould(true);
        rule.check(CLASSES);
    }
}
