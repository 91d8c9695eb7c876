package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Members and organisation roles; who the caller is; where they can work. */
class MembershipIT {

  private Org org;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("members");
  }

  @Test
  void anAdministratorAddsListsAndPromotesMembers() {
    // given a new member
    Person member = Scenario.member(org, "MEMBER");
    // when the admin lists members sorted by name
    ApiResponse list = org.admin().api().get(org.path() + "/members?sort=displayName");
    // then both are there with their roles
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.itemValues("subject")).containsExactlyInAnyOrder(org.admin().subject(), member.subject());
    JsonObject row = memberRow(list, member);
    // and the admin can promote the member with the row's version as ETag
    ApiResponse promoted =
        org.admin().api().put(org.path() + "/members/" + row.getString("id"), Payloads.object("role", "ORG_ADMIN"), "\"" + row.getInt("version") + "\"");
    assertThat(promoted.status()).isEqualTo(200);
    assertThat(promoted.json().getString("role")).isEqualTo("ORG_ADMIN");
  }

  @Test
  void aMemberCannotManageMembers() {
    Person member = Scenario.member(org, "MEMBER");
    assertThat(member.api().get(org.path() + "/members").status()).isEqualTo(200);
    ApiResponse refused =
        member.api().post(org.path() + "/members", Payloads.object("subject", "x-" + Scenario.shortId(), "displayName", "X", "role", "MEMBER"));
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void theLastAdministratorCanBeNeitherDemotedNorRemoved() {
    ApiResponse list = org.admin().api().get(org.path() + "/members");
    JsonObject admin = memberRow(list, org.admin());
    String path = org.path() + "/members/" + admin.getString("id");
    String etag = "\"" + admin.getInt("version") + "\"";
    assertThat(org.admin().api().put(path, Payloads.object("role", "MEMBER"), etag).status()).isEqualTo(409);
    assertThat(org.admin().api().delete(path, etag).status()).isEqualTo(409);
  }

  @Test
  void removingAMemberEndsTheirAccessAndTheirMissionRoles() {
    // given a member with a mission role
    Person member = Scenario.member(org, "MEMBER");
    String mission = Scenario.mission(org, "Removal test");
    Scenario.role(org, mission, member, org.slug(), "COORDINATOR");
    JsonObject row = memberRow(org.admin().api().get(org.path() + "/members"), member);
    // when the admin removes them
    ApiResponse removed =
        org.admin().api().delete(org.path() + "/members/" + row.getString("id"), "\"" + row.getInt("version") + "\"");
    assertThat(removed.status()).isEqualTo(204);
    // then their token no longer opens the organisation, and their mission role is gone
    assertThat(member.api().get(org.path()).status()).isEqualTo(404);
    assertThat(org.admin().api().get(org.missionPath(mission) + "/roles").itemValues("subject")).doesNotContain(member.subject());
  }

  @Test
  void aDuplicateMemberIsAConflict() {
    Person member = Scenario.member(org, "MEMBER");
    ApiResponse again =
        org.admin().api().post(org.path() + "/members", Payloads.object("subject", member.subject(), "displayName", "Again", "role", "MEMBER"));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void meListsOnlyOrganisationsBothTheTokenAndTheDatabaseKnow() {
    // given a person in two organisations
    Org other = Scenario.organisation("other");
    Person person = Scenario.addExisting(other, Scenario.member(org, "MEMBER"), "ORG_ADMIN");
    // when they ask who they are
    ApiResponse me = person.api().get("/api/v1/me");
    // then both organisations are listed with their roles
    assertThat(me.json().getJsonArray("organisations").stream().map(o -> o.asJsonObject().getString("slug")))
        .containsExactlyInAnyOrder(org.slug(), other.slug());
    // and a token that lists an organisation they are not a member of does not add it
    Org stranger = Scenario.organisation("stranger");
    ApiResponse claimed = person.alsoIn(stranger.slug()).api().get("/api/v1/me");
    assertThat(claimed.json().getJsonArray("organisations").stream().map(o -> o.asJsonObject().getString("slug")))
        .doesNotContain(stranger.slug());
  }

  @Test
  void theOrganisationMustBeInTheTokenAsWellAsInTheDatabase() {
    // given an admin whose token does not list the organisation
    Person admin = org.admin().withoutOrganisationClaim();
    // then the organisation does not exist for that request
    assertThat(admin.api().get(org.path()).status()).isEqualTo(404);
  }

  @Test
  void anAdministratorEditsTheProfileWithTheCurrentVersionOnly() {
    ApiResponse profile = org.admin().api().get(org.path());
    String update = Payloads.object("name", "Renamed " + org.slug(), "type", "FOUNDATION", "country", "SE");
    assertThat(org.admin().api().put(org.path(), update, null).status()).isEqualTo(428);
    ApiResponse updated = org.admin().api().put(org.path(), update, profile.etag());
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getString("country")).isEqualTo("SE");
    assertThat(org.admin().api().put(org.path(), update, profile.etag()).status()).isEqualTo(412);
  }

  private static JsonObject memberRow(ApiResponse list, Person person) {
    return list.items().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("subject").equals(person.subject()))
        .findFirst()
        .orElseThrow();
  }
}
