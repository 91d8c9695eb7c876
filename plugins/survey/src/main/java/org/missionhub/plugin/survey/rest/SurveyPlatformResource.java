package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Path;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.JsonExport;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.service.CampaignWorkshops;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.template.Templates;

/** {@code /api/v1/platform/survey/...}: templates for everyone, instruments for benchmark analysts. */
public class SurveyPlatformResource {

  static final String ANALYST = "BENCHMARK_ANALYST";

  private final PlatformScope scope;
  private final Templates templates;
  private final InstrumentService instruments;

  private final CampaignService campaigns;
  private final PlatformWrites writes;
  private final ResultsService results;
  private final CsvExport csv;
  private final JsonExport json;
  private final CampaignWorkshops workshops;

  public SurveyPlatformResource(
      PlatformScope scope, PluginDatabase database, Templates templates, InstrumentService instruments, CampaignService campaigns,
      ResultsService results, CsvExport csv, JsonExport json, CampaignWorkshops workshops) {
    this.scope = scope;
    this.writes = new PlatformWrites(database, scope);
    this.templates = templates;
    this.instruments = instruments;
    this.campaigns = campaigns;
    this.results = results;
    this.csv = csv;
    this.json = json;
    this.workshops = workshops;
  }

  @Path("campaigns")
  public CampaignsResource campaigns() {
    return new CampaignsResource(scope, writes, campaigns, results, csv, json, workshops);
  }

  @Path("templates")
  public TemplatesResource templates() {
    return new TemplatesResource(templates);
  }

  @Path("instruments")
  public InstrumentsResource instruments() {
    scope.requireRole(ANALYST);
    return new InstrumentsResource(scope, writes, instruments);
  }
}
