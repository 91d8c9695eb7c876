package org.missionhub.core.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A message to one person. Belongs to the person, not to an organisation. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 255)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 50)
  private String kind;

  @Column(nullable = false, updatable = false, length = 2000)
  private String message;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  /** Where the notice leads in the web application ({@code missions/<id>}); null when nowhere. */
  @Column(length = 300, updatable = false)
  private String link;

  /** The digest (DAILY or WEEKLY) the notice waits for; null when in none. */
  @Column(length = 10)
  private String digest;

  @Version private long version;

  protected Notice() {}

  public Notice(String recipient, String kind, String message, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A notice leading to a page of the web application. */
  public Notice(String recipient, String kind, String message, String link, OffsetDateTime now) {
    this(recipient, kind, message, now);
    if (link != null && (link.length() > 300 || link.startsWith("/") || link.contains("://"))) {
      throw new IllegalArgumentException("a notice's link is a path of the application: " + link);
    }
    this.link = link;
  }

  public java.util.Optional<String> link() {
    return java.util.Optional.ofNullable(link);
  }

  public void markRead(OffsetDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** Puts the notice in the person's next digest of that frequency ({@code DAILY} or {@code WEEKLY}). */
  public void awaitDigest(String frequency) {
    digest = frequency;
  }

  /** Takes the notice out of the digest it waited for (it went out, or will not). */
  public void leaveDigest() {
    digest = null;
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String kind() {
    return kind;
  }

  public String message() {
    return message;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }

  public long version() {
    return version;
  }
}
