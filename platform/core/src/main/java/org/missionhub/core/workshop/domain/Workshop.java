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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;

/**
 * A peer-exchange workshop: its plan (prompts, anonymity, dots, group size), its facilitator and the phase it is in.
 * It is hosted by a mission (its people take part) or by the platform (a benchmark analyst runs it for the
 * organisations invited, whose people take part). The plan changes while it is prepared only; then the facilitator
 * moves it forward.
 */
@Entity
@Table(name = "workshop")
public class Workshop extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  /** Null for a workshop the platform hosts. */
  @ManyToOne
  @JoinColumn(name = "mission_id", updatable = false)
  private Mission mission;

  /** The organisations whose people take part in a platform workshop, by id (none for a mission's workshop). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_invitation", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "organisation_id", nullable = false, length = 36)
  private Set<String> invited = new HashSet<>();

  /** The plugin that prepared a platform workshop about one of its items, and its reference to the item; or null. */
  @Column(name = "about_plugin", length = 100, updatable = false)
  private String aboutPlugin;

  @Column(name = "about_item", length = 200, updatable = false)
  private String aboutItem;

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

  /** A mission's workshop, for its people. */
  public Workshop(Mission mission, Person facilitator, WorkshopPlan plan, OffsetDateTime now) {
    this(Objects.requireNonNull(mission, "mission"), facilitator, now);
    plan(plan, now);
  }

  /** A workshop the platform hosts, for the people of the organisations invited (at least one). */
  public static Workshop onPlatform(Person facilitator, WorkshopPlan plan, Set<OrganisationId> invited, OffsetDateTime now) {
    Workshop workshop = new Workshop(null, facilitator, now);
    workshop.plan(plan, invited, now);
    return workshop;
  }

  /** A workshop the platform hosts about a plugin's item (a benchmark campaign's results), for the organisations invited. */
  public static Workshop about(String pluginId, String item, Person facilitator, WorkshopPlan plan, Set<OrganisationId> invited, OffsetDateTime now) {
    if (pluginId == null || pluginId.isBlank() || pluginId.length() > 100) {
      throw new IllegalArgumentException("a plugin's id: " + pluginId);
    }
    if (item == null || item.isBlank() || item.length() > 200) {
      throw ApplicationException.invalid("item", "is the plugin's reference to its item, 1 to 200 characters");
    }
    Workshop workshop = onPlatform(facilitator, plan, invited, now);
    workshop.aboutPlugin = pluginId;
    workshop.aboutItem = item;
    return workshop;
  }

  private Workshop(Mission mission, Person facilitator, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = mission;
    this.facilitator = Objects.requireNonNull(facilitator, "facilitator");
    this.phase = WorkshopPhase.DRAFT;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A platform workshop's new plan and invited organisations, while it is being prepared. */
  public void plan(WorkshopPlan plan, Set<OrganisationId> organisations, OffsetDateTime now) {
    if (mission != null) {
      throw new IllegalStateException("a mission's workshop is for the mission's people, it invites no organisation");
    }
    if (organisations.isEmpty()) {
      throw ApplicationException.invalid("organisations", "invite at least one organisation");
    }
    plan(plan, now);
    Set<String> ids = organisations.stream().map(OrganisationId::toString).collect(Collectors.toSet());
    if (!ids.equals(invited)) {
      this.invited = new HashSet<>(ids);
    }
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

  /** The mission hosting the workshop; empty when the platform hosts it. */
  public Optional<Mission> mission() {
    return Optional.ofNullable(mission);
  }

  /** The plugin and item the workshop is about, when a plugin prepared it. */
  public Optional<String> aboutItemOf(String pluginId) {
    return pluginId.equals(aboutPlugin) ? Optional.ofNullable(aboutItem) : Optional.empty();
  }

  public boolean onPlatform() {
    return mission == null;
  }

  /** Whether the people of {@code organisation} take part in this platform workshop. */
  public boolean invites(OrganisationId organisation) {
    return invited.contains(organisation.toString());
  }

  /** Whether the people of {@code organisation} see it now: invited, and no longer being prepared. */
  public boolean isOpenTo(OrganisationId organisation) {
    return invites(organisation) && phase != WorkshopPhase.DRAFT;
  }

  /** The organisations invited to a platform workshop. */
  public Set<OrganisationId> invited() {
    return invited.stream().map(OrganisationId::of).collect(Collectors.toUnmodifiableSet());
  }

  /** A change to a mission's workshop needs the mission not archived; a platform workshop has no such bound. */
  public void requireEditable() {
    if (mission != null) {
      mission.requireEditable();
    }
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
    return mission == null ? null : mission.id().toString();
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
    if (mission == null) {
      state.put("organisations", String.join(",", new java.util.TreeSet<>(invited)));
    }
    return state;
  }
}
