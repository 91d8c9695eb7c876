package org.missionhub.plugin.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The survey plugin's structure: its packages free of cycles, the platform reached only through the
 * plugin contract, and the layers as in the core — the model and the stores know nothing of REST or the UI.
 */
@AnalyzeClasses(packages = "org.missionhub.plugin.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  void packagesAreFreeOfCycles(JavaClasses survey) {
    // given / when / then
    slices().matching("org.missionhub.plugin.survey.(*)..").should().beFreeOfCycles().check(survey);
  }

  @ArchTest
  void thePlatformIsReachedOnlyThroughTheContract(JavaClasses survey) {
    // given / when / then
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.missionhub.core..", "org.missionhub.ui..").check(survey);
  }

  @ArchTest
  void onlyTheEdgesKnowRestAndTheUi(JavaClasses survey) {
    // given / when / then
    noClasses()
        .that()
        .resideInAnyPackage("..survey.instrument..", "..survey.campaign..", "..survey.response..", "..survey.results..", "..survey.store..", "..survey.service..", "..survey.expression..", "..survey.version..", "..survey.template..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..survey.rest..", "..survey.ui..", "jakarta.ws.rs..", "com.vaadin..")
        .check(survey);
  }

  @ArchTest
  void storesDoNotCallTheServices(JavaClasses survey) {
    // given / when / then
    noClasses().that().resideInAPackage("..survey.store..").should().dependOnClassesThat().resideInAnyPackage("..survey.service..", "..survey.results..").check(survey);
  }
}
