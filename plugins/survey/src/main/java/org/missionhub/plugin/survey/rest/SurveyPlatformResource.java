package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Path;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.Templates;

/** {@code /api/v1/platform/survey/...}: templates for everyone, instruments for benchmark analysts. */
public class SurveyPlatformResource {

  static final String ANALYST = "BENCHMARK_ANALYST";

  private final PlatformScope scope;
  private final Templates templates;
  private final InstrumentStore instruments;
  private final java.time.Clock clock;

  private final CampaignService campaigns;
  private final ResultsService results;

  public SurveyPlatformResource(
      PlatformScope scope, Templates templates, InstrumentStore instruments, java.time.Clock clock, CampaignService campaigns, ResultsService results) {
    this.scope = scope;
    this.templates = templates;
    this.instruments = instruments;
    this.clock = clock;
    this.campaigns = campaigns;
    this.results = results;
  }

  @Path("campaigns")
  public CampaignsResource campaigns() {
    return new CampaignsResource(scope, campaigns, results);
  }

  @Path("templates")
  public TemplatesResource templates() {
    return new TemplatesResource(templates);
  }

  @Path("instruments")
  public InstrumentsResource instruments() {
    scope.requireRole(ANALYST);
    return new InstrumentsResource(scope, templates, instruments, clock);
  }
}
