package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.service.CampaignWorkshops;
import org.missionhub.plugin.survey.service.InstrumentJournal;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.service.PublicationService;
import org.missionhub.plugin.survey.service.ResponseImports;
import org.missionhub.plugin.survey.template.Templates;

/** {@code /api/v1/platform/survey/...}: templates for everyone, instruments for benchmark analysts. */
public class SurveyPlatformResource {

  static final String ANALYST = "BENCHMARK_ANALYST";

  private final PlatformScope scope;
  private final Templates templates;
  private final InstrumentService instruments;

  private final CampaignService campaigns;
  private final PlatformWrites writes;
  private final CampaignReports reports;
  private final PluginDatabase database;
  private final CampaignWorkshops workshops;
  private final PublicationService publications;
  private final ResponseImports imports;

  public SurveyPlatformResource(
      PlatformScope scope, PluginDatabase database, Templates templates, InstrumentService instruments, CampaignService campaigns,
      CampaignReports reports, CampaignWorkshops workshops, PublicationService publications, ResponseImports imports) {
    this.publications = publications;
    this.imports = imports;
    this.scope = scope;
    this.database = database;
    this.writes = new PlatformWrites(database, scope);
    this.templates = templates;
    this.instruments = instruments;
    this.campaigns = campaigns;
    this.reports = reports;
    this.workshops = workshops;
  }

  @Path("campaigns")
  public CampaignsResource campaigns() {
    return new CampaignsResource(scope, writes, campaigns, reports, workshops);
  }

  /** A campaign's results on the public page (analysts): see {@link PublicationResource}. */
  @Path("campaigns/{id}/publication")
  public PublicationResource publication(@PathParam("id") String id) {
    return new PublicationResource(id, scope, publications);
  }

  /** Responses collected elsewhere, imported into a closed campaign (analysts): see {@link ImportsResource}. */
  @Path("imports")
  public ImportsResource imports() {
    return new ImportsResource(scope, imports);
  }

  @Path("templates")
  public TemplatesResource templates() {
    return new TemplatesResource(templates);
  }

  @Path("instruments")
  public InstrumentsResource instruments() {
    scope.requireRole(ANALYST);
    return new InstrumentsResource(scope.caller().subject(), instruments.recordedIn(new InstrumentJournal(database, scope::audit)));
  }
}
