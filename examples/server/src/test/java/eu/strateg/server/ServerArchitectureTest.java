package eu.strateg.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server is a driving adapter: its endpoints call core's services, never a store or an adapter's internals. */
@AnalyzeClasses(packages = "eu.strateg.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

    @ArchTest
    static final ArchRule endpointsUseServicesNotStores = noClasses().that().resideInAnyPackage("eu.strateg.server.api..", "eu.strateg.server.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("eu.strateg.core.port.StrategyRepository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("eu.strateg.core.port.ObservationStore")
            .orShould().dependOnClassesThat().resideInAnyPackage("eu.strateg.core.memory..", "eu.strateg.persistence.jdbc..");

    @ArchTest
    static final ArchRule noAdapterInternals = noClasses().that().resideInAPackage("eu.strateg.server..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.strateg.persistence.json.internal..", "eu.strateg.persistence.jdbc.internal..",
                    "eu.strateg.reporting.internal..");

    @ArchTest
    static final ArchRule onlyTheServerOpensTheDatabase = noClasses().that().doNotHaveFullyQualifiedName(StrategServer.class.getName())
            .and().resideInAPackage("eu.strateg.server..")
            .should().dependOnClassesThat().resideInAPackage("eu.strateg.persistence.jdbc..");
}
