package org.missionhub.core.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.core.webhook.domain.WebhookEvents;
import org.missionhub.core.webhook.domain.WebhookQueueEntry;

/**
 * Turns an event into deliveries, in the transaction of the change: one per enabled endpoint that wants its type,
 * of the organisation it concerns and, for a mission's event, of every organisation taking part in the mission
 * (they see it). Written with the change, so each event reaches each endpoint exactly once, or not at all when
 * the change is undone.
 */
@ApplicationScoped
public class WebhookFanOut {

  @Inject WebhookEventTypes types;
  @Inject Tenancy tenancy;
  @Inject PartnerRepository partners;
  @Inject TimeSource time;
  @Inject Event<WebhookQueued> queued;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRED)
  void onEvent(@Observes DomainEvent event) {
    Optional<String> type = types.typeOf(event);
    if (type.isEmpty()) {
      return;
    }
    String payload = WebhookEvents.payload(type.get(), event);
    var now = time.now();
    int written = 0;
    for (OrganisationId organisation : concerned(event)) {
      List<String> deliveries = tenancy.writeAs(organisation, other -> {
        List<WebhookEndpoint> endpoints =
            other.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.enabled = TRUE", WebhookEndpoint.class).getResultList();
        return endpoints.stream().filter(e -> e.wants(type.get())).map(e -> {
          WebhookDelivery delivery = new WebhookDelivery(e.id(), type.get(), payload, now);
          other.persist(delivery);
          return delivery.id();
        }).toList();
      });
      deliveries.forEach(id -> em.persist(new WebhookQueueEntry(id, organisation.toString(), now)));
      written += deliveries.size();
    }
    if (written > 0) {
      queued.fire(new WebhookQueued(written));
    }
  }

  private Set<OrganisationId> concerned(DomainEvent event) {
    Set<OrganisationId> organisations = new LinkedHashSet<>();
    organisations.add(event.organisationId());
    if (event instanceof MissionEvent missionEvent) {
      Mission mission = em.find(Mission.class, missionEvent.missionId().toString());
      if (mission != null) {
        organisations.add(mission.lead().id());
        partners.acceptedOrganisations(mission).stream().map(Organisation::id).forEach(organisations::add);
      }
    }
    return organisations;
  }
}
