package org.missionhub.plugin.roadmap.api;

import java.util.List;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * An initiative of a mission's roadmap as other plugins see it: who owns it, where it is in its life
 * ({@code IDEA}, {@code PROPOSED}, {@code ACTIVE}, {@code PAUSED}, {@code COMPLETED}, {@code STOPPED}) and
 * the roadmap objectives it serves (their titles).
 */
public record PortfolioInitiative(String id, String title, OrganisationId owner, String lifecycle, List<String> objectives) {

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
