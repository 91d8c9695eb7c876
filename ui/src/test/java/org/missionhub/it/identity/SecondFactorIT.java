package org.missionhub.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * People who administer an organisation sign in with a second factor: MissionHub gives them the realm role
 * MFA_REQUIRED, which the production realm's sign-in flow asks a second factor of (ProductionRealmIT), and
 * takes it away when they administer no organisation any more.
 */
class SecondFactorIT {

  private static final String ROLE = "MFA_REQUIRED";

  @Test
  void administeringAnOrganisationRequiresASecondFactorAndNotAdministeringAnyEndsIt() {
    Org org = Scenario.organisation("second-factor");
    // the first administrator holds the role, a member does not
    assertThat(Keycloak.realmRoles(org.admin().subject())).contains(ROLE);
    Person member = Scenario.member(org, "MEMBER");
    assertThat(Keycloak.realmRoles(member.subject())).doesNotContain(ROLE);

    // promoted: required; demoted: no longer
    JsonObject row = memberRow(org, member);
    ApiResponse promoted = org.admin().api().put(memberPath(org, row), Payloads.object("role", "ORG_ADMIN"), etag(row));
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(Keycloak.realmRoles(member.subject())).contains(ROLE);
    row = memberRow(org, member);
    ApiResponse demoted = org.admin().api().put(memberPath(org, row), Payloads.object("role", "MEMBER"), etag(row));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    assertThat(Keycloak.realmRoles(member.subject())).doesNotContain(ROLE);
  }

  @Test
  void someoneWhoStillAdministersAnotherOrganisationKeepsIt() {
    Org first = Scenario.organisation("second-factor-first");
    Org second = Scenario.organisation("second-factor-second");
    Person both = Scenario.member(first, "ORG_ADMIN");
    Scenario.addExisting(second, both, "ORG_ADMIN");

    JsonObject row = memberRow(second, both);
    ApiResponse demoted = second.admin().api().put(memberPath(second, row), Payloads.object("role", "MEMBER"), etag(row));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

    assertThat(Keycloak.realmRoles(both.subject())).contains(ROLE);
  }

  private static JsonObject memberRow(Org org, Person person) {
    return org.admin().api().get(org.path() + "/members?size=100").items().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("subject").equals(person.subject()))
        .findFirst()
        .orElseThrow();
  }

  private static String memberPath(Org org, JsonObject row) {
    return org.path() + "/members/" + row.getString("id");
  }

  private static String etag(JsonObject row) {
    return "\"" + row.getInt("version") + "\"";
  }
}
