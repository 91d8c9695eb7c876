package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.api.plugin.WorkshopLink;
import org.missionhub.plugin.survey.service.CampaignWorkshops;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.service.AnsweringService;
import org.missionhub.plugin.survey.service.HighlightsService;
import org.missionhub.plugin.survey.service.CampaignDto;
import org.missionhub.plugin.survey.service.Standing;
import org.missionhub.plugin.survey.service.StandingService;

/**
 * {@code /api/v1/orgs/{slug}/survey}: the campaigns that invite the organisation, each with the questions
 * and the caller's missions that may answer it, and once results are published, where it stands.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SurveyOrganisationResource {

  private final OrganisationScope scope;
  private final AnsweringService answering;
  private final StandingService standing;
  private final CampaignWorkshops workshops;
  private final HighlightsService highlights;

  public SurveyOrganisationResource(
      OrganisationScope scope, AnsweringService answering, StandingService standing, CampaignWorkshops workshops, HighlightsService highlights) {
    this.scope = scope;
    this.answering = answering;
    this.standing = standing;
    this.workshops = workshops;
    this.highlights = highlights;
  }

  /** An invitation as the organisation sees it, with the caller's missions that can answer it. */
  public record InvitedCampaign(CampaignDto campaign, List<MissionRef> missions, InstrumentDto instrument) {}

  public record MissionRef(String id, String title) {}

  @GET
  @Path("campaigns")
  public List<CampaignDto> campaigns() {
    return answering.invited(scope).stream().map(c -> CampaignDto.from(c, answering.now())).toList();
  }

  @GET
  @Path("campaigns/{id}")
  public InvitedCampaign campaign(@PathParam("id") String id) {
    Campaign campaign = answering.invitedCampaign(scope, id);
    List<MissionRef> missions = scope.callerMissions().stream().map(m -> new MissionRef(m.id().toString(), m.title())).toList();
    return new InvitedCampaign(CampaignDto.from(campaign, answering.now()), missions, InstrumentDto.from(answering.instrument(campaign)));
  }

  /** The opened workshops on the campaign's results that invite the organisation. */
  @GET
  @Path("campaigns/{id}/workshops")
  public List<WorkshopLink> workshops(@PathParam("id") String id) {
    return workshops.about(scope, answering.invitedCampaign(scope, id));
  }

  /** Own answers next to peers': {@code peers} = all, organisationType, country, phase, governanceMode, challengeArea or sector. */
  @GET
  @Expensive
  @Path("campaigns/{id}/standing")
  public Standing standing(@PathParam("id") String id, @QueryParam("peers") String peers, @QueryParam("lang") String lang) {
    Campaign campaign = answering.invitedCampaign(scope, id);
    return standing.standing(scope, campaign, peers == null ? "all" : peers, CampaignsResource.Languages.locale(lang));
  }

  /** The highlights report of a campaign that invited the organisation, once its results are published. */
  @GET
  @Expensive
  @Path("campaigns/{id}/highlights")
  public Highlights highlights(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return highlights.highlights(published(id), CampaignsResource.Languages.locale(lang));
  }

  @GET
  @Expensive
  @Path("campaigns/{id}/highlights.pdf")
  @Produces(CampaignsResource.PDF)
  @Returns(String.class)
  public Response highlightsPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Campaign campaign = published(id);
    return CampaignsResource.pdf(highlights.pdf(campaign, CampaignsResource.Languages.locale(lang)), campaign);
  }

  private Campaign published(String id) {
    Campaign campaign = answering.invitedCampaign(scope, id);
    if (!campaign.resultsPublished()) {
      throw PluginProblem.conflict("The campaign's results are not published yet");
    }
    return campaign;
  }
}
