package org.missionhub.it.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A person's own feed (issue 17): what others changed in their missions since a moment (their own changes left
 * out), the comments mentioning them, their roles and the decisions awaiting their adoption; a bad {@code since}
 * names the field; another organisation's mission never shows.
 */
class PersonalFeedIT {

  private final Org lead = Scenario.organisation("feed-lead");
  private final String mission = Scenario.mission(lead, "Mental health for young people");

  @Test
  void recentChangesMentionsAndWhatIsAssigned() {
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    String feed = lead.path() + "/me/feed";
    assertThat(coordinator.api().send("POST", feed + "/visit", null, java.util.Map.of()).status()).isEqualTo(204);

    // others change the mission: a risk by the leader, a decision proposed by an implementer, a comment mentioning the coordinator
    Person implementer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, implementer, lead.slug(), "IMPLEMENTER");
    lead.admin().api().post(lead.missionPath(mission) + "/risks", Payloads.risk("Partners work in silos", 4, 4));
    String decision = implementer.api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Open a youth panel", "PROPOSED", null)).json().getString("id");
    lead.admin().api().post(lead.missionPath(mission) + "/comments", Payloads.object("body", "Can you **draft** it?", "mentions", List.of(coordinator.subject())));
    // and the coordinator's own change, which is not news to them
    coordinator.api().post(lead.missionPath(mission) + "/risks", Payloads.risk("Budget cycles do not match", 3, 4));

    ApiResponse recent = coordinator.api().get(feed + "/recent?since=2000-01-01");
    assertThat(recent.status()).as(recent.toString()).isEqualTo(200);
    List<JsonObject> changes = recent.json().getJsonArray("changes").getValuesAs(JsonObject.class);
    assertThat(changes).allMatch(c -> c.getString("missionId").equals(mission));
    assertThat(changes.stream().map(c -> c.getJsonObject("change").getString("action")).toList()).contains("risk.created", "decision.created", "comment.created");
    assertThat(changes).noneMatch(c -> c.getJsonObject("change").getString("actorSubject").equals(coordinator.subject()));
    assertThat(changes.get(0).getJsonObject("change").getString("occurredAt"))
        .as("newest first").isGreaterThanOrEqualTo(changes.get(changes.size() - 1).getJsonObject("change").getString("occurredAt"));
    assertThat(coordinator.api().get(feed + "/recent").json().containsKey("since")).as("since the previous visit, or a week").isTrue();
    ApiResponse bad = coordinator.api().get(feed + "/recent?since=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("since");

    List<JsonObject> mentions = coordinator.api().get(feed + "/mentions").array().getValuesAs(JsonObject.class);
    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).getString("excerpt")).isEqualTo("Can you **draft** it?");
    assertThat(mentions.get(0).getString("item")).isEqualTo("MISSION");
    assertThat(mentions.get(0).getString("authorName")).isEqualTo(lead.admin().name());

    JsonObject assigned = coordinator.api().get(feed + "/assigned").json();
    assertThat(assigned.getJsonArray("roles").getValuesAs(JsonObject.class)).extracting(r -> r.getString("role")).containsExactly("COORDINATOR");
    assertThat(assigned.getJsonArray("awaitingAdoption").getValuesAs(JsonObject.class)).extracting(d -> d.getString("decisionId")).contains(decision);
    JsonObject implementerAssigned = implementer.api().get(feed + "/assigned").json();
    assertThat(implementerAssigned.getJsonArray("awaitingAdoption")).as("an implementer does not adopt decisions").isEmpty();

    // a person of another organisation sees nothing of this mission in their own feed
    Org other = Scenario.organisation("feed-other");
    assertThat(other.admin().api().get(other.path() + "/me/feed/recent?since=2000-01-01").json().getJsonArray("changes")).isEmpty();
    assertThat(other.admin().api().get(other.path() + "/me/feed/mentions").array()).isEmpty();
  }
}
