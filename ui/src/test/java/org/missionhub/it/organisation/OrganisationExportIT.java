package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.AuditLog;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;

/**
 * An organisation's administrator takes everything of the organisation out: one ZIP with the profile,
 * members, missions with their decisions, risks and comments, the audit log, each plugin's own tables (the
 * notes plugin's notes, the survey's responses) and a manifest listing every file. Nothing of another
 * organisation is in it; members who are not administrators cannot take it; the export is audited.
 */
class OrganisationExportIT {

  @Test
  void anAdministratorDownloadsEverythingOfTheOrganisationAndNothingElse() throws IOException {
    // an organisation with a member, a mission with a decision, a risk and a comment, a note and a survey response
    Org org = Campaigns.surveying("export", "NGO", "DK");
    Person member = Scenario.member(org, "MEMBER");
    String mission = Scenario.mission(org, "A mission to take along");
    assertThat(org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Gate 1", "ADOPTED", "IN_PROGRESS")).status()).isEqualTo(201);
    assertThat(org.admin().api().post(org.missionPath(mission) + "/risks", Payloads.risk("=HYPERLINK(\"http://evil.example\")", 4, 4)).status()).isEqualTo(201);
    assertThat(org.admin().api().post(org.missionPath(mission) + "/comments", Payloads.object("body", "Worth keeping")).status()).isEqualTo(201);
    var workshop = org.admin().api().post(org.missionPath(mission) + "/workshops",
        Payloads.object("title", "Peer exchange", "prompts", List.of("What makes a good mission?"), "dotsPerPerson", 3, "groupSize", 4));
    assertThat(workshop.status()).as(workshop.toString()).isEqualTo(201);
    String workshopPath = org.missionPath(mission) + "/workshops/" + workshop.json().getString("id");
    assertThat(org.admin().api().send("POST", workshopPath + "/phase", Payloads.object("phase", "POSTING"),
        Map.of("Content-Type", "application/json", "If-Match", workshop.etag())).status()).isEqualTo(200);
    assertThat(org.admin().api().post(workshopPath + "/notes", Payloads.object("prompt", 0, "body", "Shared targets")).status()).isEqualTo(201);
    Scenario.plugin(org, "notes", true);
    assertThat(org.admin().api().post(org.missionPath(mission) + "/notes/notes", Payloads.object("text", "@SUM(1+1) our own note")).status()).isEqualTo(201);
    String campaign = Campaigns.open(Campaigns.form(Campaigns.publishedTemplate(), List.of("NGO"), false, true, 3));
    Campaigns.submit(org, mission, campaign, Campaigns.answers("leader", "middle"));
    // and another organisation's mission, which must not leak in
    Org other = Scenario.organisation("export-other");
    String otherMission = Scenario.mission(other, "Someone else's mission");
    // a cross-organisation workshop that invites both, opened, where each posts a note (the other's stays hidden while posting)
    var analyst = Scenario.benchmarkAnalyst().api();
    var platformWorkshop = analyst.post("/api/v1/platform/workshops", Payloads.object("title", "Peers across organisations", "prompts", List.of("Where do you need support?"),
        "anonymous", false, "dotsPerPerson", 3, "groupSize", 2, "organisations", List.of(org.slug(), other.slug())));
    assertThat(platformWorkshop.status()).as(platformWorkshop.toString()).isEqualTo(201);
    String platformPath = "/api/v1/platform/workshops/" + platformWorkshop.json().getString("id");
    assertThat(analyst.send("POST", platformPath + "/phase", Payloads.object("phase", "POSTING"),
        Map.of("Content-Type", "application/json", "If-Match", platformWorkshop.etag())).status()).isEqualTo(200);
    String invitedRoom = "/workshops/" + platformWorkshop.json().getString("id") + "/notes";
    assertThat(org.admin().api().post(org.path() + invitedRoom, Payloads.object("prompt", 0, "body", "Funding that fits budget cycles")).status()).isEqualTo(201);
    assertThat(other.admin().api().post(other.path() + invitedRoom, Payloads.object("prompt", 0, "body", "Their hidden thought")).status()).isEqualTo(201);

    Api.Download download = org.admin().api().download(org.path() + "/export");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("application/zip");
    assertThat(download.disposition()).contains("attachment").contains("missionhub-" + org.slug() + "-");
    Map<String, String> files = unzip(download.body());
    JsonObject manifest = json(files.get("manifest.json")).asJsonObject();
    assertThat(manifest.getString("format")).isEqualTo("missionhub-organisation-export/1");
    assertThat(manifest.getBoolean("complete")).isTrue();
    assertThat(manifest.getJsonArray("files").getValuesAs(JsonObject.class)).extracting(f -> f.getString("path")).containsAll(
        files.keySet().stream().filter(path -> !path.equals("manifest.json")).toList());
    assertThat(json(files.get("organisation.json")).asJsonObject().getString("slug")).isEqualTo(org.slug());
    assertThat(files.get("members.csv")).contains(org.admin().subject()).contains(member.subject());
    JsonArray missions = json(files.get("missions.json")).asJsonArray();
    assertThat(missions.getValuesAs(JsonObject.class)).extracting(m -> m.getString("id")).containsExactly(mission);
    assertThat(files.get("missions/" + mission + "/decisions.json")).contains("Gate 1");
    assertThat(files.get("missions/" + mission + "/comments.json")).contains("Worth keeping");
    assertThat(files.get("missions/" + mission + "/workshops.json")).contains("Peer exchange", "What makes a good mission?", "Shared targets");
    assertThat(files.get("missions/" + mission + "/risks.json")).contains("HYPERLINK");
    assertThat(files.get("workshops.json")).contains("Peers across organisations", "Funding that fits budget cycles").doesNotContain("Their hidden thought");
    assertThat(files.get("audit-log.json")).contains("\"mission\"").contains("decision");
    // each plugin's own tables, with text that a spreadsheet would run kept as text
    assertThat(files.get("plugins/notes/notes.csv")).contains("'@SUM(1+1) our own note");
    assertThat(files.get("plugins/survey/responses.csv")).contains(campaign).contains("Our partners in the municipality keep us going");
    // nothing of the other organisation
    assertThat(String.join("\n", files.values())).doesNotContain(otherMission).doesNotContain(other.slug());

    // a member who does not administer the organisation cannot take it; another organisation does not see it
    assertThat(member.api().download(org.path() + "/export").status()).isEqualTo(403);
    assertThat(other.admin().api().download(org.path() + "/export").status()).isEqualTo(404);
    // and the export is in the audit log
    assertThat(AuditLog.entry(org, "organisation-export.created").getString("actorSubject")).isEqualTo(org.admin().subject());
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static JsonStructure json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
