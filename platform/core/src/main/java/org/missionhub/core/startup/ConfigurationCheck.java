package org.missionhub.core.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a server outside development that still has the development secrets: the database
 * password everyone knows ({@code missionhub}, the server's default) and the development realm's client
 * secrets. {@code MISSIONHUB_PROFILE=development} (set by {@code infra/run.sh} and the test servers) allows
 * them; any other profile, production by default, needs real ones. Runs before anything else at start-up,
 * so nothing touches the database with a default password.
 */
@ApplicationScoped
public class ConfigurationCheck {

  static final String DEVELOPMENT = "development";

  /** Secrets that are public: in server.xml, in the development realm and in this repository. */
  private static final List<String> KNOWN_SECRETS =
      List.of("missionhub", "missionhub-provisioner-dev-secret", "missionhub-ui-dev-secret");

  private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());

  @Inject
  @ConfigProperty(name = "missionhub.profile", defaultValue = "production")
  String profile;

  @Inject
  @ConfigProperty(name = "missionhub.db.password")
  Optional<String> databasePassword;

  @Inject
  @ConfigProperty(name = "missionhub.db.owner.password")
  Optional<String> ownerPassword;

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.provisioner.client-secret")
  Optional<String> provisionerSecret;

  @Inject
  @ConfigProperty(name = "missionhub.ui.client-secret")
  Optional<String> uiSecret;

  void check(@Observes @Priority(DatabaseMigrations.PRIORITY - 50) Startup startup) {
    List<String> problems = problems(profile, databasePassword, provisionerSecret, uiSecret);
    if (!DEVELOPMENT.equals(profile)) {
      // the owner's password, when MicroProfile Config sees it (server.xml variables and the environment)
      ownerPassword.filter(KNOWN_SECRETS::contains).ifPresent(p -> problems.add("MISSIONHUB_DB_OWNER_PASSWORD is a development default; set a secret of your own"));
    }
    if (!problems.isEmpty()) {
      String message = "MissionHub does not start with development secrets in the " + profile + " profile: " + String.join("; ", problems)
          + " (or set MISSIONHUB_PROFILE=development on a development machine)";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
    LOG.info(() -> "Profile " + profile);
  }

  /** What is wrong with the secrets for the profile; empty when the server may start. */
  static List<String> problems(String profile, Optional<String> databasePassword, Optional<String> provisionerSecret, Optional<String> uiSecret) {
    List<String> problems = new ArrayList<>();
    if (DEVELOPMENT.equals(profile)) {
      return problems;
    }
    check(problems, databasePassword, "MISSIONHUB_DB_PASSWORD");
    check(problems, provisionerSecret, "MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET");
    check(problems, uiSecret, "MISSIONHUB_UI_CLIENT_SECRET");
    return problems;
  }

  private static void check(List<String> problems, Optional<String> secret, String variable) {
    if (secret.isEmpty() || secret.get().isBlank()) {
      problems.add(variable + " is not set");
    } else if (KNOWN_SECRETS.contains(secret.get())) {
      problems.add(variable + " is a development default; set a secret of your own");
    }
  }
}
