package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.support.Scenario;

/**
 * Contract 1.3.0 as a plugin meets it: the platform's events for decisions, roles, members, partners,
 * archiving and suspension reach listeners after commit; a plugin publishes its own event (the example's
 * {@code NoteAdded}) that every listener hears; a listener that fails is retried and one that always fails
 * harms nobody; a drop-in uses the service and the typed event of the drop-in it requires; and the read
 * ports show a plugin the mission's organisations, people and gates.
 */
class PluginEventsIT {

  private static final List<String> EXPECTED =
      List.of(
          "MissionCreated", "DecisionProposed", "DecisionAdopted", "DecisionRejected", "RoleAssigned", "RoleRemoved",
          "MemberRemoved", "NoteAdded", "MissionArchived");

  private Org org;
  private String mission;

  @BeforeEach
  void organisationWithListeners() {
    org = Scenario.organisation("events");
    for (String plugin : List.of("notes", "flaky-listener", "broken-listener")) {
      Scenario.plugin(org, plugin, true);
    }
    mission = Scenario.mission(org, "Heard by plugins");
  }

  @Test
  void theCoreEventsAndThePluginsOwnReachEveryListenerAfterCommit() throws InterruptedException {
    // when the mission's decisions, people, partners and notes change
    String decisions = org.missionPath(mission) + "/decisions";
    ApiResponse proposed = org.admin().api().post(decisions, Payloads.decision("Pilot in schools", "PROPOSED", null));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    ApiResponse adopted =
        org.admin().api().put(decisions + "/" + proposed.json().getString("id"), Payloads.decision("Pilot in schools", "ADOPTED", null), proposed.etag());
    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
    ApiResponse toReject = org.admin().api().post(decisions, Payloads.decision("A tax", "PROPOSED", null));
    ApiResponse rejected =
        org.admin().api().put(decisions + "/" + toReject.json().getString("id"), Payloads.decision("A tax", "REJECTED", null), toReject.etag());
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    Person coordinator = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, coordinator, org.slug(), "COORDINATOR");
    // (the coordinator leaves the organisation: the role ends with the membership)
    String membership =
        org.path() + "/members/" + org.admin().api().get(org.path() + "/members?size=100").items().stream()
            .map(m -> m.asJsonObject())
            .filter(m -> m.getString("subject").equals(coordinator.subject()))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertThat(org.admin().api().delete(membership, org.admin().api().get(membership).etag()).status()).isEqualTo(204);
    Org partner = Scenario.organisation("events-partner");
    Scenario.plugin(partner, "notes", true);
    Scenario.partnership(org, mission, partner);
    ApiResponse note = org.admin().api().post(org.missionPath(mission) + "/notes/notes", Payloads.object("text", "Heard?"));
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    String path = org.missionPath(mission);
    ApiResponse archived = org.admin().api().delete(path, org.admin().api().get(path).etag());
    assertThat(archived.status()).as(archived.toString()).isEqualTo(200);

