package org.missionhub.core.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * An entry of a mission's decision log. A PROPOSED decision can be edited, adopted or rejected; an ADOPTED
 * one can only be superseded; REJECTED and SUPERSEDED are final, so the log keeps its history. A gate
 * decision carries the phase it moves the mission to, and moves it when adopted: this is the only way a
 * mission's phase changes.
 */
@Entity
@Table(name = "decision")
public class Decision extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String rationale;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DecisionStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase_from", length = 20)
  private MissionPhase phaseFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase_to", length = 20)
  private MissionPhase phaseTo;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 255)
  private String recordedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Decision() {}

  /** Records a new decision; an ADOPTED gate decision moves the mission at once. */
  public Decision(Mission mission, DecisionRecord record, String recordedBy, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.status = DecisionStatus.PROPOSED;
    DecisionStatus wanted = record.statusOrDefault();
    if (wanted == DecisionStatus.SUPERSEDED) {
      throw ApplicationException.invalid("status", "a new decision cannot be SUPERSEDED");
    }
    apply(record, now);
    moveTo(wanted, now);
  }

  /** Applies a client's edit: content changes while PROPOSED, then the status transition it asks for. */
  public void revise(DecisionRecord record, OffsetDateTime now) {
    DecisionStatus wanted = record.statusOrDefault();
    switch (status) {
      case PROPOSED -> {
        apply(record, now);
        moveTo(wanted, now);
      }
      case ADOPTED -> {
        if (!sameContent(record)) {
          throw ApplicationException.conflict(
              "An adopted decision cannot be edited; record a new decision and mark this one SUPERSEDED");
        }
        if (wanted == DecisionStatus.SUPERSEDED) {
          this.status = DecisionStatus.SUPERSEDED;
          this.updatedAt = now;
        } else if (wanted != DecisionStatus.ADOPTED) {
          throw ApplicationException.invalid("status", "an adopted decision can only become SUPERSEDED");
        }
      }
      default -> throw ApplicationException.conflict("A " + status + " decision is final and cannot be changed");
    }
  }

  /** True if adopting this decision (now or as it stands) changes the mission's phase. */
  public boolean isGateDecision() {
    return phaseTo != null;
  }

  public boolean isProposed() {
    return status == DecisionStatus.PROPOSED;
  }

  private void apply(DecisionRecord record, OffsetDateTime now) {
    this.title = record.title().strip();
    this.rationale = blankToNull(record.rationale());
    this.decidedOn = record.decidedOn();
    this.decidedBy = blankToNull(record.decidedBy());
    this.phaseTo = record.phaseTo();
    this.updatedAt = now;
  }

  private void moveTo(DecisionStatus wanted, OffsetDateTime now) {
    if (wanted == DecisionStatus.PROPOSED) {
      return;
    }
    if (wanted == DecisionStatus.SUPERSEDED) {
      throw ApplicationException.invalid("status", "only an adopted decision can be SUPERSEDED");
    }
    List<FieldError> missing = new ArrayList<>();
    if (decidedOn == null) {
      missing.add(new FieldError("decidedOn", "is required once a decision is " + wanted));
    }
    if (decidedBy == null) {
      missing.add(new FieldError("decidedBy", "is required once a decision is " + wanted));
    }
    if (!missing.isEmpty()) {
      throw ApplicationException.invalid(missing);
    }
    if (wanted == DecisionStatus.ADOPTED && phaseTo != null) {
      this.phaseFrom = mission.phase();
      mission.enterPhase(phaseTo, now);
    }
    this.status = wanted;
    this.updatedAt = now;
  }

  private boolean sameContent(DecisionRecord record) {
    return Objects.equals(title, record.title() == null ? null : record.title().strip())
        && Objects.equals(rationale, blankToNull(record.rationale()))
        && Objects.equals(decidedOn, record.decidedOn())
        && Objects.equals(decidedBy, blankToNull(record.decidedBy()))
        && Objects.equals(phaseTo, record.phaseTo());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String id() {
    return id;
  }

  public Mission mission() {
    return mission;
  }

  public String title() {
    return title;
  }

  public String rationale() {
    return rationale;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public DecisionStatus status() {
    return status;
  }

  public MissionPhase phaseFrom() {
    return phaseFrom;
  }

  public MissionPhase phaseTo() {
    return phaseTo;
  }

  public String recordedBy() {
    return recordedBy;
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
    return "decision";
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
    state.put("title", title);
    state.put("rationale", rationale);
    state.put("decidedOn", decidedOn);
    state.put("decidedBy", decidedBy);
    state.put("status", status);
    state.put("phaseFrom", phaseFrom);
    state.put("phaseTo", phaseTo);
    return state;
  }
}
