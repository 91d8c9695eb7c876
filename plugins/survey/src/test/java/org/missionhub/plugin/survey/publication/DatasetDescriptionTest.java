package org.missionhub.plugin.survey.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.service.OpenData;

/** A public campaign as a DCAT dataset: what portals harvest, with every download and the licence. */
class DatasetDescriptionTest {

  private static final OffsetDateTime OPENS = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theDatasetNamesItsPublisherLicencePeriodPageAndDownloads() {
    Campaign campaign = new Campaign("c-1",
        new CampaignSettings("Mission needs 2026", Optional.of("The second wave."), "needs", 1, new Audience(Set.of(), Set.of()), Unit.MISSION, false, false, 5,
            OPENS, OPENS.plusDays(30)),
        Optional.of(OPENS.plusDays(40)), OPENS.minusDays(5), "analyst", 3);
    Publication publication = new Publication("c-1", "OECD OPSI", Licence.CC_BY_4_0, OPENS.plusDays(41), "analyst");
    URI api = URI.create("https://missionhub.example/api/v1/public/survey/campaigns/c-1/");

    JsonObject dataset = DatasetDescription.of(new PublicCampaign(campaign, publication), api, URI.create("https://missionhub.example/public/survey/results/c-1"), OpenData.DOWNLOADS);

    assertThat(dataset.getString("@type")).isEqualTo("dcat:Dataset");
    assertThat(dataset.getJsonObject("@context").getString("dcat")).isEqualTo("http://www.w3.org/ns/dcat#");
    assertThat(dataset.getString("dct:title")).isEqualTo("Mission needs 2026");
    assertThat(dataset.getString("dct:description")).isEqualTo("The second wave.");
    assertThat(dataset.getJsonObject("dct:publisher").getString("foaf:name")).isEqualTo("OECD OPSI");
    assertThat(dataset.getJsonObject("dct:license").getString("@id")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(dataset.getJsonObject("dct:issued").getString("@value")).isEqualTo("2026-04-11");
    assertThat(dataset.getJsonObject("dct:temporal").getJsonObject("dcat:startDate").getString("@value")).isEqualTo("2026-03-01");
    assertThat(dataset.getJsonObject("dct:temporal").getJsonObject("dcat:endDate").getString("@value")).isEqualTo("2026-03-31");
    assertThat(dataset.getJsonObject("dcat:landingPage").getString("@id")).isEqualTo("https://missionhub.example/public/survey/results/c-1");
    assertThat(dataset.getJsonArray("dcat:distribution").getValuesAs(JsonObject.class))
        .extracting(d -> d.getJsonObject("dcat:downloadURL").getString("@id"), d -> d.getString("dcat:mediaType"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(api + "results.csv", "text/csv"),
            org.assertj.core.groups.Tuple.tuple(api + "results-codebook.csv", "text/csv"),
            org.assertj.core.groups.Tuple.tuple(api + "highlights.pdf", "application/pdf"));
  }

  @Test
  void onlyPublishedResultsCanBePublic() {
    Campaign unpublished = new Campaign("c-2",
        new CampaignSettings("Draft", Optional.empty(), "needs", 1, new Audience(Set.of(), Set.of()), Unit.MISSION, false, false, 5, OPENS, OPENS.plusDays(30)),
        Optional.empty(), OPENS.minusDays(5), "analyst", 1);
    Publication publication = new Publication("c-2", "OECD OPSI", Licence.CC0_1_0, OPENS.plusDays(41), "analyst");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublicCampaign(unpublished, publication)).isInstanceOf(IllegalArgumentException.class);
  }
}
