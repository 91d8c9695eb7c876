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
 * Peer-exchange workshops (issue 17), through the API, as the seed's workshop ran: a leader prepares prompts, opens
 * silent posting (each sees only their own notes, anonymous here), reveals, forms breakout groups that mix the
 * organisations, lets people cluster and dot-vote, and closes with a ranked summary. Bad input is refused naming the
 * field, readers may not write, and another organisation finds nothing.
 */
class WorkshopIT {

  private final Org lead = Scenario.organisation("ws-lead", "NATIONAL_GOVERNMENT", "DK");
  private final Org partner = Scenario.organisation("ws-partner", "NGO", "FR");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String workshops = lead.missionPath(mission) + "/workshops";

  @Test
  void aWorkshopRunFromSilentPostingToARankedSummary() {
    Scenario.partnership(lead, mission, partner);
    Person colleague = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, colleague, lead.slug(), "PARTICIPANT");
    Person ngoOne = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, ngoOne, partner.slug(), "PARTICIPANT");
    Person ngoTwo = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, ngoTwo, partner.slug(), "IMPLEMENTER");
    Person observer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, observer, lead.slug(), "OBSERVER");
    Org outsider = Scenario.organisation("ws-outsider", "NGO", "DE");
    Api leader = lead.admin().api();

    // a plan is refused naming each bad field; only leaders and coordinators prepare one; nothing is written
    ApiResponse refused = leader.post(workshops, Payloads.object("title", " ", "prompts", List.of(), "dotsPerPerson", 0, "groupSize", 2));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused)).contains("title", "prompts", "dotsPerPerson");
    assertThat(colleague.api().post(workshops, plan("Peer exchange", true)).status()).isEqualTo(403);
    assertThat(leader.get(workshops).array()).isEmpty();

    ApiResponse created = leader.post(workshops, plan("Peer exchange", true));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject workshop = created.json();
    assertThat(workshop.getString("phase")).isEqualTo("DRAFT");
    assertThat(workshop.getJsonObject("me").getBoolean("canFacilitate")).isTrue();
    String path = workshops + "/" + workshop.getString("id");
    String partnerPath = partner.missionPath(mission) + "/workshops/" + workshop.getString("id");

    // not open yet: no notes; a phase cannot be skipped
    assertThat(ngoOne.api().post(partnerPath + "/notes", note(0, "Too early")).status()).isEqualTo(409);
    ApiResponse skipped = phase(leader, path, "REVEALED");
    assertThat(skipped.status()).as(skipped.toString()).isEqualTo(400);
    assertThat(fields(skipped)).containsExactly("phase");

    // open: the mission's people are invited (the facilitator and the observer are not)
    assertThat(phase(leader, path, "POSTING").status()).isEqualTo(200);
    assertThat(noticeMessages(ngoOne)).anySatisfy(m -> assertThat(m).contains("opened the workshop", "Peer exchange", "Mental health for young people"));
    assertThat(noticeMessages(observer)).noneMatch(m -> m.contains("Peer exchange"));

    // silent posting: each sees only their own notes; bad notes are refused naming the field
    assertThat(fields(ngoOne.api().post(partnerPath + "/notes", note(7, "Wrong prompt")))).containsExactly("prompt");
    assertThat(fields(ngoOne.api().post(partnerPath + "/notes", note(0, "  ")))).containsExactly("body");
    assertThat(fields(ngoOne.api().post(partnerPath + "/notes", note(0, "x".repeat(1001))))).containsExactly("body");
    String target = post(leader, path, 0, "A clear, measurable target");
    String silos = post(ngoOne.api(), partnerPath, 0, "Break the silos between ministries");
    String budget = post(ngoTwo.api(), partnerPath, 1, "Budgets that span several years");
    String data = post(colleague.api(), path, 1, "Shared data on young people's wellbeing");
    assertThat(bodies(ngoOne.api().get(partnerPath + "/notes"))).containsExactly("Break the silos between ministries");
    assertThat(bodies(leader.get(path + "/notes"))).containsExactly("A clear, measurable target");
    assertThat(bodies(observer.api().get(path + "/notes"))).isEmpty();
    assertThat(observer.api().post(path + "/notes", note(0, "Readers do not write")).status()).isEqualTo(403);
    JsonObject progress = leader.get(path).json().getJsonObject("progress");
    assertThat(progress.getInt("notes")).isEqualTo(4);
    assertThat(progress.getInt("participants")).isEqualTo(4);
    assertThat(progress.getInt("organisations")).isEqualTo(2);

    // another organisation finds nothing of it
    for (String probe : List.of("", "/notes", "/groups", "/summary")) {
      assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/workshops/" + workshop.getString("id") + probe).status()).isEqualTo(404);
    }
    assertThat(outsider.admin().api().post(outsider.missionPath(mission) + "/workshops/" + workshop.getString("id") + "/notes", note(0, "Intruder")).status()).isEqualTo(404);

    // reveal: everyone sees every note, and in an anonymous workshop no one is named anywhere
    assertThat(phase(leader, path, "REVEALED").status()).isEqualTo(200);
    ApiResponse revealed = ngoTwo.api().get(partnerPath + "/notes");
    assertThat(bodies(revealed)).hasSize(4);
    assertThat(revealed.body()).doesNotContain(lead.admin().name(), ngoOne.name(), colleague.name(), ngoOne.subject(), "authorName\":\"");
    assertThat(revealed.array().getValuesAs(JsonObject.class).stream().filter(n -> n.getBoolean("mine")).map(n -> n.getString("body")))
        .containsExactly("Budgets that span several years");

    // clustering: anyone taking part puts notes together
    assertThat(ngoOne.api().put(partnerPath + "/notes/" + target + "/cluster", Payloads.object("cluster", "Direction"), null).status()).isEqualTo(200);
    assertThat(ngoOne.api().put(partnerPath + "/notes/" + silos + "/cluster", Payloads.object("cluster", "Direction"), null).status()).isEqualTo(200);

    // breakout groups of two, each mixing the government and the NGO
    assertThat(phase(leader, path, "BREAKOUT").status()).isEqualTo(200);
    List<JsonObject> groups = leader.get(path + "/groups").array().getValuesAs(JsonObject.class);
    assertThat(groups).hasSize(2);
    for (JsonObject group : groups) {
      Set<String> types = group.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("organisationType")).collect(Collectors.toSet());
      assertThat(types).containsExactlyInAnyOrder("NATIONAL_GOVERNMENT", "NGO");
    }
    assertThat(ngoOne.api().get(partnerPath).json().getJsonObject("me").getInt("group")).isBetween(1, 2);
    assertThat(fields(leader.put(path + "/groups/" + ngoOne.subject(), Payloads.object("group", 9), null))).containsExactly("group");
    assertThat(leader.put(path + "/groups/" + ngoOne.subject(), Payloads.object("group", 3), null).array()).hasSize(3);
    assertThat(ngoOne.api().put(partnerPath + "/groups/" + ngoOne.subject(), Payloads.object("group", 1), null).status()).isEqualTo(403);

    // dot voting: three dots each, tallies hidden until the end
    assertThat(phase(leader, path, "VOTING").status()).isEqualTo(200);
    assertThat(dots(ngoOne.api(), partnerPath, target, 2).json().getInt("dotsLeft")).isEqualTo(1);
    ApiResponse tooMany = dots(ngoOne.api(), partnerPath, data, 2);
    assertThat(fields(tooMany)).containsExactly("dots");
    assertThat(tooMany.body()).contains("1 of 3");
    assertThat(dots(ngoOne.api(), partnerPath, data, 1).json().getInt("dotsLeft")).isZero();
    assertThat(dots(ngoTwo.api(), partnerPath, silos, 3).status()).isEqualTo(200);
    assertThat(dots(leader, path, data, 1).status()).isEqualTo(200);
    assertThat(dots(observer.api(), path, budget, 1).status()).isEqualTo(403);
    assertThat(dots(ngoTwo.api(), partnerPath, budget, 0).json().getInt("dotsLeft")).isZero();
    JsonObject mine = ngoOne.api().get(partnerPath + "/notes").array().getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("id").equals(target)).findFirst().orElseThrow();
    assertThat(mine.getInt("myDots")).isEqualTo(2);
    assertThat(!mine.containsKey("dots") || mine.isNull("dots")).isTrue();
    assertThat(leader.get(path + "/summary").status()).isEqualTo(409);

    // closed: the summary ranks the clusters and notes by their dots, naming no one
    assertThat(phase(leader, path, "CLOSED").status()).isEqualTo(200);
    assertThat(colleague.api().post(path + "/notes", note(0, "Too late")).status()).isEqualTo(409);
    JsonObject summary = observer.api().get(path + "/summary").json();
    assertThat(summary.getInt("participants")).isEqualTo(4);
    assertThat(summary.getInt("organisations")).isEqualTo(2);
    assertThat(summary.getInt("dotsSpent")).isEqualTo(7);
    JsonObject first = summary.getJsonArray("prompts").getJsonObject(0);
    JsonObject direction = first.getJsonArray("clusters").getJsonObject(0);
    assertThat(direction.getString("label")).isEqualTo("Direction");
    assertThat(direction.getInt("dots")).isEqualTo(5);
    assertThat(direction.getJsonArray("notes").getJsonObject(0).getString("body")).isEqualTo("Break the silos between ministries");
    JsonObject best = direction.getJsonArray("notes").getJsonObject(0);
    assertThat(!best.containsKey("author") || best.isNull("author")).isTrue();
    List<String> second = summary.getJsonArray("prompts").getJsonObject(1).getJsonArray("clusters").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonArray("notes").getJsonObject(0).getString("body")).toList();
    assertThat(second).containsExactly("Shared data on young people's wellbeing", "Budgets that span several years");

    // the summary as Markdown, in French
    ApiResponse markdown = leader.send("GET", path + "/summary.md", null, Map.of("Accept", "text/markdown", "Accept-Language", "fr"));
    assertThat(markdown.status()).as(markdown.toString()).isEqualTo(200);
    assertThat(markdown.body()).startsWith("# Peer exchange").contains("**Direction** (5 gommettes)", "4 personnes ont participé");

    // the mission's activity tells the workshop's steps, never who posted what
    String activity = leader.get(lead.missionPath(mission) + "/activity?size=100").body();
    assertThat(activity).contains("workshop.created", "workshop.updated").doesNotContain("workshop-note", "Break the silos");
  }

  @Test
  void aNamedWorkshopShowsWhoWroteWhatAndAFacilitatorRemovesANote() {
    Person ngo = Scenario.member(partner, "MEMBER");
    Scenario.partnership(lead, mission, partner);
    Scenario.role(lead, mission, ngo, partner.slug(), "PARTICIPANT");
    Api leader = lead.admin().api();
    ApiResponse created = leader.post(workshops, plan("Open exchange", false));
    String path = workshops + "/" + created.json().getString("id");
    String partnerPath = partner.missionPath(mission) + "/workshops/" + created.json().getString("id");
    assertThat(phase(leader, path, "POSTING").status()).isEqualTo(200);
    String posted = post(ngo.api(), partnerPath, 0, "Spam spam spam");
    assertThat(phase(leader, path, "REVEALED").status()).isEqualTo(200);
    JsonObject note = leader.get(path + "/notes").array().getJsonObject(0);
    assertThat(note.getString("authorName")).isEqualTo(ngo.name());
    assertThat(note.getString("organisationName")).isNotBlank();
    ApiResponse current = leader.get(path + "/notes/" + posted);
    assertThat(leader.delete(path + "/notes/" + posted, current.etag()).status()).isEqualTo(204);
    assertThat(leader.get(path + "/notes").array()).isEmpty();
    // a DRAFT may be removed, an opened workshop stays as the record
    ApiResponse opened = leader.get(path);
    assertThat(leader.delete(path, opened.etag()).status()).isEqualTo(409);
  }

  private static String plan(String title, boolean anonymous) {
    return Payloads.object("title", title, "prompts", List.of("What makes a good mission?", "Where do you need more knowledge sharing and support?"),
        "anonymous", anonymous, "dotsPerPerson", 3, "groupSize", 2);
  }



  private static ApiResponse phase(Api api, String path, String phase) {
    String etag = api.get(path).etag();
    return api.send("POST", path + "/phase", Payloads.object("phase", phase), Map.of("Content-Type", "application/json", "If-Match", etag));
  }




}
