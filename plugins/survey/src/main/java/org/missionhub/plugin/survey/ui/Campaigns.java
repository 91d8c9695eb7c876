package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import org.missionhub.plugin.survey.campaign.CampaignStatus;

/** Words about campaigns shared by the pages. */
final class Campaigns {

  private Campaigns() {}

  static String statusLabel(CampaignStatus status, Locale locale) {
    return switch (status) {
      case SCHEDULED -> Words.in("survey.scheduled", locale);
      case OPEN -> Words.in("survey.open", locale);
      case CLOSED -> Words.in("survey.closed", locale);
    };
  }
}
