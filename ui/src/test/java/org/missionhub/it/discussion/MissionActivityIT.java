package org.missionhub.it.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A mission's activity across its organisations (issue 17): what the lead's and the partner's people changed, newest
 * first, from both organisations' logs, paged by cursor without gaps or repeats; the changed fields named, their
 * values not; outsiders 404.
 */
class MissionActivityIT {

  private final Org lead = Scenario.organisation("activity-lead", "NATIONAL_GOVERNMENT", "DK");
  private final Org partner = Scenario.organisation("activity-partner", "NGO", "FR");
  private final String mission = Scenario.mission(lead, "Mental health for young people");

  @Test
  void bothOrganisationsChangesNewestFirstPagedWithoutGapsOrRepeats() {
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Fund school counsellors", "PROPOSED", null));
    ApiResponse comment = participant.api().post(partner.missionPath(mission) + "/comments", Payloads.object("body", "Secret detail: 42"));
    assertThat(comment.status()).isEqualTo(201);
    String activity = partner.missionPath(mission) + "/activity";

    List<JsonObject> all = participant.api().get(activity + "?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(all.get(0).getString("action")).as("newest first: the partner's comment").isEqualTo("comment.created");
    assertThat(all.get(0).getString("actorSubject")).isEqualTo(participant.subject());
    assertThat(all.get(0).getJsonArray("attributes").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString).contains("body");
    assertThat(all.get(1).getString("action")).as("then the lead's decision").isEqualTo("decision.created");
    assertThat(all).extracting(e -> e.getString("action")).contains("mission.created", "risk.created", "mission-partner.created");
    assertThat(all.toString()).as("names, never values").doesNotContain("Secret detail", "Fund school counsellors");
    assertThat(all.stream().map(e -> e.getString("organisationId")).distinct()).hasSize(2);

    // two at a time, following next: the same entries, in the same order, none twice
    List<String> paged = new ArrayList<>();
    String next = null;
    do {
      JsonObject page = participant.api().get(activity + "?size=2" + (next == null ? "" : "&before=" + next)).json();
      page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> paged.add(e.getString("action") + "/" + e.getString("entityId")));
      next = page.getString("next", null);
    } while (next != null);
    assertThat(paged).containsExactlyElementsOf(all.stream().map(e -> e.getString("action") + "/" + e.getString("entityId")).toList());

    assertThat(participant.api().get(activity + "?action=decision").json().getJsonArray("items")).hasSize(1);
    assertThat(field(participant.api().get(activity + "?before=nonsense"))).isEqualTo("before");
    assertThat(field(participant.api().get(activity + "?size=0"))).isEqualTo("size");
    assertThat(field(participant.api().get(activity + "?size=many"))).isEqualTo("size");
    Org outsider = Scenario.organisation("activity-outsider", "NGO", "DE");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/activity").status()).isEqualTo(404);
  }

  @Test
  void theOrganisationsFeedGathersAllItsMissionsAndNothingElse() {
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    String second = Scenario.mission(lead, "Circular society");
    Org outsider = Scenario.organisation("activity-elsewhere", "NGO", "DE");
    String elsewhere = Scenario.mission(outsider, "Someone else's mission");
    assertThat(participant.api().post(partner.missionPath(mission) + "/comments", Payloads.object("body", "Ready")).status()).isEqualTo(201);
    assertThat(lead.admin().api().post(lead.missionPath(second) + "/risks", Payloads.risk("Effect of silos", 3, 3)).status()).isEqualTo(201);
    Person member = Scenario.member(lead, "MEMBER");
    String feed = lead.path() + "/activity";

    // every member reads it: both missions, the partner's people's changes included, newest first, nothing of the outsider's
    List<JsonObject> all = member.api().get(feed + "?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(all.get(0).getString("missionId")).isEqualTo(second);
    assertThat(all.get(0).getJsonObject("change").getString("action")).isEqualTo("risk.created");
    assertThat(all.get(1).getString("missionTitle")).isEqualTo("Mental health for young people");
    assertThat(all.get(1).getJsonObject("change").getString("actorSubject")).isEqualTo(participant.subject());
    assertThat(all).extracting(e -> e.getString("missionId")).containsOnly(mission, second).doesNotContain(elsewhere);

    // paged by cursor without gaps or repeats; filtered by mission and by kind
    List<String> paged = new ArrayList<>();
    String next = null;
    do {
      JsonObject page = member.api().get(feed + "?size=3" + (next == null ? "" : "&before=" + next)).json();
      page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> paged.add(e.getJsonObject("change").getString("action") + "/" + e.getJsonObject("change").getString("entityId")));
      next = page.getString("next", null);
    } while (next != null);
    assertThat(paged).containsExactlyElementsOf(all.stream().map(e -> e.getJsonObject("change").getString("action") + "/" + e.getJsonObject("change").getString("entityId")).toList());
    assertThat(member.api().get(feed + "?mission=" + second).json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("missionId")).containsOnly(second);
    assertThat(member.api().get(feed + "?action=comment").json().getJsonArray("items")).hasSize(1);
    assertThat(member.api().get(feed + "?mission=" + elsewhere).status()).isEqualTo(404);
    assertThat(field(member.api().get(feed + "?size=101"))).isEqualTo("size");

    // the partner's feed holds the shared mission only
    assertThat(partner.admin().api().get(partner.path() + "/activity?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("missionId")).containsOnly(mission);
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
