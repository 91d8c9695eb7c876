package org.missionhub.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** MissionHub writes organisations and memberships to Keycloak; reconciliation repairs drift. */
class IdentityRepairIT {

  @Test
  void reconciliationRepairsMembershipDriftInKeycloak() {
    // given an organisation whose Keycloak side drifted: a stranger added, a real member removed
    Org org = Scenario.organisation("drifting");
    Person member = Scenario.member(org, "MEMBER");
    Person stranger = Person.register("stranger");
    Keycloak.addToOrganisation(org.slug(), stranger.subject());
    Keycloak.removeFromOrganisation(org.slug(), member.subject());
    // when a platform administrator reconciles
    ApiResponse summary = Scenario.platformAdmin().api().post("/api/v1/platform/identity/reconcile", "{}");
    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    assertThat(summary.json().getInt("repaired")).isGreaterThanOrEqualTo(2);
    // then Keycloak lists exactly MissionHub's members again
    String keycloakOrg = Keycloak.organisation(org.slug()).orElseThrow().getString("id");
    List<String> members =
        Keycloak.organisationMembers(keycloakOrg).stream().map(m -> m.asJsonObject().getString("id")).toList();
    assertThat(members).containsExactlyInAnyOrder(org.admin().subject(), member.subject());
    // and the member works again with a new token, the stranger does not get in
    assertThat(member.refreshed().api().get(org.path()).status()).isEqualTo(200);
    assertThat(stranger.refreshed().api().get(org.path()).status()).isEqualTo(404);
  }

  @Test
  void onlyAPlatformAdministratorReconciles() {
    Org org = Scenario.organisation("not-admin");
    assertThat(org.admin().api().post("/api/v1/platform/identity/reconcile", "{}").status()).isEqualTo(403);
  }
}
