package io.partnerbill.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules between the published modules, checked on their main classes together: no package
 * cycle anywhere, and each module sees only the modules it is built on (core sees none of the
 * others; tax and export never see each other; the stores see neither; spark sees core and
 * export's importer, and nothing sees spark). Core's own layers are checked in core's tests.
 */
class ModuleArchitectureTest {

    private static final String ROOT = "io.partnerbill";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<ArchRule> rules() {
        return Stream.of(
                slices().matching(ROOT + ".(**)").namingSlices("$1").should().beFreeOfCycles(),
                noClasses().that().resideInAPackage(ROOT + ".core..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tax..", ROOT + ".export..",
                                ROOT + ".jdbc..", ROOT + ".testkit..", ROOT + ".cli..", ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".tax..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".export..", ROOT + ".jdbc..",
                                ROOT + ".testkit..", ROOT + ".cli..", ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".export..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tax..", ROOT + ".jdbc..",
                                ROOT + ".testkit..", ROOT + ".cli..", ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".jdbc..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tax..", ROOT + ".export..",
                                ROOT + ".testkit..", ROOT + ".cli..", ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".testkit..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tax..", ROOT + ".export..",
                                ROOT + ".jdbc..", ROOT + ".cli..", ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".cli..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".spark.."),
                noClasses().that().resideInAPackage(ROOT + ".spark..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".tax..", ROOT + ".jdbc..",
                                ROOT + ".testkit..", ROOT + ".cli.."));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void publishedModules_keepTheRule(ArchRule rule) {
        for (String module : new String[] {"core", "tax", "export", "jdbc", "testkit", "cli", "spark"}) {
            assertThat(MAIN.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as("classes of %s found", module).isTrue();
        }
        rule.check(MAIN);
    }
}
