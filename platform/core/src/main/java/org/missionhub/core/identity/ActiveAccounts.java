package org.missionhub.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Remembers, for a few seconds, that an account was found enabled, so that a burst of requests asks Keycloak
 * once, and a short Keycloak outage does not stop people who were just checked. A disabled or unknown
 * account is never remembered: it is asked about again at its next request, and works as soon as it is
 * enabled. The price: an account disabled in Keycloak keeps working for at most the remembered period.
 */
final class ActiveAccounts {

  /** The accounts found enabled lately; null when nothing is remembered. */
  private final Cache<String, Boolean> enabled;

  /**
   * @param remember how long an enabled account is remembered; zero remembers nothing
   * @param ticker the cache's clock ({@link Ticker#systemTicker()} outside tests)
   */
  ActiveAccounts(Duration remember, Ticker ticker) {
    this.enabled =
        remember.isZero() || remember.isNegative()
            ? null
            : Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(remember).ticker(ticker).<String, Boolean>build();
  }

  /** Whether the account is enabled: remembered if it was lately, else asked (and remembered if it is). */
  boolean isActive(String subject, Predicate<String> ask) {
    if (enabled == null) {
      return ask.test(subject);
    }
    if (enabled.getIfPresent(subject) != null) {
      return true;
    }
    boolean active = ask.test(subject);
    if (active) {
      enabled.put(subject, Boolean.TRUE);
    }
    return active;
  }
}
