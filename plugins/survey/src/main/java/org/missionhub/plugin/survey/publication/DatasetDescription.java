package org.missionhub.plugin.survey.publication;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.missionhub.plugin.survey.campaign.CampaignSettings;

/**
 * A public campaign described as a DCAT dataset in JSON-LD (W3C Data Catalog Vocabulary 3), so that open
 * data portals and search engines can harvest it: title, description, publisher, licence, when it was
 * issued, the period the answers were collected in, the public page, and a distribution per download
 * (results table, codebook, highlights report).
 */
public final class DatasetDescription {

  /** One download: its file name under the campaign's public address, its title and media type. */
  public record Download(String file, String title, String mediaType) {}

  private DatasetDescription() {}

  /**
   * @param api the campaign's public API address, ending in "/" ({@code .../api/v1/public/survey/campaigns/{id}/})
   * @param page the campaign's public page
   */
  public static JsonObject of(PublicCampaign published, URI api, URI page, List<Download> downloads) {
    CampaignSettings settings = published.campaign().settings();
    Publication publication = published.publication();
    JsonObjectBuilder dataset = Json.createObjectBuilder()
        .add("@context", Json.createObjectBuilder()
            .add("dcat", "http://www.w3.org/ns/dcat#")
            .add("dct", "http://purl.org/dc/terms/")
            .add("foaf", "http://xmlns.com/foaf/0.1/")
            .add("xsd", "http://www.w3.org/2001/XMLSchema#"))
        .add("@id", api.resolve("dataset.jsonld").toString())
        .add("@type", "dcat:Dataset")
        .add("dct:identifier", published.campaign().id())
        .add("dct:title", settings.title());
    settings.description().filter(d -> !d.isBlank()).ifPresent(d -> dataset.add("dct:description", d));
    dataset
        .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Agent").add("foaf:name", publication.publisher()))
        .add("dct:issued", date(publication.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString()))
        .add("dct:license", Json.createObjectBuilder().add("@id", publication.licence().address()))
        .add("dct:temporal", Json.createObjectBuilder()
            .add("@type", "dct:PeriodOfTime")
            .add("dcat:startDate", date(settings.opensAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString()))
            .add("dcat:endDate", date(settings.closesAt().minusNanos(1).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString())))
        .add("dcat:landingPage", Json.createObjectBuilder().add("@id", page.toString()))
        .add("dcat:keyword", Json.createArrayBuilder().add("missions").add("mission-oriented policy").add("survey").add("benchmark"));
    JsonArrayBuilder distributions = Json.createArrayBuilder();
    for (Download download : downloads) {
      String address = api.resolve(download.file()).toString();
      distributions.add(Json.createObjectBuilder()
          .add("@id", address)
          .add("@type", "dcat:Distribution")
          .add("dct:title", download.title())
          .add("dcat:downloadURL", Json.createObjectBuilder().add("@id", address))
          .add("dcat:mediaType", download.mediaType())
          .add("dct:license", Json.createObjectBuilder().add("@id", publication.licence().address())));
    }
    return dataset.add("dcat:distribution", distributions).build();
  }

  private static JsonObject date(String isoDate) {
    return Json.createObjectBuilder().add("@value", isoDate).add("@type", "xsd:date").build();
  }
}
