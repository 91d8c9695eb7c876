package org.missionhub.it.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.workshop.WorkshopCalls.bodies;
import static org.missionhub.it.workshop.WorkshopCalls.dots;
import static org.missionhub.it.workshop.WorkshopCalls.fields;
import static org.missionhub.it.workshop.WorkshopCalls.note;
import static org.missionhub.it.workshop.WorkshopCalls.noticeMessages;
import static org.missionhub.it.workshop.WorkshopCalls.post;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Cross-organisation workshops (issue 17), through the API: a benchmark analyst prepares one for three organisations
 * of different types and countries (as for a campaign's respondents), opens it (every member of the invited
 * organisations is told, no one else), their people post in silence, see each other's notes with their organisations
 * after the reveal, meet in breakout groups that mix the organisations, vote, and read the summary. An organisation
 * not invited finds nothing; the analyst facilitates but does not post; bad plans are refused naming the field.
 */
class CrossOrganisationWorkshopIT {

  private static final String PLATFORM = "/api/v1/platform/workshops";

  private final Org ministry = Scenario.organisation("xw-ministry", "NATIONAL_GOVERNMENT", "DK");
  private final Org ngo = Scenario.organisation("xw-ngo", "NGO", "FR");
  private final Org foundation = Scenario.organisation("xw-foundation", "FOUNDATION", "IS");
  private final Org outsider = Scenario.organisation("xw-outsider", "NGO", "DE");
  private final Api analyst = Scenario.benchmarkAnalyst().api();

