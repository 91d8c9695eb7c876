package org.missionhub.core.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;

/** A body that governs a mission (a steering committee, an advisory board) with its mandate and members. */
@Entity
@Table(name = "governance_body")
public class GovernanceBody extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 4000)
  private String mandate;

  /** Eager: small, always shown with the body, and part of its audited state. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "governance_body_member", joinColumns = @JoinColumn(name = "body_id"))
  @OrderColumn(name = "member_order")
  private List<BodyMember> members = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected GovernanceBody() {}

  public GovernanceBody(Mission mission, BodyRecord record, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.createdAt = Objects.requireNonNull(now, "now");
    revise(record, now);
  }

  public void revise(BodyRecord record, OffsetDateTime now) {
    this.name = record.name().strip();
    this.mandate = record.mandate() == null || record.mandate().isBlank() ? null : record.mandate().strip();
    List<BodyMember> updated = record.membersOrEmpty().stream().map(BodyMember::normalised).toList();
    if (!updated.equals(members)) {
      // replaced rather than mutated so that change tracking sees a membership change
      this.members = new ArrayList<>(updated);
    }
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public String id() {
    return id;
  }

  public Mission mission() {
    return mission;
  }

  public String name() {
    return name;
  }

  public String mandate() {
    return mandate;
  }

  public List<BodyMember> members() {
    return List.copyOf(members);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "governance-body";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected String auditMissionId() {
    return mission.id().toString();
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("mandate", mandate);
    state.put("members", members == null ? "" : members.stream().map(BodyMember::toString).toList().toString());
    return state;
  }
}
