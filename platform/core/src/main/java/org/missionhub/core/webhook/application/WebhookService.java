package org.missionhub.core.webhook.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.webhook.domain.DeliveryStatus;
import org.missionhub.core.webhook.domain.WebhookAttempt;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.core.webhook.domain.WebhookQueueEntry;
import org.missionhub.core.webhook.domain.WebhookSecret;

/**
 * The organisation's webhook endpoints and their delivery log, for its administrators only: register an
 * endpoint (checked against the address guard), change, disable or enable it, rotate its secret, remove it,
 * read its deliveries with every attempt, and redeliver one.
 */
@ApplicationService
public class WebhookService {

  /** What an endpoint is given: where, what about, and whether it is on (a change only). */
  public record EndpointRecord(String url, String description, List<String> eventTypes, Boolean enabled) {}

  /** A delivery with its attempts, oldest first. */
  public record DeliveryLog(WebhookDelivery delivery, List<WebhookAttempt> attempts) {}

  private final SecureRandom random = new SecureRandom();

  @Inject RequestContext request;
  @Inject WebhookConfiguration config;
  @Inject WebhookEventTypes types;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public List<WebhookEndpoint> list() {
    requireAdmin();
    return em.createQuery("SELECT e FROM WebhookEndpoint e ORDER BY e.createdAt, e.id", WebhookEndpoint.class).getResultList();
  }

  public List<String> eventTypes() {
    requireAdmin();
    return types.all();
  }

  public WebhookEndpoint create(EndpointRecord record) {
    requireAdmin();
    Set<String> wanted = check(record);
    WebhookEndpoint endpoint = new WebhookEndpoint(record.url().strip(), record.description(), wanted, WebhookSecret.generate(random), request.caller().subject(), time.now());
    em.persist(endpoint);
    return endpoint;
  }

  public WebhookEndpoint get(String id) {
    requireAdmin();
    return find(id);
  }

  public WebhookEndpoint change(String id, long expectedVersion, EndpointRecord record) {
    requireAdmin();
    WebhookEndpoint endpoint = current(id, expectedVersion);
    Set<String> wanted = check(record);
    endpoint.change(record.url().strip(), record.description(), wanted);
    if (Boolean.TRUE.equals(record.enabled()) && !endpoint.isEnabled()) {
      endpoint.enable();
    } else if (Boolean.FALSE.equals(record.enabled()) && endpoint.isEnabled()) {
      endpoint.disable("disabled by " + request.caller().displayName());
    }
    return endpoint;
  }

  public WebhookEndpoint rotateSecret(String id, long expectedVersion) {
    requireAdmin();
    WebhookEndpoint endpoint = current(id, expectedVersion);
    endpoint.rotateSecret(WebhookSecret.generate(random));
    return endpoint;
  }

  /** Removes the endpoint and its delivery log; deliveries still queued are dropped when their turn comes. */
  public void remove(String id, long expectedVersion) {
    requireAdmin();
    WebhookEndpoint endpoint = current(id, expectedVersion);
    em.createQuery("SELECT d.id FROM WebhookDelivery d WHERE d.endpointId = :e", String.class).setParameter("e", endpoint.id()).getResultList()
        .forEach(deliveryId -> {
          em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :d", WebhookAttempt.class).setParameter("d", deliveryId).getResultList().forEach(em::remove);
          em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.id = :d", WebhookDelivery.class).setParameter("d", deliveryId).getResultList().forEach(em::remove);
        });
    em.remove(endpoint);
  }

  public Page<WebhookDelivery> deliveries(String endpointId, PageRequest page) {
    requireAdmin();
    WebhookEndpoint endpoint = find(endpointId);
    List<WebhookDelivery> items = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :e ORDER BY d.createdAt DESC, d.id", WebhookDelivery.class)
        .setParameter("e", endpoint.id()).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    long total = em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE d.endpointId = :e", Long.class).setParameter("e", endpoint.id()).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public DeliveryLog delivery(String endpointId, String deliveryId) {
    requireAdmin();
    WebhookDelivery delivery = findDelivery(find(endpointId), deliveryId);
    List<WebhookAttempt> attempts = em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :d ORDER BY a.attemptedAt", WebhookAttempt.class)
        .setParameter("d", delivery.id()).getResultList();
    return new DeliveryLog(delivery, attempts);
  }

  /** Sends the delivery again, under its message id, with a new round of attempts. */
  public WebhookDelivery redeliver(String endpointId, String deliveryId) {
    requireAdmin();
    WebhookEndpoint endpoint = find(endpointId);
    if (!endpoint.isEnabled()) {
      throw ApplicationException.conflict("Enable the endpoint before redelivering to it");
    }
    WebhookDelivery delivery = findDelivery(endpoint, deliveryId);
    if (delivery.status() == DeliveryStatus.PENDING) {
      throw ApplicationException.conflict("This delivery is still being attempted");
    }
    var now = time.now();
    delivery.redeliver(now);
    WebhookQueueEntry entry = em.find(WebhookQueueEntry.class, delivery.id());
    if (entry == null) {
      em.persist(new WebhookQueueEntry(delivery.id(), request.requireOrganisation().id().toString(), now));
    } else {
      entry.retryAt(now);
    }
    return delivery;
  }

  private Set<String> check(EndpointRecord record) {
    List<FieldError> problems = new ArrayList<>();
    if (record == null) {
      throw ApplicationException.invalid("url", "is required");
    }
    if (record.url() == null || record.url().isBlank()) {
      problems.add(new FieldError("url", "is required"));
    } else if (record.url().length() > 2000) {
      problems.add(new FieldError("url", "is at most 2,000 characters"));
    } else {
      config.targets().problem(record.url()).ifPresent(p -> problems.add(new FieldError("url", p)));
    }
    if (record.description() != null && record.description().length() > 300) {
      problems.add(new FieldError("description", "is at most 300 characters"));
    }
    Set<String> wanted = new LinkedHashSet<>();
    if (record.eventTypes() == null || record.eventTypes().isEmpty()) {
      problems.add(new FieldError("eventTypes", "names at least one event type"));
    } else {
      List<String> known = types.all();
      for (int i = 0; i < record.eventTypes().size(); i++) {
        String type = record.eventTypes().get(i);
        if (type == null || !known.contains(type)) {
          problems.add(new FieldError("eventTypes[" + i + "]", "is not an event type: see GET .../webhooks/event-types"));
        } else {
          wanted.add(type);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ApplicationException.invalid(problems);
    }
    return wanted;
  }

  private WebhookEndpoint current(String id, long expectedVersion) {
    WebhookEndpoint endpoint = find(id);
    if (endpoint.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This webhook endpoint");
    }
    return endpoint;
  }

  private WebhookEndpoint find(String id) {
    return em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.id = :id", WebhookEndpoint.class).setParameter("id", id == null ? "" : id)
        .getResultStream().findFirst().orElseThrow(() -> ApplicationException.notFound("Webhook endpoint"));
  }

  private WebhookDelivery findDelivery(WebhookEndpoint endpoint, String id) {
    return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.id = :id AND d.endpointId = :e", WebhookDelivery.class)
        .setParameter("id", id == null ? "" : id).setParameter("e", endpoint.id())
        .getResultStream().findFirst().orElseThrow(() -> ApplicationException.notFound("Webhook delivery"));
  }

  private OrganisationContext requireAdmin() {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can manage webhooks");
    }
    return organisation;
  }
}
