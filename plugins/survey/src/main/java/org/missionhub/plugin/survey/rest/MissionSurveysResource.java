package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.results.WaveComparison;
import org.missionhub.plugin.survey.service.WaveComparisons;
import org.missionhub.plugin.survey.service.CampaignDto;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.service.MissionSurveyService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/orgs/{slug}/missions/{id}/survey/mission-surveys}: the mission's own surveys. Leaders and
 * coordinators ({@code survey.run}) create, close and publish them and follow their progress; everyone in
 * the mission's organisations sees them, answers them through {@code campaigns/{surveyId}/response}, and
 * sees their results once published.
 */
@Produces(MediaType.APPLICATION_JSON)
public class MissionSurveysResource {

  private final MissionScope scope;
  private final MissionSurveyService surveys;
  private final ResultsService results;
  private final WaveComparisons waves;
  private final InstrumentService instruments;

  MissionSurveysResource(MissionScope scope, MissionSurveyService surveys, ResultsService results, WaveComparisons waves, InstrumentService instruments) {
    this.scope = scope;
    this.surveys = surveys;
    this.results = results;
    this.waves = waves;
    this.instruments = instruments;
  }

  /** A published instrument a survey can use: the analysts' ({@code owner} {@code platform}) or the organisation's own ({@code organisation}). */
  public record PublishedInstrument(String code, int version, String owner, java.util.Map<String, String> title) {}

  /** The organisation's own published instruments first, then the analysts'. */
  @GET
  @Path("instruments")
  public List<PublishedInstrument> instruments() {
    return java.util.stream.Stream.of(instruments.ofOrganisation(scope.organisationId().toString()), instruments)
        .flatMap(owned -> owned.published().stream().map(v -> new PublishedInstrument(v.code(), v.number(), owned.owner().label(), v.definition().title().all())))
        .toList();
  }

  @GET
  public List<CampaignDto> list() {
    return surveys.list(scope).stream().map(this::dto).toList();
  }

  /** A new survey (no audience: the mission's organisations; one response per person). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = CampaignDto.class, status = 201)
  public Response create(CampaignForm form, @Context UriInfo uri) {
    if (form == null) {
      throw org.missionhub.api.plugin.PluginProblem.invalid("title", "is required (send the survey as JSON)");
    }
    Campaign created = surveys.create(scope, form);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(dto(created)).tag(Revisions.tag(created.revision())).build();
  }

  @GET
  @Path("{id}")
  @Returns(CampaignDto.class)
  public Response get(@PathParam("id") String id) {
    return ok(surveys.find(scope, id));
  }

  /** The questions the survey asks (its instrument's version), for everyone who sees the survey. */
  @GET
  @Path("{id}/instrument")
  public org.missionhub.plugin.survey.json.InstrumentDto instrument(@PathParam("id") String id) {
    return org.missionhub.plugin.survey.json.InstrumentDto.from(results.instrument(surveys.find(scope, id)));
  }

  @POST
  @Path("{id}/close")
  @Returns(CampaignDto.class)
  public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return ok(surveys.close(scope, id, Revisions.expected(ifMatch, "Survey")));
  }

  /** Publishes a closed survey's results to the mission's organisations. */
  @POST
  @Path("{id}/publish")
  @Returns(CampaignDto.class)
  public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return ok(surveys.publish(scope, id, Revisions.expected(ifMatch, "Survey")));
  }

  @GET
  @Path("{id}/progress")
  public MissionSurveyService.Progress progress(@PathParam("id") String id) {
    return surveys.progress(scope, id);
  }

  @GET
  @Expensive
  @Path("{id}/results")
  public ResultsService.Overview results(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return results.overview(surveys.withVisibleResults(scope, id), CampaignsResource.Languages.locale(lang));
  }

  @GET
  @Expensive
  @Path("{id}/results/{question}")
  public QuestionResult question(
      @PathParam("id") String id, @PathParam("question") String question, @QueryParam("filter") String filter, @QueryParam("lang") String lang) {
    Campaign survey = surveys.withVisibleResults(scope, id);
    var locale = CampaignsResource.Languages.locale(lang);
    return filter == null ? results.question(survey, question, locale) : results.filtered(survey, question, filter, locale);
  }

  @GET
  @Expensive
  @Path("{id}/crosstab")
  public CrossTabResult crossTab(
      @PathParam("id") String id, @QueryParam("rows") String rows, @QueryParam("columns") String columns, @QueryParam("lang") String lang) {
    return results.crossTab(surveys.withVisibleResults(scope, id), rows, columns, CampaignsResource.Languages.locale(lang));
  }

  /**
   * A question of the survey next to the mission's earlier surveys of the same instrument (its waves), as for
   * a benchmark campaign; an earlier survey counts only where the caller sees its results.
   */
  @GET
  @Expensive
  @Path("{id}/waves/{question}")
  public WaveComparison waves(@PathParam("id") String id, @PathParam("question") String question, @QueryParam("lang") String lang) {
    return waves.compare(surveys.withVisibleResults(scope, id), surveys.list(scope), question,
        c -> c.resultsPublished() || scope.can(MissionSurveyService.RUN), CampaignsResource.Languages.locale(lang));
  }

  private CampaignDto dto(Campaign survey) {
    return CampaignDto.from(survey, surveys.now());
  }

  private Response ok(Campaign survey) {
    return Response.ok(dto(survey)).tag(Revisions.tag(survey.revision())).build();
  }
}
