package org.missionhub.it.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.AuditLog;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The roadmap plugin through the API: a leader builds a portfolio of two organisations' initiatives, a
 * partner's implementer changes its own and not the lead's, a cycle is refused naming the edge, a slipped
 * date shows as a broken dependency, bad input names its field, and another organisation sees nothing.
 */
class RoadmapIT {

  private final Org lead = Scenario.organisation("roadmap-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
  private final Org partner = Scenario.organisation("roadmap-partner", "NGO", "DK", "roadmap");
  private final String mission = Scenario.mission(lead, "The irresistible circular society");

  @Test
  void organisationsOfAMissionShareOnePortfolioAndEachChangesWhatItMay() {
    // given a partner whose member implements in the mission
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    String roadmap = lead.missionPath(mission) + "/roadmap";
    String partnerRoadmap = partner.missionPath(mission) + "/roadmap";

    // the leader adds an objective and two initiatives, one owned by the partner
    ApiResponse objective = lead.admin().api().post(roadmap + "/objectives", Payloads.object("title", "Halve residual waste", "dueYear", 2030));
    assertThat(objective.status()).as(objective.toString()).isEqualTo(201);
    String objectiveId = objective.json().getString("id");
    ApiResponse sorting =
        lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
            "title", "Municipal sorting centre", "type", "INVESTMENT", "objectives", List.of(objectiveId),
            "start", "2027-01-01", "end", "2027-06-30", "lifecycle", "ACTIVE"));
    assertThat(sorting.status()).as(sorting.toString()).isEqualTo(201);
    assertThat(sorting.json().getJsonObject("owner").getString("slug")).isEqualTo(lead.slug());
    assertThat(sorting.json().getString("horizon")).isEqualTo("SHORT");
    ApiResponse repair =
        lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
            "title", "Repair cafés in every district", "type", "PILOT", "owner", partner.slug(), "contributors", List.of(lead.slug()),
            "objectives", List.of(objectiveId), "start", "2027-09-01", "end", "2031-12-31", "budget", "250000.50", "currency", "eur",
            "tags", List.of("reuse", "districts")));
    assertThat(repair.status()).as(repair.toString()).isEqualTo(201);
    assertThat(repair.json().getString("horizon")).isEqualTo("MEDIUM");
    assertThat(repair.json().getJsonObject("budget").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("250000.50");
    assertThat(repair.json().getJsonObject("budget").getString("currency")).isEqualTo("EUR");
    String sortingId = sorting.json().getString("id");
    String repairId = repair.json().getString("id");

    // sorting must be finished before repair starts; repair -> sorting would close a cycle
    ApiResponse dependency = lead.admin().api().post(roadmap + "/dependencies", dependency("INITIATIVE", sortingId, "INITIATIVE", repairId));
    assertThat(dependency.status()).as(dependency.toString()).isEqualTo(201);
    assertThat(dependency.json().getBoolean("broken")).isFalse();
    ApiResponse cycle = lead.admin().api().post(roadmap + "/dependencies", dependency("INITIATIVE", repairId, "INITIATIVE", sortingId));
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("successor");
    assertThat(cycle.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("cycle").contains(repairId).contains(sortingId);

    // the partner's implementer brings its own initiative forward, which breaks the dependency, and reports it amber
    ApiResponse read = implementer.api().get(partnerRoadmap + "/initiatives/" + repairId);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    ApiResponse moved =
        implementer.api().put(partnerRoadmap + "/initiatives/" + repairId, Payloads.object(
            "title", "Repair cafés in every district", "type", "PILOT", "owner", partner.slug(), "contributors", List.of(lead.slug()),
            "objectives", List.of(objectiveId), "start", "2027-03-01", "end", "2031-12-31", "budget", "250000.50", "currency", "EUR",
            "rag", "AMBER", "ragReason", "Volunteers are hard to find", "lifecycle", "ACTIVE"), read.etag());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    JsonObject portfolio = partner.admin().api().get(partnerRoadmap).json();
    assertThat(portfolio.getInt("brokenDependencies")).isEqualTo(1);
    assertThat(portfolio.getJsonArray("dependencies").getJsonObject(0).getBoolean("broken")).isTrue();
    assertThat(implementer.api().get(partnerRoadmap + "/initiatives/" + repairId + "/rag-history").array()).hasSize(2);
    // and a milestone on its own initiative; not on the lead's, nor the lead's initiative itself
    assertThat(implementer.api().post(partnerRoadmap + "/milestones", Payloads.object("initiative", repairId, "title", "First café opens", "due", "2027-05-01")).status())
        .isEqualTo(201);
    assertThat(implementer.api().post(partnerRoadmap + "/milestones", Payloads.object("initiative", sortingId, "title", "Not mine", "due", "2027-05-01")).status())
        .isEqualTo(403);
    ApiResponse notMine = implementer.api().put(partnerRoadmap + "/initiatives/" + sortingId, Payloads.object("title", "Taken over", "type", "PROJECT"), "\"1\"");
    assertThat(notMine.status()).isEqualTo(403);
    assertThat(implementer.api().post(partnerRoadmap + "/objectives", Payloads.object("title", "Not allowed")).status()).isEqualTo(403);

    // the health check wants every objective served by an active initiative: both are active
    assertThat(healthCheck(lead, mission).getBoolean("passed")).isTrue();
    // the leader sees it all, with the next milestone; the change is in the partner's audit log
    JsonObject seen = lead.admin().api().get(roadmap).json();
    JsonObject repairSeen = seen.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("id").equals(repairId)).findFirst().orElseThrow();
    assertThat(repairSeen.getJsonObject("nextMilestone").getString("title")).isEqualTo("First café opens");
    assertThat(repairSeen.getString("rag")).isEqualTo("AMBER");
    assertThat(AuditLog.entry(partner, "roadmap.initiative.updated").getString("actorSubject")).isEqualTo(implementer.subject());

    // the balance over horizons: a short and a medium initiative for the objective, with the exact budget, nothing long
    JsonObject balance = lead.admin().api().get(roadmap + "/balance").json();
    JsonObject row = balance.getJsonArray("byObjective").getJsonObject(0);
    assertThat(row.getString("name")).isEqualTo("Halve residual waste");
    assertThat(row.getJsonObject("horizons").getJsonObject("SHORT").getInt("initiatives")).isEqualTo(1);
    assertThat(row.getJsonObject("horizons").getJsonObject("MEDIUM").getJsonArray("budget").getJsonObject(0).getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("250000.50");
    assertThat(balance.getJsonArray("warnings").getJsonObject(0).getString("horizon")).isEqualTo("LONG");

    // the roadmap as files: the initiatives as CSV, everything as a workbook; a wrong format is named
    var csv = lead.admin().api().download(roadmap + "/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.disposition()).contains("attachment").contains(".csv");
    assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Repair cafés in every district").contains("250000.50");
    var xlsx = partner.admin().api().download(partnerRoadmap + "/export?format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
    assertThat(lead.admin().api().get(roadmap + "/export?format=pdf").status()).isEqualTo(400);

    // each organisation sees its part across its missions: the lead owns sorting and contributes to repair
    List<JsonObject> ours = lead.admin().api().get(lead.path() + "/roadmap/initiatives").array().getValuesAs(JsonObject.class);
    assertThat(ours).extracting(i -> i.getString("title") + ":" + i.getBoolean("owned"))
        .containsExactlyInAnyOrder("Municipal sorting centre:true", "Repair cafés in every district:false");
    JsonObject theirs = partner.admin().api().get(partner.path() + "/roadmap/initiatives").array().getJsonObject(0);
    assertThat(theirs.getString("missionTitle")).isEqualTo("The irresistible circular society");
    assertThat(theirs.getJsonNumber("brokenDependencies").longValue()).isEqualTo(1);
    assertThat(theirs.getString("nextMilestone")).isEqualTo("First café opens");
  }

  @Test
  void badInputNamesItsFieldsAndStaleOrMissingRevisionsAreRefused() {
    String roadmap = lead.missionPath(mission) + "/roadmap";
    ApiResponse wrong =
        lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
            "title", " ", "type", "SPACESHIP", "owner", "nobody", "start", "2027-13-01", "end", "2026-01-01", "rag", "RED",
            "budget", "-5", "currency", "EUR", "horizon", "LONG"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
        .contains("title", "type", "owner", "start", "ragReason", "budget", "horizonReason");
    assertThat(lead.admin().api().post(roadmap + "/initiatives", "{\"title\": [1, 2").status()).isEqualTo(400);

    ApiResponse objective = lead.admin().api().post(roadmap + "/objectives", Payloads.object("title", "Zero waste schools"));
    String path = roadmap + "/objectives/" + objective.json().getString("id");
    assertThat(lead.admin().api().put(path, Payloads.object("title", "Renamed"), null).status()).isEqualTo(428);
    assertThat(lead.admin().api().put(path, Payloads.object("title", "Renamed"), objective.etag()).status()).isEqualTo(200);
    assertThat(lead.admin().api().put(path, Payloads.object("title", "Again"), objective.etag()).status()).isEqualTo(412);
  }

  @Test
  void anotherOrganisationSeesNoneOfIt() {
    Org outsider = Scenario.organisation("roadmap-outsider", "NGO", "FR", "roadmap");
    String roadmap = lead.missionPath(mission) + "/roadmap";
    ApiResponse objective = lead.admin().api().post(roadmap + "/objectives", Payloads.object("title", "Kept inside"));
    assertThat(objective.status()).isEqualTo(201);

    String theirs = outsider.missionPath(mission) + "/roadmap";
    assertThat(outsider.admin().api().get(theirs).status()).isEqualTo(404);
    assertThat(outsider.admin().api().post(theirs + "/objectives", Payloads.object("title", "Sneaked in")).status()).isEqualTo(404);
    assertThat(outsider.admin().api().send("DELETE", theirs + "/objectives/" + objective.json().getString("id"), null, Map.of("If-Match", objective.etag())).status())
        .isEqualTo(404);
    assertThat(lead.admin().api().get(roadmap).json().getJsonArray("objectives")).hasSize(1);
    // an objective nobody works on fails the roadmap's health check
    assertThat(healthCheck(lead, mission).getBoolean("passed")).isFalse();
  }

  @Test
  void aReviewsVerdictsReachTheDecisionLogAndAStopStopsTheInitiative() {
    String roadmap = lead.missionPath(mission) + "/roadmap";
    String sorting = post(roadmap + "/initiatives", Payloads.object("title", "Sorting pilot", "type", "PILOT", "lifecycle", "ACTIVE")).json().getString("id");
    String compost = post(roadmap + "/initiatives", Payloads.object("title", "Compost subsidy", "type", "POLICY", "lifecycle", "ACTIVE")).json().getString("id");
    post(roadmap + "/initiatives", Payloads.object("title", "Just an idea", "type", "RESEARCH"));
    assertThat(lead.admin().api().put(roadmap + "/review-cadence", Payloads.object("months", 3), null).status()).isEqualTo(200);
    String heldOn = java.time.LocalDate.now().minusDays(1).toString();

    // a review lists the active initiatives only
    ApiResponse started = post(roadmap + "/reviews", Payloads.object("title", "First quarterly review", "heldOn", heldOn));
    String review = roadmap + "/reviews/" + started.json().getString("id");
    assertThat(lead.admin().api().get(review).json().getJsonArray("agenda").getValuesAs(JsonObject.class)).extracting(a -> a.getString("title"))
        .containsExactlyInAnyOrder("Sorting pilot", "Compost subsidy");

    // verdicts with their rationale; each becomes an adopted decision; a stop stops the initiative
    ApiResponse pivot = post(review + "/verdicts", Payloads.object("initiative", sorting, "verdict", "PIVOT", "rationale", "Citizens ask for repair, not sorting"));
    assertThat(pivot.json().getString("decision")).isNotBlank();
    post(review + "/verdicts", Payloads.object("initiative", compost, "verdict", "stop", "rationale", "Nobody applied in a year"));
    assertThat(lead.admin().api().post(review + "/verdicts", Payloads.object("initiative", sorting, "verdict", "SCALE", "rationale", "Twice")).status()).isEqualTo(409);
    ApiResponse wrong = lead.admin().api().post(review + "/verdicts", Payloads.object("initiative", sorting, "verdict", "MAYBE"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).containsExactlyInAnyOrder("verdict", "rationale");
    assertThat(lead.admin().api().get(roadmap + "/initiatives/" + compost).json().getString("lifecycle")).isEqualTo("STOPPED");
    List<JsonObject> decisions = lead.admin().api().get(lead.missionPath(mission) + "/decisions?size=100").items().getValuesAs(JsonObject.class);
    JsonObject decision = decisions.stream().filter(d -> d.getString("id").equals(pivot.json().getString("decision"))).findFirst().orElseThrow();
    assertThat(decision.getString("title")).isEqualTo("Portfolio review " + heldOn + ": pivot \"Sorting pilot\"");
    assertThat(decision.getString("status")).isEqualTo("ADOPTED");
    assertThat(decision.getString("rationale")).isEqualTo("Citizens ask for repair, not sorting");

    // closed, it takes no more verdicts; the next review is due a cadence after this one
    ApiResponse read = lead.admin().api().get(review);
    assertThat(lead.admin().api().postAction(review + "/close", read.etag()).status()).isEqualTo(200);
    String third = post(roadmap + "/initiatives", Payloads.object("title", "Late", "type", "PILOT", "lifecycle", "ACTIVE")).json().getString("id");
    assertThat(lead.admin().api().post(review + "/verdicts", Payloads.object("initiative", third, "verdict", "CONTINUE", "rationale", "Late")).status()).isEqualTo(409);
    JsonObject reviews = lead.admin().api().get(roadmap + "/reviews").json();
    assertThat(reviews.getInt("cadenceMonths")).isEqualTo(3);
    assertThat(reviews.getString("nextDue")).isEqualTo(java.time.LocalDate.parse(heldOn).plusMonths(3).toString());
    // a member without a managing role reads reviews but does not hold them
    Person member = Scenario.member(lead, "MEMBER");
    assertThat(member.api().get(roadmap + "/reviews").status()).isEqualTo(200);
    assertThat(member.api().post(roadmap + "/reviews", Payloads.object("title", "Mine", "heldOn", heldOn)).status()).isEqualTo(403);
  }

  @Test
  void aBaselineShowsWhatMovedSinceItWasSavedAndOnlyManagersKeepOne() {
    String roadmap = lead.missionPath(mission) + "/roadmap";
    ApiResponse sorting = post(roadmap + "/initiatives", Payloads.object(
        "title", "Sorting pilot", "type", "PILOT", "lifecycle", "ACTIVE", "start", "2027-01-01", "end", "2027-06-30"));
    post(roadmap + "/initiatives", Payloads.object("title", "Compost subsidy", "type", "POLICY", "lifecycle", "ACTIVE"));
    ApiResponse saved = post(roadmap + "/baselines", Payloads.object("name", "Plan approved at gate 1"));
    assertThat(saved.json().getInt("items")).isEqualTo(2);
    String baseline = roadmap + "/baselines/" + saved.json().getString("id");
    assertThat(lead.admin().api().get(baseline).json().getJsonArray("changes")).isEmpty();

    // the pilot slips three months and turns amber; a new initiative comes
    String sortingPath = roadmap + "/initiatives/" + sorting.json().getString("id");
    ApiResponse moved = lead.admin().api().put(sortingPath, Payloads.object(
        "title", "Sorting pilot", "type", "PILOT", "lifecycle", "ACTIVE", "start", "2027-01-01", "end", "2027-09-30", "rag", "AMBER", "ragReason", "Late trucks"),
        lead.admin().api().get(sortingPath).etag());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    post(roadmap + "/initiatives", Payloads.object("title", "Reuse shop", "type", "PROJECT"));

    JsonObject comparison = lead.admin().api().get(baseline).json();
    assertThat(comparison.getJsonObject("baseline").getString("name")).isEqualTo("Plan approved at gate 1");
    assertThat(comparison.getJsonArray("changes").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("title") + ":" + c.getString("aspect") + ":" + (c.containsKey("days") ? c.getJsonNumber("days").longValue() : ""))
        .containsExactlyInAnyOrder("Sorting pilot:END:92", "Sorting pilot:RAG:", "Reuse shop:ADDED:");

    // a partner's member reads it, does not keep or delete one; nobody outside sees it
    Scenario.partnership(lead, mission, partner);
    Person observer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, observer, partner.slug(), "OBSERVER");
    String theirs = partner.missionPath(mission) + "/roadmap/baselines";
    assertThat(observer.api().get(theirs).array()).hasSize(1);
    assertThat(observer.api().post(theirs, Payloads.object("name", "Mine")).status()).isEqualTo(403);
    assertThat(lead.admin().api().post(roadmap + "/baselines", Payloads.object("name", " ")).json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
    Org outsider = Scenario.organisation("baseline-outsider", "NGO", "FR", "roadmap");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/roadmap/baselines/" + saved.json().getString("id")).status()).isEqualTo(404);
    assertThat(lead.admin().api().delete(baseline, saved.etag()).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(baseline).status()).isEqualTo(404);
  }

  private ApiResponse post(String path, String json) {
    ApiResponse response = lead.admin().api().post(path, json);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response;
  }

  private static JsonObject healthCheck(Org org, String mission) {
    ApiResponse health = org.admin().api().get(org.missionPath(mission) + "/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("id").equals("roadmap.every-objective-active"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no roadmap check in " + health));
  }

  private static String dependency(String fromKind, String fromId, String toKind, String toId) {
    return Payloads.object(
        "predecessor", Payloads.nested("kind", fromKind, "id", fromId), "successor", Payloads.nested("kind", toKind, "id", toId), "kind", "FINISH_TO_START");
  }
}
