package nl.openbaar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of docs/architecture.md, checked on the compiled classes. Each rule is also shown to
 * fail on a planted violation (the archfixture test package), so a rule that silently matches nothing is caught.
 */
class ArchitectureTest {

    private static final String[] ADAPTERS = {"nl.openbaar.web..", "nl.openbaar.cli..", "nl.openbaar.demo.."};
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.openbaar");
    }

    static ArchRule noCycles() {
        return slices().matching("nl.openbaar.(*)..").should().beFreeOfCycles();
    }

    static ArchRule internalsStayInside() {
        return ArchRuleDefinition.classes().should(new ArchCondition<>("use no other package's internal classes") {
            private final Pattern internal = Pattern.compile("nl\\.openbaar\\.((?:[a-z]+\\.)*?[a-z]+)\\.internal(\\..*)?");

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Matcher m = internal.matcher(d.getTargetClass().getPackageName());
                    if (m.matches()) {
                        String owner = "nl.openbaar." + m.group(1);
                        String from = origin.getPackageName();
                        if (!(from.equals(owner) || from.startsWith(owner + "."))) {
                            events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                        }
                    }
                }
            }
        });
    }

    static ArchRule modelsAreFrameworkFree() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..");
    }

    static ArchRule capabilitiesDoNotUseAdapters() {
        return noClasses().that().resideInAPackage("nl.openbaar..")
                .and().resideOutsideOfPackages(ADAPTERS)
                .and().doNotHaveFullyQualifiedName("nl.openbaar.Main")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);
    }

    /** law may use shared; shared uses nothing of ours. */
    static ArchRule baseStandsAlone(String pkg, String... allowed) {
        return noClasses().that().resideInAPackage(pkg + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("other Openbaar packages",
                        (JavaClass c) -> c.getPackageName().startsWith("nl.openbaar.")
                                && !c.getPackageName().startsWith(pkg)
                                && java.util.Arrays.stream(allowed).noneMatch(a -> c.getPackageName().startsWith(a))));
    }

    @Test
    void packagesHaveNoCycles() {
        noCycles().check(production);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnCapability() {
        internalsStayInside().check(production);
    }

    @Test
    void modelsAreFreeOfFrameworks() {
        modelsAreFrameworkFree().check(production);
    }

    @Test
    void capabilitiesNeverUseTheAdaptersOnTop() {
        capabilitiesDoNotUseAdapters().check(production);
    }

    @Test
    void lawAndSharedStandAlone() {
        baseStandsAlone("nl.openbaar.law", "nl.openbaar.shared").check(production);
        baseStandsAlone("nl.openbaar.shared").check(production);
    }

    /** The rules are not vacuous: on the planted fixture they report the violations. */
    @Test
    void rulesCatchPlantedViolations() {
        JavaClasses fixture = new ClassFileImporter().importPackages("nl.openbaar.archfixture");
        EvaluationResult internals = internalsStayInside().evaluate(fixture);
        assertThat(internals.hasViolation()).isTrue();
        assertThat(internals.getFailureReport().getDetails()).anyMatch(s -> s.contains("archfixture.beta.Peeker"));
        assertThat(slices().matching("nl.openbaar.archfixture.(*)..").should().beFreeOfCycles().evaluate(fixture)
                .hasViolation()).isTrue();
        assertThat(modelsAreFrameworkFree().evaluate(fixture).hasViolation()).isTrue();
    }
}
