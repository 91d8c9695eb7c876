package org.missionhub.core.feed.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * A person's subscription to one of a plugin's feeds, in one organisation, for one mission or for the
 * person's own work. Holds the hash of the address's secret, never the secret. Revoking keeps the row
 * (the audit log tells who subscribed and who revoked). Organisation-private.
 */
@Entity
@Table(name = "feed_subscription")
public class FeedSubscription extends TenantScopedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, updatable = false, length = 255)
  private String subject;

  @Column(name = "subscriber_name", nullable = false, updatable = false, length = 200)
  private String subscriberName;

  @Column(name = "plugin_id", nullable = false, updatable = false, length = 64)
  private String pluginId;

  @Column(name = "feed_id", nullable = false, updatable = false, length = 40)
  private String feedId;

  @Column(name = "mission_id", updatable = false, length = 36)
  private String missionId;

  @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_read_at")
  private OffsetDateTime lastReadAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Version private long version;

  protected FeedSubscription() {}

  /**
   * @param missionId the mission of a mission feed, null for a person's feed
   */
  public FeedSubscription(String subject, String subscriberName, String pluginId, String feedId, String missionId, FeedSecret secret, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.subject = Objects.requireNonNull(subject, "subject");
    String name = subscriberName == null || subscriberName.isBlank() ? subject : subscriberName;
    this.subscriberName = name.length() > 200 ? name.substring(0, 200) : name;
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.feedId = Objects.requireNonNull(feedId, "feedId");
    this.missionId = missionId;
    this.secretHash = Objects.requireNonNull(secret, "secret").hash();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public void revoke(OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(now, "now");
    }
  }

  /**
   * Notes a read of the address, at most once per {@code every}: calendars poll often, and the time is only
   * there to tell a person which addresses are still in use. Not audited (not in the audited state).
   */
  public void noteRead(OffsetDateTime now, Duration every) {
    if (lastReadAt == null || lastReadAt.isBefore(now.minus(every))) {
      lastReadAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String subscriberName() {
    return subscriberName;
  }

  public String pluginId() {
    return pluginId;
  }

  public String feedId() {
    return feedId;
  }

  public Optional<String> missionId() {
    return Optional.ofNullable(missionId);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> lastReadAt() {
    return Optional.ofNullable(lastReadAt);
  }

  public Optional<OffsetDateTime> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  @Override
  protected String auditType() {
    return "feed-subscription";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    // never the secret's hash: the audit log is read by administrators and exported
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("subscriber", subscriberName);
    state.put("feed", pluginId + "." + feedId);
    state.put("mission", missionId);
    state.put("revokedAt", revokedAt);
    return state;
  }
}
