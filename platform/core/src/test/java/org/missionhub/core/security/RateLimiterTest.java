package org.missionhub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock the test moves. */
  private static final class ManualTime implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }
  }

  private final ManualTime time = new ManualTime();

  @Test
  void aKeyMayMakeAMinutesAllowanceAtOnceThenWaits() {
    RateLimiter limiter = new RateLimiter(60, time);

    for (int i = 0; i < 60; i++) {
      assertThat(limiter.take("alex")).as("request %d", i + 1).isEmpty();
    }
    // the 61st waits for the next token: one second at 60 a minute
    assertThat(limiter.take("alex")).contains(Duration.ofSeconds(1));
  }

  @Test
  void theAllowanceRefillsGraduallyAndEachKeyHasItsOwn() {
    RateLimiter limiter = new RateLimiter(6, time);
    for (int i = 0; i < 6; i++) {
      limiter.take("alex");
    }
    assertThat(limiter.take("alex")).contains(Duration.ofSeconds(10));
    assertThat(limiter.take("sam")).isEmpty();

    time.advance(Duration.ofSeconds(10));
    assertThat(limiter.take("alex")).isEmpty();
    assertThat(limiter.take("alex")).contains(Duration.ofSeconds(10));
  }

  @Test
  void theWaitIsRoundedUpToWholeSeconds() {
    RateLimiter limiter = new RateLimiter(1, time);
    limiter.take("alex");
    time.advance(Duration.ofMillis(59_500));
    assertThat(limiter.take("alex")).contains(Duration.ofSeconds(1));
  }

  @Test
  void zeroSwitchesTheLimitOff() {
    RateLimiter limiter = new RateLimiter(0, time);
    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.take("alex")).isEqualTo(Optional.empty());
    }
  }
}
