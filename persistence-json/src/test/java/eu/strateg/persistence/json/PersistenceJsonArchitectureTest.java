package eu.strateg.persistence.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** An adapter depends on core only, never on another adapter; its packages have no cycles. */
@AnalyzeClasses(packages = "eu.strateg.persistence.json", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceJsonArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherAdapter = noClasses()
            .that().resideInAPackage("eu.strateg.persistence.json..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.strateg.persistence.jdbc..", "eu.strateg.reporting..",
                    "eu.strateg.examples..", "eu.strateg.testkit..")
            .because("adapters depend on core only (DESIGN.md §2)");

    @ArchTest
    static final ArchRule internalsDoNotReachBack = noClasses()
            .that().resideInAPackage("eu.strateg.persistence.json.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.strateg.persistence.json", "eu.strateg.persistence.json.csv..",
                    "eu.strateg.persistence.json.jsonl..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("eu.strateg.persistence.json.(*)..").should().beFreeOfCycles();
}
