package org.missionhub.core.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.webhook.domain.WebhookEvents;

/** The event types an endpoint can ask for: the platform's, then each active plugin's. */
@ApplicationScoped
public class WebhookEventTypes {

  private static final List<Class<? extends DomainEvent>> PLATFORM = List.of(
      MissionCreated.class, MissionPhaseChanged.class, MissionArchived.class, MissionRestored.class,
      DecisionProposed.class, DecisionAdopted.class, DecisionRejected.class,
      PartnerInvited.class, PartnerJoined.class, PartnerLeft.class,
      RoleAssigned.class, RoleRemoved.class, MemberRemoved.class,
      OrganisationSuspended.class, OrganisationReactivated.class);

  @Inject PluginRuntime plugins;

  public List<String> all() {
    List<String> types = new ArrayList<>();
    PLATFORM.forEach(type -> types.add(WebhookEvents.type(type, null)));
    for (LoadedPlugin plugin : plugins.active()) {
      plugin.events().forEach(type -> types.add(WebhookEvents.type(type, plugin.id())));
    }
    return types;
  }

  /** The type of an event as webhooks name it, if it is one they carry. */
  public Optional<String> typeOf(DomainEvent event) {
    if (PLATFORM.contains(event.getClass())) {
      return Optional.of(WebhookEvents.type(event.getClass(), null));
    }
    return plugins.active().stream().filter(p -> p.events().contains(event.getClass())).findFirst()
        .map(p -> WebhookEvents.type(event.getClass(), p.id()));
  }
}
