package org.missionhub.plugin.roadmap.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * An initiative of a mission's roadmap as other plugins see it: who owns it, where it is in its life
 * ({@code IDEA}, {@code PROPOSED}, {@code ACTIVE}, {@code PAUSED}, {@code COMPLETED}, {@code STOPPED}) and
 * the roadmap objectives it serves (their titles); since roadmap 0.5.0 also its description and its planned
 * dates, either of which may be unknown (null).
 */
public record PortfolioInitiative(
    String id, String title, OrganisationId owner, String lifecycle, List<String> objectives, String description, LocalDate start, LocalDate end) {

  /** An initiative without description or dates (roadmap 0.4.0). */
  public PortfolioInitiative(String id, String title, OrganisationId owner, String lifecycle, List<String> objectives) {
    this(id, title, owner, lifecycle, objectives, null, null, null);
  }

  public PortfolioInitiative {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lifecycle, "lifecycle");
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
  }

  /** Stopped initiatives no longer contribute; every other one may. */
  public boolean stopped() {
    return "STOPPED".equals(lifecycle);
  }
}
