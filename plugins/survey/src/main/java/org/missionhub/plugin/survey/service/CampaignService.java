package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignConflictException;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.campaign.CampaignRules;
import org.missionhub.plugin.survey.campaign.InvalidCampaignException;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResponseStore;

/** A benchmark analyst's campaigns: create, change, close, publish the results, watch responses come in. */
public final class CampaignService {

  private final CampaignStore campaigns;
  private final ResponseStore responses;
  private final CampaignRules rules;
  private final Clock clock;

  public CampaignService(CampaignStore campaigns, InstrumentStore instruments, ResponseStore responses, Clock clock) {
    this.campaigns = campaigns;
    this.responses = responses;
    this.rules = new CampaignRules(instruments::version);
    this.clock = clock;
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  public List<Campaign> all() {
    return campaigns.all();
  }

  /** A benchmark campaign (a mission's own survey is not the analysts' business: 404). */
  public Campaign find(String id) {
    return campaigns.find(id).filter(c -> !c.isMissionSurvey()).orElseThrow(() -> PluginProblem.notFound("Campaign"));
  }

  public Campaign create(CampaignForm form, String by) {
    Campaign campaign = new Campaign(UUID.randomUUID().toString(), checked(form), java.util.Optional.empty(), now(), by, 0);
    campaigns.add(campaign);
    return campaign;
  }

  public Campaign change(String id, long expectedRevision, CampaignForm form) {
    return save(id, expectedRevision, c -> c.changed(checked(form), now()));
  }

  public Campaign close(String id, long expectedRevision) {
    return save(id, expectedRevision, c -> c.closed(now()));
  }

  public Campaign publishResults(String id, long expectedRevision) {
    return save(id, expectedRevision, c -> c.withResultsPublished(now()));
  }

  /** How a campaign is going: whom it invites, who answered, how many are still writing. */
  public record Progress(
      long invitedOrganisations, long respondingOrganisations, long submitted, long drafts, Map<String, Long> submittedByOrganisationType, Map<String, Long> submittedByCountry) {}

  public Progress progress(String id, PlatformScope scope) {
    Campaign campaign = find(id);
    List<OrganisationFacts> active = scope.activeOrganisations();
    long invited = active.stream().filter(campaign.settings().audience()::includes).count();
    ResponseStore.Progress counts = responses.progress(id);
    return new Progress(invited, counts.organisations(), counts.submitted(), counts.drafts(), responses.submittedBy(id, "org_type"), responses.submittedBy(id, "country"));
  }

  private Campaign save(String id, long expectedRevision, UnaryOperator<Campaign> change) {
    return save(find(id), expectedRevision, change);
  }

  /** Applies a change to a campaign the caller may change, if it is still at the expected revision. */
  Campaign save(Campaign current, long expectedRevision, UnaryOperator<Campaign> change) {
    if (current.revision() != expectedRevision) {
      throw PluginProblem.stale("Campaign");
    }
    Campaign changed;
    try {
      changed = change.apply(current);
    } catch (CampaignConflictException e) {
      throw PluginProblem.conflict(e.getMessage());
    } catch (InvalidCampaignException e) {
      throw PluginProblem.invalid(e.errors());
    }
    if (!campaigns.update(changed, expectedRevision)) {
      throw PluginProblem.stale("Campaign");
    }
    return changed;
  }

  org.missionhub.plugin.survey.campaign.CampaignSettings checked(CampaignForm form) {
    return checked(form, java.util.Optional.empty());
  }

  /** Settings on an analysts' instrument or, given the organisation running a mission survey, one of its own. */
  org.missionhub.plugin.survey.campaign.CampaignSettings checked(CampaignForm form, java.util.Optional<org.missionhub.plugin.survey.version.InstrumentOwner> organisation) {
    try {
      return rules.check(form, now(), organisation);
    } catch (InvalidCampaignException e) {
      throw PluginProblem.invalid(e.errors());
    }
  }
}
