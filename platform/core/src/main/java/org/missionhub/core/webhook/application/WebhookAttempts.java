package org.missionhub.core.webhook.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;
import org.missionhub.core.webhook.domain.DeliveryStatus;
import org.missionhub.core.webhook.domain.WebhookAttempt;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.core.webhook.domain.WebhookQueueEntry;

/**
 * A claimed delivery's attempt, before and after the HTTP call (which runs outside any transaction): each step
 * binds the delivery's organisation, so the delivery and its endpoint are read under its row-level security.
 * Disabling an endpoint after too many failures is audited (as the platform) and told to the organisation's
 * administrators.
 */
@ApplicationService
public class WebhookAttempts {

  public static final String DISABLED_KIND = "WEBHOOK_DISABLED";

  /** What one attempt sends. */
  public record Outgoing(String deliveryId, String organisationId, String url, org.missionhub.core.webhook.domain.WebhookSecret secret, String payload, Optional<String> refused) {}

  /** How the attempt went: a status code, or an error without one. */
  public record Result(Integer statusCode, String error, long durationMillis) {
    public boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  @Inject Tenancy tenancy;
  @Inject TimeSource time;
  @Inject WebhookConfiguration config;
  @Inject Notices notices;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** The attempt to make, or empty when there is none any more (the entry leaves the queue). */
  public Optional<Outgoing> prepare(WebhookQueue.Claimed claimed) {
    tenancy.bind(OrganisationId.of(claimed.organisationId()));
    Optional<WebhookDelivery> delivery = delivery(claimed.deliveryId());
    Optional<WebhookEndpoint> endpoint = delivery.flatMap(d -> endpoint(d.endpointId()));
    if (delivery.isEmpty() || delivery.get().status() != DeliveryStatus.PENDING || endpoint.isEmpty() || !endpoint.get().isEnabled()) {
      delivery.filter(d -> d.status() == DeliveryStatus.PENDING).ifPresent(d -> d.abandon("the endpoint was disabled or removed"));
      dequeue(claimed.deliveryId());
      return Optional.empty();
    }
    WebhookEndpoint target = endpoint.get();
    return Optional.of(new Outgoing(claimed.deliveryId(), claimed.organisationId(), target.url(), target.secret(), delivery.get().payload(),
        config.targets().problem(target.url())));
  }

  public void record(Outgoing outgoing, Result result) {
    tenancy.bind(OrganisationId.of(outgoing.organisationId()));
    var now = time.now();
    WebhookDelivery delivery = delivery(outgoing.deliveryId()).orElse(null);
    if (delivery == null) {
      dequeue(outgoing.deliveryId());
      return;
    }
    em.persist(new WebhookAttempt(delivery.id(), now, result.statusCode(), result.error(), result.durationMillis()));
    Optional<WebhookEndpoint> endpoint = endpoint(delivery.endpointId());
    if (result.succeeded()) {
      delivery.succeeded(result.statusCode(), now);
      endpoint.ifPresent(WebhookEndpoint::succeeded);
      dequeue(delivery.id());
      return;
    }
    var next = config.retryWaits().after(delivery.attempts() + 1).map(now::plus);
    delivery.failed(result.statusCode(), result.error(), next);
    boolean disabled = endpoint.map(e -> e.failed(config.disableAfter(), "disabled after " + config.disableAfter() + " failed attempts in a row")).orElse(false);
    if (disabled) {
      tellAdministrators(endpoint.get());
    }
    WebhookQueueEntry entry = em.find(WebhookQueueEntry.class, delivery.id());
    if (next.isPresent() && endpoint.map(WebhookEndpoint::isEnabled).orElse(false) && entry != null) {
      entry.retryAt(next.get());
    } else {
      if (next.isPresent()) {
        delivery.abandon("the endpoint was disabled");
      }
      dequeue(delivery.id());
    }
  }

  private void tellAdministrators(WebhookEndpoint endpoint) {
    List<Membership> admins = em.createQuery("SELECT m FROM Membership m WHERE m.role = :admin", Membership.class)
        .setParameter("admin", OrganisationRole.ORG_ADMIN)
        .getResultList();
    String message = "The webhook endpoint " + endpoint.url() + " was disabled after " + config.disableAfter()
        + " failed attempts in a row. Check it, then enable it again; its failed deliveries can be redelivered.";
    admins.forEach(m -> notices.send(m.subject(), null, DISABLED_KIND, "A webhook endpoint was disabled", message, "organisation/webhooks"));
  }

  private Optional<WebhookDelivery> delivery(String id) {
    return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.id = :id", WebhookDelivery.class).setParameter("id", id).getResultStream().findFirst();
  }

  private Optional<WebhookEndpoint> endpoint(String id) {
    return em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.id = :id", WebhookEndpoint.class).setParameter("id", id).getResultStream().findFirst();
  }

  private void dequeue(String deliveryId) {
    WebhookQueueEntry entry = em.find(WebhookQueueEntry.class, deliveryId);
    if (entry != null) {
      em.remove(entry);
    }
  }
}
