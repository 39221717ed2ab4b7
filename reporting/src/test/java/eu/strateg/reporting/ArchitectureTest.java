package eu.strateg.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "eu.strateg.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reportingDependsOnNoOtherAdapter = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("eu.strateg.persistence..", "eu.strateg.examples..", "eu.strateg.testkit..");

    @ArchTest
    static final ArchRule modelAndChartsKnowNoRenderingLibrary = noClasses().that().resideInAnyPackage("..reporting.model..",
            "..reporting.chart..", "..reporting.i18n..").should().dependOnClassesThat().resideInAnyPackage("io.pebbletemplates..",
            "com.openhtmltopdf..", "org.dhatim..", "com.fasterxml..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("eu.strateg.reporting.(*)..").should().beFreeOfCycles();
}
