package org.baclo.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of ARCHITECTURE.md hold in the product ({@code org.baclo}, main classes
 * only), and every rule is seen to fail on the fixture classes under {@code archfixture}
 * (test classes that break each rule on purpose), so none of them passes by checking
 * nothing.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.baclo");

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    static Stream<String> rules() {
        return Layers.names("org.baclo").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_product_keeps_the_rule(String name) {
        Layers.rules("org.baclo").get(name).check(PRODUCT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_fails_on_its_fixture(String name) {
        ArchRule rule = Layers.rules("archfixture").get(name);
        assertThat(FIXTURE.size()).as("fixture classes imported").isGreaterThan(5);
        assertThatThrownBy(() -> rule.check(FIXTURE)).as(name).isInstanceOf(AssertionError.class);
    }

}
