package org.baclo.pk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pk core is plain Java: no framework, database, FHIR, CLI or JSON library, and no application package. */
class PkIsPlainJavaTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.baclo.pk");

    @Test
    void pk_depends_on_no_framework() {
        noClasses().that().resideInAPackage("org.baclo.pk..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.hl7..",
                        "ca.uhn..", "picocli..", "tools.jackson..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void pk_depends_on_no_application_package() {
        noClasses().that().resideInAPackage("org.baclo.pk..").should().dependOnClassesThat()
                .resideInAnyPackage("org.baclo.cli..", "org.baclo.report..", "org.baclo.web..",
                        "org.baclo.patient..", "org.baclo.diary..", "org.baclo.fhir..", "org.baclo.security..")
                .check(CLASSES);
    }
}
