package org.missionhub.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * One rate limit — so many requests a minute per key (a person, an address) — as a token bucket per key
 * (Bucket4j): a burst of the whole minute's allowance, refilled gradually. The buckets live in a bounded
 * cache that forgets a key idle for two minutes, when its bucket would be full again anyway.
 */
public final class RateLimiter {

  private static final int MAX_KEYS = 100_000;

  private final long perMinute;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  /**
   * @param perMinute requests a key may make in a minute; 0 or less switches the limit off
   * @param time the clock the buckets refill by ({@link TimeMeter#SYSTEM_MILLISECONDS} outside tests)
   */
  public RateLimiter(long perMinute, TimeMeter time) {
    this.perMinute = perMinute;
    this.time = time;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(Duration.ofMinutes(2)).build();
  }

  /** Takes one request of the key's allowance: empty if allowed, else how long to wait before the next one. */
  public Optional<Duration> take(String key) {
    if (perMinute <= 0) {
      return Optional.empty();
    }
    ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Optional.empty();
    }
    // (whole seconds, rounded up, at least one: Retry-After counts seconds)
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return Optional.of(Duration.ofSeconds(seconds));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .withCustomTimePrecision(time)
        .build();
  }
}
