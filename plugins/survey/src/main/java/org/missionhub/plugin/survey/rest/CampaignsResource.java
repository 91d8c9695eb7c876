package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.export.Codebook;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.FileNames;
import org.missionhub.plugin.survey.export.JsonExport;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.CampaignDto;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.service.CampaignWorkshops;
import org.missionhub.api.plugin.WorkshopLink;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.HighlightsService;
import org.missionhub.plugin.survey.service.WaveComparisons;
import org.missionhub.plugin.survey.results.WaveComparison;
import org.missionhub.plugin.survey.store.AnswerCounts;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/platform/survey/campaigns}: benchmark analysts run campaigns and see their results at
 * any time; everyone signed in sees campaigns whose results are published, and those results.
 */
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  static final String CSV = "text/csv; charset=UTF-8";

  static final String PDF = "application/pdf";

  private static final String AUDITED = "campaign";

  private final PlatformScope scope;
  private final PlatformWrites writes;
  private final CampaignService campaigns;
  private final ResultsService results;
  private final WaveComparisons waves;
  private final HighlightsService highlights;
  private final CsvExport csv;
  private final JsonExport json;
  private final CampaignWorkshops workshops;

  CampaignsResource(
      PlatformScope scope, PlatformWrites writes, CampaignService campaigns, CampaignReports reports, CampaignWorkshops workshops) {
    this.writes = writes;
    this.scope = scope;
    this.campaigns = campaigns;
    this.results = reports.results();
    this.waves = reports.waves();
    this.highlights = reports.highlights();
    this.csv = reports.csv();
    this.json = reports.json();
    this.workshops = workshops;
  }

  @GET
  public List<CampaignDto> list() {
    return campaigns.all().stream().filter(c -> analyst() || c.resultsPublished()).map(c -> CampaignDto.from(c, campaigns.now())).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = CampaignDto.class, status = 201)
  public Response create(CampaignForm form, @Context UriInfo uri) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    Campaign created =
        writes.audited(
            () -> campaigns.create(form, scope.caller().subject()),
            c -> AuditRecord.created(AUDITED, c.id(), Map.of("title", c.settings().title(), "revision", Long.toString(c.revision()))));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(CampaignDto.from(created, campaigns.now())).tag(Revisions.tag(created.revision())).build();
  }

  @GET
  @Path("{id}")
  @Returns(CampaignDto.class)
  public Response get(@PathParam("id") String id) {
    Campaign campaign = visible(id);
    return Response.ok(CampaignDto.from(campaign, campaigns.now())).tag(Revisions.tag(campaign.revision())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(CampaignDto.class)
  public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CampaignForm form) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    long expected = Revisions.expected(ifMatch, "Campaign");
    return ok(writes.audited(() -> campaigns.change(id, expected, form), c -> revised(c, expected, "title", c.settings().title())));
  }

  @POST
  @Path("{id}/close")
  @Returns(CampaignDto.class)
  public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    long expected = Revisions.expected(ifMatch, "Campaign");
    return ok(writes.audited(() -> campaigns.close(id, expected), c -> revised(c, expected, "closesAt", c.settings().closesAt().toString())));
  }

  /** Publishes the results of a closed campaign to everyone. */
  @POST
  @Path("{id}/publish")
  @Returns(CampaignDto.class)
  public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    long expected = Revisions.expected(ifMatch, "Campaign");
    return ok(writes.audited(() -> campaigns.publishResults(id, expected), c -> revised(c, expected, "resultsPublished", "true")));
  }

  /** The workshops on the campaign's results (the analysts': all of them). */
  @GET
  @Path("{id}/workshops")
  public List<WorkshopLink> workshops(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    return workshops.about(scope, id);
  }

  /**
   * Prepares a workshop on the published results for every organisation that answered (BENCHMARK_ANALYST); the
   * platform runs it at {@code /api/v1/platform/workshops/{id}}, where the analyst opens it. Title and prompts in
   * {@code lang} (en, fr, da).
   */
  @POST
  @Path("{id}/workshops")
  @Returns(value = WorkshopLink.class, status = 201)
  public Response prepareWorkshop(@PathParam("id") String id, @QueryParam("lang") String lang, @Context UriInfo uri) {
    WorkshopLink prepared = workshops.prepare(scope, id, Languages.locale(lang));
    return Response.created(uri.getBaseUriBuilder().path("v1/platform/workshops").path(prepared.id()).build()).entity(prepared).build();
  }

  @GET
  @Path("{id}/progress")
  public CampaignService.Progress progress(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    return campaigns.progress(id, scope);
  }

  @GET
  @Expensive
  @Path("{id}/results")
  public ResultsService.Overview results(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return results.overview(visible(id), Languages.locale(lang));
  }

  @GET
  @Expensive
  @Path("{id}/results/{question}")
  public QuestionResult question(
      @PathParam("id") String id, @PathParam("question") String question, @QueryParam("filter") String filter, @QueryParam("lang") String lang) {
    Campaign campaign = visible(id);
    return filter == null ? results.question(campaign, question, Languages.locale(lang)) : results.filtered(campaign, question, filter, Languages.locale(lang));
  }

  /**
   * A question's results in this campaign next to the earlier waves of its instrument (closed campaigns
   * of any version of it, the question followed through renames), with the change from wave to wave.
   */
  @GET
  @Expensive
  @Path("{id}/waves/{question}")
  public WaveComparison waves(@PathParam("id") String id, @PathParam("question") String question, @QueryParam("lang") String lang) {
    return waves.compare(visible(id), campaigns.all(), question, c -> analyst() || c.resultsPublished(), Languages.locale(lang));
  }

  /** Two closed questions against each other: {@code rows} by {@code columns}, protected with both reports. */
  @GET
  @Expensive
  @Path("{id}/crosstab")
  public CrossTabResult crossTab(
      @PathParam("id") String id, @QueryParam("rows") String rows, @QueryParam("columns") String columns, @QueryParam("lang") String lang) {
    return results.crossTab(visible(id), rows, columns, Languages.locale(lang));
  }

  /**
   * The repair command: counts the campaign's answers again and puts its kept counts right where they
   * differ ({@code corrected}: how many cells were wrong; 0 when all was well). Reports read the kept counts.
   */
  @POST
  @Expensive
  @Path("{id}/recount")
  public AnswerCounts.Recount recount(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    Campaign campaign = campaigns.find(id);
    return writes.audited(() -> results.recount(campaign),
        r -> AuditRecord.updated(AUDITED, campaign.id(), Map.of(), Map.of("countedCells", Integer.toString(r.cells()), "correctedCells", Integer.toString(r.corrected()))));
  }

  /**
   * The highlights report: the chartable questions' overall results, chapter by chapter (the needs
   * assessment laid out as the deck's findings), under the campaign's disclosure control.
   */
  @GET
  @Expensive
  @Path("{id}/highlights")
  public Highlights highlights(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return highlights.highlights(visible(id), Languages.locale(lang));
  }

  /** The highlights report as a PDF document, to print or send. */
  @GET
  @Expensive
  @Path("{id}/highlights.pdf")
  @Produces(PDF)
  @Returns(String.class)
  public Response highlightsPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Campaign campaign = visible(id);
    return pdf(highlights.pdf(campaign, Languages.locale(lang)), campaign);
  }

  static Response pdf(byte[] document, Campaign campaign) {
    return Response.ok(document, PDF).header("Content-Disposition", "attachment; filename=\"" + FileNames.highlightsPdf(campaign.settings().title()) + "\"").build();
  }

  /**
   * Every submitted response, one coded row each (columns as in the codebook), streamed: the responses
   * are read while the file is written, in a transaction of their own.
   */
  @GET
  @Expensive
  @Path("{id}/export.csv")
  @Produces(CSV)
  @Returns(String.class)
  public Response exportCsv(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    Campaign campaign = campaigns.find(id);
    Instrument instrument = exportable(campaign);
    StreamingOutput body = out -> csv.write(campaign.id(), instrument, out);
    return attachment(body, CSV, FileNames.responsesCsv(campaign.settings().title()));
  }

  /** Every submitted response with its answers as given, streamed like the CSV. */
  @GET
  @Expensive
  @Path("{id}/export.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Returns(String.class)
  public Response exportJson(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    Campaign campaign = campaigns.find(id);
    Instrument instrument = exportable(campaign);
    StreamingOutput body = out -> json.write(campaign.id(), instrument, out);
    return attachment(body, MediaType.APPLICATION_JSON, FileNames.responsesJson(campaign.settings().title()));
  }

  /** What each column of the CSV export holds, with every label in en/fr/da. */
  @GET
  @Path("{id}/codebook.csv")
  @Produces(CSV)
  @Returns(String.class)
  public Response codebook(@PathParam("id") String id) {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    Campaign campaign = campaigns.find(id);
    Codebook codebook = codebookOf(results.instrument(campaign));
    StreamingOutput body = codebook::writeCsv;
    return attachment(body, CSV, FileNames.codebookCsv(campaign.settings().title()));
  }

  /** The campaign's instrument, once it is known that its columns can be exported (checked before any byte is sent). */
  private Instrument exportable(Campaign campaign) {
    Instrument instrument = results.instrument(campaign);
    codebookOf(instrument);
    return instrument;
  }

  private static Codebook codebookOf(Instrument instrument) {
    try {
      return Codebook.of(instrument);
    } catch (IllegalArgumentException e) {
      throw PluginProblem.conflict(e.getMessage());
    }
  }

  private static Response attachment(StreamingOutput body, String type, String fileName) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }

  private Campaign visible(String id) {
    Campaign campaign = campaigns.find(id);
    if (!analyst() && !campaign.resultsPublished()) {
      throw PluginProblem.notFound("Campaign");
    }
    return campaign;
  }

  private boolean analyst() {
    return scope.hasRole(SurveyPlatformResource.ANALYST);
  }

  private Response ok(Campaign campaign) {
    return Response.ok(CampaignDto.from(campaign, campaigns.now())).tag(Revisions.tag(campaign.revision())).build();
  }

  /** The language a caller asks for; English when none or an unknown one. */
  static final class Languages {
    private Languages() {}

    static Locale locale(String lang) {
      return lang == null || !List.of("en", "fr", "da").contains(lang) ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }
  }

  /** A change of the campaign: its revision, and the attribute the change is about, as it is now. */
  private static AuditRecord revised(Campaign campaign, long before, String attribute, String value) {
    return AuditRecord.updated(AUDITED, campaign.id(), Map.of("revision", Long.toString(before)), Map.of("revision", Long.toString(campaign.revision()), attribute, value));
  }
}
