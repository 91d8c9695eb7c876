package org.missionhub.core.workshop.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;

/**
 * A peer-exchange workshop of a mission: its plan (prompts, anonymity, dots, group size), its facilitator and the
 * phase it is in. The plan changes while it is prepared only; then the facilitator moves it forward.
 */
@Entity
@Table(name = "workshop")
public class Workshop extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WorkshopPhase phase;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(name = "dots_per_person", nullable = false)
  private int dotsPerPerson;

  @Column(name = "group_size", nullable = false)
  private int groupSize;

  /** Eager: a handful, always shown with the workshop. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_prompt", joinColumns = @JoinColumn(name = "workshop_id"))
  @OrderColumn(name = "prompt_order")
  @Column(name = "prompt_text", nullable = false, length = 500)
  private List<String> prompts = new ArrayList<>();

  @ManyToOne(optional = false)
  @JoinColumn(name = "facilitator", nullable = false)
  private Person facilitator;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Workshop() {}

  public Workshop(Mission mission, Person facilitator, WorkshopPlan plan, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.facilitator = Objects.requireNonNull(facilitator, "facilitator");
    this.phase = WorkshopPhase.DRAFT;
    this.createdAt = Objects.requireNonNull(now, "now");
    plan(plan, now);
  }

  /** A new plan, while the workshop is being prepared. */
  public void plan(WorkshopPlan plan, OffsetDateTime now) {
    if (!WorkshopPhase.PREPARING.contains(phase)) {
      throw ApplicationException.conflict("A workshop's plan changes only before it opens");
    }
    this.title = plan.title().strip();
    List<String> cleaned = plan.cleanPrompts();
    if (!cleaned.equals(prompts)) {
      this.prompts = new ArrayList<>(cleaned);
    }
    this.anonymous = plan.anonymous();
    this.dotsPerPerson = plan.dotsPerPerson();
    this.groupSize = plan.groupSize();
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  /** Moves to the next phase (or from the reveal straight to voting); anything else is refused naming the field. */
  public void moveTo(WorkshopPhase target, OffsetDateTime now) {
    Objects.requireNonNull(target, "target");
    if (!phase.canMoveTo(target)) {
      throw ApplicationException.invalid("phase", "cannot follow " + phase + ": a workshop moves one step forward (from REVEALED it may skip to VOTING)");
    }
    this.phase = target;
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  /** The prompt at {@code index} exists, or the field {@code prompt} is refused. */
  public void requirePrompt(int index) {
    if (index < 0 || index >= prompts.size()) {
      throw ApplicationException.invalid("prompt", "is not a prompt of this workshop (0 to " + (prompts.size() - 1) + ")");
    }
  }

  public boolean isFacilitatedBy(String subject) {
    return facilitator.subject().equals(subject);
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

  public WorkshopPhase phase() {
    return phase;
  }

  public boolean anonymous() {
    return anonymous;
  }

  public int dotsPerPerson() {
    return dotsPerPerson;
  }

  public int groupSize() {
    return groupSize;
  }

  public List<String> prompts() {
    return List.copyOf(prompts);
  }

  public Person facilitator() {
    return facilitator;
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
    return "workshop";
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
    state.put("phase", phase);
    state.put("anonymous", anonymous);
    state.put("dotsPerPerson", dotsPerPerson);
    state.put("groupSize", groupSize);
    state.put("prompts", String.join("\n", prompts));
    return state;
  }
}
