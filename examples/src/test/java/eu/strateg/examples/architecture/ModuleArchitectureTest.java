package eu.strateg.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon across modules, checked on a classpath that holds every module (this one depends on all of them):
 * the core knows no adapter, and no adapter knows another.
 */
@AnalyzeClasses(packages = "eu.strateg", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    private static final String CORE = "eu.strateg.core..";
    private static final String JSON = "eu.strateg.persistence.json..";
    private static final String JDBC = "eu.strateg.persistence.jdbc..";
    private static final String REPORTING = "eu.strateg.reporting..";
    private static final String SPREADSHEET = "eu.strateg.spreadsheet..";
    private static final String SOURCES = "eu.strateg.sources..";
    private static final String TESTKIT = "eu.strateg.testkit..";
    private static final String EXAMPLES = "eu.strateg.examples..";

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, JDBC, REPORTING, SPREADSHEET, SOURCES, TESTKIT, EXAMPLES);

    @ArchTest
    static final ArchRule jsonAdapterKnowsNoOtherAdapter = noClasses().that().resideInAPackage(JSON)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC, REPORTING, SPREADSHEET, SOURCES, EXAMPLES)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jdbcAdapterKnowsNoOtherAdapter = noClasses().that().resideInAPackage(JDBC)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, REPORTING, SPREADSHEET, SOURCES, EXAMPLES)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule reportingKnowsNoOtherAdapter = noClasses().that().resideInAPackage(REPORTING)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, JDBC, SPREADSHEET, SOURCES, EXAMPLES)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule spreadsheetAdapterKnowsNoOtherAdapter = noClasses().that().resideInAPackage(SPREADSHEET)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, JDBC, REPORTING, SOURCES, EXAMPLES)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sourcesKnowNoOtherAdapter = noClasses().that().resideInAPackage(SOURCES)
            .should().dependOnClassesThat().resideInAnyPackage(JSON, JDBC, REPORTING, SPREADSHEET, EXAMPLES)
            .allowEmptyShould(true);

    /** Storage failures are handled as core's type, whatever the store (issue 12.8): no caller names an adapter's. */
    @ArchTest
    static final ArchRule callersHandleCoresStorageFailureNotAnAdapters = noClasses().that().resideOutsideOfPackage(JDBC)
            .should().dependOnClassesThat().haveFullyQualifiedName("eu.strateg.persistence.jdbc.StorageException");
}
