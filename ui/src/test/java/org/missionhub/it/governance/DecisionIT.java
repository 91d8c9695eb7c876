package org.missionhub.it.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** The decision log and gate decisions: the only way a mission's phase changes. */
class DecisionIT {

  private Org org;
  private String mission;
  private String decisions;

  @BeforeEach
  void mission() {
    org = Scenario.organisation("decisions");
    mission = Scenario.mission(org, "Mental health for young people");
    decisions = org.missionPath(mission) + "/decisions";
  }

  @Test
  void anAdoptedGateDecisionMovesTheMissionInTheSameTransaction() {
    // when the leader records an adopted gate decision
    ApiResponse gate = org.admin().api().post(decisions, Payloads.decision("Gate 1: implementation", "ADOPTED", "IN_PROGRESS"));
    // then the decision records where the mission came from, and the mission is in the new phase
    assertThat(gate.status()).isEqualTo(201);
    assertThat(gate.json().getString("phaseFrom")).isEqualTo("GETTING_STARTED");
    assertThat(gate.json().getString("phaseTo")).isEqualTo("IN_PROGRESS");
    assertThat(org.admin().api().get(org.missionPath(mission)).json().getString("phase")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aGateDecisionToTheCurrentPhaseChangesNothing() {
    ApiResponse refused = org.admin().api().post(decisions, Payloads.decision("Stay", "ADOPTED", "GETTING_STARTED"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(org.admin().api().get(decisions).items()).isEmpty();
  }

  @Test
  void aCoordinatorAdoptsDecisionsButOnlyALeaderAdoptsAGate() {
    Person coordinator = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, coordinator, org.slug(), "COORDINATOR");
    assertThat(coordinator.api().post(decisions, Payloads.decision("Budget", "ADOPTED", null)).status()).isEqualTo(201);
    ApiResponse gate = coordinator.api().post(decisions, Payloads.decision("Gate", "ADOPTED", "IN_PROGRESS"));
    assertThat(gate.status()).isEqualTo(403);
    assertThat(org.admin().api().get(org.missionPath(mission)).json().getString("phase")).isEqualTo("GETTING_STARTED");
    // a coordinator can still propose the gate for the leader to adopt
    ApiResponse proposed = coordinator.api().post(decisions, Payloads.decision("Gate", "PROPOSED", "IN_PROGRESS"));
    assertThat(proposed.status()).isEqualTo(201);
    String path = decisions + "/" + proposed.json().getString("id");
    assertThat(coordinator.api().put(path, Payloads.decision("Gate", "ADOPTED", "IN_PROGRESS"), proposed.etag()).status()).isEqualTo(403);
    ApiResponse adopted = org.admin().api().put(path, Payloads.decision("Gate", "ADOPTED", "IN_PROGRESS"), proposed.etag());
    assertThat(adopted.status()).isEqualTo(200);
    assertThat(org.admin().api().get(org.missionPath(mission)).json().getString("phase")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void implementersProposeAndParticipantsCannot() {
    Person implementer = Scenario.member(org, "MEMBER");
    Person participant = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, implementer, org.slug(), "IMPLEMENTER");
    Scenario.role(org, mission, participant, org.slug(), "PARTICIPANT");
    assertThat(implementer.api().post(decisions, Payloads.decision("Pilot in schools", "PROPOSED", null)).status()).isEqualTo(201);
    assertThat(implementer.api().post(decisions, Payloads.decision("Pilot in schools", "ADOPTED", null)).status()).isEqualTo(403);
    assertThat(participant.api().post(decisions, Payloads.decision("Pilot", "PROPOSED", null)).status()).isEqualTo(403);
  }

  @Test
  void anAdoptedDecisionIsNotEditedButSuperseded() {
    ApiResponse adopted = org.admin().api().post(decisions, Payloads.decision("Charter", "ADOPTED", null));
    String path = decisions + "/" + adopted.json().getString("id");
    String edited =
        Payloads.object("title", "Charter, rewritten", "decidedOn", "2026-06-01", "decidedBy", "Mission steering group", "status", "ADOPTED");
    assertThat(org.admin().api().put(path, edited, adopted.etag()).status()).isEqualTo(409);
    ApiResponse superseded = org.admin().api().put(path, Payloads.decision("Charter", "SUPERSEDED", null), adopted.etag());
    assertThat(superseded.status()).as(superseded.toString()).isEqualTo(200);
    assertThat(superseded.json().getString("status")).isEqualTo("SUPERSEDED");
    assertThat(org.admin().api().delete(path, superseded.etag()).status()).isEqualTo(409);
  }

  @Test
  void adoptingNeedsADateAndWhoDecided() {
    ApiResponse response = org.admin().api().post(decisions, Payloads.object("title", "Undated", "status", "ADOPTED"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("decidedOn", "decidedBy");
  }

  @Test
  void aDecisionCannotBeDatedInTheFuture() {
    ApiResponse response =
        org.admin().api().post(decisions, Payloads.object("title", "Later", "status", "ADOPTED", "decidedOn", "2999-01-01", "decidedBy", "Board"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("decidedOn");
  }

  @Test
  void onlyAProposalCanBeDeleted() {
    ApiResponse proposed = org.admin().api().post(decisions, Payloads.decision("Maybe", "PROPOSED", null));
    String path = decisions + "/" + proposed.json().getString("id");
    assertThat(org.admin().api().delete(path, proposed.etag()).status()).isEqualTo(204);
    assertThat(org.admin().api().get(path).status()).isEqualTo(404);
  }

  @Test
  void theLogFiltersByStatus() {
    org.admin().api().post(decisions, Payloads.decision("A", "PROPOSED", null));
    org.admin().api().post(decisions, Payloads.decision("B", "ADOPTED", null));
    assertThat(org.admin().api().get(decisions + "?status=ADOPTED").itemValues("title")).containsExactly("B");
  }
}
