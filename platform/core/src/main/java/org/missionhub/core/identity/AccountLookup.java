package org.missionhub.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Asks Keycloak whether an account is enabled, for the account check on every request. Behind a circuit
 * breaker (MicroProfile Fault Tolerance): when most of the last few checks failed, Keycloak is not asked
 * at all for ten seconds and the check fails at once, so an outage costs requests no waiting; then one
 * check tries again. Overridable as MicroProfile Config, e.g.
 * {@code org.missionhub.core.identity.AccountLookup/enabled/CircuitBreaker/delay=10000}.
 */
@ApplicationScoped
public class AccountLookup {

  private static final Logger LOG = Logger.getLogger(AccountLookup.class.getName());

  @Inject KeycloakAdminApi api;

  /** Whether the account exists and is enabled; throws {@link ApplicationException} when Keycloak cannot say. */
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
  public boolean enabled(String subject) {
    KeycloakAdminApi.Answer user = api.quickGet("/users/" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    if (user.status() == 404) {
      return false;
    }
    if (!user.ok()) {
      LOG.warning("Keycloak could not say whether an account is enabled: HTTP " + user.status());
      throw new ApplicationException(ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider cannot be reached; try again in a moment");
    }
    return user.json().asJsonObject().getBoolean("enabled", false);
  }
}
