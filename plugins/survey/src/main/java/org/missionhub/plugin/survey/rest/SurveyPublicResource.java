package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.export.FileNames;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.publication.DatasetDescription;
import org.missionhub.plugin.survey.publication.PublicCampaign;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.OpenData;
import org.missionhub.plugin.survey.service.PublicationService;

/**
 * {@code /api/v1/public/survey/...}, read by anyone without a token: the benchmark campaigns whose published
 * results an analyst put on the public page, with their highlights, per-question results and open data
 * (results table, codebook, DCAT description). Every number is the campaign's published result, with its
 * disclosure control; a campaign that is not public is "not found", exactly like one that does not exist.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SurveyPublicResource {

  static final String JSON_LD = "application/ld+json";

  private final PublicationService publications;
  private final OpenData openData;

  public SurveyPublicResource(PublicationService publications, OpenData openData) {
    this.publications = publications;
    this.openData = openData;
  }

  /** A public campaign as the public reads it. */
  public record PublicCampaignDto(
      String id, String title, String description, String instrument, int instrumentVersion, OffsetDateTime opensAt, OffsetDateTime closesAt,
      int minimumCellSize, String publisher, String licence, String licenceUrl, OffsetDateTime publishedAt, String page) {

    static PublicCampaignDto from(PublicCampaign published) {
      Campaign campaign = published.campaign();
      var settings = campaign.settings();
      return new PublicCampaignDto(
          campaign.id(), settings.title(), settings.description().orElse(null), settings.instrumentCode(), settings.instrumentVersion(), settings.opensAt(),
          settings.closesAt(), settings.minimumCellSize(), published.publication().publisher(), published.publication().licence().code(),
          published.publication().licence().address(), published.publication().publishedAt(), pagePath(campaign.id()));
    }
  }

  /** The public page of a campaign, relative to the web application's root. */
  static String pagePath(String campaignId) {
    return "public/survey/results/" + campaignId;
  }

  @GET
  @Path("campaigns")
  public List<PublicCampaignDto> campaigns() {
    return publications.publicCampaigns().stream().map(PublicCampaignDto::from).toList();
  }

  @GET
  @Path("campaigns/{id}")
  public PublicCampaignDto campaign(@PathParam("id") String id) {
    return PublicCampaignDto.from(publications.publicCampaign(id));
  }

  @GET
  @Expensive
  @Path("campaigns/{id}/highlights")
  public Highlights highlights(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return openData.highlights(publications.publicCampaign(id), CampaignsResource.Languages.locale(lang));
  }

  @GET
  @Expensive
  @Path("campaigns/{id}/highlights.pdf")
  @Produces(CampaignsResource.PDF)
  @Returns(String.class)
  public Response highlightsPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    PublicCampaign published = publications.publicCampaign(id);
    return CampaignsResource.pdf(openData.highlightsPdf(published, CampaignsResource.Languages.locale(lang)), published.campaign());
  }

  /** One question's published result, with every breakdown offered. */
  @GET
  @Expensive
  @Path("campaigns/{id}/results/{question}")
  public QuestionResult question(@PathParam("id") String id, @PathParam("question") String question, @QueryParam("lang") String lang) {
    return openData.question(publications.publicCampaign(id), question, CampaignsResource.Languages.locale(lang));
  }

  /** The published results as one long table (see the codebook), labels in the language asked for. */
  @GET
  @Expensive
  @Path("campaigns/{id}/results.csv")
  @Produces(CampaignsResource.CSV)
  @Returns(String.class)
  public Response resultsCsv(@PathParam("id") String id, @QueryParam("lang") String lang) {
    PublicCampaign published = publications.publicCampaign(id);
    Locale locale = CampaignsResource.Languages.locale(lang);
    byte[] table = openData.resultsCsv(published, locale);
    return attachment(table, CampaignsResource.CSV, FileNames.slug(published.campaign().settings().title()) + "-results.csv");
  }

  /** What each column and code of the results table means, in English, French and Danish. */
  @GET
  @Expensive
  @Path("campaigns/{id}/results-codebook.csv")
  @Produces(CampaignsResource.CSV)
  @Returns(String.class)
  public Response codebook(@PathParam("id") String id) {
    PublicCampaign published = publications.publicCampaign(id);
    return attachment(openData.codebookCsv(published), CampaignsResource.CSV, FileNames.slug(published.campaign().settings().title()) + "-results-codebook.csv");
  }

  /** The campaign as a DCAT dataset in JSON-LD, for open data portals. */
  @GET
  @Path("campaigns/{id}/dataset.jsonld")
  @Produces(JSON_LD)
  @Returns(String.class)
  public Response dataset(@PathParam("id") String id, @Context UriInfo uri) {
    PublicCampaign published = publications.publicCampaign(id);
    URI api = uri.getBaseUri().resolve("v1/public/survey/campaigns/" + id + "/");
    URI page = uri.getBaseUri().resolve("../" + pagePath(id));
    return Response.ok(DatasetDescription.of(published, api, page, OpenData.DOWNLOADS).toString(), JSON_LD).build();
  }

  private static Response attachment(byte[] body, String type, String fileName) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }
}
