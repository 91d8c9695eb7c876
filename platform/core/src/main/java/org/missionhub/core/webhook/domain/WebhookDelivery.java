package org.missionhub.core.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.missionhub.core.tenancy.Tenancy;

/**
 * One event for one endpoint: its message id (the {@code webhook-id} every attempt repeats, so a receiver
 * drops repeats), the payload as sent, and how its attempts went. Organisation-private, not audited (its
 * attempts are its log).
 */
@Entity
@Table(name = "webhook_delivery")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.TENANT_PROPERTY, primaryKey = true, length = 36)
public class WebhookDelivery {

  @Id
  @Column(length = 40)
  private String id;

  @Column(name = "endpoint_id", nullable = false, updatable = false, length = 36)
  private String endpointId;

  @Column(name = "event_type", nullable = false, updatable = false, length = 100)
  private String eventType;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Version private long version;

  protected WebhookDelivery() {}

  public WebhookDelivery(String endpointId, String eventType, String payload, OffsetDateTime now) {
    this.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
    this.endpointId = Objects.requireNonNull(endpointId, "endpointId");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = Objects.requireNonNull(now, "now");
    this.createdAt = now;
  }

  public void succeeded(int statusCode, OffsetDateTime now) {
    attempts++;
    status = DeliveryStatus.SUCCEEDED;
    lastStatusCode = statusCode;
    lastError = null;
    nextAttemptAt = null;
    deliveredAt = now;
  }

  /**
   * A failed attempt (a status code other than 2xx, or none: the error). The next attempt is at {@code next},
   * or none: the delivery failed.
   */
  public void failed(Integer statusCode, String error, Optional<OffsetDateTime> next) {
    attempts++;
    lastStatusCode = statusCode;
    lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    nextAttemptAt = next.orElse(null);
    status = next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
  }

  /** Not attempted any more (its endpoint was disabled or removed). */
  public void abandon(String why) {
    status = DeliveryStatus.FAILED;
    lastError = why;
    nextAttemptAt = null;
  }

  /** An administrator asks for it again: a new round of attempts, under the same message id. */
  public void redeliver(OffsetDateTime now) {
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public String id() {
    return id;
  }

  public String endpointId() {
    return endpointId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<OffsetDateTime> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<Integer> lastStatusCode() {
    return Optional.ofNullable(lastStatusCode);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }

  public long version() {
    return version;
  }
}
