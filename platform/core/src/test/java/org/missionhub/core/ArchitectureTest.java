package org.missionhub.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionhub.core.application.ApplicationService;

/**
 * Layering and tenancy rules of the platform core. The ArchUnit rules run on the main classes (the ArchUnit
 * JUnit 5 engine imports them once); the JPQL check scans the main sources, because a query is a string.
 */
@AnalyzeClasses(packages = "org.missionhub.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  @ArchTest
  void domainDependsOnNeitherRestNorApplicationNorJaxRs(JavaClasses core) {
    // given / when / then
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..rest..", "..application..", "jakarta.ws.rs..")
        .check(core);
  }

  /**
   * No package of the core depends, through any path, on a package that depends on it: the lowest floor
   * (application, security, audit, tenancy, identity, organisation) is layered, not tangled.
   */
  @ArchTest
  void packagesAreFreeOfCycles(JavaClasses core) {
    // given / when / then
    slices().matching("org.missionhub.core.(**)").should().beFreeOfCycles().check(core);
  }

  @ArchTest
  void persistenceDoesNotDependOnRest(JavaClasses core) {
    // given / when / then
    noClasses().that().resideInAPackage("..persistence..").should().dependOnClassesThat().resideInAPackage("..rest..").check(core);
  }

  @ArchTest
  void applicationDependsNeitherOnRestNorOnJaxRs(JavaClasses core) {
    // given / when / then
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..rest..", "jakarta.ws.rs..")
        .check(core);
  }

  @ArchTest
  void applicationServicesLiveInApplicationPackagesOrTheAuditLog(JavaClasses core) {
    // given / when / then
    classes()
        .that()
        .areAnnotatedWith(ApplicationService.class)
        .should()
        .resideInAnyPackage(
            "..application..", "org.missionhub.core.audit", "org.missionhub.core.identity", "org.missionhub.core.notice")
        .check(core);
  }

  @ArchTest
  void nothingRunsNativeSqlThatWouldBypassTheTenantFilter(JavaClasses core) {
    // given: EclipseLink adds the tenant predicate to JPQL only, never to native SQL
    // when / then
    noClasses()
        .should()
        .callMethodWhere(
            describe(
                "EntityManager.createNativeQuery",
                (JavaMethodCall call) ->
                    call.getName().equals("createNativeQuery")
                        && call.getTargetOwner().isAssignableTo(EntityManager.class)))
        .check(core);
  }

  @Test
  void apiDependsOnlyOnTheJdk() {
    // given: the platform's public API jar, which plugins compile against
    JavaClasses api = new ClassFileImporter().importPackages("org.missionhub.api");
    assertThat(api).isNotEmpty();

    // when / then
    classes()
        .that()
        .resideInAPackage("org.missionhub.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.missionhub.api..")
        .check(api);
  }

  @Test
  void noJpqlBulkUpdateOrDeleteInMainSources() throws IOException {
    // given: bulk statements bypass the entity listeners, so they would escape the audit log
    assertThat(MAIN_SOURCES).isDirectory();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }

    // when
    List<String> offenders = new ArrayList<>();
    for (Path source : sources) {
      offenders.addAll(bulkStatementLiterals(source));
    }

    // then
    assertThat(sources).hasSizeGreaterThan(100);
    assertThat(offenders).isEmpty();
  }

  /** String literals and text blocks; the text block alternative comes first so that it wins. */
  private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  private static final Pattern BULK = Pattern.compile("^\\s*(UPDATE\\s|DELETE\\s+FROM\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * Plain JDBC on the platform's own bookkeeping, which is no audited entity: which server ran a plugin
   * job's time slot ({@code plugin_job_run}); and the one deletion of audit entries, the log of an erased
   * organisation, guarded in the statement by the organisation's ERASED status (ErasedAuditLog).
   */
  private static final Pattern BOOKKEEPING =
      Pattern.compile(
          "^\\s*((UPDATE|DELETE\\s+FROM)\\s+plugin_job_run\\b|DELETE FROM audit_entry WHERE tenant_id = \\? AND EXISTS \\(SELECT 1 FROM organisation o WHERE o\\.id = \\? AND o\\.status = 'ERASED'\\)$)",
          Pattern.CASE_INSENSITIVE);

  private static List<String> bulkStatementLiterals(Path source) throws IOException {
    String text = Files.readString(source);
    List<String> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(text);
    while (literal.find()) {
      String content = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (BULK.matcher(content).find() && !BOOKKEEPING.matcher(content).find()) {
        int line = (int) text.substring(0, literal.start()).chars().filter(c -> c == '\n').count() + 1;
        found.add(source + ":" + line + ": " + content.strip().toUpperCase(Locale.ROOT));
      }
    }
    return found;
  }

  @Test
  void theBulkStatementScanRecognisesWhatItLooksFor() {
    // given
    String sample =
        "class X { String a = \"UPDATE Membership m SET m.role = :r\"; String b = \"delete from Risk r\";"
            + " String c = \"\"\"\n   Update Mission m SET m.title = 'x'\n\"\"\"; String d = \"SELECT m FROM Mission m\";"
            + " String e = \"Deleted \\\"FROM\\\" here\"; }";

    // when
    List<String> hits = new ArrayList<>();
    Matcher literal = LITERAL.matcher(sample);
    while (literal.find()) {
      String content = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (BULK.matcher(content).find()) {
        hits.add(content.strip());
      }
    }

    // then
    assertThat(hits)
        .containsExactly("UPDATE Membership m SET m.role = :r", "delete from Risk r", "Update Mission m SET m.title = 'x'");
  }
}
