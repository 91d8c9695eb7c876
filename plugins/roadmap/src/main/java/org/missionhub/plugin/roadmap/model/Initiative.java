package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project, programme, policy or other undertaking of the mission's portfolio, owned by one of its
 * organisations ({@code owner}, an organisation id), with the organisations contributing to it and the
 * objectives it serves. Its horizon comes from its dates unless a manager set one, with a reason.
 */
public record Initiative(
    String id,
    String missionId,
    String title,
    String description,
    InitiativeType type,
    String owner,
    String responsibleSubject,
    String responsibleName,
    List<String> contributors,
    List<String> objectives,
    LocalDate start,
    LocalDate end,
    Horizon horizonOverride,
    String horizonReason,
    Lifecycle lifecycle,
    Rag rag,
    String ragReason,
    Budget budget,
    List<String> tags,
    OffsetDateTime updatedAt,
    long revision) {

  public Initiative {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(rag, "rag");
    contributors = List.copyOf(contributors);
    objectives = List.copyOf(objectives);
    tags = List.copyOf(tags);
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("an initiative ends after it starts");
    }
    if ((horizonOverride == null) != (horizonReason == null)) {
      throw new IllegalArgumentException("a horizon set by hand comes with its reason");
    }
  }

  /** The horizon set by hand, or else the one its dates give. */
  public Optional<Horizon> horizon() {
    return horizonOverride != null ? Optional.of(horizonOverride) : Horizon.of(start, end);
  }

  /** The same initiative in another lifecycle status (a review stopped it, say), one revision on. */
  public Initiative inLifecycle(Lifecycle next, OffsetDateTime now) {
    return new Initiative(
        id, missionId, title, description, type, owner, responsibleSubject, responsibleName, contributors, objectives, start, end, horizonOverride, horizonReason,
        next, rag, ragReason, budget, tags, now, revision + 1);
  }

  public boolean ownedBy(String organisation) {
    return owner.equals(organisation);
  }
}
