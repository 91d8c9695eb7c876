package org.missionhub.it.mission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Mission roles and the permission matrix they grant. */
class MissionRoleIT {

  private Org lead;
  private Org partner;
  private String mission;

  @BeforeEach
  void missionWithAPartner() {
    lead = Scenario.organisation("roles-lead");
    partner = Scenario.organisation("roles-partner");
    mission = Scenario.mission(lead, "Responsible digitisation");
    Scenario.partnership(lead, mission, partner);
  }

  @Test
  void membersOfThePartnerCanHoldRolesThroughIt() {
    Person coordinator = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, coordinator, partner.slug(), "COORDINATOR");
    ApiResponse roles = lead.admin().api().get(lead.missionPath(mission) + "/roles?sort=role");
    JsonObject row = roles.items().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("role").equals("COORDINATOR")).findFirst().orElseThrow();
    assertThat(row.getString("subject")).isEqualTo(coordinator.subject());
    assertThat(row.getJsonObject("organisation").getString("slug")).isEqualTo(partner.slug());
    // and the coordinator, working in the partner, may edit the charter
    ApiResponse current = coordinator.api().get(partner.missionPath(mission));
    assertThat(current.json().getJsonArray("myRoles").getString(0)).isEqualTo("COORDINATOR");
    assertThat(coordinator.api().put(partner.missionPath(mission), Payloads.charter("Edited by coordinator"), current.etag()).status())
        .isEqualTo(200);
  }

  @Test
  void leadersSeeWhoCanBeGivenARoleInTheLeadAndItsPartnersOnly() {
    // given members in the lead, in the partner, and in an organisation that is not a partner
    Person inPartner = Scenario.member(partner, "MEMBER");
    Person inLead = Scenario.member(lead, "MEMBER");
    Person outsider = Scenario.member(Scenario.organisation("not-a-partner"), "MEMBER");
    // when the lead's leader asks who can be given a role
    ApiResponse candidates = lead.admin().api().get(lead.missionPath(mission) + "/roles/candidates");
    // then they see the lead's and the partner's people, each with the organisation they would work through
    assertThat(candidates.status()).as(candidates.toString()).isEqualTo(200);
    var rows = candidates.array().stream().map(v -> v.asJsonObject()).toList();
    assertThat(rows).extracting(r -> r.getString("subject") + "@" + r.getString("organisationSlug"))
        .contains(inPartner.subject() + "@" + partner.slug(), inLead.subject() + "@" + lead.slug(), lead.admin().subject() + "@" + lead.slug())
        .noneMatch(s -> s.startsWith(outsider.subject()));
    // and someone without the right to assign roles may not ask
    assertThat(inLead.api().get(lead.missionPath(mission) + "/roles/candidates").status()).isEqualTo(403);
  }

  @Test
  void someoneWhoIsNotAMemberOfTheOrganisationCannotHoldARoleThroughIt() {
    Person outsider = Scenario.member(Scenario.organisation("outsider"), "MEMBER");
    ApiResponse response =
        lead.admin()
            .api()
            .post(lead.missionPath(mission) + "/roles", Payloads.object("subject", outsider.subject(), "organisation", partner.slug(), "role", "OBSERVER"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("subject");
  }

  @Test
  void anOrganisationThatIsNotAPartnerCannotLendPeople() {
    Org stranger = Scenario.organisation("stranger");
    Person person = Scenario.member(stranger, "MEMBER");
    ApiResponse response =
        lead.admin()
            .api()
            .post(lead.missionPath(mission) + "/roles", Payloads.object("subject", person.subject(), "organisation", stranger.slug(), "role", "OBSERVER"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("organisation");
  }

  @Test
  void theLastLeaderCannotBeRemoved() {
    ApiResponse roles = lead.admin().api().get(lead.missionPath(mission) + "/roles");
    JsonObject leader = roles.items().getJsonObject(0);
    ApiResponse refused =
        lead.admin().api().delete(lead.missionPath(mission) + "/roles/" + leader.getString("id"), "\"" + leader.getInt("version") + "\"");
    assertThat(refused.status()).isEqualTo(409);
  }

  @Test
  void observersReadParticipantsCommentAndNeitherEdits() {
    Person observer = Scenario.member(partner, "MEMBER");
    Person participant = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, observer, partner.slug(), "OBSERVER");
    Scenario.role(lead, mission, participant, lead.slug(), "PARTICIPANT");
    ApiResponse seen = observer.api().get(partner.missionPath(mission));
    assertThat(seen.status()).isEqualTo(200);
    assertThat(observer.api().put(partner.missionPath(mission), Payloads.charter("No"), seen.etag()).status()).isEqualTo(403);
    assertThat(observer.api().post(partner.missionPath(mission) + "/comments", Payloads.object("body", "Hello")).status()).isEqualTo(403);
    assertThat(participant.api().post(lead.missionPath(mission) + "/comments", Payloads.object("body", "Hello")).status()).isEqualTo(201);
    assertThat(participant.api().post(lead.missionPath(mission) + "/risks", Payloads.risk("Silos", 2, 2)).status()).isEqualTo(403);
    assertThat(participant.api().put(lead.missionPath(mission), Payloads.charter("No"), seen.etag()).status()).isEqualTo(403);
  }

  @Test
  void aLeadOrganisationAdministratorCanAlwaysAssignRoles() {
    // given a lead admin who holds no mission role in a mission a colleague created
    Person colleague = Scenario.member(lead, "MEMBER");
    String other = colleague.api().post(lead.path() + "/missions", Payloads.charter("Colleague's mission")).json().getString("id");
    Person newcomer = Scenario.member(lead, "MEMBER");
    // then the admin can still hand the mission over
    ApiResponse assigned =
        lead.admin()
            .api()
            .post(lead.missionPath(other) + "/roles", Payloads.object("subject", newcomer.subject(), "role", "LEADER"));
    assertThat(assigned.status()).isEqualTo(201);
    // but cannot edit the charter without a role
    ApiResponse current = lead.admin().api().get(lead.missionPath(other));
    assertThat(lead.admin().api().put(lead.missionPath(other), Payloads.charter("No"), current.etag()).status()).isEqualTo(403);
  }
}
