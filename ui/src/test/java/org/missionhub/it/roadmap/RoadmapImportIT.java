package org.missionhub.it.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * CSV import of the roadmap through the API: a dry run reports every problem by row and column and adds
 * nothing, a file with a problem is refused whole, a good one (in the export's own columns) is added whole,
 * and importing it again adds nothing; an implementer imports only for its own organisation, an observer
 * not at all, another organisation gets 404.
 */
class RoadmapImportIT {

  private final Org lead = Scenario.organisation("import-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
  private final Org partner = Scenario.organisation("import-partner", "NGO", "DK", "roadmap");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String roadmap = lead.missionPath(mission) + "/roadmap";

  @Test
  void aDryRunNamesEveryProblemAndOnlyAWholeGoodFileIsAdded() {
    Scenario.partnership(lead, mission, partner);
    String partnerName = partner.admin().api().get(partner.path()).json().getString("name");
    lead.admin().api().post(roadmap + "/objectives", Payloads.object("title", "Support within a week", "dueYear", 2028));
    String header = "title,type,owner,contributors,objectives,start,end,horizon,status,rag,ragReason,budget,currency,tags,responsible\n";
    String broken = header
        + "School counsellors,PROGRAMME," + lead.slug() + "," + partnerName + ",Support within a week,2026-09-01,2028-06-30,MEDIUM,ACTIVE,GREEN,,12000000,DKK,schools; staff,\n"
        + "Chat line,HOTLINE,nobody,,Unknown objective,2026-13-01,,,ACTIVE,RED,,-5,DKK,,Nobody Known\n";

    // a dry run: every problem with its row and column, nothing added
    JsonObject dryRun = importFile("initiatives?dryRun=true", broken, 200);
    assertThat(dryRun.getBoolean("ok")).isFalse();
    assertThat(dryRun.getInt("rows")).isEqualTo(2);
    assertThat(dryRun.getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getInt("row") + ":" + p.getString("column"))
        .containsExactlyInAnyOrder("3:type", "3:owner", "3:objectives", "3:start", "3:ragreason", "3:budget", "3:responsible");
    assertThat(initiatives()).isEmpty();

    // for real: refused whole (the good first row is not added either), each field named
    JsonObject refused = importFile("initiatives", broken, 400);
    assertThat(refused.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains("rows[3].owner", "rows[3].type");
    assertThat(initiatives()).isEmpty();

    // fixed (semicolons, as a Danish spreadsheet saves): the dry run is clean, the import adds both rows
    String good = header.replace(',', ';')
        + "School counsellors;PROGRAMME;" + lead.slug() + ";" + partnerName + ";Support within a week;2026-09-01;2028-06-30;MEDIUM;ACTIVE;GREEN;;12000000;DKK;\"schools, staff\";\n"
        + "Chat line;PROJECT;" + partner.slug() + ";;Support within a week;2026-01-15;2031-12-31;;ACTIVE;AMBER;Volunteers are scarce;450000.50;EUR;;\n";
    assertThat(importFile("initiatives?dryRun=true", good, 200).getBoolean("ok")).isTrue();
    assertThat(initiatives()).isEmpty();
    JsonObject done = importFile("initiatives", good, 200);
    assertThat(done.getInt("imported")).isEqualTo(2);
    List<JsonObject> added = initiatives();
    JsonObject chat = added.stream().filter(i -> i.getString("title").equals("Chat line")).findFirst().orElseThrow();
    assertThat(chat.getJsonObject("owner").getString("slug")).isEqualTo(partner.slug());
    assertThat(chat.getString("rag")).isEqualTo("AMBER");
    assertThat(chat.getString("horizon")).isEqualTo("LONG");
    assertThat(chat.getJsonObject("budget").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("450000.50");

    // again: every row is already there, nothing is added
    JsonObject again = importFile("initiatives?dryRun=true", good, 200);
    assertThat(again.getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getInt("row") + ":" + p.getString("column"))
        .containsExactly("2:title", "3:title");

    // milestones name their initiative by title; an unknown column is named in row 1
    String milestones = "initiative,title,due,owner,state\nSchool counsellors,First 40 schools staffed,2027-08-15,,PLANNED\nChat line,Open every evening,2027-01-31,,\n";
    assertThat(importFile("milestones", milestones, 200).getInt("imported")).isEqualTo(2);
    assertThat(lead.admin().api().get(roadmap).json().getJsonArray("milestones")).hasSize(2);
    JsonObject unknownColumn = importFile("milestones?dryRun=true", "title,due,colour\nX,2027-01-01,red\n", 200);
    assertThat(unknownColumn.getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(1);
    assertThat(unknownColumn.getJsonArray("problems").getJsonObject(0).getString("column")).isEqualTo("colour");
    ApiResponse notCsv = lead.admin().api().upload(roadmap + "/import/initiatives", "title\n\"never closed\n".getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(notCsv.status()).isEqualTo(400);
    assertThat(notCsv.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
    assertThat(lead.admin().api().upload(roadmap + "/import/budgets", milestones.getBytes(StandardCharsets.UTF_8), "text/csv").status()).isEqualTo(404);
  }

  @Test
  void anImplementerImportsForItsOwnOrganisationAnObserverNotAtAllAnOutsiderSeesNothing() {
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person observer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, observer, partner.slug(), "OBSERVER");
    String theirs = partner.missionPath(mission) + "/roadmap/import/initiatives";
    String file = "title,type,owner\nOur youth panel,PILOT," + partner.slug() + "\nThe ministry's programme,PROGRAMME," + lead.slug() + "\n";

    ApiResponse mixed = implementer.api().upload(theirs + "?dryRun=true", file.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(mixed.status()).as(mixed.toString()).isEqualTo(200);
    assertThat(mixed.json().getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getInt("row") + ":" + p.getString("column"))
        .containsExactly("3:owner");
    assertThat(observer.api().upload(theirs + "?dryRun=true", file.getBytes(StandardCharsets.UTF_8), "text/csv").status()).isEqualTo(403);

    Org outsider = Scenario.organisation("import-outsider", "NGO", "FR", "roadmap");
    assertThat(outsider.admin().api().upload(outsider.missionPath(mission) + "/roadmap/import/initiatives", file.getBytes(StandardCharsets.UTF_8), "text/csv").status())
        .isEqualTo(404);
    assertThat(initiatives()).isEmpty();
  }

  private JsonObject importFile(String pathAndQuery, String csv, int status) {
    ApiResponse response = lead.admin().api().upload(roadmap + "/import/" + pathAndQuery, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private List<JsonObject> initiatives() {
    return lead.admin().api().get(roadmap).json().getJsonArray("initiatives").getValuesAs(JsonObject.class);
  }
}
