package org.missionhub.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.OpenApiOperations;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Organisation B can never read or change organisation A's data: for every organisation-scoped endpoint,
 * B's token on A's resources answers 404 (as if they did not exist) and leaves the database unchanged. The
 * two organisations' data have identical natural keys, so a query that forgot its tenant would show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIT {

  private static final String TITLE = "Mental health for young people";

  private Org a;
  private Org b;
  /** B's admin, whom Keycloak also (wrongly, behind MissionHub's back) lists in A. */
  private Person bClaimingA;
  private Map<String, String> ids;

  /** Every organisation-scoped endpoint, as OpenAPI names it, with a valid request body where it takes one. */
  static List<Endpoint> endpoints() {
    String charter = Payloads.charter(TITLE);
    String decision = Payloads.decision("Gate 1", "ADOPTED", "IN_PROGRESS");
    String risk = Payloads.risk("Effect of silos", 4, 4);
    String body = Payloads.object("name", "Steering group");
    String comment = Payloads.object("body", "Same words");
    String hook = Payloads.object("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("mission.archived"));
    String plan = workshopPlan();
    String workshops = "/api/v1/orgs/{slug}/missions/{missionId}/workshops";
    String board = workshops + "/{workshopId}";
    // a cross-organisation workshop that invites A (not B)
    String invitedTo = "/api/v1/orgs/{slug}/workshops";
    String room = invitedTo + "/{workshopId}";
    return List.of(
        new Endpoint("GET", invitedTo, null),
        new Endpoint("GET", room, null),
        new Endpoint("PUT", room, plan),
        new Endpoint("DELETE", room, null),
        new Endpoint("POST", room + "/phase", Payloads.object("phase", "REVEALED")),
        new Endpoint("GET", room + "/groups", null),
        new Endpoint("POST", room + "/groups", null),
        new Endpoint("PUT", room + "/groups/{subject}", Payloads.object("group", 1)),
        new Endpoint("GET", room + "/summary", null),
        new Endpoint("GET", room + "/summary.md", null),
        new Endpoint("POST", room + "/join", null),
        new Endpoint("GET", room + "/notes", null),
        new Endpoint("POST", room + "/notes", Payloads.object("prompt", 0, "body", "Same words")),
        new Endpoint("GET", room + "/notes/{noteId}", null),
        new Endpoint("PUT", room + "/notes/{noteId}", Payloads.object("body", "Other words")),
        new Endpoint("DELETE", room + "/notes/{noteId}", null),
        new Endpoint("PUT", room + "/notes/{noteId}/cluster", Payloads.object("cluster", "Taken")),
        new Endpoint("PUT", room + "/notes/{noteId}/dots", Payloads.object("dots", 1)),
        new Endpoint("GET", workshops, null),
        new Endpoint("POST", workshops, plan),
        new Endpoint("GET", board, null),
        new Endpoint("PUT", board, plan),
        new Endpoint("DELETE", board, null),
        new Endpoint("POST", board + "/phase", Payloads.object("phase", "REVEALED")),
        new Endpoint("GET", board + "/groups", null),
        new Endpoint("POST", board + "/groups", null),
        new Endpoint("PUT", board + "/groups/{subject}", Payloads.object("group", 1)),
        new Endpoint("GET", board + "/summary", null),
        new Endpoint("GET", board + "/summary.md", null),
        new Endpoint("POST", board + "/join", null),
        new Endpoint("GET", board + "/notes", null),
        new Endpoint("POST", board + "/notes", Payloads.object("prompt", 0, "body", "Same words")),
        new Endpoint("GET", board + "/notes/{noteId}", null),
        new Endpoint("PUT", board + "/notes/{noteId}", Payloads.object("body", "Other words")),
        new Endpoint("DELETE", board + "/notes/{noteId}", null),
        new Endpoint("PUT", board + "/notes/{noteId}/cluster", Payloads.object("cluster", "Taken")),
        new Endpoint("PUT", board + "/notes/{noteId}/dots", Payloads.object("dots", 1)),
        new Endpoint("GET", "/api/v1/orgs/{slug}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}", Payloads.object("name", "Taken over", "type", "NGO", "country", "DK")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/members", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/members", Payloads.object("subject", "intruder", "displayName", "Intruder", "role", "ORG_ADMIN")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/members/{memberId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/members/{memberId}", Payloads.object("role", "MEMBER")),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/members/{memberId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/audit", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/activity", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/export", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/feeds", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/feeds", Payloads.object("plugin", "roadmap", "feed", "my-milestones")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/feeds/{id}", null),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/feeds/{id}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/plugins", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/plugins/{pluginId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/plugins/{pluginId}", Payloads.object("enabled", false)),
        new Endpoint("GET", "/api/v1/orgs/{slug}/plugins/{pluginId}/data", null),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/plugins/{pluginId}/data", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/invitations", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/invitations", Payloads.object("email", "newcomer@example.org", "role", "ORG_ADMIN")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/invitations/{invitationId}", null),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/invitations/{invitationId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/partner-invitations", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/partner-invitations/{missionId}", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/partner-invitations/{missionId}/accept", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/partner-invitations/{missionId}/decline", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions", charter),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/missions/{missionId}", charter),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/restore", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/health", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/partners", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/partners", Payloads.object("organisation", "{bSlug}")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/partners/{partnerSlug}", null),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/partners/{partnerSlug}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/roles", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/roles/candidates", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/roles", Payloads.object("subject", "{bAdmin}", "organisation", "{bSlug}", "role", "LEADER")),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/roles/{roleId}", null),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/roles/{roleId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/decisions", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/decisions", decision),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/decisions/{decisionId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/missions/{missionId}/decisions/{decisionId}", decision),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/decisions/{decisionId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/risks", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/risks/matrix", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/risks", risk),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/risks/{riskId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/missions/{missionId}/risks/{riskId}", risk),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/risks/{riskId}", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/risks/{riskId}/accept", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/governance-bodies", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/governance-bodies", body),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/governance-bodies/{bodyId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/missions/{missionId}/governance-bodies/{bodyId}", body),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/governance-bodies/{bodyId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/comments", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/comments", comment),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}", comment),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/comments/counts", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/comments/mentionable", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}/revisions", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}/hide", "{\"reason\": \"Off topic\"}"),
        new Endpoint("POST", "/api/v1/orgs/{slug}/missions/{missionId}/comments/{commentId}/unhide", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/missions/{missionId}/activity", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/audit/export.csv", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/me/feed/recent", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/me/feed/mentions", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/me/feed/assigned", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/me/feed/visit", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/webhooks", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/webhooks", hook),
        new Endpoint("GET", "/api/v1/orgs/{slug}/webhooks/event-types", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/webhooks/{webhookId}", null),
        new Endpoint("PUT", "/api/v1/orgs/{slug}/webhooks/{webhookId}", hook),
        new Endpoint("DELETE", "/api/v1/orgs/{slug}/webhooks/{webhookId}", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/webhooks/{webhookId}/rotate-secret", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/webhooks/{webhookId}/deliveries", null),
        new Endpoint("GET", "/api/v1/orgs/{slug}/webhooks/{webhookId}/deliveries/{deliveryId}", null),
        new Endpoint("POST", "/api/v1/orgs/{slug}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null));
  }

  @BeforeAll
  void twoOrganisationsWithIdenticalNaturalKeys() {
    a = Scenario.organisation("tenant-a");
    b = Scenario.organisation("tenant-b");
    ids = new java.util.HashMap<>();
    // A: a mission with a partner, a role, a decision, a risk, a body and a comment; B: the very same names
    Org partner = Scenario.organisation("tenant-a-partner");
    Org inviter = Scenario.organisation("tenant-a-inviter");
    ids.put("missionId", populate(a, partner, "A"));
    ids.put("partnerSlug", partner.slug());
    populate(b, Scenario.organisation("tenant-b-partner"), "B");
    // an invitation to A from another organisation's mission
    String invitingMission = Scenario.mission(inviter, TITLE);
    inviter.admin().api().post(inviter.missionPath(invitingMission) + "/partners", Payloads.object("organisation", a.slug()));
    ids.put("partnerInvitationMission", invitingMission);
    ApiResponse invited =
        a.admin().api().post(a.path() + "/invitations", Payloads.object("email", "invited-" + Scenario.shortId() + "@example.org", "role", "MEMBER"));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    ids.put("invitationId", invited.json().getJsonObject("invitation").getString("id"));
    String missionPath = a.missionPath(ids.get("missionId"));
    ids.put("memberId", firstId(a.admin().api().get(a.path() + "/members")));
    ids.put("roleId", firstId(a.admin().api().get(missionPath + "/roles")));
    ids.put("decisionId", firstId(a.admin().api().get(missionPath + "/decisions")));
    ids.put("riskId", firstId(a.admin().api().get(missionPath + "/risks")));
    ids.put("bodyId", firstId(a.admin().api().get(missionPath + "/governance-bodies")));
    ids.put("commentId", firstId(a.admin().api().get(missionPath + "/comments")));
    ids.put("workshopId", a.admin().api().get(missionPath + "/workshops").array().getJsonObject(0).getString("id"));
    ids.put("noteId", a.admin().api().get(missionPath + "/workshops/" + ids.get("workshopId") + "/notes").array().getJsonObject(0).getString("id"));
    ids.put("subject", a.admin().subject());
    // a cross-organisation workshop inviting A only, open, with a note of A's
    var platformWorkshop = Scenario.benchmarkAnalyst().api().post("/api/v1/platform/workshops",
        Payloads.object("title", "Peer exchange", "prompts", List.of("What makes a good mission?"), "dotsPerPerson", 3, "groupSize", 4, "organisations", List.of(a.slug())));
    assertThat(platformWorkshop.status()).as(platformWorkshop.toString()).isEqualTo(201);
    String platformPath = "/api/v1/platform/workshops/" + platformWorkshop.json().getString("id");
    assertThat(Scenario.benchmarkAnalyst().api().send("POST", platformPath + "/phase", Payloads.object("phase", "POSTING"),
        Map.of("Content-Type", "application/json", "If-Match", platformWorkshop.etag())).status()).isEqualTo(200);
    ids.put("platformWorkshopId", platformWorkshop.json().getString("id"));
    var platformNote = a.admin().api().post(a.path() + "/workshops/" + ids.get("platformWorkshopId") + "/notes", Payloads.object("prompt", 0, "body", "Same words"));
    assertThat(platformNote.status()).as(platformNote.toString()).isEqualTo(201);
    ids.put("platformNoteId", platformNote.json().getString("id"));
    ids.put("bSlug", b.slug());
    ApiResponse hook = a.admin().api().post(a.path() + "/webhooks", Payloads.object("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("mission.archived")));
    assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
    ids.put("webhookId", hook.json().getString("id"));
    ids.put("pluginId", "notes");
    // the plugins whose endpoints are probed: on in both, so only the mission (or membership) can refuse
    for (Org org : List.of(a, b)) {
      Scenario.plugin(org, "notes", true);
      Scenario.plugin(org, "survey", true);
      // (the evaluation and funding plugins require the roadmap: on first)
      Scenario.plugin(org, "roadmap", true);
      Scenario.plugin(org, "evaluation", true);
      Scenario.plugin(org, "funding", true);
    }
    ids.put("bAdmin", b.admin().subject());
    Keycloak.addToOrganisation(a.slug(), b.admin().subject());
    bClaimingA = b.admin().refreshed();
  }

  private static String populate(Org org, Org partner, String label) {
    String mission = Scenario.mission(org, TITLE);
    Scenario.partnership(org, mission, partner);
    Person same = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, same, org.slug(), "COORDINATOR");
    String path = org.missionPath(mission);
    Api admin = org.admin().api();
    assertThat(admin.post(path + "/decisions", Payloads.decision("Adopt the charter", "PROPOSED", null)).status()).isEqualTo(201);
    assertThat(admin.post(path + "/risks", Payloads.risk("Effect of silos", 4, 4)).status()).isEqualTo(201);
    assertThat(admin.post(path + "/governance-bodies", Payloads.object("name", "Steering group")).status()).isEqualTo(201);
    assertThat(admin.post(path + "/comments", Payloads.object("body", "Same words")).status()).isEqualTo(201);
    // a workshop open for posting, with a note
    var workshop = admin.post(path + "/workshops", workshopPlan());
    assertThat(workshop.status()).as(workshop.toString()).isEqualTo(201);
    String workshopPath = path + "/workshops/" + workshop.json().getString("id");
    assertThat(admin.send("POST", workshopPath + "/phase", Payloads.object("phase", "POSTING"), Map.of("Content-Type", "application/json", "If-Match", workshop.etag())).status()).isEqualTo(200);
    assertThat(admin.post(workshopPath + "/notes", Payloads.object("prompt", 0, "body", "Same words")).status()).isEqualTo(201);
    return mission;
  }

  private static String workshopPlan() {
    return Payloads.object("title", "Peer exchange", "prompts", List.of("What makes a good mission?"), "dotsPerPerson", 3, "groupSize", 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void anotherOrganisationsTokenOnItsResourcesFindsNothingAndChangesNothing(Endpoint endpoint) {
    var before = Database.snapshot();
    // B's admin, naming A in the path
    assertNotFound(b.admin().api(), endpoint, a.slug());
    // B's admin with a token that (wrongly) also lists A: the database membership is still missing
    assertNotFound(bClaimingA.api(), endpoint, a.slug());
    // B's admin working in B, with A's identifiers
    // (plugin ids are the same in every organisation: nothing of A's to name there)
    boolean namesAsRows = endpoint.path().contains("Id}") && !endpoint.path().contains("{pluginId}");
    if (namesAsRows || endpoint.path().contains("{partnerSlug}")) {
      // (for invitations: A is invited, B is not)
      assertNotFound(b.admin().api(), endpoint, b.slug());
    }
    assertThat(Database.snapshot()).as("database after %s", endpoint).isEqualTo(before);
  }

  /**
   * Every organisation-scoped endpoint of every plugin, as the OpenAPI document lists them (contract 1.3.0):
   * B's token naming A, or naming B with A's mission, answers 404 and changes nothing, whatever the plugin
   * would do with the request.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pluginEndpoints")
  void anotherOrganisationsTokenFindsNothingOfItsPluginData(Endpoint endpoint) {
    var before = Database.snapshot();
    assertNotFound(b.admin().api(), endpoint, a.slug());
    assertNotFound(bClaimingA.api(), endpoint, a.slug());
    if (endpoint.path().contains("{missionId}")) {
      assertNotFound(b.admin().api(), endpoint, b.slug());
    }
    assertThat(Database.snapshot()).as("database after %s", endpoint).isEqualTo(before);
  }

  /** The plugins' organisation-scoped endpoints in the OpenAPI document, with an empty JSON body where they take one. */
  static List<Endpoint> pluginEndpoints() {
    List<Endpoint> endpoints = new java.util.ArrayList<>();
    operations().forEach((key, operation) -> {
      if (isPlugins(key, operation)) {
        String[] methodAndPath = key.split(" ", 2);
        endpoints.add(new Endpoint(methodAndPath[0], methodAndPath[1], operation.containsKey("requestBody") ? "{}" : null));
      }
    });
    assertThat(endpoints).extracting(Endpoint::path).anyMatch(p -> p.contains("/notes/")).anyMatch(p -> p.contains("/survey/"))
        .anyMatch(p -> p.contains("/roadmap/")).anyMatch(p -> p.contains("/evaluation/")).anyMatch(p -> p.contains("/funding/"));
    return endpoints;
  }

  /** "METHOD path" of every organisation-scoped operation in the OpenAPI document. */
  private static Map<String, JsonObject> operations() {
    return OpenApiOperations.under("/api/v1/orgs/{slug}");
  }

  private static boolean isPlugins(String key, JsonObject operation) {
    return OpenApiOperations.isPlugins(key, operation);
  }

  @Test
  void listsAndSearchesReturnOnlyOwnRows() {
    Api bApi = b.admin().api();
    ApiResponse missions = bApi.get(b.path() + "/missions?q=mental");
    assertThat(missions.items()).hasSize(1);
    assertThat(missions.items().getJsonObject(0).getJsonObject("lead").getString("slug")).isEqualTo(b.slug());
    assertThat(bApi.get(b.path() + "/members").itemValues("id")).doesNotContain(ids.get("memberId"));
    assertThat(bApi.get(b.path() + "/audit?size=100").itemValues("missionId")).doesNotContain(ids.get("missionId"));
    assertThat(bApi.get(b.path() + "/partner-invitations").items()).isEmpty();
  }

  @Test
  void everyOrganisationScopedEndpointIsCovered() {
    // the OpenAPI document lists every endpoint; each one of the platform's under /orgs/{slug} must be in the
    // table above (the plugins' are probed from the document itself)
    Set<String> documented = new TreeSet<>();
    operations().forEach((key, operation) -> {
      if (!isPlugins(key, operation)) {
        documented.add(key);
      }
    });
    Set<String> tested = new TreeSet<>();
    endpoints().forEach(e -> tested.add(e.method() + " " + e.path()));
    assertThat(tested).containsExactlyInAnyOrderElementsOf(documented);
  }

  private void assertNotFound(Api api, Endpoint endpoint, String slug) {
    // (a plugin's own ids that A has no row for: any value, the organisation or mission is refused first)
    String path = resolve(endpoint.path(), slug).replaceAll("\\{[A-Za-z]+}", "00000000-0000-4000-8000-000000000000");
    String body = endpoint.body() == null ? null : resolve(endpoint.body(), slug);
    Map<String, String> headers = new java.util.HashMap<>();
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    if (!endpoint.method().equals("GET")) {
      headers.put("If-Match", "\"1\"");
    }
    if (endpoint.path().endsWith(".csv")) {
      headers.put("Accept", "text/csv");
    }
    if (endpoint.path().endsWith(".md")) {
      headers.put("Accept", "text/markdown");
    }
    ApiResponse response = api.send(endpoint.method(), path, body, headers);
    assertThat(response.status()).as("%s as %s", response, slug).isEqualTo(404);
    assertThat(response.body()).doesNotContain(TITLE).doesNotContain(a.admin().subject());
  }

  private String resolve(String template, String slug) {
    // an invitation is addressed by the inviting mission's id
    String resolved =
        template.replace("{slug}", slug).replace("partner-invitations/{missionId}", "partner-invitations/{partnerInvitationMission}");
    // the cross-organisation workshop A is invited to, and its note
    if (template.startsWith("/api/v1/orgs/{slug}/workshops")) {
      resolved = resolved.replace("{workshopId}", "{platformWorkshopId}").replace("{noteId}", "{platformNoteId}");
    }
    for (var id : ids.entrySet()) {
      resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
    }
    return resolved;
  }

  private static String firstId(ApiResponse list) {
    assertThat(list.items()).as(list.toString()).isNotEmpty();
    return list.items().getJsonObject(0).getString("id");
  }

  /** One endpoint: method, OpenAPI path template, request body (with placeholders) or null. */
  record Endpoint(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
