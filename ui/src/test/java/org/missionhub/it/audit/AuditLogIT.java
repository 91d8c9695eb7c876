package org.missionhub.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Every change leaves one audit entry, with who, what, when and the values before and after. */
class AuditLogIT {

  private Org org;
  private String mission;

  @BeforeEach
  void missionWithHistory() {
    org = Scenario.organisation("audit");
    mission = Scenario.mission(org, "Audited");
  }

  @Test
  void aChangeIsRecordedWithItsValuesBeforeAndAfter() {
    // when the charter is edited
    ApiResponse current = org.admin().api().get(org.missionPath(mission));
    org.admin().api().put(org.missionPath(mission), Payloads.charter("Audited, renamed"), current.etag());
    // then the newest entry says who changed which values
    JsonObject entry = org.admin().api().get(org.path() + "/audit?missionId=" + mission).items().getJsonObject(0);
    assertThat(entry.getString("action")).isEqualTo("mission.updated");
    assertThat(entry.getString("actorSubject")).isEqualTo(org.admin().subject());
    assertThat(entry.getString("operation")).isEqualTo("MissionService.updateCharter");
    JsonObject title = entry.getJsonObject("changes").getJsonObject("title");
    assertThat(title.getString("before")).isEqualTo("Audited");
    assertThat(title.getString("after")).isEqualTo("Audited, renamed");
    assertThat(entry.getJsonObject("changes").keySet()).doesNotContain("statement");
  }

  @Test
  void creatingAMissionRecordsTheMissionItsStartingRisksAndItsFirstLeader() {
    ApiResponse log = org.admin().api().get(org.path() + "/audit?missionId=" + mission + "&sort=occurredAt");
    // the four proposed starting risks are written with the mission, and audited as any risk
    assertThat(log.itemValues("action"))
        .containsExactly("mission.created", "risk.created", "risk.created", "risk.created", "risk.created", "mission-role.created");
  }

  @Test
  void aGateDecisionRecordsBothTheDecisionAndThePhaseChange() {
    org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Gate 1", "ADOPTED", "IN_PROGRESS"));
    ApiResponse log = org.admin().api().get(org.path() + "/audit?missionId=" + mission + "&size=2");
    assertThat(log.itemValues("action")).containsExactlyInAnyOrder("decision.created", "mission.updated");
  }

  @Test
  void aRefusedChangeLeavesNoEntry() {
    long before = Database.count("select count(*) from audit_entry where mission_id = ?", mission);
    ApiResponse stale = org.admin().api().put(org.missionPath(mission), Payloads.charter("Stale"), "\"999\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(Database.count("select count(*) from audit_entry where mission_id = ?", mission)).isEqualTo(before);
  }

  @Test
  void filtersByActorAndPeriod() {
    ApiResponse byActor = org.admin().api().get(org.path() + "/audit?actor=" + org.admin().subject());
    assertThat(byActor.itemValues("actorSubject")).containsOnly(org.admin().subject());
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    assertThat(org.admin().api().get(org.path() + "/audit?from=" + tomorrow).items()).isEmpty();
    assertThat(org.admin().api().get(org.path() + "/audit?to=" + tomorrow).json().getInt("totalItems")).isGreaterThan(0);
    assertThat(org.admin().api().get(org.path() + "/audit?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void filtersByWhatWasDoneAndDownloadsTheSelectionAsCsv() {
    org.admin().api().post(org.missionPath(mission) + "/risks", Payloads.object("title", "=HYPERLINK(\"http://evil\")", "category", "SILOS", "likelihood", 4, "impact", 5));
    // "risk" finds every kind of risk change, "risk.created" that one, "risk_" nothing (no pattern of the caller's)
    assertThat(org.admin().api().get(org.path() + "/audit?action=risk&size=100").itemValues("action")).isNotEmpty().allMatch(a -> a.startsWith("risk."));
    assertThat(org.admin().api().get(org.path() + "/audit?action=risk.created&size=100").itemValues("action")).containsOnly("risk.created");
    assertThat(org.admin().api().get(org.path() + "/audit?action=risk_&size=100").items()).isEmpty();
    assertThat(org.admin().api().get(org.path() + "/audit?action=ris&size=100").items()).as("a word, not a prefix of one").isEmpty();

    ApiResponse csv = org.admin().api().send("GET", org.path() + "/audit/export.csv?action=risk.created&missionId=" + mission, null, java.util.Map.of("Accept", "text/csv"));
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("audit-log.csv");
    java.util.List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("occurredAt,actorName,actorSubject,action,entityType,entityId,missionId,operation,changes");
    assertThat(lines).hasSize(6);
    assertThat(lines.subList(1, 6)).allSatisfy(line -> assertThat(line).contains(",risk.created,"));
    assertThat(csv.body()).as("the values before and after, as in the API").contains("HYPERLINK");
    Person member = Scenario.member(org, "MEMBER");
    assertThat(member.api().send("GET", org.path() + "/audit/export.csv", null, java.util.Map.of("Accept", "text/csv")).status()).isEqualTo(403);
  }

  @Test
  void onlyAnAdministratorReadsTheLogAndNobodyEditsIt() {
    Person member = Scenario.member(org, "MEMBER");
    assertThat(member.api().get(org.path() + "/audit").status()).isEqualTo(403);
    assertThat(org.admin().api().delete(org.path() + "/audit", "\"1\"").status()).isEqualTo(405);
    assertThat(org.admin().api().post(org.path() + "/audit", "{}").status()).isEqualTo(405);
  }

  @Test
  void anOrganisationSeesOnlyItsOwnEntries() {
    Org other = Scenario.organisation("audit-other");
    Scenario.mission(other, "Audited");
    ApiResponse mine = org.admin().api().get(org.path() + "/audit?size=100");
    assertThat(mine.itemValues("actorSubject")).doesNotContain(other.admin().subject());
    long inDatabase =
        Database.count(
            "select count(*) from audit_entry a join organisation o on o.id = a.tenant_id where o.slug = ?", org.slug());
    assertThat((long) mine.json().getInt("totalItems")).isEqualTo(inDatabase);
  }
}
