package org.missionhub.plugin.evaluation.api;

import java.util.List;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A mission's results for other plugins (exported service, evaluation 0.6.0), shaped as IATI reports them: one
 * result per step of the theory of change that indicators measure (outputs, outcomes), and one for the
 * indicators that measure no step, each indicator with its baseline and, per period, its target and the total
 * reported (disputed values left out). The funding plugin writes them into its IATI activity file. Thread-safe;
 * reads as {@code reader}, an organisation taking part in the mission, sees.
 */
public interface MissionResults {

  /** The mission's results, steps in the theory's order, then the indicators measuring none; empty without indicators. */
  List<ResultFacts> results(OrganisationId reader, MissionId mission);
}
