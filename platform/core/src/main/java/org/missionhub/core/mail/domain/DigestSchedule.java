package org.missionhub.core.mail.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When digests go out: every day at the digest hour (UTC), and every Monday at that hour for weekly ones. A
 * notice waits for the first such moment after it was written. The length of a "day" is configurable so that
 * tests see a day pass in seconds; the arithmetic is the same.
 */
public final class DigestSchedule {

  /** 1970-01-01 was a Thursday: weekly periods start four days later, on Mondays. */
  private static final int DAYS_TO_MONDAY = 4;

  private final long dayMillis;
  private final long offsetMillis;

  /**
   * @param day how long a day is (24 hours but in tests)
   * @param hour the hour of the day, 0-23, at which digests go out (in a shortened day, that share of it)
   */
  public DigestSchedule(Duration day, int hour) {
    Objects.requireNonNull(day, "day");
    if (day.toMillis() < 1000) {
      throw new IllegalArgumentException("a day lasts at least a second: " + day);
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("the digest hour is 0 to 23: " + hour);
    }
    this.dayMillis = day.toMillis();
    this.offsetMillis = dayMillis * hour / 24;
  }

  /** Whether a digest of {@code frequency} holding a notice written at {@code oldest} is due at {@code now}. */
  public boolean isDue(MailFrequency frequency, OffsetDateTime oldest, OffsetDateTime now) {
    return period(frequency, now) > period(frequency, oldest);
  }

  private long period(MailFrequency frequency, OffsetDateTime time) {
    long millis = time.toInstant().toEpochMilli() - offsetMillis;
    return switch (frequency) {
      case DAILY -> Math.floorDiv(millis, dayMillis);
      case WEEKLY -> Math.floorDiv(millis - DAYS_TO_MONDAY * dayMillis, 7 * dayMillis);
      default -> throw new IllegalArgumentException(frequency + " is not a digest");
    };
  }
}
