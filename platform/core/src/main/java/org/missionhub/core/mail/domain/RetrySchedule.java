package org.missionhub.core.mail.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long an e-mail waits after a failed attempt: growing waits (a mail server that is down for maintenance
 * is not hammered), then giving up after the last, about eleven hours after the first attempt.
 */
public final class RetrySchedule {

  private static final List<Duration> WAITS =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8));

  private RetrySchedule() {}

  /** The wait after the {@code attempts}-th failed attempt, or empty when no attempt is left. */
  public static Optional<Duration> after(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts start at 1: " + attempts);
    }
    return attempts > WAITS.size() ? Optional.empty() : Optional.of(WAITS.get(attempts - 1));
  }

  /** How many attempts are made at most. */
  public static int maxAttempts() {
    return WAITS.size() + 1;
  }
}
