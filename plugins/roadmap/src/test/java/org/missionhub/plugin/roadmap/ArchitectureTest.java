package org.missionhub.plugin.roadmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The roadmap's layers: the platform only through the contract; the model free of storage, services, REST
 * and Vaadin; storage free of services and REST; the views free of JAX-RS; no package cycles.
 */
@AnalyzeClasses(packages = "org.missionhub.plugin.roadmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  void thePlatformIsReachedOnlyThroughTheContract(JavaClasses roadmap) {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.missionhub.core..", "org.missionhub.ui..").check(roadmap);
  }

  @ArchTest
  void theModelStandsOnItsOwn(JavaClasses roadmap) {
    noClasses()
        .that()
        .resideInAPackage("..roadmap.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..roadmap.store..", "..roadmap.service..", "..roadmap.rest..", "..roadmap.ui..", "jakarta.ws.rs..", "com.vaadin..")
        .check(roadmap);
  }

  @ArchTest
  void storageNeitherCallsServicesNorKnowsRest(JavaClasses roadmap) {
    noClasses()
        .that()
        .resideInAPackage("..roadmap.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..roadmap.service..", "..roadmap.rest..", "..roadmap.ui..", "jakarta.ws.rs..")
        .check(roadmap);
  }

  @ArchTest
  void theViewsDoNotUseTheRestLayer(JavaClasses roadmap) {
    noClasses().that().resideInAPackage("..roadmap.ui..").should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..roadmap.rest..").check(roadmap);
  }

  @ArchTest
  void packagesAreFreeOfCycles(JavaClasses roadmap) {
    slices().matching("org.missionhub.plugin.roadmap.(*)..").should().beFreeOfCycles().check(roadmap);
  }
}
