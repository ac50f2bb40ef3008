package io.partnerbill.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of core, written as rules: each layer uses only the layers below it, and no two
 * packages depend on each other in a cycle.
 *
 * <pre>
 * services   io.partnerbill.core.billing     the facade and what it wires
 * storage    io.partnerbill.core.store       the storage SPI and the in-memory stores
 * model      bill, budget, discount, export, order, payment, pricing, reseller, statement, tax
 * money      io.partnerbill.core.money, io.partnerbill.core.internal
 * values     io.partnerbill.core             ids, cycles, calendar, rounding, exceptions
 * </pre>
 */
class CoreArchitectureTest {

    private static final String CORE = "io.partnerbill.core";

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(CORE + "..")
            .layer("values").definedBy(CORE)
            .layer("money").definedBy(CORE + ".money..", CORE + ".internal..")
            .layer("model").definedBy(CORE + ".bill..", CORE + ".budget..", CORE + ".discount..",
                    CORE + ".export..", CORE + ".order..", CORE + ".payment..", CORE + ".pricing..", CORE + ".reseller..",
                    CORE + ".statement..", CORE + ".tax..")
            .layer("storage").definedBy(CORE + ".store..")
            .layer("services").definedBy(CORE + ".billing..")
            .whereLayer("services").mayNotBeAccessedByAnyLayer()
            .whereLayer("storage").mayOnlyBeAccessedByLayers("services")
            .whereLayer("model").mayOnlyBeAccessedByLayers("storage", "services")
            .whereLayer("money").mayOnlyBeAccessedByLayers("model", "storage", "services")
            .whereLayer("values").mayOnlyBeAccessedByLayers("money", "model", "storage", "services");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(CORE + ".(**)")
            .namingSlices("$1").should().beFreeOfCycles();

    /** Core's main classes, as the published jar has them (test classes left out). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    static Stream<ArchRule> rules() {
        return Stream.of(LAYERS, NO_PACKAGE_CYCLES);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void mainClasses_keepTheRule(ArchRule rule) {
        assertThat(MAIN.size()).as("core's classes found").isGreaterThan(150);
        rule.check(MAIN);
    }

    @Test
    void theRules_catchAModelClassThatReachesUpIntoTheServices() {
        JavaClasses withPlant = new ClassFileImporter().importPackages(CORE);
        assertThat(withPlant.contain("io.partnerbill.core.bill.PlantedBackEdge")).isTrue();

        for (ArchRule rule : List.of(LAYERS, NO_PACKAGE_CYCLES)) {
            EvaluationResult result = rule.evaluate(withPlant);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
            assertThat(result.getFailureReport().getDetails())
                    .anySatisfy(line -> assertThat(line).contains("PlantedBackEdge"));
        }
    }
}
