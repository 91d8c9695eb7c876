package org.missionhub.plugin.survey.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.publication.Licence;
import org.missionhub.plugin.survey.publication.PublicCampaign;
import org.missionhub.plugin.survey.publication.Publication;
import org.missionhub.plugin.survey.publication.PublicationForm;
import org.missionhub.plugin.survey.store.PublicationStore;

/**
 * Puts a benchmark campaign's published results on the public page, and takes them off. Only what is
 * already published inside the product can be public: the public page and open data are read from the same
 * published results, with the same disclosure control. Anything not public is "not found" to the public.
 */
public final class PublicationService {

  /** The platform role that publishes. */
  public static final String ANALYST = "BENCHMARK_ANALYST";

  private static final String AUDITED = "campaign-publication";

  private final CampaignService campaigns;
  private final PublicationStore store;
  private final PluginDatabase database;

  public PublicationService(CampaignService campaigns, PublicationStore store, PluginDatabase database) {
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.store = Objects.requireNonNull(store, "store");
    this.database = Objects.requireNonNull(database, "database");
  }

  /**
   * Publishes (or republishes with a new publisher or licence) a benchmark campaign's published results, by
   * the analyst at work, with its record in the platform's audit log (one transaction).
   */
  public Publication publish(String campaignId, PublicationForm form, PlatformScope analyst) {
    analyst.requireRole(ANALYST);
    Campaign campaign = campaigns.find(campaignId);
    List<PluginProblem.FieldError> problems = new ArrayList<>();
    String publisher = publisher(form, problems);
    Licence licence = licence(form, problems);
    if (!problems.isEmpty()) {
      throw PluginProblem.invalid(problems);
    }
    if (!campaign.resultsPublished()) {
      throw PluginProblem.conflict("Publish the campaign's results first: only published results can be public");
    }
    Publication publication = new Publication(campaign.id(), publisher, licence, campaigns.now(), analyst.caller().subject());
    return database.inTransaction(connection -> {
      Optional<Publication> before = store.find(campaignId);
      store.put(publication);
      analyst.audit(before.isEmpty()
          ? AuditRecord.created(AUDITED, campaignId, attributes(publication))
          : AuditRecord.updated(AUDITED, campaignId, attributes(before.get()), attributes(publication)));
      return publication;
    });
  }

  /** Takes a campaign's results off the public page, audited; "not found" when they were not there. */
  public void withdraw(String campaignId, PlatformScope analyst) {
    analyst.requireRole(ANALYST);
    campaigns.find(campaignId);
    database.inTransaction(connection -> {
      Publication before = store.find(campaignId).orElseThrow(() -> PluginProblem.notFound("Publication"));
      store.remove(campaignId);
      analyst.audit(AuditRecord.deleted(AUDITED, campaignId, attributes(before)));
      return null;
    });
  }

  private static Map<String, String> attributes(Publication publication) {
    return Map.of("publisher", publication.publisher(), "licence", publication.licence().code());
  }

  /** How a benchmark campaign's results are public, if they are (for analysts). */
  public Optional<Publication> of(String campaignId) {
    return store.find(campaignId);
  }

  /** A campaign as the public may read it: "not found" unless its results are public. */
  public PublicCampaign publicCampaign(String campaignId) {
    Publication publication = store.find(campaignId).orElseThrow(() -> PluginProblem.notFound("Campaign"));
    return new PublicCampaign(campaigns.find(campaignId), publication);
  }

  /** Every public campaign, the latest published first. */
  public List<PublicCampaign> publicCampaigns() {
    List<PublicCampaign> all = new ArrayList<>();
    for (Publication publication : store.all()) {
      all.add(new PublicCampaign(campaigns.find(publication.campaignId()), publication));
    }
    return all;
  }

  private static String publisher(PublicationForm form, List<PluginProblem.FieldError> problems) {
    String publisher = form == null || form.publisher() == null ? "" : form.publisher().strip();
    if (publisher.isEmpty() || publisher.length() > Publication.LONGEST_PUBLISHER) {
      problems.add(new PluginProblem.FieldError("publisher", "Name who publishes the results, in 1 to " + Publication.LONGEST_PUBLISHER + " characters"));
    }
    return publisher;
  }

  private static Licence licence(PublicationForm form, List<PluginProblem.FieldError> problems) {
    if (form == null || form.licence() == null || form.licence().isBlank()) {
      return Licence.CC_BY_4_0;
    }
    Optional<Licence> licence = Licence.ofCode(form.licence().strip());
    if (licence.isEmpty()) {
      problems.add(new PluginProblem.FieldError("licence", "The licence is one of CC-BY-4.0 and CC0-1.0"));
    }
    return licence.orElse(null);
  }
}
