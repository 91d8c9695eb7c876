package org.missionhub.plugin.survey.service;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.WorkshopDraft;
import org.missionhub.api.plugin.WorkshopLink;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.store.ResponseStore;

/**
 * Peer-exchange workshops on a benchmark campaign's published results (issue 17, contract 1.11.0), as the seed's
 * workshop discussed its survey: an analyst prepares one for the organisations that answered, which the platform
 * runs; the analysts and the invited organisations see the workshops next to the results.
 */
public final class CampaignWorkshops {

  static final String ANALYST = "BENCHMARK_ANALYST";
  private static final int TITLE_LENGTH = 200;

  private final CampaignService campaigns;
  private final ResponseStore responses;

  public CampaignWorkshops(CampaignService campaigns, ResponseStore responses) {
    this.campaigns = campaigns;
    this.responses = responses;
  }

  /**
   * Prepares a workshop on the campaign's published results for every organisation that answered it, with the
   * title and prompts in {@code language}; the analyst opens it from its page.
   */
  public WorkshopLink prepare(PlatformScope scope, String campaignId, Locale language) {
    scope.requireRole(ANALYST);
    Campaign campaign = campaigns.find(campaignId);
    if (!campaign.resultsPublished()) {
      throw PluginProblem.conflict("Publish the campaign's results first: the workshop discusses them with the organisations that answered");
    }
    Set<OrganisationId> answered = responses.respondingOrganisations(campaignId).stream().map(OrganisationId::of).collect(Collectors.toSet());
    if (answered.isEmpty()) {
      throw PluginProblem.conflict("No organisation answered this campaign: there is no one to invite");
    }
    ResourceBundle words = ResourceBundle.getBundle("org.missionhub.plugin.survey.messages", language);
    String title = java.text.MessageFormat.format(words.getString("survey.workshop.title"), campaign.settings().title());
    if (title.length() > TITLE_LENGTH) {
      title = title.substring(0, TITLE_LENGTH - 1) + "…";
    }
    List<String> prompts = List.of(words.getString("survey.workshop.prompt.results"), words.getString("survey.workshop.prompt.support"));
    return scope.workshops().prepare(new WorkshopDraft(item(campaignId), title, prompts, answered));
  }

  /** The workshops on the campaign's results the analyst sees (all of them). */
  public List<WorkshopLink> about(PlatformScope scope, String campaignId) {
    return scope.workshops().about(item(campaigns.find(campaignId).id()));
  }

  /** The workshops on the results of a campaign that invited the organisation, which invite it and have opened. */
  public List<WorkshopLink> about(OrganisationScope scope, Campaign invited) {
    return scope.workshops().about(item(invited.id()));
  }

  private static String item(String campaignId) {
    return "campaign/" + campaignId;
  }
}
