package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionCreated;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** A plugin publishes only the event types it declares, and declares only its own. */
class PluginEventsTest {

  /** A plugin's own event. */
  record Ping(OrganisationId organisationId, OffsetDateTime occurredAt) implements DomainEvent {}

  /** Another plugin's event, not declared by the test plugin. */
  record Pong(OrganisationId organisationId, OffsetDateTime occurredAt) implements DomainEvent {}

  private final List<DomainEvent> fired = new ArrayList<>();

  @Test
  void aDeclaredEventIsFiredForDeliveryAfterCommit() throws Exception {
    PluginEvents events = events();
    Ping ping = new Ping(OrganisationId.random(), OffsetDateTime.now());

    events.publish(plugin(List.of(Ping.class)), ping);

    assertThat(fired).containsExactly(ping);
  }

  @Test
  void anUndeclaredOrAPlatformEventIsRefusedAndNothingIsFired() throws Exception {
    PluginEvents events = events();
    LoadedPlugin plugin = plugin(List.of(Ping.class));

    assertThatThrownBy(() -> events.publish(plugin, new Pong(OrganisationId.random(), OffsetDateTime.now())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not declare");
    assertThatThrownBy(() -> events.publish(plugin, new MissionCreated(OrganisationId.random(), MissionId.random(), OffsetDateTime.now())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only the platform");
    assertThat(fired).isEmpty();
  }

  @Test
  void aPluginCannotDeclareThePlatformsEventTypes() {
    assertThatThrownBy(() -> plugin(List.of(MissionCreated.class)))
        .isInstanceOf(ContributionCheck.InvalidContribution.class)
        .hasMessageContaining("is not one of its own classes");
  }

  private PluginEvents events() {
    PluginEvents events = new PluginEvents();
    events.events = new RecordingEvent<>(fired);
    return events;
  }

  private static LoadedPlugin plugin(List<Class<? extends DomainEvent>> declared) throws ContributionCheck.InvalidContribution {
    PluginDescriptor descriptor =
        PluginDescriptor.builder("pinger").name(LocalizedText.of("en", "Pinger")).description(LocalizedText.of("en", "Pings"))
            .version("1.0.0").apiVersions(PluginApi.VERSION).build();
    MissionHubPlugin plugin =
        new MissionHubPlugin() {
          @Override
          public PluginDescriptor descriptor() {
            return descriptor;
          }

          @Override
          public List<Class<? extends DomainEvent>> events() {
            return declared;
          }
        };
    LoadedPlugin loaded = new LoadedPlugin(Candidate.of(plugin, descriptor, "test", PluginEventsTest.class.getClassLoader()), PluginState.ACTIVE, null);
    loaded.contributions(ContributionCheck.read(loaded));
    return loaded;
  }
}
