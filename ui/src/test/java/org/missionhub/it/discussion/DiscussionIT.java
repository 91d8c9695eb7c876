package org.missionhub.it.discussion;

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
 * Discussion on every item people decide about (issue 17): threads on a decision, Markdown rendered so that nothing
 * runs, mentions of the mission's people only (and they are told), edits with their history, a tombstone for a
 * deleted comment, moderation by the leaders, and readers who may not write.
 */
class DiscussionIT {

  private final Org lead = Scenario.organisation("talk-lead", "NATIONAL_GOVERNMENT", "DK");
  private final Org partner = Scenario.organisation("talk-partner", "NGO", "FR");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String comments = lead.missionPath(mission) + "/comments";

  @Test
  void aThreadOnADecisionWithMentionsEditsTombstonesAndModeration() {
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    Person observer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, observer, lead.slug(), "OBSERVER");
    Person stranger = Scenario.member(Scenario.organisation("talk-outsider", "NGO", "DE"), "MEMBER");
    String decision = lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Fund school counsellors", "PROPOSED", null)).json().getString("id");
    String item = "DECISION:" + decision;
    String partnerComments = partner.missionPath(mission) + "/comments";

    // whom one may mention: the mission's people; a stranger is refused naming the field, nothing written
    List<String> mentionable = lead.admin().api().get(comments + "/mentionable").array().getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("subject")).toList();
    assertThat(mentionable).contains(lead.admin().subject(), participant.subject(), observer.subject()).doesNotContain(stranger.subject());
    ApiResponse refused = participant.api().post(partnerComments, Payloads.object("body", "Hello", "item", item, "mentions", List.of(stranger.subject())));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("mentions[0]");
    assertThat(field(participant.api().post(partnerComments, Payloads.object("body", "Hello", "item", "BUDGET:1")))).isEqualTo("item");
    assertThat(participant.api().post(partnerComments, Payloads.object("body", "Hello", "item", "RISK:no-such-risk")).status()).isEqualTo(404);
    assertThat(lead.admin().api().get(comments + "?item=" + item).items()).isEmpty();

    // the partner's participant comments on the decision in Markdown, mentioning the leader
    ApiResponse first = participant.api().post(partnerComments, Payloads.object(
        "body", "**Agreed**, if the region joins.\n\n<script>alert(1)</script> [plan](javascript:alert(1)) <img src=x onerror=alert(2)>",
        "item", item, "mentions", List.of(lead.admin().subject())));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject posted = first.json();
    assertThat(posted.getString("item")).isEqualTo(item);
    assertThat(posted.getString("bodyHtml")).contains("<strong>Agreed</strong>").doesNotContain("<script", "href=\"javascript", "<img");
    assertThat(posted.getJsonArray("mentions").getString(0)).isEqualTo(lead.admin().subject());
    List<JsonObject> told = notices(lead.admin().api().get("/api/v1/me/notices?size=100"));
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getString("message")).contains("mentioned you", "Fund school counsellors", "Agreed");
    assertThat(told.get(0).getString("link")).as("the notice leads to the mission").isEqualTo("missions/" + mission);
    assertThat(lead.admin().api().get("/api/v1/me/notices/unread-count").json().getInt("unread")).isPositive();
    assertThat(lead.admin().api().postAction("/api/v1/me/notices/read", null).json().getInt("unread")).isPositive();
    assertThat(lead.admin().api().get("/api/v1/me/notices/unread-count").json().getInt("unread")).isZero();
    assertThat(notices(participant.api().get("/api/v1/me/notices?size=100"))).as("the author is not told of their own comment").isEmpty();

    // the leader answers; an answer to the answer joins the same thread; an answer on another item is refused
    String firstId = posted.getString("id");
    ApiResponse answer = lead.admin().api().post(comments, Payloads.object("body", "Yes", "item", item, "replyTo", firstId));
    assertThat(answer.json().getString("replyTo")).isEqualTo(firstId);
    ApiResponse again = participant.api().post(partnerComments, Payloads.object("body", "Thanks", "item", item, "replyTo", answer.json().getString("id")));
    assertThat(again.json().getString("replyTo")).as("a thread is one level deep").isEqualTo(firstId);
    assertThat(field(lead.admin().api().post(comments, Payloads.object("body", "Elsewhere", "replyTo", firstId)))).isEqualTo("replyTo");
    assertThat(lead.admin().api().get(comments + "?item=" + item).items()).hasSize(3);
    assertThat(lead.admin().api().get(comments + "?item=MISSION").items()).isEmpty();
    assertThat(lead.admin().api().get(comments + "/counts").json().getJsonNumber(item).longValue()).isEqualTo(3);

    // an observer reads and may not write
    assertThat(observer.api().get(comments + "?item=" + item).items()).hasSize(3);
    assertThat(observer.api().post(comments, Payloads.object("body", "Me too", "item", item)).status()).isEqualTo(403);

    // the author edits, the earlier text is kept; nobody else edits it
    String firstPath = partnerComments + "/" + firstId;
    assertThat(lead.admin().api().put(comments + "/" + firstId, Payloads.object("body", "Not mine"), first.etag()).status()).isEqualTo(403);
    ApiResponse edited = participant.api().put(firstPath, Payloads.object("body", "**Agreed**, once the region joins."), first.etag());
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getInt("revisions")).isEqualTo(1);
    assertThat(edited.json().getJsonArray("mentions")).as("an edit without mentions keeps them").hasSize(1);
    assertThat(participant.api().get(firstPath + "/revisions").array().getJsonObject(0).getString("body")).startsWith("**Agreed**, if the region joins.");

    // a leader hides the participant's thanks, saying why, and shows it again; the participant may not hide; nor delete another's
    String thanks = partnerComments + "/" + again.json().getString("id");
    assertThat(participant.api().send("POST", partnerComments + "/" + answer.json().getString("id") + "/hide", Payloads.object("reason", "Mine"),
        java.util.Map.of("Content-Type", "application/json", "If-Match", answer.etag())).status()).isEqualTo(403);
    assertThat(field(lead.admin().api().send("POST", comments + "/" + again.json().getString("id") + "/hide", Payloads.object("reason", " "),
        java.util.Map.of("Content-Type", "application/json", "If-Match", again.etag())))).as("a moderator says why").isEqualTo("reason");
    assertThat(lead.admin().api().delete(comments + "/" + again.json().getString("id"), again.etag()).status()).isEqualTo(403);
    ApiResponse hidden = lead.admin().api().send("POST", comments + "/" + again.json().getString("id") + "/hide", Payloads.object("reason", "Off topic"),
        java.util.Map.of("Content-Type", "application/json", "If-Match", again.etag()));
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
    JsonObject hiddenComment = participant.api().get(thanks).json();
    assertThat(hiddenComment.getJsonObject("hidden").getString("reason")).isEqualTo("Off topic");
    assertThat(hiddenComment.containsKey("body")).as("nobody reads a hidden comment's text").isFalse();
    ApiResponse shown = lead.admin().api().postAction(comments + "/" + again.json().getString("id") + "/unhide", hidden.etag());
    assertThat(shown.json().getString("body")).isEqualTo("Thanks");

    // the author deletes: a tombstone stays in the thread, without its text or history
    assertThat(participant.api().delete(firstPath, edited.etag()).status()).isEqualTo(204);
    JsonObject tombstone = participant.api().get(firstPath).json();
    assertThat(tombstone.getString("deletedAt")).isNotBlank();
    assertThat(tombstone.containsKey("body")).isFalse();
    assertThat(participant.api().get(firstPath + "/revisions").array()).isEmpty();
    assertThat(lead.admin().api().get(comments + "?item=" + item).items()).hasSize(3);
    assertThat(lead.admin().api().get(comments + "/counts").json().getJsonNumber(item).longValue()).isEqualTo(2);
    ApiResponse log = lead.admin().api().get(lead.path() + "/audit?missionId=" + mission + "&size=100");
    assertThat(log.itemValues("action")).contains("comment.created", "comment.updated");
  }

  private static List<JsonObject> notices(ApiResponse response) {
    return response.items().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals("COMMENT_MENTION")).toList();
  }

  @Test
  void aPluginsItemIsDiscussedThroughTheContractAndOnlyWhereThePluginIsOn() {
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    Scenario.plugin(lead, "roadmap", true);
    Scenario.plugin(partner, "roadmap", true);
    ApiResponse initiative = lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object(
        "title", "School counsellors", "type", "PROGRAMME", "start", "2026-01-01", "end", "2027-12-31", "lifecycle", "ACTIVE"));
    assertThat(initiative.status()).as(initiative.toString()).isEqualTo(201);
    String item = "PLUGIN:roadmap/initiative/" + initiative.json().getString("id");
    String partnerComments = partner.missionPath(mission) + "/comments";

    // the lead's leader comments on the initiative, mentioning the partner's participant, who is told where
    ApiResponse posted = lead.admin().api().post(comments, Payloads.object("body", "Can the region fund a second year?", "item", item,
        "mentions", List.of(participant.subject())));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    assertThat(posted.json().getString("item")).isEqualTo(item);
    assertThat(notices(participant.api().get("/api/v1/me/notices?size=100"))).anySatisfy(n ->
        assertThat(n.getString("message")).contains("the initiative \u201cSchool counsellors\u201d of the mission"));
    ApiResponse answered = participant.api().post(partnerComments, Payloads.object("body", "We will ask.", "item", item, "replyTo", posted.json().getString("id")));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(lead.admin().api().get(comments + "?item=" + item).items()).hasSize(2);
    assertThat(lead.admin().api().get(comments + "/counts").json().getJsonNumber(item).longValue()).isEqualTo(2);

    // the plugin names its items: an unknown one, or a kind it does not let people discuss, is not found; a badly named one is refused
    assertThat(lead.admin().api().post(comments, Payloads.object("body", "?", "item", "PLUGIN:roadmap/initiative/no-such-id")).status()).isEqualTo(404);
    assertThat(lead.admin().api().post(comments, Payloads.object("body", "?", "item", "PLUGIN:roadmap/objective/" + initiative.json().getString("id"))).status()).isEqualTo(404);
    assertThat(lead.admin().api().post(comments, Payloads.object("body", "?", "item", "PLUGIN:no-such-plugin/initiative/x")).status()).isEqualTo(404);
    ApiResponse badly = lead.admin().api().post(comments, Payloads.object("body", "?", "item", "PLUGIN:roadmap"));
    assertThat(badly.status()).isEqualTo(400);
    assertThat(badly.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("item");

    // visibility follows the item: where the plugin is off, its item's discussion is not found; outsiders find nothing
    Scenario.plugin(partner, "roadmap", false);
    assertThat(participant.api().get(partnerComments + "?item=" + item).status()).isEqualTo(404);
    Org outsider = Scenario.organisation("talk-plugin-outsider", "NGO", "DE");
    Scenario.plugin(outsider, "roadmap", true);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/comments?item=" + item).status()).isEqualTo(404);
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
