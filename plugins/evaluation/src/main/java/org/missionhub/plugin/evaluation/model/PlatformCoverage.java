package org.missionhub.plugin.evaluation.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * The seed's 11%, measured live across the platform: of the current missions (not archived, of active
 * organisations), how many have an approved M&E plan, overall and by the type of their lead organisation.
 */
public record PlatformCoverage(Share overall, List<Share> byLeadType) {

  public PlatformCoverage {
    byLeadType = List.copyOf(byLeadType);
  }

  /** Missions and those with a plan, for a group ({@code group} null for all). */
  public record Share(String group, int missions, int withPlan) {

    public OptionalInt percent() {
      return missions == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * withPlan / missions));
    }
  }
}
