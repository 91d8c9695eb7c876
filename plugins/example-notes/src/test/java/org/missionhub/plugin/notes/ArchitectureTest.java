package org.missionhub.plugin.notes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The example plugin keeps the rules every plugin should: the platform reached only through the contract,
 * its exported API package free of everything else of the plugin, and the views apart from the REST layer.
 */
@AnalyzeClasses(packages = "org.missionhub.plugin.notes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  void thePlatformIsReachedOnlyThroughTheContract(JavaClasses notes) {
    // given / when / then
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.missionhub.core..", "org.missionhub.ui..").check(notes);
  }

  @ArchTest
  void theExportedApiStandsAlone(JavaClasses notes) {
    // given: other plugins load the api package with the notes plugin's class loader, nothing else of it
    noClasses()
        .that()
        .resideInAPackage("org.missionhub.plugin.notes.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.missionhub.plugin.notes", "org.missionhub.plugin.notes.ui..")
        .check(notes);
  }

  @ArchTest
  void theViewsDoNotUseTheRestLayer(JavaClasses notes) {
    // given / when / then
    noClasses().that().resideInAPackage("..notes.ui..").should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..").check(notes);
  }
}
