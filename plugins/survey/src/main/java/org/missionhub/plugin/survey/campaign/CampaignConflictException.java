package org.missionhub.plugin.survey.campaign;

/** A change the campaign's state does not allow (answered 409). */
public class CampaignConflictException extends RuntimeException {

  public CampaignConflictException(String message) {
    super(message);
  }
}
