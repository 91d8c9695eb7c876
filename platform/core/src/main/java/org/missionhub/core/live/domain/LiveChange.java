package org.missionhub.core.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of a mission or workshop, or a notice to someone, kept for the other servers of a cluster so that their open pages of it
 * redraw: which one changed, who changed it (pages do not tell people of their own changes), and on which
 * server (whose own pages were told already).
 */
@Entity
@Table(name = "live_change")
public class LiveChange {

  /** What changed. */
  public enum Kind {
    MISSION,
    WORKSHOP,
    /** A notice to the person the target names (their subject): their bells count again. */
    NOTICE
  }

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(name = "target_id", nullable = false, updatable = false, length = 100)
  private String targetId;

  @Column(name = "actor_subject", updatable = false, length = 100)
  private String actorSubject;

  @Column(name = "actor_name", updatable = false, length = 200)
  private String actorName;

  @Column(nullable = false, updatable = false, length = 100)
  private String origin;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  protected LiveChange() {}

  public LiveChange(Kind kind, String targetId, String actorSubject, String actorName, String origin, OffsetDateTime changedAt) {
    this.id = UUID.randomUUID().toString();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.targetId = Objects.requireNonNull(targetId, "targetId");
    this.actorSubject = actorSubject;
    this.actorName = actorName == null || actorName.length() <= 200 ? actorName : actorName.substring(0, 200);
    this.origin = Objects.requireNonNull(origin, "origin");
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String targetId() {
    return targetId;
  }

  /** Null when nobody is to be spared the redraw. */
  public String actorSubject() {
    return actorSubject;
  }

  /** Null when the change names nobody to show (a workshop's notes may be anonymous). */
  public String actorName() {
    return actorName;
  }

  public String origin() {
    return origin;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }
}
