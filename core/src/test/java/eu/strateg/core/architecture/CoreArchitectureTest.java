package eu.strateg.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core is the hexagon's centre: it depends only on the JDK, Guava, SLF4J and itself (container wiring lives in
 * the {@code strateg-micronaut} module), and its packages have no cycles.
 */
@AnalyzeClasses(packages = "eu.strateg.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnlyOnJavaGuavaSlf4jAndItself = classes()
            .that().resideInAPackage("eu.strateg.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", "org.slf4j..", "eu.strateg.core..")
            .because("core holds the domain and ports only: no Jackson, Jdbi, SQL, files or templates (DESIGN.md §2)");

    @ArchTest
    static final ArchRule coreDoesNotTouchFilesOrSql = noClasses()
            .that().resideInAPackage("eu.strateg.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.nio.file..")
            .orShould().dependOnClassesThat().areAssignableTo(java.io.File.class)
            .because("core does no I/O of its own");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("eu.strateg.core.(*)..").should().beFreeOfCycles();
}
