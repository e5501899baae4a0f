package org.baclo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The planning and checking core is plain Java (ARCHITECTURE.md): no framework, database or FHIR types, no
 * dependency on the application around it, and no file or network I/O.
 */
class RegimenSafetyPurityTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.baclo.regimen", "org.baclo.safety");

    @Test
    void noFrameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "jakarta.persistence..", "org.hl7..", "ca.uhn..", "tools.jackson..", "picocli..").check(CORE);
    }

    @Test
    void noApplicationLayers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.baclo.cli..", "org.baclo.web..",
                "org.baclo.patient..", "org.baclo.diary..", "org.baclo.report..", "org.baclo.fhir..").check(CORE);
    }

    @Test
    void noIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(CORE);
    }
}
