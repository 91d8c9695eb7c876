package org.missionhub.plugin.survey.publication;

import java.util.Objects;
import org.missionhub.plugin.survey.campaign.Campaign;

/** A benchmark campaign whose published results are public, with how they are published. */
public record PublicCampaign(Campaign campaign, Publication publication) {

  public PublicCampaign {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(publication, "publication");
    if (!campaign.id().equals(publication.campaignId())) {
      throw new IllegalArgumentException("the publication is of another campaign");
    }
    if (!campaign.resultsPublished()) {
      throw new IllegalArgumentException("only published results are public");
    }
  }
}
