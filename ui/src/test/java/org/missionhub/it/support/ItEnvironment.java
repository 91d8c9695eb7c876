package org.missionhub.it.support;

/** Where the integration-test server and its database are; set by the failsafe execution (ui/pom.xml). */
public final class ItEnvironment {

  private ItEnvironment() {}

  public static String baseUrl() {
    return required("missionhub.it.baseUrl");
  }

  public static String database() {
    return required("missionhub.it.database");
  }

  public static String jdbcUrl() {
    return required("missionhub.it.jdbcUrl");
  }

  public static String jdbcUser() {
    return required("missionhub.it.jdbcUser");
  }

  /** Empty for the PostgreSQL superuser under trust authentication. */
  public static String jdbcPassword() {
    return System.getProperty("missionhub.it.jdbcPassword", "");
  }

  /** The tests' own Keycloak (bootstrap administrator admin / admin), realm {@code missionhub}. */
  public static String keycloakUrl() {
    return required("missionhub.it.keycloakUrl");
  }

  /** infra/keycloak/keycloak.sh, which started the tests' Keycloak (instance {@code test}). */
  public static String keycloakScript() {
    return required("missionhub.it.keycloakScript");
  }

  /** axe-core, fetched from npm before the integration tests (infra/browser/fetch-axe.sh). */
  public static java.nio.file.Path axeScript() {
    return java.nio.file.Path.of(System.getProperty("missionhub.it.axe", "target/axe/axe.min.js"));
  }

  /** The test server's messages.log (JSON lines: the test servers run with WLP_LOGGING_MESSAGE_FORMAT=json). */
  public static java.nio.file.Path serverLog() {
    return java.nio.file.Path.of(required("missionhub.it.serverLog"));
  }

  public static String issuer() {
    return keycloakUrl() + "/realms/missionhub";
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the integration tests through Maven (mvn verify)");
    }
    return value;
  }
}
