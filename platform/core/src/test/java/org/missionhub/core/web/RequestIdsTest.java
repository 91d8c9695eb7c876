package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void takesAUuidFromOutsideInLowerCase() {
    UUID id = UUID.randomUUID();
    assertThat(RequestIds.accepted(id.toString().toUpperCase())).contains(id.toString());
  }

  @Test
  void takesNothingElse() {
    assertThat(RequestIds.accepted(null)).isEmpty();
    assertThat(RequestIds.accepted("")).isEmpty();
    assertThat(RequestIds.accepted("1-1-1-1-1")).isEmpty();
    assertThat(RequestIds.accepted("req-42")).isEmpty();
    assertThat(RequestIds.accepted("x\",\"loglevel\":\"SEVERE\",\"a\":\"12345678")).isEmpty();
    assertThat(RequestIds.accepted("0000000g-0000-4000-8000-000000000000")).isEmpty();
  }

  @Test
  void namesTheRequestAsAUrn() {
    assertThat(RequestIds.uri("2f1c5a4e-8b1d-4c1e-9a57-3d2b1e0f9c11")).isEqualTo("urn:uuid:2f1c5a4e-8b1d-4c1e-9a57-3d2b1e0f9c11");
  }
}
