package eu.strateg.persistence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter depends on core and its libraries only, and shows users one class per port plus the factory. */
class ArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.strateg.persistence.jdbc");

    @Test
    void dependsOnNoOtherAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("eu.strateg.persistence.json..", "eu.strateg.reporting..",
                "eu.strateg.testkit..", "com.fasterxml.jackson..").check(ADAPTER);
    }

    @Test
    void publicTypesAreThePortsTheFactoryAndTheStorageException() {
        classes().that().arePublic().should().haveSimpleNameEndingWith("Repository").orShould().haveSimpleNameEndingWith("Store")
                .orShould().haveSimpleName("StrategJdbc").orShould().haveSimpleName("StorageException")
                .orShould().haveSimpleName("PostgresNationalEvaluation").check(ADAPTER);
    }
}