  @Test
  void anAnalystRunsAWorkshopForThreeOrganisationsFromSilentPostingToTheSummary() {
    Person ngoMember = Scenario.member(ngo, "MEMBER");
    Person ministryMember = Scenario.member(ministry, "MEMBER");

    // only analysts prepare one; a plan is refused naming the field (no organisation, an unknown one)
    assertThat(ministry.admin().api().post(PLATFORM, plan(List.of(ministry.slug()))).status()).isEqualTo(403);
    assertThat(fields(analyst.post(PLATFORM, plan(List.of())))).containsExactly("organisations");
    assertThat(fields(analyst.post(PLATFORM, plan(List.of(ngo.slug(), "no-such-organisation"))))).containsExactly("organisations[1]");
    // a mission's workshop invites no other organisation
    String mission = Scenario.mission(ministry, "Mental health for young people");
    assertThat(fields(ministry.admin().api().post(ministry.missionPath(mission) + "/workshops", plan(List.of(ngo.slug()))))).containsExactly("organisations");

    ApiResponse created = analyst.post(PLATFORM, plan(List.of(ministry.slug(), ngo.slug(), foundation.slug())));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject workshop = created.json();
    String id = workshop.getString("id");
    assertThat(workshop.getString("phase")).isEqualTo("DRAFT");
    assertThat(workshop.getJsonObject("me").getBoolean("canFacilitate")).isTrue();
    assertThat(workshop.getJsonObject("me").getBoolean("canTakePart")).isFalse();
    assertThat(workshop.getJsonArray("organisations").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
        .containsExactlyInAnyOrder(ministry.slug(), ngo.slug(), foundation.slug());
    String platformPath = PLATFORM + "/" + id;
    assertThat(analyst.get(PLATFORM).array().getValuesAs(JsonObject.class).stream().map(w -> w.getString("id"))).contains(id);

    // a draft is the analysts' alone
    assertThat(ngo.admin().api().get(room(ngo, id)).status()).isEqualTo(404);
    assertThat(ids(ngo.admin().api().get(ngo.path() + "/workshops"))).doesNotContain(id);
    assertThat(ngo.admin().api().get(platformPath).status()).isEqualTo(404);

    // open: every member of the invited organisations is told, in their organisation's name; no one else
    assertThat(phase(platformPath, "POSTING").status()).isEqualTo(200);
    for (Person invited : List.of(ngoMember, ministryMember, foundation.admin())) {
      assertThat(noticeMessages(invited)).anySatisfy(m -> assertThat(m).contains("cross-organisation workshop", "Peers across organisations"));
    }
    assertThat(noticeMessages(outsider.admin())).noneMatch(m -> m.contains("Peers across organisations"));
    assertThat(ids(ngo.admin().api().get(ngo.path() + "/workshops"))).containsExactly(id);
    assertThat(outsider.admin().api().get(outsider.path() + "/workshops").array()).isEmpty();

    // an organisation not invited finds nothing of it, whatever it asks
    for (String probe : List.of("", "/notes", "/groups", "/summary")) {
      assertThat(outsider.admin().api().get(room(outsider, id) + probe).status()).isEqualTo(404);
      assertThat(outsider.admin().api().get(platformPath + probe).status()).isEqualTo(404);
    }
    assertThat(outsider.admin().api().post(room(outsider, id) + "/notes", note(0, "Intruder")).status()).isEqualTo(404);
    // naming another organisation's slug needs its membership
    assertThat(outsider.admin().api().get(room(ngo, id)).status()).isEqualTo(404);

    // silent posting, each for their organisation; the analyst facilitates but does not post
    String silos = post(ngoMember.api(), room(ngo, id), 0, "Break the silos between ministries");
    String budget = post(ministry.admin().api(), room(ministry, id), 1, "Budgets that span several years");
    String data = post(foundation.admin().api(), room(foundation, id), 0, "Shared data on young people's wellbeing");
    post(ministryMember.api(), room(ministry, id), 0, "A clear, measurable target");
    assertThat(analyst.post(platformPath + "/notes", note(0, "Facilitators guide, they do not post")).status()).isEqualTo(403);
    assertThat(bodies(ngoMember.api().get(room(ngo, id) + "/notes"))).containsExactly("Break the silos between ministries");
    assertThat(bodies(analyst.get(platformPath + "/notes"))).isEmpty();
    JsonObject progress = analyst.get(platformPath).json().getJsonObject("progress");
    assertThat(progress.getInt("notes")).isEqualTo(4);
    assertThat(progress.getInt("participants")).isEqualTo(4);
    assertThat(progress.getInt("organisations")).isEqualTo(3);
    // which organisations are invited is the facilitator's to know
    assertThat(ngoMember.api().get(room(ngo, id)).json().containsKey("organisations")).isFalse();

    // reveal: everyone (the analyst too) sees every note, signed with its author's organisation
    assertThat(phase(platformPath, "REVEALED").status()).isEqualTo(200);
    List<JsonObject> revealed = analyst.get(platformPath + "/notes").array().getValuesAs(JsonObject.class);
    assertThat(revealed).hasSize(4);
    Map<String, String> organisationOf = revealed.stream().collect(Collectors.toMap(n -> n.getString("body"), n -> n.getString("organisationName")));
    assertThat(organisationOf.get("Break the silos between ministries")).startsWith("Organisation xw-ngo");
    assertThat(organisationOf.get("Budgets that span several years")).startsWith("Organisation xw-ministry");
    assertThat(ngoMember.api().put(room(ngo, id) + "/notes/" + silos + "/cluster", Payloads.object("cluster", "Working together"), null).status()).isEqualTo(200);
    assertThat(foundation.admin().api().put(room(foundation, id) + "/notes/" + data + "/cluster", Payloads.object("cluster", "Working together"), null).status())
        .isEqualTo(200);

    // breakout groups of two that mix the organisations' types
    assertThat(phase(platformPath, "BREAKOUT").status()).isEqualTo(200);
    List<JsonObject> groups = analyst.get(platformPath + "/groups").array().getValuesAs(JsonObject.class);
    assertThat(groups).hasSize(2);
    for (JsonObject group : groups) {
      Set<String> types = group.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("organisationType")).collect(Collectors.toSet());
      assertThat(types).as("group %s", group).hasSize(2);
    }
    assertThat(ngoMember.api().put(room(ngo, id) + "/groups/" + ngoMember.subject(), Payloads.object("group", 2), null).status()).isEqualTo(403);

    // dot voting, then the summary, read by the organisations and by the analyst
    assertThat(phase(platformPath, "VOTING").status()).isEqualTo(200);
    assertThat(dots(ngoMember.api(), room(ngo, id), data, 3).status()).isEqualTo(200);
    assertThat(dots(ministry.admin().api(), room(ministry, id), silos, 2).status()).isEqualTo(200);
    assertThat(dots(foundation.admin().api(), room(foundation, id), budget, 1).status()).isEqualTo(200);
    assertThat(analyst.put(platformPath + "/notes/" + budget + "/dots", Payloads.object("dots", 1), null).status()).isEqualTo(403);
    assertThat(phase(platformPath, "CLOSED").status()).isEqualTo(200);
    JsonObject summary = ministryMember.api().get(room(ministry, id) + "/summary").json();
    assertThat(summary.getInt("participants")).isEqualTo(4);
    assertThat(summary.getInt("organisations")).isEqualTo(3);
    assertThat(summary.getInt("dotsSpent")).isEqualTo(6);
    JsonObject together = summary.getJsonArray("prompts").getJsonObject(0).getJsonArray("clusters").getJsonObject(0);
    assertThat(together.getString("label")).isEqualTo("Working together");
    assertThat(together.getInt("dots")).isEqualTo(5);
    ApiResponse markdown = analyst.send("GET", platformPath + "/summary.md", null, Map.of("Accept", "text/markdown"));
    assertThat(markdown.status()).as(markdown.toString()).isEqualTo(200);
    assertThat(markdown.body()).startsWith("# Peers across organisations").contains("**Working together**");

    // the platform's audit log holds the workshop's steps (it lives in no organisation)
    String audit = Scenario.platformAdmin().api().get("/api/v1/platform/audit?size=100").body();
    assertThat(audit).contains(id);
  }

  @Test
  void aMissionsWorkshopIsNotReachedThroughThePlatform() {
    String mission = Scenario.mission(ministry, "Circular society");
    ApiResponse created = ministry.admin().api().post(ministry.missionPath(mission) + "/workshops",
        Payloads.object("title", "Our own", "prompts", List.of("What works?"), "dotsPerPerson", 3, "groupSize", 4));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(analyst.get(PLATFORM + "/" + id).status()).isEqualTo(404);
    assertThat(ministry.admin().api().get(room(ministry, id)).status()).isEqualTo(404);
    assertThat(ids(analyst.get(PLATFORM))).doesNotContain(id);
  }

  private static String plan(List<String> organisations) {
    return Payloads.object("title", "Peers across organisations", "prompts", List.of("What makes a good mission?", "Where do you need more support?"),
        "anonymous", false, "dotsPerPerson", 3, "groupSize", 2, "organisations", organisations);
  }

  private static String room(Org org, String id) {
    return org.path() + "/workshops/" + id;
  }



  private ApiResponse phase(String path, String phase) {
    String etag = analyst.get(path).etag();
    return analyst.send("POST", path + "/phase", Payloads.object("phase", phase), Map.of("Content-Type", "application/json", "If-Match", etag));
  }


  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.array().getValuesAs(JsonObject.class).stream().map(w -> w.getString("id")).toList();
  }



}
