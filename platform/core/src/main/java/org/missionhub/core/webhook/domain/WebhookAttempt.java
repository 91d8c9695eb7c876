package org.missionhub.core.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One attempt of a delivery: when, the status code the endpoint answered (or the error), how long it took. */
@Entity
@Table(name = "webhook_attempt")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.TENANT_PROPERTY, primaryKey = true, length = 36)
public class WebhookAttempt {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "delivery_id", nullable = false, updatable = false, length = 40)
  private String deliveryId;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private OffsetDateTime attemptedAt;

  @Column(name = "status_code", updatable = false)
  private Integer statusCode;

  @Column(length = 500, updatable = false)
  private String error;

  @Column(name = "duration_ms", nullable = false, updatable = false)
  private long durationMillis;

  @Version private long version;

  protected WebhookAttempt() {}

  public WebhookAttempt(String deliveryId, OffsetDateTime at, Integer statusCode, String error, long durationMillis) {
    this.id = UUID.randomUUID().toString();
    this.deliveryId = Objects.requireNonNull(deliveryId, "deliveryId");
    this.attemptedAt = Objects.requireNonNull(at, "at");
    this.statusCode = statusCode;
    this.error = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    this.durationMillis = durationMillis;
  }

  public String deliveryId() {
    return deliveryId;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public Optional<Integer> statusCode() {
    return Optional.ofNullable(statusCode);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public long durationMillis() {
    return durationMillis;
  }
}
