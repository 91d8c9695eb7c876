package org.missionhub.core.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * An organisation's webhook endpoint: where to POST which event types, signed with its secret. Disabled by an
 * administrator, or by the platform after too many failed attempts in a row (with the reason); a success
 * resets the count. Organisation-private; audited without its secret.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends TenantScopedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(length = 300)
  private String description;

  @Column(name = "event_types", nullable = false, length = 4000)
  private String eventTypes;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "disabled_reason", length = 300)
  private String disabledReason;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 255)
  private String createdBy;

  @Version private long version;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(String url, String description, Set<String> eventTypes, WebhookSecret secret, String createdBy, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    change(url, description, eventTypes);
    this.secret = Objects.requireNonNull(secret, "secret").value();
    this.enabled = true;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public void change(String url, String description, Set<String> eventTypes) {
    this.url = Objects.requireNonNull(url, "url");
    this.description = description == null || description.isBlank() ? null : description.strip();
    if (eventTypes == null || eventTypes.isEmpty()) {
      throw new IllegalArgumentException("an endpoint wants at least one event type");
    }
    this.eventTypes = String.join(",", new TreeSet<>(eventTypes));
  }

  public boolean wants(String eventType) {
    return eventTypes().contains(eventType);
  }

  /** Enabled again by an administrator: the failures are forgotten. */
  public void enable() {
    enabled = true;
    disabledReason = null;
    consecutiveFailures = 0;
  }

  public void disable(String reason) {
    enabled = false;
    disabledReason = reason;
  }

  public void succeeded() {
    consecutiveFailures = 0;
  }

  /** A failed attempt; true if it disabled the endpoint (the {@code limit}-th failure in a row). */
  public boolean failed(int limit, String reason) {
    consecutiveFailures++;
    if (enabled && consecutiveFailures >= limit) {
      disable(reason);
      return true;
    }
    return false;
  }

  public void rotateSecret(WebhookSecret next) {
    secret = next.value();
  }

  public String id() {
    return id;
  }

  public String url() {
    return url;
  }

  public java.util.Optional<String> description() {
    return java.util.Optional.ofNullable(description);
  }

  public Set<String> eventTypes() {
    return new TreeSet<>(Arrays.asList(eventTypes.split(",")));
  }

  public WebhookSecret secret() {
    return new WebhookSecret(secret);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public java.util.Optional<String> disabledReason() {
    return java.util.Optional.ofNullable(disabledReason);
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "webhook";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    // never the secret: the audit log is read by administrators and exported
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("url", url);
    state.put("description", description);
    state.put("eventTypes", eventTypes);
    state.put("enabled", enabled);
    state.put("disabledReason", disabledReason);
    return state;
  }
}
