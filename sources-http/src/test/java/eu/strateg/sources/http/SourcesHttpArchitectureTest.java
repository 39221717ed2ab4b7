package eu.strateg.sources.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** An adapter depends on core only, never on another adapter. */
@AnalyzeClasses(packages = "eu.strateg.sources.http", importOptions = ImportOption.DoNotIncludeTests.class)
class SourcesHttpArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherAdapter = noClasses()
            .that().resideInAPackage("eu.strateg.sources.http..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.strateg.persistence..", "eu.strateg.reporting..",
                    "eu.strateg.spreadsheet..", "eu.strateg.micronaut..", "eu.strateg.examples..", "eu.strateg.testkit..")
            .because("adapters depend on core only (DESIGN.md §2)");
}
