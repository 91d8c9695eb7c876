package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.AuditLog;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.support.Scenario;

/**
 * The example plugin of the plugin guide, as its users meet it: its endpoints exist only where an
 * organisation enabled it, follow the organisation's settings and the mission's roles, never cross
 * organisations, and its event listener hears only the organisations that enabled it.
 */
class NotesPluginIT {

  private Org org;
  private String mission;

  @BeforeEach
  void organisationWithAMission() {
    org = Scenario.organisation("notes");
    mission = Scenario.mission(org, "Circular society");
  }

  private String notes(Org in, String missionId) {
    return in.missionPath(missionId) + "/notes/notes";
  }

  @Test
  void aDisabledPluginsEndpointsAnswer404() {
    assertThat(org.admin().api().get(notes(org, mission)).status()).isEqualTo(404);
    assertThat(org.admin().api().post(notes(org, mission), Payloads.object("text", "Hello")).status()).isEqualTo(404);
    assertThat(org.admin().api().get(org.path() + "/notes/stats").status()).isEqualTo(404);
  }

  @Test
  void onceEnabledNotesAreWrittenReadAndKeptWhileSwitchedOff() {
    Scenario.plugin(org, "notes", true);
    ApiResponse added = org.admin().api().post(notes(org, mission), Payloads.object("text", "  Kick-off on Monday  "));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("text")).isEqualTo("Kick-off on Monday");
    assertThat(added.json().getString("authorName")).isEqualTo(org.admin().name());
    ApiResponse listed = org.admin().api().get(notes(org, mission));
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.array()).hasSize(1);
    // switched off: gone from the API; switched on again: still there
    Scenario.plugin(org, "notes", false);
    assertThat(org.admin().api().get(notes(org, mission)).status()).isEqualTo(404);
    Scenario.plugin(org, "notes", true);
    assertThat(org.admin().api().get(notes(org, mission)).array()).hasSize(1);
  }

  @Test
  void theOrganisationsSettingAndBadInputGiveNamedErrors() {
    String path = org.path() + "/plugins/notes";
    org.admin().api().put(path, Payloads.object("enabled", true, "settings", Payloads.nested("maxLength", "20")), "\"0\"");
    ApiResponse tooLong = org.admin().api().post(notes(org, mission), Payloads.object("text", "x".repeat(21)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.contentType()).startsWith("application/problem+json");
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
    assertThat(tooLong.json().getString("detail")).contains("at most 20 characters");
    ApiResponse blank = org.admin().api().post(notes(org, mission), Payloads.object("text", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(org.admin().api().get(notes(org, mission)).array()).isEmpty();
    // the setting as the plugin reads it outside a request's scope, for this organisation (contract 1.3.0)
    assertThat(org.admin().api().get(org.path() + "/notes/stats").json().getInt("maxLength")).isEqualTo(20);
  }

  @Test
  void writingNeedsAMissionRoleThatGrantsThePluginsPermission() {
    Scenario.plugin(org, "notes", true);
    Person observer = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, observer, org.slug(), "OBSERVER");
    Person observerNow = observer.refreshed();
    // an observer reads, but notes.write is not among an observer's default permissions
    assertThat(observerNow.api().get(notes(org, mission)).status()).isEqualTo(200);
    ApiResponse refused = observerNow.api().post(notes(org, mission), Payloads.object("text", "Me too"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("notes.write");
  }

  @Test
  void anotherOrganisationNeverReachesThem() {
    Scenario.plugin(org, "notes", true);
    org.admin().api().post(notes(org, mission), Payloads.object("text", "Private"));
    Org other = Scenario.organisation("notes-other");
    Scenario.plugin(other, "notes", true);
    // the other organisation's token on this organisation's path, and on its own path with this mission
    assertThat(other.admin().api().get(notes(org, mission)).status()).isEqualTo(404);
    assertThat(other.admin().api().get(notes(other, mission)).status()).isEqualTo(404);
    assertThat(other.admin().api().post(notes(other, mission), Payloads.object("text", "Intruder")).status()).isEqualTo(404);
    assertThat(org.admin().api().get(notes(org, mission)).array()).hasSize(1);
  }

  @Test
  void anAddedNoteIsInTheOrganisationsAuditLogWithItsAuthorAndMission() {
    Scenario.plugin(org, "notes", true);
    ApiResponse added = org.admin().api().post(notes(org, mission), Payloads.object("text", "Agreed the budget"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    jakarta.json.JsonObject entry = AuditLog.entry(org, "notes.note.created");
    assertThat(entry.getString("entityType")).isEqualTo("notes.note");
    assertThat(entry.getString("entityId")).isEqualTo(added.json().getString("id"));
    assertThat(entry.getString("actorSubject")).isEqualTo(org.admin().subject());
    assertThat(entry.getString("missionId")).isEqualTo(mission);
    assertThat(entry.getJsonObject("changes").getJsonObject("text").getString("after")).isEqualTo("Agreed the budget");
  }

  @Test
  void anAdministratorRemovesThePluginsDataOnceSwitchedOffWithTheIdAsConfirmation() {
    // given a note written while notes were on
    Scenario.plugin(org, "notes", true);
    assertThat(org.admin().api().post(notes(org, mission), Payloads.object("text", "To be removed")).status()).isEqualTo(201);
    String data = org.path() + "/plugins/notes/data";
    // while on: refused
    assertThat(org.admin().api().delete(data + "?confirm=notes", null).status()).isEqualTo(409);
    Scenario.plugin(org, "notes", false);
    // what it holds, by kind
    ApiResponse held = org.admin().api().get(data);
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    jakarta.json.JsonObject notesHeld = held.array().stream().map(v -> v.asJsonObject()).filter(h -> h.getString("id").equals("notes")).findFirst().orElseThrow();
    assertThat(notesHeld.getJsonNumber("items").longValue()).isEqualTo(1);
    assertThat(notesHeld.getJsonObject("name").getString("fr")).startsWith("Notes écrites");
    // no confirmation, or a member: refused, nothing removed
    ApiResponse unconfirmed = org.admin().api().delete(data, null);
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("confirm");
    Person member = Scenario.member(org, "MEMBER");
    assertThat(member.api().delete(data + "?confirm=notes", null).status()).isEqualTo(403);
    assertThat(member.api().get(data).status()).isEqualTo(403);

    // when the administrator confirms
    assertThat(org.admin().api().delete(data + "?confirm=notes", null).status()).isEqualTo(204);

    // then nothing is left, the removal is in the audit log, and switched on again the mission has no notes
    assertThat(org.admin().api().get(data).array().stream().mapToLong(v -> v.asJsonObject().getJsonNumber("items").longValue()).sum()).isZero();
    jakarta.json.JsonObject entry = AuditLog.entry(org, "notes.organisation-data.deleted");
    assertThat(entry.getString("actorSubject")).isEqualTo(org.admin().subject());
    assertThat(entry.getJsonObject("changes").getJsonObject("notes").getString("before")).isEqualTo("1");
    Scenario.plugin(org, "notes", true);
    assertThat(org.admin().api().get(notes(org, mission)).array()).isEmpty();
  }

  @Test
  void aPartnerSeesTheMissionsNotesWhereItEnabledThePlugin() {
    Scenario.plugin(org, "notes", true);
    org.admin().api().post(notes(org, mission), Payloads.object("text", "For partners too"));
    Org partner = Scenario.organisation("notes-partner");
    Scenario.partnership(org, mission, partner);
    // the partner has not enabled notes: 404 for it
    assertThat(partner.admin().api().get(notes(partner, mission)).status()).isEqualTo(404);
    Scenario.plugin(partner, "notes", true);
    ApiResponse shared = partner.admin().api().get(notes(partner, mission));
    assertThat(shared.status()).isEqualTo(200);
    assertThat(shared.array().getJsonObject(0).getString("text")).isEqualTo("For partners too");
  }

  @Test
  void aNoteByACoordinatorIsANoticeForTheMissionsLeaders() {
    // given a coordinator of the mission (its creator, the admin, is its leader)
    Scenario.plugin(org, "notes", true);
    Person coordinator = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, coordinator, org.slug(), "COORDINATOR");
    // the leader reads MissionHub in French (contract 1.10.0: a plugin's notice is written in each recipient's language)
    assertThat(org.admin().api().put("/api/v1/me/mail-settings", Payloads.object("language", "fr", "frequencies", Payloads.nested("plugin:notes", "NEVER")), null).status())
        .isEqualTo(200);
    // when the coordinator adds a note
    assertThat(coordinator.api().post(notes(org, mission), Payloads.object("text", "The pilot starts in March")).status()).isEqualTo(201);
    // then the leader has an in-app notice of the plugin's kind saying who wrote what; the author has none
    jakarta.json.JsonObject notice =
        org.admin().api().get("/api/v1/me/notices").items().stream()
            .map(v -> v.asJsonObject())
            .filter(n -> n.getString("kind").equals("notes.note-added"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no notes.note-added notice for the leader"));
    assertThat(notice.getString("message")).contains(coordinator.name()).contains("a ajouté une note à").contains("The pilot starts in March");
    assertThat(notice.getString("link")).isEqualTo("missions/" + mission);
    assertThat(coordinator.api().get("/api/v1/me/notices").itemValues("kind")).doesNotContain("notes.note-added");
  }

  @Test
  void itsHealthCheckJoinsTheMissionsHealthWhereItIsEnabled() {
    String health = org.missionPath(mission) + "/health";
    // not enabled: only the platform's checks
    assertThat(checkIds(org.admin().api().get(health))).doesNotContain("notes.has-notes");
    // enabled: the plugin's question, failing while the mission has no note, with its translations
    Scenario.plugin(org, "notes", true);
    jakarta.json.JsonObject check = check(org.admin().api().get(health), "notes.has-notes");
    assertThat(check.getBoolean("passed")).isFalse();
    assertThat(check.getString("title")).isEqualTo("The mission has notes");
    assertThat(check.getJsonObject("translations").getJsonObject("da").getString("title")).isEqualTo("Missionen har noter");
    // a note makes it pass; the missions list counts the plugin's check as the mission's health does
    assertThat(org.admin().api().post(notes(org, mission), Payloads.object("text", "First")).status()).isEqualTo(201);
    ApiResponse after = org.admin().api().get(health);
    assertThat(check(after, "notes.has-notes").getBoolean("passed")).isTrue();
    ApiResponse list = org.admin().api().get(org.path() + "/missions");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    jakarta.json.JsonObject listed =
        list.items().stream().map(v -> v.asJsonObject()).filter(m -> m.getString("id").equals(mission)).findFirst().orElseThrow();
    assertThat(listed.getString("health")).isEqualTo(after.json().getString("status"));
  }

  private static java.util.List<String> checkIds(ApiResponse health) {
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    return health.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream().map(c -> c.getString("id")).toList();
  }

  private static jakarta.json.JsonObject check(ApiResponse health, String id) {
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    return health.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(c -> c.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in " + health));
  }

  @Test
  void theListenerHearsOnlyOrganisationsThatEnabledThePlugin() throws InterruptedException {
    // this organisation enables notes, then creates a mission: counted (after commit, asynchronously)
    Scenario.plugin(org, "notes", true);
    Scenario.mission(org, "Counted");
    assertThat(awaitMissionsCreated(org, 1)).isEqualTo(1);
    // another organisation creates a mission with notes off, then enables it: nothing was counted for it
    Org other = Scenario.organisation("notes-deaf");
    Scenario.mission(other, "Not counted");
    Scenario.plugin(other, "notes", true);
    Scenario.mission(org, "Counted too");
    assertThat(awaitMissionsCreated(org, 2)).isEqualTo(2);
    assertThat(missionsCreated(other)).isZero();
  }

  private static long missionsCreated(Org org) {
    ApiResponse stats = org.admin().api().get(org.path() + "/notes/stats");
    assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
    return stats.json().getJsonNumber("missionsCreated").longValue();
  }

  /** Events reach plugins after commit, on another thread: wait (bounded) for the count to arrive. */
  private static long awaitMissionsCreated(Org org, long expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    long count = missionsCreated(org);
    while (count < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      count = missionsCreated(org);
    }
    return count;
  }

  @Test
  void theExamplesScheduledJobForgetsEventsHeardMoreThanNinetyDaysAgoInEveryOrganisation() throws Exception {
    // given events the example heard for this organisation long ago and lately (written as the job would find them)
    String organisationId = Database.text("select id from organisation where slug = ?", org.slug());
    String old = heardAgo(organisationId, Duration.ofDays(100));
    String recent = heardAgo(organisationId, Duration.ofDays(10));

    // when its job (every 2 s on the test servers, daily otherwise) has run, then only the old one is gone
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Database.count("select count(*) from notes_event_heard where id = ?", old) > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertThat(Database.count("select count(*) from notes_event_heard where id = ?", old)).isZero();
    assertThat(Database.count("select count(*) from notes_event_heard where id = ?", recent)).isEqualTo(1);
    // and its look across organisations was recorded
    assertThat(Database.count("select count(*) from plugin_cross_read where plugin_id = 'notes' and purpose like 'forget events heard%'")).isPositive();
  }

  private static String heardAgo(String organisationId, Duration ago) throws Exception {
    String id = java.util.UUID.randomUUID().toString();
    try (var connection = Database.connect();
        var insert = connection.prepareStatement("insert into notes_event_heard (id, tenant_id, event_type, mission_id, heard_at) values (?, ?, 'MissionCreated', null, ?)")) {
      insert.setString(1, id);
      insert.setString(2, organisationId);
      insert.setObject(3, java.time.OffsetDateTime.now().minus(ago));
      insert.executeUpdate();
    }
    return id;
  }
}
