package org.missionhub.core.webhook.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The waits between a delivery's attempts: the Standard Webhooks schedule by default (5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h: eight attempts over about a day and a day), shorter in tests.
 */
public record RetryWaits(List<Duration> waits) {

  public static final RetryWaits STANDARD = new RetryWaits(List.of(
      Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
      Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));

  public RetryWaits {
    waits = List.copyOf(waits);
    if (waits.isEmpty() || waits.stream().anyMatch(w -> w.isNegative())) {
      throw new IllegalArgumentException("retry waits are one or more durations, none negative");
    }
  }

  /** Parses {@code PT5S,PT5M,...}. */
  public static RetryWaits parse(String text) {
    return new RetryWaits(java.util.Arrays.stream(text.split(",")).map(String::strip).map(Duration::parse).toList());
  }

  /** The wait after the {@code attempts}-th failed attempt, or empty after the last. */
  public Optional<Duration> after(int attempts) {
    return attempts >= 1 && attempts <= waits.size() ? Optional.of(waits.get(attempts - 1)) : Optional.empty();
  }
}
