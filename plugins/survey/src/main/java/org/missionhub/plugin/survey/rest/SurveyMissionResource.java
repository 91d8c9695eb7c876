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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.service.AnsweringService;
import org.missionhub.plugin.survey.service.InstrumentJournal;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.service.MissionSurveyService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.WaveComparisons;
import org.missionhub.plugin.survey.service.ResponseView;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/orgs/{slug}/missions/{id}/survey/campaigns/{campaignId}/response}: the mission's answers
 * to a campaign or to one of its own surveys ({@code mission-surveys}). PUT saves (a draft, or a submitted response the campaign lets change), POST
 * {@code submit} submits; both take If-Match once something is saved.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SurveyMissionResource {

  private static final String RESPONSE = "campaigns/{campaignId}/response";

  private final MissionScope scope;
  private final AnsweringService answering;
  private final MissionSurveyService surveys;
  private final WaveComparisons waves;
  private final ResultsService results;
  private final InstrumentService instruments;

  public SurveyMissionResource(
      MissionScope scope, AnsweringService answering, MissionSurveyService surveys, ResultsService results, WaveComparisons waves, InstrumentService instruments) {
    this.scope = scope;
    this.waves = waves;
    this.answering = answering;
    this.surveys = surveys;
    this.results = results;
    this.instruments = instruments;
  }

  /** The mission's own surveys. */
  @Path("mission-surveys")
  public MissionSurveysResource missionSurveys() {
    return new MissionSurveysResource(scope, surveys, results, waves, instruments);
  }

  /**
   * The organisation's own instruments, which its missions' surveys may use besides the analysts': written by
   * those who run the mission's surveys ({@code survey.run}), recorded in the organisation's audit log.
   */
  @Path("own-instruments")
  public InstrumentsResource ownInstruments() {
    scope.require(MissionSurveyService.RUN);
    return new InstrumentsResource(
        scope.caller().subject(), instruments.ofOrganisation(scope.organisationId().toString()).recordedIn(new InstrumentJournal(scope.database(), scope::audit)));
  }

  /** Answers keyed by question code ({@code <code>.<item>} for a matrix, {@code <code>_other} for "other, specify"). */
  public record AnswersForm(Map<String, List<String>> answers) {}

  @GET
  @Path(RESPONSE)
  @Returns(ResponseView.class)
  public Response get(@PathParam("campaignId") String campaignId, @QueryParam("lang") String lang) {
    return respond(answering.view(scope, campaignId, CampaignsResource.Languages.locale(lang)));
  }

  @PUT
  @Path(RESPONSE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(ResponseView.class)
  public Response save(@PathParam("campaignId") String campaignId, @HeaderParam("If-Match") String ifMatch, @QueryParam("lang") String lang, AnswersForm form) {
    if (form == null || form.answers() == null) {
      throw PluginProblem.invalid("answers", "is required (an object of answers; it may be empty)");
    }
    return respond(answering.save(scope, campaignId, revision(ifMatch), form.answers(), CampaignsResource.Languages.locale(lang)));
  }

  /** Submits the saved draft (If-Match its ETag): every answer is checked, and nothing changes unless all is well. */
  @POST
  @Path(RESPONSE + "/submit")
  @Returns(ResponseView.class)
  public Response submit(@PathParam("campaignId") String campaignId, @HeaderParam("If-Match") String ifMatch, @QueryParam("lang") String lang) {
    return respond(answering.submit(scope, campaignId, revision(ifMatch), CampaignsResource.Languages.locale(lang)));
  }

  private static Optional<Long> revision(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? Optional.empty() : Optional.of(Revisions.expected(ifMatch, "The response"));
  }

  private static Response respond(ResponseView view) {
    return Response.ok(view).tag(Revisions.tag(view.revision())).build();
  }
}
