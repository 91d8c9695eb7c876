package org.missionhub.core.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.core.shared.WorkClaim;

/**
 * A delivery waiting for an attempt, in the platform's queue (no payload: the delivery is read under its
 * organisation's binding). A server claims it for a while; the version makes two claims at once conflict, so
 * one server attempts it; a claim of a server that died runs out.
 */
@Entity
@Table(name = "webhook_queue")
public class WebhookQueueEntry {

  @Id
  @Column(name = "delivery_id", length = 40)
  private String deliveryId;

  @Column(name = "organisation_id", nullable = false, updatable = false, length = 36)
  private String organisationId;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Embedded private WorkClaim claim = new WorkClaim();

  @Version private long version;

  protected WebhookQueueEntry() {}

  public WebhookQueueEntry(String deliveryId, String organisationId, OffsetDateTime at) {
    this.deliveryId = Objects.requireNonNull(deliveryId, "deliveryId");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.nextAttemptAt = Objects.requireNonNull(at, "at");
  }

  public boolean isClaimable(OffsetDateTime now) {
    return !nextAttemptAt.isAfter(now) && claim().isFree(now);
  }

  public void claim(String server, OffsetDateTime now, Duration hold) {
    if (!isClaimable(now)) {
      throw new IllegalStateException("this delivery is not claimable now");
    }
    claim().take(server, now, hold);
  }

  /** The attempt failed: the next one at {@code at}, by whichever server claims it then. */
  public void retryAt(OffsetDateTime at) {
    nextAttemptAt = at;
    claim().release();
  }

  /** (EclipseLink leaves an embedded object null when all its columns are.) */
  private WorkClaim claim() {
    if (claim == null) {
      claim = new WorkClaim();
    }
    return claim;
  }

  public String deliveryId() {
    return deliveryId;
  }

  public String organisationId() {
    return organisationId;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }
}
