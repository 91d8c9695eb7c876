package org.missionhub.it.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Partner organisations: invitation, acceptance, visibility, leaving and removal. */
class PartnerIT {

  private Org lead;
  private Org partner;
  private String mission;

  @BeforeEach
  void missionWithAPotentialPartner() {
    lead = Scenario.organisation("lead");
    partner = Scenario.organisation("partner");
    mission = Scenario.mission(lead, "Circular society");
  }

  @Test
  void anInvitedOrganisationSeesTheInvitationButNotTheMissionUntilItAccepts() {
    // given an invitation
    ApiResponse invited = invite();
    assertThat(invited.status()).isEqualTo(201);
    assertThat(invited.json().getString("status")).isEqualTo("INVITED");
    // then the partner sees it among its invitations, but not the mission itself
    ApiResponse invitations = partner.admin().api().get(partner.path() + "/partner-invitations");
    assertThat(invitations.itemValues("missionId")).containsExactly(mission);
    assertThat(partner.admin().api().get(partner.missionPath(mission)).status()).isEqualTo(404);
    // when its admin accepts
    ApiResponse accepted =
        partner.admin().api().postAction(partner.path() + "/partner-invitations/" + mission + "/accept", invited.etag());
    assertThat(accepted.status()).isEqualTo(200);
    // then the mission is reachable through the partner's slug too, and listed among its missions
    assertThat(partner.admin().api().get(partner.missionPath(mission)).status()).isEqualTo(200);
    assertThat(partner.admin().api().get(partner.path() + "/missions?relation=PARTNER").itemValues("id")).containsExactly(mission);
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/partners").itemValues("status")).containsExactly("ACCEPTED");
  }

  @Test
  void onlyTheInvitedOrganisationsAdministratorAnswers() {
    ApiResponse invited = invite();
    Person member = Scenario.member(partner, "MEMBER");
    String accept = partner.path() + "/partner-invitations/" + mission + "/accept";
    assertThat(member.api().postAction(accept, invited.etag()).status()).isEqualTo(403);
    assertThat(partner.admin().api().postAction(accept, null).status()).isEqualTo(428);
    ApiResponse declined =
        partner.admin().api().postAction(partner.path() + "/partner-invitations/" + mission + "/decline", invited.etag());
    assertThat(declined.status()).isEqualTo(200);
    assertThat(partner.admin().api().get(partner.path() + "/partner-invitations").items()).isEmpty();
    assertThat(partner.admin().api().get(partner.missionPath(mission)).status()).isEqualTo(404);
  }

  @Test
  void aDeclinedOrganisationCanBeInvitedAgain() {
    ApiResponse invited = invite();
    partner.admin().api().postAction(partner.path() + "/partner-invitations/" + mission + "/decline", invited.etag());
    ApiResponse again = invite();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getString("status")).isEqualTo("INVITED");
  }

  @Test
  void aPartnerLeavesAndLosesSightOfTheMissionAndItsRoles() {
    // given an accepted partner whose member holds a role
    Scenario.partnership(lead, mission, partner);
    Person worker = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, worker, partner.slug(), "IMPLEMENTER");
    ApiResponse partnership = partner.admin().api().get(partner.missionPath(mission) + "/partners/" + partner.slug());
    // when the partner deletes its own partnership
    ApiResponse left = partner.admin().api().delete(partner.missionPath(mission) + "/partners/" + partner.slug(), partnership.etag());
    // then it has left, cannot see the mission any more, and its people's roles are gone
    assertThat(left.status()).isEqualTo(204);
    assertThat(partner.admin().api().get(partner.missionPath(mission)).status()).isEqualTo(404);
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/partners").itemValues("status")).containsExactly("LEFT");
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/roles").itemValues("subject")).doesNotContain(worker.subject());
  }

  @Test
  void onlyALeaderOfTheLeadOrganisationInvitesAndRemoves() {
    Scenario.partnership(lead, mission, partner);
    // a partner's admin with no mission role cannot invite or remove
    Org third = Scenario.organisation("third");
    ApiResponse refused =
        partner.admin().api().post(partner.missionPath(mission) + "/partners", Payloads.object("organisation", third.slug()));
    assertThat(refused.status()).isEqualTo(403);
    // the lead's leader removes the partner
    ApiResponse current = lead.admin().api().get(lead.missionPath(mission) + "/partners/" + partner.slug());
    assertThat(lead.admin().api().delete(lead.missionPath(mission) + "/partners/" + partner.slug(), current.etag()).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/partners").itemValues("status")).containsExactly("REMOVED");
  }

  @Test
  void removingThePartnerThatHoldsTheOnlyLeaderIsRefused() {
    // given a partner person who becomes the only leader
    Scenario.partnership(lead, mission, partner);
    Person partnerLeader = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, partnerLeader, partner.slug(), "LEADER");
    ApiResponse roles = lead.admin().api().get(lead.missionPath(mission) + "/roles");
    var leadLeader =
        roles.items().stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getString("subject").equals(lead.admin().subject()))
            .findFirst()
            .orElseThrow();
    assertThat(
            lead.admin()
                .api()
                .delete(lead.missionPath(mission) + "/roles/" + leadLeader.getString("id"), "\"" + leadLeader.getInt("version") + "\"")
                .status())
        .isEqualTo(204);
    // when the partner tries to leave
    ApiResponse partnership = partner.admin().api().get(partner.missionPath(mission) + "/partners/" + partner.slug());
    ApiResponse leave = partner.admin().api().delete(partner.missionPath(mission) + "/partners/" + partner.slug(), partnership.etag());
    // then it must hand over first
    assertThat(leave.status()).isEqualTo(409);
    assertThat(leave.json().getString("detail")).contains("LEADER");
  }

  @Test
  void invitingAnUnknownOrganisationNamesTheField() {
    ApiResponse response =
        lead.admin().api().post(lead.missionPath(mission) + "/partners", Payloads.object("organisation", "no-such-org-" + Scenario.shortId()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("organisation");
  }

  private ApiResponse invite() {
    return lead.admin().api().post(lead.missionPath(mission) + "/partners", Payloads.object("organisation", partner.slug()));
  }
}
