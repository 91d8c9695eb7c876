package org.missionhub.plugin.survey.campaign;

/** Where a campaign is, from its dates: not open yet, taking responses, or closed. */
public enum CampaignStatus {
  SCHEDULED,
  OPEN,
  CLOSED
}
