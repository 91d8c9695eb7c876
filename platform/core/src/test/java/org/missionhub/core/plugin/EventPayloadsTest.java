package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.event.DecisionAdopted;
import org.missionhub.api.event.DecisionProposed;
import org.missionhub.api.event.DecisionRejected;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MemberRemoved;
import org.missionhub.api.event.MissionArchived;
import org.missionhub.api.event.MissionCreated;
import org.missionhub.api.event.MissionPhaseChanged;
import org.missionhub.api.event.MissionRestored;
import org.missionhub.api.event.OrganisationReactivated;
import org.missionhub.api.event.OrganisationSuspended;
import org.missionhub.api.event.PartnerInvited;
import org.missionhub.api.event.PartnerJoined;
import org.missionhub.api.event.PartnerLeft;
import org.missionhub.api.event.RoleAssigned;
import org.missionhub.api.event.RoleRemoved;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;

/** Every event the platform publishes, and a plugin's own, comes back from the outbox as it went in. */
class EventPayloadsTest {

  /** A plugin's own event. */
  public record Ping(OrganisationId organisationId, String text, OffsetDateTime occurredAt) implements DomainEvent {}

  private static final OrganisationId ORG = OrganisationId.random();
  private static final MissionId MISSION = MissionId.random();
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 18, 30, 0, 0, ZoneOffset.UTC);

  private final EventPayloads payloads = new EventPayloads();

  @Test
  void everyPlatformEventComesBackEqual() {
    List<DomainEvent> events = List.of(
        new MissionCreated(ORG, MISSION, AT), new PartnerJoined(ORG, MISSION, AT), new PartnerLeft(ORG, MISSION, true, AT),
        new DecisionProposed(ORG, MISSION, "d-1", true, AT), new DecisionAdopted(ORG, MISSION, "d-1", true, AT), new DecisionRejected(ORG, MISSION, "d-1", false, AT),
        new MissionArchived(ORG, MISSION, AT), new MissionRestored(ORG, MISSION, AT), new PartnerInvited(ORG, MISSION, AT),
        new RoleAssigned(ORG, MISSION, "subject-1", MissionRole.COORDINATOR, AT), new RoleRemoved(ORG, MISSION, "subject-1", MissionRole.LEADER, AT),
        new MemberRemoved(ORG, "subject-1", AT), new OrganisationSuspended(ORG, AT), new OrganisationReactivated(ORG, AT),
        new MissionPhaseChanged(ORG, MISSION, MissionPhase.GETTING_STARTED, MissionPhase.IN_PROGRESS, "d-2", AT));
    for (DomainEvent event : events) {
      String kept = payloads.write(event);
      assertThat(payloads.read(event.getClass().getName(), kept, List.of())).as(kept).contains(event);
    }
  }

  @Test
  void aPluginsEventComesBackAsItsDeclaredTypeAndAnUnknownTypeNotAtAll() {
    Ping ping = new Ping(ORG, "héllo \"there\"", AT);
    String kept = payloads.write(ping);
    assertThat(payloads.read(Ping.class.getName(), kept, List.of(Ping.class))).contains(ping);
    assertThat(payloads.read(Ping.class.getName(), kept, List.of())).as("its plugin is gone").isEmpty();
    assertThat(payloads.read("java.lang.String", "\"x\"", List.of())).isEmpty();
  }
}
