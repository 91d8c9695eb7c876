package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
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
        member.api().post(org.path() + "/members", Payloads.object("subject", org.admin().subject(), "role", "MEMBER"));
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
    assertThat(member.refreshed().api().get(org.path()).status()).isEqualTo(404);
    assertThat(org.admin().api().get(org.missionPath(mission) + "/roles").itemValues("subject")).doesNotContain(member.subject());
  }

  @Test
  void aDuplicateMemberIsAConflict() {
    Person member = Scenario.member(org, "MEMBER");
    ApiResponse again =
        org.admin().api().post(org.path() + "/members", Payloads.object("subject", member.subject(), "role", "MEMBER"));
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
    // and an organisation Keycloak lists (drift: added behind MissionHub's back) without a MissionHub
    // membership is not theirs
    Org stranger = Scenario.organisation("stranger");
    Keycloak.addToOrganisation(stranger.slug(), person.subject());
    ApiResponse claimed = person.refreshed().api().get("/api/v1/me");
    assertThat(claimed.json().getJsonArray("organisations").stream().map(o -> o.asJsonObject().getString("slug")))
        .containsExactlyInAnyOrder(org.slug(), other.slug());
    assertThat(person.refreshed().api().get(stranger.path()).status()).isEqualTo(404);
  }

  @Test
  void theOrganisationMustBeInTheTokenAsWellAsInTheDatabase() {
    // given an admin whom Keycloak no longer lists in the organisation
    Keycloak.removeFromOrganisation(org.slug(), org.admin().subject());
    // then the organisation does not exist for their requests, whatever MissionHub's database says
    assertThat(org.admin().refreshed().api().get(org.path()).status()).isEqualTo(404);
  }

  @Test
  void membersAreKeptInStepWithKeycloak() {
    // given a new member
    Person member = Scenario.member(org, "MEMBER");
    String keycloakOrg = Keycloak.organisation(org.slug()).orElseThrow().getString("id");
    assertThat(Keycloak.organisationMembers(keycloakOrg).stream().map(m -> m.asJsonObject().getString("id")))
        .contains(member.subject());
    // their name and e-mail come from Keycloak, not from the request
    JsonObject row = memberRow(org.admin().api().get(org.path() + "/members"), member);
    assertThat(row.getString("displayName")).isEqualTo(member.name());
    assertThat(row.getString("email")).isEqualTo(member.email());
    // when they are removed, Keycloak forgets the membership too
    org.admin().api().delete(org.path() + "/members/" + row.getString("id"), "\"" + row.getInt("version") + "\"");
    assertThat(Keycloak.organisationMembers(keycloakOrg).stream().map(m -> m.asJsonObject().getString("id")))
        .doesNotContain(member.subject());
  }

  @Test
  void onlyPeopleWithAnAccountCanBeAdded() {
    ApiResponse response =
        org.admin().api().post(org.path() + "/members", Payloads.object("subject", "no-such-user", "role", "MEMBER"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("subject");
  }

  @Test
  void anAdministratorEditsTheProfileWithTheCurrentVersionOnly() {
    ApiResponse profile = org.admin().api().get(org.path());
    String update = Payloads.object("name", "Renamed " + org.slug(), "type", "FOUNDATION", "country", "SE");
    assertThat(org.admin().api().put(org.path(), update, null).status()).isEqualTo(428);
    ApiResponse updated = org.admin().api().put(org.path(), update, profile.etag());
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getString("country")).isEqualTo("SE");
    assertThat(updated.json().getInt("fiscalYearStart")).as("left out: as it was, the calendar year").isEqualTo(1);
    assertThat(org.admin().api().put(org.path(), update, profile.etag()).status()).isEqualTo(412);
  }

  @Test
  void theFiscalYearStartsInAMonthOfTheProfile() {
    ApiResponse profile = org.admin().api().get(org.path());
    String april = Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "fiscalYearStart", 4);
    ApiResponse wrong = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "fiscalYearStart", 13), profile.etag());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("fiscalYearStart");
    ApiResponse updated = org.admin().api().put(org.path(), april, profile.etag());
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(org.admin().api().get(org.path()).json().getInt("fiscalYearStart")).isEqualTo(4);
  }

  @Test
  void theProfileHoldsTheIatiOrganisationIdentifier() {
    ApiResponse profile = org.admin().api().get(org.path());
    ApiResponse wrong = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "iatiIdentifier", "CVR 20228799"), profile.etag());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("iatiIdentifier");
    assertThat(org.admin().api().get(org.path()).json().get("iatiIdentifier")).as("nothing written").isIn(null, jakarta.json.JsonValue.NULL);
    ApiResponse set = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "iatiIdentifier", "DK-CVR-20228799"), profile.etag());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getString("iatiIdentifier")).isEqualTo("DK-CVR-20228799");
    ApiResponse kept = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK"), org.admin().api().get(org.path()).etag());
    assertThat(kept.json().getString("iatiIdentifier")).as("left out: as it was").isEqualTo("DK-CVR-20228799");
    ApiResponse cleared = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "iatiIdentifier", ""), org.admin().api().get(org.path()).etag());
    assertThat(cleared.json().get("iatiIdentifier")).as("blank removes it").isIn(null, jakarta.json.JsonValue.NULL);
  }

  @Test
  void theProfileNamesTheSectorTheOrganisationWorksIn() {
    ApiResponse profile = org.admin().api().get(org.path());
    ApiResponse wrong = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "sector", "NACE_Z"), profile.etag());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sector");
    assertThat(org.admin().api().get(org.path()).json().get("sector")).as("nothing written").isIn(null, jakarta.json.JsonValue.NULL);
    ApiResponse set = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "sector", "COFOG_07"), profile.etag());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getString("sector")).isEqualTo("COFOG_07");
    ApiResponse kept = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK"), org.admin().api().get(org.path()).etag());
    assertThat(kept.json().getString("sector")).as("left out: as it was").isEqualTo("COFOG_07");
    ApiResponse cleared = org.admin().api().put(org.path(), Payloads.object("name", org.slug(), "type", "NGO", "country", "DK", "sector", ""), org.admin().api().get(org.path()).etag());
    assertThat(cleared.json().get("sector")).as("blank removes it").isIn(null, jakarta.json.JsonValue.NULL);
  }

  private static JsonObject memberRow(ApiResponse list, Person person) {
    return list.items().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("subject").equals(person.subject()))
        .findFirst()
        .orElseThrow();
  }
}
