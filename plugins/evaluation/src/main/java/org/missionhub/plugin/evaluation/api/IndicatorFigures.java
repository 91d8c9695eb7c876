package org.missionhub.plugin.evaluation.api;

import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Where a plugin that uses the evaluation plugin offers its figures to feed indicators (exported service,
 * evaluation 0.6.0): the funding plugin offers the money committed, disbursed and spent to date. A plugin the
 * evaluation plugin uses (the survey plugin) is asked instead; a plugin that uses evaluation cannot be, so it
 * offers. Thread-safe.
 */
public interface IndicatorFigures {

  /** Offers a provider's figures from now on (call it in {@code start}); a later offer of the same kind replaces it. */
  void offer(FigureProvider provider);

  /**
   * The provider's figures of a mission changed (money recorded, say): the indicators fed from them get their
   * values again now, written as {@code organisation} (taking part in the mission). Call it after the change committed.
   */
  void changed(String kind, OrganisationId organisation, MissionId mission);
}
