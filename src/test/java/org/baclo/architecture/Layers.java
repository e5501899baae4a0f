package org.baclo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layers of ../shared/design/ARCHITECTURE.md as ArchUnit rules over a root package.
 * {@link ArchitectureTest} checks them on {@code org.baclo}; the same rules over the
 * fixture root {@code archfixture} (test classes that break each rule on purpose) must
 * fail, so no rule can pass by checking nothing.
 */
final class Layers {

    /** The clinical core: plain Java. */
    static final Set<String> CORE = Set.of("units", "knowledge", "regimen", "safety", "pk", "pump", "followup");

    /**
     * Framework-free renderers shared by the CLI and the web (text, JSON documents,
     * charts, education pages).
     */
    static final Set<String> RENDERING = Set.of("report", "education", "diaryfile", "fhirmap");

    /** Entry points. Every other package under the root is an application package. */
    static final Set<String> ENTRY = Set.of("web", "cli");

    /**
     * Packages that seed data straight into the database (demo data, the data generator),
     * by design.
     */
    static final Set<String> SEEDING = Set.of("demo");

    /**
     * Core packages that also do no file or network I/O (knowledge reads its data files,
     * units need none).
     */
    static final Set<String> NO_IO = Set.of("regimen", "safety", "pk", "pump", "followup");

    static final String[] FRAMEWORKS = { "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..",
            "jakarta.servlet..", "tools.jackson..", "com.fasterxml..", "picocli..", "org.hl7..", "ca.uhn.." };

    private Layers() {
    }

    /** Every rule by name, over the given root package. */
    static Map<String, ArchRule> rules(String root) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("core imports no framework",
                noClasses().that(in(root, CORE)).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS));
        rules.put("core depends on nothing around it",
                noClasses().that(in(root, CORE)).should().dependOnClassesThat(underRootOutside(root, CORE)));
        rules.put("core engines do no I/O", noClasses().that(in(root, NO_IO))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
            .because("the engines take values and return values; loading and saving belong to the application"));
        rules.put("rendering imports no Spring and no application",
                noClasses().that(in(root, RENDERING))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework..", "java.sql..", "picocli..")
                    .orShould()
                    .dependOnClassesThat(application(root))
                    .orShould()
                    .dependOnClassesThat(in(root, ENTRY)));
        rules.put("application never imports web or cli",
                noClasses().that(application(root)).should().dependOnClassesThat(in(root, ENTRY)));
        rules.put("cli imports no Spring and no application package",
                noClasses().that(in(root, Set.of("cli")))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework..", "java.sql..")
                    .orShould()
                    .dependOnClassesThat(application(root))
                    .orShould()
                    .dependOnClassesThat(in(root, Set.of("web"))));
        rules.put("web does not import cli",
                noClasses().that(in(root, Set.of("web"))).should().dependOnClassesThat(in(root, Set.of("cli"))));
        rules.put("repositories are used only in their own package",
                classes().that()
                    .areAssignableTo("org.springframework.data.repository.Repository")
                    .and()
                    .resideInAPackage(root + "..")
                    .should(beUsedOnlyInTheirOwnPackage(root)));
        rules.put("pump code never touches oral mg units",
                noClasses().that(in(root, Set.of("pump")))
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("org.baclo.units.Milligrams")
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("org.baclo.units.MgPerMl")
                    .because("intrathecal doses are mcg; an oral mg value passed to the pump rules is a 1000x error"));
        rules.put("no package cycles", slices().matching(root + ".(*)..").should().beFreeOfCycles());
        return rules;
    }

    /** Classes in one of the named top-level packages under the root. */
    static DescribedPredicate<JavaClass> in(String root, Set<String> tops) {
        return DescribedPredicate.describe("in " + root + "." + tops, c -> {
            String top = top(root, c);
            return top != null && tops.contains(top);
        });
    }

    /**
     * Classes under the root but outside the named top-level packages (root-level classes
     * included).
     */
    static DescribedPredicate<JavaClass> underRootOutside(String root, Set<String> tops) {
        return DescribedPredicate.describe("in " + root + " outside " + tops, c -> {
            String top = top(root, c);
            return top != null && !tops.contains(top) || c.getPackageName().equals(root);
        });
    }

    /**
     * The application packages: under the root, not core, rendering or entry, not the
     * root's own classes.
     */
    static DescribedPredicate<JavaClass> application(String root) {
        return DescribedPredicate.describe("in an application package of " + root, c -> {
            String top = top(root, c);
            return top != null && !CORE.contains(top) && !RENDERING.contains(top) && !ENTRY.contains(top);
        });
    }

    private static String top(String root, JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage(String root) {
        return new ArchCondition<>(
                "be used only by classes of their own package (or a seeding package " + SEEDING + ")") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency d : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = d.getOriginClass();
                    boolean allowed = user.getPackageName().equals(repository.getPackageName())
                            || in(root, SEEDING).test(user);
                    events.add(new SimpleConditionEvent(d, allowed, d.getDescription()));
                }
            }
        };
    }

    static List<String> names(String root) {
        return List.copyOf(rules(root).keySet());
    }

}
