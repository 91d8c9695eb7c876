package org.missionhub.plugin.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The funding plugin's layers: the platform only through the contract; the model free of storage, services, REST
 * and Vaadin; storage free of services and REST; the views free of JAX-RS; no package cycles.
 */
@AnalyzeClasses(packages = "org.missionhub.plugin.funding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  void thePlatformIsReachedOnlyThroughTheContract(JavaClasses funding) {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.missionhub.core..", "org.missionhub.ui..").check(funding);
  }

  @ArchTest
  void theModelStandsOnItsOwn(JavaClasses funding) {
    noClasses()
        .that()
        .resideInAPackage("..funding.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..funding.store..", "..funding.service..", "..funding.rest..", "..funding.ui..", "jakarta.ws.rs..", "com.vaadin..")
        .check(funding);
  }

  @ArchTest
  void storageNeitherCallsServicesNorKnowsRest(JavaClasses funding) {
    noClasses()
        .that()
        .resideInAPackage("..funding.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..funding.service..", "..funding.rest..", "..funding.ui..", "jakarta.ws.rs..")
        .check(funding);
  }

  @ArchTest
  void theViewsDoNotUseTheRestLayer(JavaClasses funding) {
    noClasses().that().resideInAPackage("..funding.ui..").should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..funding.rest..").check(funding);
  }

  @ArchTest
  void packagesAreFreeOfCycles(JavaClasses funding) {
    slices().matching("org.missionhub.plugin.funding.(*)..").should().beFreeOfCycles().check(funding);
  }
}
