package org.missionhub.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.mail.domain.DigestSchedule;

/**
 * E-mail settings of the installation. Without {@code missionhub.mail.smtp.host} nothing is e-mailed (notices
 * stay in the application, and no e-mail is queued); links in e-mails start with {@code missionhub.public-url}.
 */
@ApplicationScoped
public class MailConfiguration {

  @Inject
  @ConfigProperty(name = "missionhub.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "missionhub.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  /** How often the outbox and the digests are looked at (and how soon a failed attempt's wait is noticed). */
  @Inject
  @ConfigProperty(name = "missionhub.mail.check-seconds", defaultValue = "30")
  int checkSeconds;

  /** The UTC hour at which digests go out. */
  @Inject
  @ConfigProperty(name = "missionhub.mail.digest-hour", defaultValue = "6")
  int digestHour;

  /** How long a day lasts for digests: 86400 seconds, except in tests. */
  @Inject
  @ConfigProperty(name = "missionhub.mail.day-seconds", defaultValue = "86400")
  long daySeconds;

  public boolean isEnabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public Duration checkEvery() {
    return Duration.ofSeconds(Math.max(1, checkSeconds));
  }

  public DigestSchedule digestSchedule() {
    return new DigestSchedule(Duration.ofSeconds(daySeconds), digestHour);
  }

  /** The absolute address of a path of the web application ({@code missions/<id>}). */
  public String address(String path) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/" + path;
  }

  public String settingsAddress() {
    return address("settings/notifications");
  }

  public String unsubscribeAddress(String secret) {
    return address("api/v1/mail/unsubscribe/" + secret);
  }
}