    // then the example's listener heard each, for the organisation it concerns, the plugin's own NoteAdded too
    List<String> heard =
        awaitTypes(org, "notes/events", types -> types.containsAll(EXPECTED));
    assertThat(heard).containsAll(EXPECTED);
    // the partner was told that it was invited and that it joined
    assertThat(awaitTypes(partner, "notes/events", types -> types.containsAll(List.of("PartnerInvited", "PartnerJoined"))))
        .contains("PartnerInvited", "PartnerJoined");
    // and the flaky listener, failing twice on each, took every one of them on its third try, the
    // other plugin's NoteAdded among them, while the broken listener's failures changed nothing
    List<JsonObject> flaky = awaitHeard(org, rows -> rows.stream().map(r -> r.getString("type")).toList().containsAll(List.of("NoteAdded", "MissionArchived")));
    assertThat(flaky).extracting(r -> r.getString("type")).contains("MissionCreated", "DecisionAdopted", "NoteAdded", "MissionArchived");
    assertThat(flaky).allSatisfy(r -> assertThat(r.getInt("tries")).isEqualTo(3));
  }

  @Test
  void aDropInUsesTheServiceAndTheTypedEventsOfThePluginItRequires() throws InterruptedException {
    // given highlights, a drop-in that requires notes (another drop-in) and uses its exported API
    Scenario.plugin(org, "highlights", true);
    String notes = org.missionPath(mission) + "/notes/notes";
    assertThat(org.admin().api().post(notes, Payloads.object("text", "First")).status()).isEqualTo(201);
    assertThat(org.admin().api().post(notes, Payloads.object("text", "Second")).status()).isEqualTo(201);
    // when it is asked for its summary, then it counted the notes through notes' service, and it
    // highlighted each note on notes' typed NoteAdded event
    String summary = org.missionPath(mission) + "/highlights/summary";
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    JsonObject read = org.admin().api().get(summary).json();
    while (read.getInt("highlighted") < 2 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      read = org.admin().api().get(summary).json();
    }
    assertThat(read.getInt("notes")).isEqualTo(2);
    assertThat(read.getInt("highlighted")).isEqualTo(2);
  }

  @Test
  void aPluginWhoseHealthCheckFailsIsLeftOutAndTheHealthCheckStillAnswers() {
    ApiResponse health = org.admin().api().get(org.missionPath(mission) + "/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    List<String> ids = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();
    assertThat(ids).contains("measurable-target", "notes.has-notes").doesNotContain("broken-listener.never");
    assertThat(org.admin().api().get(org.path() + "/missions").status()).isEqualTo(200);
  }

  @Test
  void suspendingAndReactivatingAnOrganisationIsHeard() throws InterruptedException {
    Person platformAdmin = Scenario.platformAdmin();
    String status = "/api/v1/platform/organisations/" + org.slug() + "/status";
    String organisation = "/api/v1/platform/organisations/" + org.slug();
    ApiResponse suspended = platformAdmin.api().put(status, Payloads.object("status", "SUSPENDED"), platformAdmin.api().get(organisation).etag());
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    ApiResponse reactivated = platformAdmin.api().put(status, Payloads.object("status", "ACTIVE"), suspended.etag());
    assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
    assertThat(awaitTypes(org, "notes/events", types -> types.containsAll(List.of("OrganisationSuspended", "OrganisationReactivated"))))
        .contains("OrganisationSuspended", "OrganisationReactivated");
  }

  @Test
  void aPluginReadsTheMissionsOrganisationsPeopleAndGates() {
    // given a partner, a coordinator and a gate decision
    Org partner = Scenario.organisation("read-ports");
    Scenario.plugin(partner, "notes", true);
    Scenario.partnership(org, mission, partner);
    Person coordinator = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, coordinator, org.slug(), "COORDINATOR");
    ApiResponse gate = org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Gate 1", "ADOPTED", "IN_PROGRESS"));
    assertThat(gate.status()).as(gate.toString()).isEqualTo(201);
    org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Budget line", "PROPOSED", null));

    // when the plugin reads the mission, as the partner sees it
    ApiResponse read = partner.admin().api().get(partner.missionPath(mission) + "/notes/mission");

    // then it sees the lead first, the partner, everyone's roles, every decision and the one gate
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject context = read.json();
    List<JsonObject> organisations = context.getJsonArray("organisations").getValuesAs(JsonObject.class);
    assertThat(organisations.get(0).getString("slug")).isEqualTo(org.slug());
    assertThat(organisations.get(0).getBoolean("lead")).isTrue();
    assertThat(organisations).anySatisfy(o -> {
      assertThat(o.getString("slug")).isEqualTo(partner.slug());
      assertThat(o.getString("status")).isEqualTo("ACCEPTED");
    });
    assertThat(context.getJsonArray("people").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("name") + ":" + p.getString("role"))
        .contains(org.admin().name() + ":LEADER", coordinator.name() + ":COORDINATOR");
    assertThat(context.getInt("decisions")).isEqualTo(2);
    List<JsonObject> gates = context.getJsonArray("gates").getValuesAs(JsonObject.class);
    assertThat(gates).hasSize(1);
    assertThat(gates.get(0).getString("decisionId")).isEqualTo(gate.json().getString("id"));
    assertThat(gates.get(0).getString("from")).isEqualTo("GETTING_STARTED");
    assertThat(gates.get(0).getString("to")).isEqualTo("IN_PROGRESS");
  }

  /**
   * Events are kept in the outbox with the change they tell about: one a server had kept but not delivered when it
   * stopped (written here as it would have left it) is delivered by a round of the running server, and goes.
   */
  @Test
  void anEventAStoppedServerLeftInTheOutboxIsStillDelivered() throws Exception {
    String organisation = Database.text("select id from organisation where slug = ?", org.slug());
    String id = java.util.UUID.randomUUID().toString();
    String payload = "{\"missionId\":{\"value\":\"" + mission + "\"},\"occurredAt\":\"" + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
        + "\",\"organisationId\":{\"value\":\"" + organisation + "\"}}";
    try (java.sql.Connection c = Database.connect();
        java.sql.PreparedStatement insert = c.prepareStatement(
            "insert into plugin_event_outbox (id, plugin_id, event_type, payload, organisation_id, occurred_at, attempts, next_attempt_at, created_at, version)"
                + " values (?, 'notes', 'org.missionhub.api.event.MissionRestored', ?, ?, current_timestamp, 0, current_timestamp, current_timestamp, 0)")) {
      insert.setString(1, id);
      insert.setString(2, payload);
      insert.setString(3, organisation);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
    assertThat(awaitTypes(org, "notes/events", types -> types.contains("MissionRestored"))).contains("MissionRestored");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Database.text("select count(*) from plugin_event_outbox where id = ?", id).equals("1") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(Database.text("select count(*) from plugin_event_outbox where id = ?", id)).as("delivered, it goes").isEqualTo("0");
  }

  /** Events arrive after commit on other threads, retries seconds later: wait, bounded, for them. */
  private static List<String> awaitTypes(Org org, String path, Predicate<List<String>> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<String> types = types(org, path);
    while (!done.test(types) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      types = types(org, path);
    }
    return types;
  }

  private static List<String> types(Org org, String path) {
    ApiResponse events = org.admin().api().get(org.path() + "/" + path);
    assertThat(events.status()).as(events.toString()).isEqualTo(200);
    return events.array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
  }

  private static List<JsonObject> awaitHeard(Org org, Predicate<List<JsonObject>> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<JsonObject> rows = heard(org);
    while (!done.test(rows) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      rows = heard(org);
    }
    return rows;
  }

  private static List<JsonObject> heard(Org org) {
    ApiResponse heard = org.admin().api().get(org.path() + "/flaky-listener/heard");
    assertThat(heard.status()).as(heard.toString()).isEqualTo(200);
    return heard.array().getValuesAs(JsonObject.class);
  }
}
