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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;

/**
 * An organisation's partnership in a mission, from the lead's invitation to its end. One row per mission
 * and organisation: inviting again after a decline or a departure reopens the same partnership.
 */
@Entity
@Table(name = "mission_partner")
public class MissionPartner extends AuditedEntity {

  private static final Set<PartnerStatus> ENDED = EnumSet.of(PartnerStatus.DECLINED, PartnerStatus.LEFT, PartnerStatus.REMOVED);

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PartnerStatus status;

  @Column(name = "invited_by", nullable = false, length = 255)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private OffsetDateTime invitedAt;

  @Column(name = "responded_at")
  private OffsetDateTime respondedAt;

  @Version private long version;

  protected MissionPartner() {}

  public MissionPartner(Mission mission, Organisation organisation, String invitedBy, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    if (mission.lead().id().equals(organisation.id())) {
      throw ApplicationException.conflict("The lead organisation cannot be its own mission's partner");
    }
    invite(invitedBy, now, true);
  }

  /** Invites again an organisation that declined, left or was removed. */
  public void reinvite(String invitedBy, OffsetDateTime now) {
    invite(invitedBy, now, false);
  }

  private void invite(String by, OffsetDateTime now, boolean first) {
    if (!first && !ENDED.contains(status)) {
      throw ApplicationException.conflict(organisation.name() + " is already " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
    this.status = PartnerStatus.INVITED;
    this.invitedBy = Objects.requireNonNull(by, "by");
    this.invitedAt = Objects.requireNonNull(now, "now");
    this.respondedAt = null;
  }

  public void accept(OffsetDateTime now) {
    respond(PartnerStatus.ACCEPTED, now);
  }

  public void decline(OffsetDateTime now) {
    respond(PartnerStatus.DECLINED, now);
  }

  private void respond(PartnerStatus answer, OffsetDateTime now) {
    if (status != PartnerStatus.INVITED) {
      throw ApplicationException.conflict("There is no open invitation to answer");
    }
    this.status = answer;
    this.respondedAt = now;
  }

  /** The partner leaves, or the lead removes it. */
  public void end(boolean removedByLead, OffsetDateTime now) {
    if (status != PartnerStatus.ACCEPTED && !(removedByLead && status == PartnerStatus.INVITED)) {
      throw ApplicationException.conflict(organisation.name() + " is not a partner of this mission");
    }
    this.status = removedByLead ? PartnerStatus.REMOVED : PartnerStatus.LEFT;
    this.respondedAt = now;
  }

  public String id() {
    return id;
  }

  public Mission mission() {
    return mission;
  }

  public Organisation organisation() {
    return organisation;
  }

  public PartnerStatus status() {
    return status;
  }

  public boolean isAccepted() {
    return status == PartnerStatus.ACCEPTED;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public OffsetDateTime invitedAt() {
    return invitedAt;
  }

  public OffsetDateTime respondedAt() {
    return respondedAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "mission-partner";
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
    state.put("organisation", organisation.slug());
    state.put("status", status);
    return state;
  }
}
