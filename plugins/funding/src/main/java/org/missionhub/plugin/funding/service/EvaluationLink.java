package org.missionhub.plugin.funding.service;

import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.plugin.funding.iati.ResultsXml;

/**
 * What the funding plugin takes from and gives to the evaluation plugin when it is installed (the funding plugin
 * {@code uses} it): the mission's results for the IATI file, and word that the plan changed so that indicators fed
 * from funding figures follow. In the funding plugin's own types, so that it runs without the evaluation plugin's.
 */
public interface EvaluationLink {

  /** Without the evaluation plugin: no results, nobody to tell. */
  EvaluationLink NONE = new EvaluationLink() {
    @Override
    public ResultsXml results(OrganisationId reader, MissionId mission) {
      return ResultsXml.NONE;
    }

    @Override
    public void planChanged(OrganisationId writer, MissionId mission) {}
  };

  /** The mission's results, read now as the organisation sees them, to be written into the IATI file. */
  ResultsXml results(OrganisationId reader, MissionId mission);

  /** The mission's money or rates changed (committed): the indicators fed from them are written again as {@code writer}. */
  void planChanged(OrganisationId writer, MissionId mission);
}
