package org.missionhub.it.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Governance bodies and their members; the mission discussion. */
class GovernanceBodyIT {

  @Test
  void aBodyKeepsItsMembersInOrderAndReplacesThemOnEdit() {
    Org org = Scenario.organisation("bodies");
    String bodies = org.missionPath(Scenario.mission(org, "Governed")) + "/governance-bodies";
    ApiResponse created =
        org.admin()
            .api()
            .post(
                bodies,
                Payloads.object(
                    "name", "Steering group",
                    "mandate", "Decides the portfolio",
                    "members",
                        List.of(
                            Payloads.nested("name", "Anna Holm", "affiliation", "Ministry", "function", "CHAIR"),
                            Payloads.nested("name", "Youth council", "function", "MEMBER"))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonArray("members").getJsonObject(0).getString("function")).isEqualTo("CHAIR");
    String path = bodies + "/" + created.json().getString("id");
    ApiResponse edited =
        org.admin()
            .api()
            .put(path, Payloads.object("name", "Steering group", "members", List.of((Object) Payloads.nested("name", "New chair", "function", "CHAIR"))), created.etag());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().getJsonArray("members")).hasSize(1);
    assertThat(org.admin().api().get(path).json().getJsonArray("members").getJsonObject(0).getString("name")).isEqualTo("New chair");
  }

  @Test
  void anInvalidMemberIsNamedByItsPosition() {
    Org org = Scenario.organisation("bodies");
    String bodies = org.missionPath(Scenario.mission(org, "Governed")) + "/governance-bodies";
    ApiResponse response =
        org.admin()
            .api()
            .post(bodies, Payloads.object("name", "Board", "members", List.of(Payloads.nested("name", "Ok", "function", "MEMBER"), Payloads.nested("name", "", "function", "MEMBER"))));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("members[1].name");
  }

  @Test
  void commentsAreEditedByTheirAuthorHiddenByTheLeaderAndDeletedByTheirAuthor() {
    Org org = Scenario.organisation("discussion");
    String mission = Scenario.mission(org, "Discussed");
    var author = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, author, org.slug(), "PARTICIPANT");
    String comments = org.missionPath(mission) + "/comments";
    ApiResponse posted = author.api().post(comments, Payloads.object("body", "First results by June"));
    assertThat(posted.status()).isEqualTo(201);
    String path = comments + "/" + posted.json().getString("id");
    assertThat(org.admin().api().put(path, Payloads.object("body", "Not mine"), posted.etag()).status()).isEqualTo(403);
    ApiResponse edited = author.api().put(path, Payloads.object("body", "First results by July"), posted.etag());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().getString("editedAt")).isNotBlank();
    // the leader moderates by hiding (issue 17), the author deletes, leaving a tombstone
    assertThat(org.admin().api().delete(path, edited.etag()).status()).isEqualTo(403);
    ApiResponse hiding = org.admin().api().send("POST", path + "/hide", Payloads.object("reason", "Off topic"),
        java.util.Map.of("Content-Type", "application/json", "If-Match", edited.etag()));
    assertThat(hiding.json().getJsonObject("hidden").getString("reason")).as(hiding.toString()).isEqualTo("Off topic");
    ApiResponse hidden = org.admin().api().get(path);
    assertThat(author.api().delete(path, hidden.etag()).status()).isEqualTo(204);
    assertThat(org.admin().api().get(comments).items().getJsonObject(0).getString("deletedAt")).isNotBlank();
  }
}
