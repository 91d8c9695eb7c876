package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import org.missionhub.plugin.survey.campaign.CampaignStatus;

/** Words about campaigns shared by the pages. */
final class Campaigns {

  private Campaigns() {}

  static String statusLabel(CampaignStatus status, Locale locale) {
    return switch (status) {
      case SCHEDULED -> Words.of("Scheduled", "Programmée", "Planlagt").in(locale);
      case OPEN -> Words.of("Open", "Ouverte", "Åben").in(locale);
      case CLOSED -> Words.of("Closed", "Clôturée", "Lukket").in(locale);
    };
  }
}
