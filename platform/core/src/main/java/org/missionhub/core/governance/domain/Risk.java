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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;

/**
 * A risk in a mission's register, scored on a 5x5 likelihood / impact matrix. A risk scoring
 * {@value #HIGH_SCORE} or more is high; open high risks count against the mission's health.
 */
@Entity
@Table(name = "risk")
public class Risk extends AuditedEntity {

  /** Lowest likelihood x impact score of a high risk (the red zone of the matrix). */
  public static final int HIGH_SCORE = 15;

  /** Statuses in which a risk still threatens the mission. */
  public static final Set<RiskStatus> ACTIVE = EnumSet.of(RiskStatus.OPEN, RiskStatus.MITIGATING);

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RiskCategory category;

  @Column(nullable = false)
  private int likelihood;

  @Column(nullable = false)
  private int impact;

  /** Stored, not only derived, so that the register can be sorted and filtered by score in the database. */
  @Column(nullable = false)
  private int score;

  @Column(length = 200)
  private String owner;

  @Column(length = 4000)
  private String mitigation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RiskStatus status;

  /** The plugin and key of a plugin's proposal ({@code funding:committed-support}); null for every other risk. */
  @Column(name = "proposed_by", length = 110, updatable = false)
  private String proposedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Risk() {}

  public Risk(Mission mission, RiskRecord record, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.createdAt = Objects.requireNonNull(now, "now");
    revise(record, now);
  }

  /**
   * A risk a plugin proposes (contract 1.9.0): {@link RiskStatus#PROPOSED}, remembering which plugin proposed it
   * under which key.
   */
  public static Risk proposedBy(String pluginId, String key, Mission mission, RiskRecord record, OffsetDateTime now) {
    if (record.status() != RiskStatus.PROPOSED) {
      throw new IllegalArgumentException("a plugin's risk arrives proposed");
    }
    Risk risk = new Risk(mission, record, now);
    risk.proposedBy = origin(pluginId, key);
    return risk;
  }

  /** How a plugin's proposal is remembered. */
  public static String origin(String pluginId, String key) {
    return Objects.requireNonNull(pluginId, "pluginId") + ":" + Objects.requireNonNull(key, "key");
  }

  public void revise(RiskRecord record, OffsetDateTime now) {
    this.title = record.title().strip();
    this.description = blankToNull(record.description());
    this.category = Objects.requireNonNull(record.category(), "category");
    this.likelihood = checkScale(record.likelihood());
    this.impact = checkScale(record.impact());
    this.score = likelihood * impact;
    this.owner = blankToNull(record.owner());
    this.mitigation = blankToNull(record.mitigation());
    this.status = record.status() == null ? RiskStatus.OPEN : record.status();
    this.updatedAt = now;
  }

  /** A proposed risk joins the register: open, counted from now on. */
  public void accept(OffsetDateTime now) {
    if (status != RiskStatus.PROPOSED) {
      throw new IllegalStateException("only a proposed risk is accepted");
    }
    status = RiskStatus.OPEN;
    updatedAt = now;
  }

  private static int checkScale(Integer value) {
    if (value == null || value < 1 || value > 5) {
      throw new IllegalArgumentException("likelihood and impact are 1 to 5");
    }
    return value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isHigh() {
    return score >= HIGH_SCORE;
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

  public String description() {
    return description;
  }

  public RiskCategory category() {
    return category;
  }

  public int likelihood() {
    return likelihood;
  }

  public int impact() {
    return impact;
  }

  public int score() {
    return score;
  }

  public String owner() {
    return owner;
  }

  public String mitigation() {
    return mitigation;
  }

  /** The plugin whose proposal this is, if a plugin proposed it. */
  public java.util.Optional<String> proposingPlugin() {
    return proposedBy == null ? java.util.Optional.empty() : java.util.Optional.of(proposedBy.substring(0, proposedBy.indexOf(':')));
  }

  public RiskStatus status() {
    return status;
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
    return "risk";
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
    state.put("description", description);
    state.put("category", category);
    state.put("likelihood", likelihood);
    state.put("impact", impact);
    state.put("owner", owner);
    state.put("mitigation", mitigation);
    state.put("status", status);
    return state;
  }
}
