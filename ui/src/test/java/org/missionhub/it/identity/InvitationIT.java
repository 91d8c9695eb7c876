package org.missionhub.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** An organisation administrator invites people by e-mail. */
class InvitationIT {

  private Org org;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("inviting");
  }

  @Test
  void someoneWithAnAccountBecomesAMemberAtOnce() {
    Person colleague = Person.register("colleague");
    ApiResponse invited = org.admin().api().post(org.path() + "/invitations", Payloads.object("email", colleague.email(), "role", "MEMBER"));
    assertThat(invited.status()).isEqualTo(201);
    assertThat(invited.json().getString("outcome")).isEqualTo("MEMBER");
    // their next token lists the organisation and they can work in it
    assertThat(colleague.refreshed().api().get(org.path() + "/missions").status()).isEqualTo(200);
  }

  @Test
  void someoneWithoutAnAccountJoinsWithTheInvitedRoleWhenTheyFirstArrive() {
    // given an invitation to an address nobody has registered (the tests' Keycloak has no SMTP server)
    String email = "newcomer-" + Scenario.shortId() + "@example.org";
    ApiResponse invited = org.admin().api().post(org.path() + "/invitations", Payloads.object("email", email, "role", "ORG_ADMIN"));
    assertThat(invited.status()).isEqualTo(201);
    JsonObject invitation = invited.json().getJsonObject("invitation");
    assertThat(invited.json().getString("outcome")).isEqualTo("INVITED");
    assertThat(invitation.getString("status")).isEqualTo("PENDING");
    assertThat(invitation.getBoolean("emailSent")).isFalse();
    // when the person registers and Keycloak adds them to the organisation (what accepting Keycloak's
    // invitation e-mail does)
    String username = "newcomer-" + Scenario.shortId();
    String subject = Keycloak.createUser(username, email, "New", "Comer");
    Keycloak.addToOrganisation(org.slug(), subject);
    assertThat(org.admin().api().get(org.path() + "/members?size=100").itemValues("subject")).doesNotContain(subject);
    // then their first request in the organisation turns the invitation into their membership, with the role
    ApiResponse first = Api.as(Keycloak.token(username)).get(org.path() + "/audit");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    JsonObject member =
        org.admin().api().get(org.path() + "/members?size=100").items().stream()
            .map(v -> v.asJsonObject())
            .filter(m -> m.getString("subject").equals(subject))
            .findFirst()
            .orElseThrow();
    assertThat(member.getString("role")).isEqualTo("ORG_ADMIN");
    assertThat(org.admin().api().get(org.path() + "/invitations/" + invitation.getString("id")).json().getString("status"))
        .isEqualTo("ACCEPTED");
  }

  @Test
  void anAccountWithTheAddressUnverifiedIsNotAdmittedUntilItIsVerified() {
    // given someone registered the invited address without proving they own it (registration is open)
    String username = "squatter-" + Scenario.shortId();
    String email = username + "@example.org";
    String subject = Keycloak.createUser(username, email, "Some", "One", false);
    // when the administrator invites that address as an administrator
    ApiResponse invited = org.admin().api().post(org.path() + "/invitations", Payloads.object("email", email, "role", "ORG_ADMIN"));
    // then the account is not admitted: the invitation waits, and Keycloak will ask for verification
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    assertThat(invited.json().getString("outcome")).isEqualTo("INVITED");
    String invitation = org.path() + "/invitations/" + invited.json().getJsonObject("invitation").getString("id");
    assertThat(org.admin().api().get(org.path() + "/members?size=100").itemValues("subject")).doesNotContain(subject);
    assertThat(Keycloak.user(subject).getJsonArray("requiredActions").getValuesAs(jakarta.json.JsonString::getString))
        .contains("VERIFY_EMAIL");
    // and even with a token listing the organisation (its required action skipped), the unverified
    // address opens nothing and the invitation stays pending
    Keycloak.clearRequiredActions(subject);
    Keycloak.addToOrganisation(org.slug(), subject);
    assertThat(Api.as(Keycloak.token(username)).get(org.path() + "/audit").status()).isEqualTo(404);
    assertThat(org.admin().api().get(invitation).json().getString("status")).isEqualTo("PENDING");
    // when the person verifies the address, their next request makes them a member with the invited role
    Keycloak.verifyEmail(subject);
    ApiResponse first = Api.as(Keycloak.token(username)).get(org.path() + "/audit");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(org.admin().api().get(invitation).json().getString("status")).isEqualTo("ACCEPTED");
  }

  @Test
  void aPendingInvitationCanBeRevoked() {
    ApiResponse invited =
        org.admin().api().post(org.path() + "/invitations", Payloads.object("email", "maybe-" + Scenario.shortId() + "@example.org", "role", "MEMBER"));
    String path = org.path() + "/invitations/" + invited.json().getJsonObject("invitation").getString("id");
    ApiResponse current = org.admin().api().get(path);
    assertThat(org.admin().api().delete(path, current.etag()).status()).isEqualTo(204);
    assertThat(org.admin().api().get(path).json().getString("status")).isEqualTo("REVOKED");
    assertThat(org.admin().api().get(org.path() + "/invitations?status=PENDING").items()).isEmpty();
  }

  @Test
  void onlyAnAdministratorInvites() {
    Person member = Scenario.member(org, "MEMBER");
    ApiResponse refused = member.api().post(org.path() + "/invitations", Payloads.object("email", "x@example.org", "role", "MEMBER"));
    assertThat(refused.status()).isEqualTo(403);
  }
}
