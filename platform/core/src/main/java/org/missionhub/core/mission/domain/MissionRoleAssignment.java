package org.missionhub.core.mission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;

/**
 * A person's role in a mission, held through one organisation (the lead or an accepted partner) of which
 * they are a member. The role counts only while they work in that organisation.
 */
@Entity
@Table(name = "mission_role")
public class MissionRoleAssignment extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject", nullable = false, updatable = false)
  private Person person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "mission_role", nullable = false, updatable = false, length = 20)
  private MissionRole role;

  @Column(name = "assigned_by", nullable = false, updatable = false, length = 255)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private OffsetDateTime assignedAt;

  @Version private long version;

  protected MissionRoleAssignment() {}

  public MissionRoleAssignment(
      Mission mission, Person person, Organisation organisation, MissionRole role, String assignedBy, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.person = Objects.requireNonNull(person, "person");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.role = Objects.requireNonNull(role, "role");
    this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
    this.assignedAt = Objects.requireNonNull(now, "now");
  }

  public String id() {
    return id;
  }

  public Mission mission() {
    return mission;
  }

  public Person person() {
    return person;
  }

  public Organisation organisation() {
    return organisation;
  }

  public MissionRole role() {
    return role;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public OffsetDateTime assignedAt() {
    return assignedAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "mission-role";
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
    state.put("subject", person.subject());
    state.put("organisation", organisation.slug());
    state.put("role", role);
    return state;
  }
}
