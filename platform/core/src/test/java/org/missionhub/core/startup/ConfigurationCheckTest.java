package org.missionhub.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server outside development refuses the secrets everyone knows, and missing ones. */
class ConfigurationCheckTest {

  private static final Optional<String> REAL = Optional.of("b6a1c4e09f3d");

  @Test
  void productionWithSecretsOfItsOwnStarts() {
    assertThat(ConfigurationCheck.problems("production", REAL, Optional.of("9f0e2d"), Optional.of("77ac31"))).isEmpty();
  }

  @Test
  void productionRefusesTheDefaultDatabasePasswordAndTheDevelopmentClientSecrets() {
    assertThat(
            ConfigurationCheck.problems(
                "production", Optional.of("missionhub"), Optional.of("missionhub-provisioner-dev-secret"), Optional.of("missionhub-ui-dev-secret")))
        .containsExactly(
            "MISSIONHUB_DB_PASSWORD is a development default; set a secret of your own",
            "MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET is a development default; set a secret of your own",
            "MISSIONHUB_UI_CLIENT_SECRET is a development default; set a secret of your own");
  }

  @Test
  void productionRefusesMissingOrBlankSecrets() {
    assertThat(ConfigurationCheck.problems("production", Optional.empty(), Optional.of(" "), REAL))
        .containsExactly("MISSIONHUB_DB_PASSWORD is not set", "MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET is not set");
  }

  @Test
  void anyProfileButDevelopmentIsHeldToIt() {
    assertThat(ConfigurationCheck.problems("staging", Optional.of("missionhub"), REAL, REAL)).hasSize(1);
  }

  @Test
  void developmentAcceptsTheDevelopmentDefaults() {
    assertThat(ConfigurationCheck.problems("development", Optional.of("missionhub"), Optional.of("missionhub-provisioner-dev-secret"), Optional.empty()))
        .isEmpty();
  }
}
