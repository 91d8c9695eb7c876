package org.missionhub.core.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EndedSignInTest {

  private static final OffsetDateTime ENDED = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aLogoutOfOneKeycloakSessionEndsThatSessionOnly() {
    EndedSignIn ended = new EndedSignIn("sid-1", "person-1", ENDED);
    assertThat(ended.ends("sid-1", "person-1", ENDED.minusHours(1))).isTrue();
    assertThat(ended.ends("sid-2", "person-1", ENDED.minusHours(1))).as("the person's other sign-in").isFalse();
    assertThat(ended.ends(null, "person-1", ENDED.minusHours(1))).as("a session whose sid is unknown").isFalse();
  }

  @Test
  void aLogoutOfAPersonEndsTheirSignInsBegunBeforeIt() {
    EndedSignIn ended = new EndedSignIn(null, "person-1", ENDED);
    assertThat(ended.ends("sid-1", "person-1", ENDED.minusMinutes(5))).isTrue();
    assertThat(ended.ends(null, "person-1", ENDED)).isTrue();
    assertThat(ended.ends("sid-3", "person-1", ENDED.plusSeconds(1))).as("signed in again afterwards").isFalse();
    assertThat(ended.ends("sid-1", "person-2", ENDED.minusMinutes(5))).as("someone else").isFalse();
  }

  @Test
  void itNamesASessionOrAPerson() {
    assertThatThrownBy(() -> new EndedSignIn(null, null, ENDED)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EndedSignIn("sid", null, null)).isInstanceOf(NullPointerException.class);
  }
}
