package org.missionhub.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * What MissionHub knows about accounts between questions to Keycloak.
 *
 * <ul>
 *   <li><b>Remembered</b> ({@code remember}, seconds): an account found enabled is not asked about again
 *       for this long, so a burst of requests asks Keycloak once. The price: an account disabled in Keycloak
 *       keeps working for at most this long, unless Keycloak's back-channel logout tells MissionHub sooner
 *       ({@link #forget}).
 *   <li><b>During an outage</b> ({@code grace}): when Keycloak cannot be asked, an account found enabled
 *       within the grace period keeps working; anyone else gets "identity provider unavailable" (503). So a
 *       Keycloak outage stops newcomers, not the people at work, and never lets in an account that was
 *       found disabled.
 * </ul>
 *
 * A disabled or unknown account is never remembered: it is asked about again at its next request.
 */
final class ActiveAccounts {

  private static final Logger LOG = Logger.getLogger(ActiveAccounts.class.getName());

  /** The accounts found enabled lately; null when nothing is remembered. */
  private final Cache<String, Boolean> enabled;
  /** The accounts found enabled within the grace period; null when there is no grace. */
  private final Cache<String, Boolean> lastKnownEnabled;

  /**
   * @param remember how long an enabled account is remembered; zero remembers nothing
   * @param grace how long an enabled account keeps working while Keycloak cannot be asked; zero for never
   * @param ticker the caches' clock ({@link Ticker#systemTicker()} outside tests)
   */
  ActiveAccounts(Duration remember, Duration grace, Ticker ticker) {
    this.enabled = cache(remember, ticker);
    this.lastKnownEnabled = cache(grace, ticker);
  }

  private static Cache<String, Boolean> cache(Duration period, Ticker ticker) {
    return period.isZero() || period.isNegative()
        ? null
        : Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(period).ticker(ticker).<String, Boolean>build();
  }

  /**
   * Whether the account is enabled: remembered if it was lately, else asked. {@code ask} throws a
   * {@link RuntimeException} when Keycloak cannot answer; then the grace period decides, or the exception
   * goes on.
   */
  boolean isActive(String subject, Predicate<String> ask) {
    if (enabled != null && enabled.getIfPresent(subject) != null) {
      return true;
    }
    boolean active;
    try {
      active = ask.test(subject);
    } catch (RuntimeException unavailable) {
      if (lastKnownEnabled != null && lastKnownEnabled.getIfPresent(subject) != null) {
        LOG.fine(() -> "Keycloak cannot be asked; an account found enabled lately goes on working: " + unavailable.getMessage());
        return true;
      }
      throw unavailable;
    }
    if (active) {
      remember(enabled, subject);
      remember(lastKnownEnabled, subject);
    } else {
      forget(subject);
    }
    return active;
  }

  /** Forgets the account: its next request asks Keycloak (after a back-channel logout, say). */
  void forget(String subject) {
    if (enabled != null) {
      enabled.invalidate(subject);
    }
    if (lastKnownEnabled != null) {
      lastKnownEnabled.invalidate(subject);
    }
  }

  private static void remember(Cache<String, Boolean> cache, String subject) {
    if (cache != null) {
      cache.put(subject, Boolean.TRUE);
    }
  }
}
