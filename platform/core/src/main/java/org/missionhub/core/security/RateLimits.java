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
 * in or not ({@code missionhub.rate-limit.address-per-minute}, 1200), reads of one feed address
 * ({@code missionhub.rate-limit.feed-per-minute}, 30: a calendar polls hourly, a few devices share an
 * address; a feed has its own allowance so that a misbehaving client does not use up the person's). Sign-in attempts are Keycloak's to
 * limit (its brute-force detection, on its own pages). The address is the one Liberty
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
  @ConfigProperty(name = "missionhub.rate-limit.feed-per-minute", defaultValue = "30")
  long feedPerMinute;

  private RateLimiter person;
  private RateLimiter address;
  private RateLimiter feed;

  @PostConstruct
  void create() {
    person = new RateLimiter(personPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
    address = new RateLimiter(addressPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
    feed = new RateLimiter(feedPerMinute, TimeMeter.SYSTEM_MILLISECONDS);
  }

  /** An API request of a signed-in person (by subject): empty if allowed, else how long to wait. */
  public Optional<Duration> person(String subject) {
    return person.take(subject);
  }

  /** A read of a feed, by the subscription its address stands for. */
  public Optional<Duration> feed(String subscriptionId) {
    return feed.take(subscriptionId);
  }

  /** An API request from a client address, before anything else is checked. */
  public Optional<Duration> address(String remoteAddress) {
    return address.take(remoteAddress);
  }
}
