package org.missionhub.core.security;

import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's rate limits, per minute (MicroProfile Config, 0 switches one off): API requests per
 * person ({@code missionhub.rate-limit.person-per-minute}, 600), API requests per client address, signed
 * in or not ({@code missionhub.rate-limit.address-per-minute}, 1200), and sign-in and sign-out pages per
 * client address ({@code missionhub.rate-limit.sign-in-per-minute}, 30). The address is the one Liberty
 * reports: behind a reverse proxy, configure Liberty's {@code remoteIp} so it is the client's, not the
 * proxy's. Each server counts for itself; in a cluster the allowance is per server.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "missionhub.rate-limit.person-per-minute", defaultValue = "600")
  long personPerMinute;

  @Inject
  @ConfigProperty(name = "missionhub.rate-limit.address-per-minute", defaultValue = "1200")
  long addressPerMinute;

  @Inject
  @ConfigProperty(name = "missionhub.rate-limit.sign-in-per-minute", defaultValue = "30")
  long signInPerMinute;

  private RateLimiter person;
  private RateLimiter address;
  private RateLimiter signIn;

  @PostConstruct
  void create() {
    person = new RateLimiter(personPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
    address = new RateLimiter(addressPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
    signIn = new RateLimiter(signInPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
  }

  /** An API request of a signed-in person (by subject): empty if allowed, else how long to wait. */
  public Optional<Duration> person(String subject) {
    return person.take(subject);
  }

  /** An API request from a client address, before anything else is checked. */
  public Optional<Duration> address(String remoteAddress) {
    return address.take(remoteAddress);
  }

  /** A request of the sign-in or sign-out pages from a client address. */
  public Optional<Duration> signIn(String remoteAddress) {
    return signIn.take(remoteAddress);
  }
}
