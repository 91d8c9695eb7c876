package org.missionhub.core.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PersonVisitTest {

  private final OffsetDateTime nine = OffsetDateTime.parse("2026-12-07T09:00:00Z");

  @Test
  void aVisitLastsWhileThePersonWorksAndEndsAfterHalfAnHourAway() {
    PersonVisit visit = new PersonVisit("sub-1", nine);
    assertThat(visit.previousVisit()).isEmpty();
    assertThat(visit.seen(nine.plusSeconds(20))).as("noted at most once a minute").isFalse();
    assertThat(visit.seen(nine.plusMinutes(20))).isTrue();
    assertThat(visit.seen(nine.plusMinutes(45))).isTrue();
    assertThat(visit.previousVisit()).as("never away for half an hour").isEmpty();
    assertThat(visit.seen(nine.plusHours(3))).isTrue();
    assertThat(visit.previousVisit()).contains(nine.plusMinutes(45));
    visit.seen(nine.plusHours(3).plusMinutes(10));
    assertThat(visit.previousVisit()).as("the new visit keeps counting from the last one").contains(nine.plusMinutes(45));
  }
}
