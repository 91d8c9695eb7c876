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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;

/**
 * A mission: an ambitious societal goal pursued by several organisations. The lead organisation owns it;
 * accepted partners co-manage it. Its charter (what the mission is for, its target and timeframe) is
 * editable; its phase changes only through an adopted gate decision ({@link #enterPhase}); an archived
 * mission is read-only.
 */
@Entity
@Table(name = "mission")
public class Mission extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_organisation_id", nullable = false)
  private Organisation lead;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String statement;

  @Enumerated(EnumType.STRING)
  @Column(name = "challenge_area", nullable = false, length = 40)
  private ChallengeArea challengeArea;

  @Column(name = "target_statement", length = 2000)
  private String targetStatement;

  @Column(name = "target_measurable", nullable = false)
  private boolean targetMeasurable;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "governance_mode", nullable = false, length = 20)
  private GovernanceMode governanceMode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MissionPhase phase;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  /** The language of the mission's texts, in which MissionHub writes its proposals; null before V11: English. */
  @Column(length = 8)
  private String language;

  @Column(name = "created_by", nullable = false, updatable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Mission() {}

  public Mission(Organisation lead, Charter charter, String createdBy, OffsetDateTime now) {
    this.id = MissionId.random().toString();
    this.lead = Objects.requireNonNull(lead, "lead");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.phase = MissionPhase.GETTING_STARTED;
    apply(charter, now);
  }

  /** Records the language the mission's people write in (its creator's), for what MissionHub proposes to it. */
  public void writtenIn(Locale language) {
    this.language = Objects.requireNonNull(language, "language").getLanguage().isEmpty() ? "en" : language.getLanguage();
  }

  /** The language MissionHub writes its proposals to the mission in. */
  public Locale language() {
    return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
  }

  /** Replaces the charter. Refused while the mission is archived or closed. */
  public void updateCharter(Charter charter, OffsetDateTime now) {
    requireEditable();
    if (phase == MissionPhase.CLOSED) {
      throw ApplicationException.conflict(
          "The mission is closed; reopen it with a gate decision before editing its charter");
    }
    apply(charter, now);
  }

  /**
   * Moves the mission to another phase. Only {@link org.missionhub.core.governance.domain.Decision}
   * adoption calls this, so that every phase change is recorded by a gate decision.
   */
  public void enterPhase(MissionPhase next, OffsetDateTime now) {
    requireEditable();
    Objects.requireNonNull(next, "next");
    if (next == phase) {
      throw ApplicationException.invalid("phaseTo", "the mission is already in phase " + phase);
    }
    this.phase = next;
    this.updatedAt = now;
  }

  public void archive(OffsetDateTime now) {
    if (isArchived()) {
      throw ApplicationException.conflict("The mission is already archived");
    }
    this.archivedAt = now;
    this.updatedAt = now;
  }

  public void restore(OffsetDateTime now) {
    if (!isArchived()) {
      throw ApplicationException.conflict("The mission is not archived");
    }
    this.archivedAt = null;
    this.updatedAt = now;
  }

  /**
   * Another organisation of the mission, an accepted partner, takes the lead: the lead organisation leaves
   * MissionHub (an erasure). Archived missions are handed over too.
   */
  public void handOverLead(Organisation newLead, OffsetDateTime now) {
    Objects.requireNonNull(newLead, "newLead");
    if (newLead.id().equals(lead.id())) {
      throw ApplicationException.invalid("handovers", newLead.slug() + " already leads the mission");
    }
    this.lead = newLead;
    this.updatedAt = now;
  }

  /** Refuses any change while the mission is archived. */
  public void requireEditable() {
    if (isArchived()) {
      throw ApplicationException.conflict("The mission is archived; restore it before changing it");
    }
  }

  private void apply(Charter charter, OffsetDateTime now) {
    Objects.requireNonNull(charter, "charter");
    if (charter.startDate() != null && charter.endDate() != null && charter.endDate().isBefore(charter.startDate())) {
      throw ApplicationException.invalid("endDate", "must not be before startDate");
    }
    this.title = charter.title().strip();
    this.statement = charter.statement().strip();
    this.challengeArea = charter.challengeArea();
    this.targetStatement = blankToNull(charter.targetStatement());
    this.targetMeasurable = charter.targetMeasurable();
    this.startDate = charter.startDate();
    this.endDate = charter.endDate();
    this.governanceMode = charter.governanceMode();
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public MissionId id() {
    return MissionId.of(id);
  }

  public Organisation lead() {
    return lead;
  }

  public String title() {
    return title;
  }

  public String statement() {
    return statement;
  }

  public ChallengeArea challengeArea() {
    return challengeArea;
  }

  public String targetStatement() {
    return targetStatement;
  }

  public boolean targetMeasurable() {
    return targetMeasurable;
  }

  /** A target counts as clearly defined when it is written down and measurable. */
  public boolean hasMeasurableTarget() {
    return targetMeasurable && targetStatement != null;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public GovernanceMode governanceMode() {
    return governanceMode;
  }

  public MissionPhase phase() {
    return phase;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public OffsetDateTime archivedAt() {
    return archivedAt;
  }

  public String createdBy() {
    return createdBy;
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
    return "mission";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected String auditMissionId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("title", title);
    state.put("statement", statement);
    state.put("challengeArea", challengeArea);
    state.put("targetStatement", targetStatement);
    state.put("targetMeasurable", targetMeasurable);
    state.put("startDate", startDate);
    state.put("endDate", endDate);
    state.put("governanceMode", governanceMode);
    state.put("phase", phase);
    state.put("archivedAt", archivedAt);
    return state;
  }
}
