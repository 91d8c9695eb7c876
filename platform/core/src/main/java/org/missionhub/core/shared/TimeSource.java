package org.missionhub.core.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The platform's clock. Every timestamp MissionHub stores is UTC, truncated to microseconds. */
@ApplicationScoped
public class TimeSource {

  private final Clock clock;

  public TimeSource() {
    this(Clock.systemUTC());
  }

  public TimeSource(Clock clock) {
    this.clock = clock.withZone(ZoneOffset.UTC);
  }

  public OffsetDateTime now() {
    // microseconds: the finest precision both PostgreSQL and H2 keep, so values round-trip unchanged
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
