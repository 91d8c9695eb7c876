package org.missionhub.core.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.missionhub.api.event.DecisionProposed;
import org.missionhub.api.event.MissionPhaseChanged;
import org.missionhub.api.event.RoleAssigned;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;

class WebhookEventsTest {

  @Test
  void typesAreTheEventsNamesInWords() {
    assertThat(WebhookEvents.type(DecisionProposed.class, null)).isEqualTo("decision.proposed");
    assertThat(WebhookEvents.type(MissionPhaseChanged.class, null)).isEqualTo("mission.phase-changed");
    assertThat(WebhookEvents.type(RoleAssigned.class, null)).isEqualTo("role.assigned");
    assertThat(WebhookEvents.type(DecisionProposed.class, "funding")).isEqualTo("funding.decision-proposed");
  }

  @Test
  void thePayloadCarriesTheEventsIdsAndValuesInUtc() {
    OrganisationId organisation = OrganisationId.of("6f1c3c1e-2d2a-4b7e-9a55-0a3c8d2f1b11");
    MissionId mission = MissionId.of("0b7a7a36-8c59-4f3e-8a47-2b1f4f0d9c22");
    OffsetDateTime at = OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    String payload = WebhookEvents.payload("role.assigned", new RoleAssigned(organisation, mission, "sub-1", MissionRole.COORDINATOR, at));
    JsonObject json = Json.createReader(new StringReader(payload)).readObject();
    assertThat(json.getString("type")).isEqualTo("role.assigned");
    assertThat(json.getString("timestamp")).isEqualTo("2026-12-07T08:30:00Z");
    JsonObject data = json.getJsonObject("data");
    assertThat(data.getString("organisationId")).isEqualTo(organisation.toString());
    assertThat(data.getString("missionId")).isEqualTo(mission.toString());
    assertThat(data.getString("subject")).isEqualTo("sub-1");
    assertThat(data.getString("role")).isEqualTo("COORDINATOR");
    assertThat(data.getString("occurredAt")).isEqualTo("2026-12-07T08:30:00Z");
  }

  @Test
  void retriesWaitAsConfiguredThenStop() {
    RetryWaits waits = RetryWaits.parse("PT1S, PT2S");
    assertThat(waits.after(1)).contains(Duration.ofSeconds(1));
    assertThat(waits.after(2)).contains(Duration.ofSeconds(2));
    assertThat(waits.after(3)).isEmpty();
    assertThat(RetryWaits.STANDARD.waits()).hasSize(7);
  }
}
