package org.missionhub.core.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.webhook.domain.RetryWaits;
import org.missionhub.core.webhook.domain.WebhookTargets;

/** Webhook settings of the installation (docs/operations.md). */
@ApplicationScoped
public class WebhookConfiguration {

  @Inject
  @ConfigProperty(name = "missionhub.profile", defaultValue = "production")
  String profile;

  @Inject
  @ConfigProperty(name = "missionhub.webhooks.retry-waits", defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
  String retryWaits;

  /** Failed attempts in a row (across deliveries) after which an endpoint is disabled. */
  @Inject
  @ConfigProperty(name = "missionhub.webhooks.disable-after-failures", defaultValue = "20")
  int disableAfter;

  @Inject
  @ConfigProperty(name = "missionhub.webhooks.check-seconds", defaultValue = "5")
  int checkSeconds;

  @Inject
  @ConfigProperty(name = "missionhub.webhooks.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  /** Development and tests send to loopback over http too; production to public https addresses only. */
  public WebhookTargets targets() {
    return new WebhookTargets("development".equals(profile));
  }

  public RetryWaits retryWaits() {
    return RetryWaits.parse(retryWaits);
  }

  public int disableAfter() {
    return Math.max(1, disableAfter);
  }

  public Duration checkEvery() {
    return Duration.ofSeconds(Math.max(1, checkSeconds));
  }

  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }
}
