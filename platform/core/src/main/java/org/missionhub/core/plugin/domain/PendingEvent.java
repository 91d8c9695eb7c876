package org.missionhub.core.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.core.shared.WorkClaim;

/**
 * An event on its way to one plugin: written with the change it tells about, claimed by one server for a while
 * (the version makes two claims at once conflict), and deleted once the plugin heard it or gave up on it.
 */
@Entity
@Table(name = "plugin_event_outbox")
public class PendingEvent {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "plugin_id", nullable = false, updatable = false, length = 100)
  private String pluginId;

  @Column(name = "event_type", nullable = false, updatable = false, length = 300)
  private String eventType;

  @Column(nullable = false, updatable = false, length = 20000)
  private String payload;

  @Column(name = "organisation_id", nullable = false, updatable = false, length = 36)
  private String organisationId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Embedded private WorkClaim claim = new WorkClaim();

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected PendingEvent() {}

  /** {@code payload}: the event as JSON, read back as {@code eventType}. */
  public PendingEvent(String pluginId, String eventType, String payload, String organisationId, OffsetDateTime occurredAt, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public boolean isClaimable(OffsetDateTime now) {
    return !nextAttemptAt.isAfter(now) && claim().isFree(now);
  }

  /** Held by this server for {@code hold}; counts as an attempt. */
  public void claim(String server, OffsetDateTime now, Duration hold) {
    if (!isClaimable(now)) {
      throw new IllegalStateException("this event is not due or is held");
    }
    claim().take(server, now, hold);
    attempts++;
  }

  /** The listener failed: tried again after {@code wait}. */
  public void failed(String error, OffsetDateTime now, Duration wait) {
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    nextAttemptAt = now.plus(wait);
    claim().release();
  }

  public String id() {
    return id;
  }

  public String pluginId() {
    return pluginId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public int attempts() {
    return attempts;
  }

  private WorkClaim claim() {
    if (claim == null) {
      claim = new WorkClaim();
    }
    return claim;
  }
}
