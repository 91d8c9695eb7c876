package org.missionhub.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private final DigestSchedule schedule = new DigestSchedule(Duration.ofDays(1), 6);

  @Test
  void aDailyDigestGoesOutAtTheFirstDigestHourAfterTheOldestNotice() {
    OffsetDateTime notice = OffsetDateTime.parse("2026-12-07T05:59:00Z");
    assertThat(schedule.isDue(MailFrequency.DAILY, notice, OffsetDateTime.parse("2026-12-07T05:59:59Z"))).isFalse();
    assertThat(schedule.isDue(MailFrequency.DAILY, notice, OffsetDateTime.parse("2026-12-07T06:00:00Z"))).isTrue();
    OffsetDateTime afterHour = OffsetDateTime.parse("2026-12-07T06:00:01Z");
    assertThat(schedule.isDue(MailFrequency.DAILY, afterHour, OffsetDateTime.parse("2026-12-08T05:59:59Z"))).as("waits for tomorrow's").isFalse();
    assertThat(schedule.isDue(MailFrequency.DAILY, afterHour, OffsetDateTime.parse("2026-12-08T06:00:00Z"))).isTrue();
  }

  @Test
  void aWeeklyDigestGoesOutOnMondayAtTheDigestHour() {
    // 2026-12-07 is a Monday
    OffsetDateTime wednesday = OffsetDateTime.parse("2026-12-02T10:00:00Z");
    assertThat(schedule.isDue(MailFrequency.WEEKLY, wednesday, OffsetDateTime.parse("2026-12-06T23:00:00Z"))).isFalse();
    assertThat(schedule.isDue(MailFrequency.WEEKLY, wednesday, OffsetDateTime.parse("2026-12-07T05:59:00Z"))).isFalse();
    assertThat(schedule.isDue(MailFrequency.WEEKLY, wednesday, OffsetDateTime.parse("2026-12-07T06:00:00Z"))).isTrue();
    OffsetDateTime mondayNoon = OffsetDateTime.parse("2026-12-07T12:00:00Z");
    assertThat(schedule.isDue(MailFrequency.WEEKLY, mondayNoon, OffsetDateTime.parse("2026-12-13T23:59:00Z"))).isFalse();
    assertThat(schedule.isDue(MailFrequency.WEEKLY, mondayNoon, OffsetDateTime.parse("2026-12-14T06:00:00Z"))).isTrue();
  }

  @Test
  void aShortDayKeepsTheSameArithmetic() {
    DigestSchedule tests = new DigestSchedule(Duration.ofSeconds(6), 0);
    OffsetDateTime start = OffsetDateTime.parse("2026-12-07T00:00:01Z");
    assertThat(tests.isDue(MailFrequency.DAILY, start, start.plusSeconds(4))).isFalse();
    assertThat(tests.isDue(MailFrequency.DAILY, start, start.plusSeconds(5))).isTrue();
  }

  @Test
  void onlyDigestsAndSensibleSettings() {
    OffsetDateTime now = OffsetDateTime.parse("2026-12-07T00:00:00Z");
    assertThatThrownBy(() -> schedule.isDue(MailFrequency.IMMEDIATELY, now, now)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DigestSchedule(Duration.ofDays(1), 24)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DigestSchedule(Duration.ofMillis(10), 6)).isInstanceOf(IllegalArgumentException.class);
  }
}
