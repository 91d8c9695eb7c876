package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.publication.PublicationForm;
import org.missionhub.plugin.survey.service.PublicationService;

/**
 * {@code /api/v1/platform/survey/campaigns/{id}/publication}: a benchmark analyst puts a campaign's published
 * results on the public page with their open data ({@code PUT}), changes the publisher or licence ({@code PUT}
 * again), or withdraws them ({@code DELETE}); each is in the platform's audit log.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

  private final String campaignId;
  private final PlatformScope scope;
  private final PublicationService publications;

  PublicationResource(String campaignId, PlatformScope scope, PublicationService publications) {
    this.campaignId = campaignId;
    this.scope = scope;
    this.publications = publications;
  }

  @GET
  public PublicationDto get() {
    scope.requireRole(SurveyPlatformResource.ANALYST);
    return publications.of(campaignId).map(PublicationDto::from).orElseThrow(() -> PluginProblem.notFound("Publication"));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicationDto publish(PublicationForm form) {
    return PublicationDto.from(publications.publish(campaignId, form, scope));
  }

  @DELETE
  public Response withdraw() {
    publications.withdraw(campaignId, scope);
    return Response.noContent().build();
  }
}
