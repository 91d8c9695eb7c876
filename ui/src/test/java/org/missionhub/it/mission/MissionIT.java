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

/** Creating, reading, listing, editing and archiving missions. */
class MissionIT {

  private Org org;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("missions");
  }

  @Test
  void anyMemberCreatesAMissionAndBecomesItsLeader() {
    // given a plain member
    Person member = Scenario.member(org, "MEMBER");
    // when they create a mission
    ApiResponse created = member.api().post(org.path() + "/missions", Payloads.charter("Clean rivers"));
    // then it starts getting started, led by their organisation, with them as LEADER
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/missions/" + created.json().getString("id"));
    assertThat(created.etag()).isNotBlank();
    JsonObject mission = created.json();
    assertThat(mission.getString("phase")).isEqualTo("GETTING_STARTED");
    assertThat(mission.getJsonObject("lead").getString("slug")).isEqualTo(org.slug());
    assertThat(mission.getJsonArray("myRoles").getString(0)).isEqualTo("LEADER");
    assertThat(mission.getJsonArray("myPermissions").stream().map(Object::toString)).contains("\"CHANGE_PHASE\"");
  }

  @Test
  void editingTheCharterNeedsTheCurrentETag() {
    String id = Scenario.mission(org, "Charter");
    String path = org.missionPath(id);
    ApiResponse current = org.admin().api().get(path);
    String edit = Payloads.charter("Charter, revised");
    // missing If-Match: 428
    ApiResponse missing = org.admin().api().put(path, edit, null);
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.json().getString("type")).endsWith("/precondition-required");
    // current ETag: saved, new ETag
    ApiResponse saved = org.admin().api().put(path, edit, current.etag());
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().getString("title")).isEqualTo("Charter, revised");
    assertThat(saved.etag()).isNotEqualTo(current.etag());
    // the old ETag again: 412, and the first edit stands
    ApiResponse stale = org.admin().api().put(path, Payloads.charter("Lost update"), current.etag());
    assertThat(stale.status()).isEqualTo(412);
    assertThat(org.admin().api().get(path).json().getString("title")).isEqualTo("Charter, revised");
  }

  @Test
  void thePhaseIsNotPartOfTheCharter() {
    String id = Scenario.mission(org, "Phase by charter");
    ApiResponse current = org.admin().api().get(org.missionPath(id));
    String withPhase =
        Payloads.object(
            "title", "Phase by charter", "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN",
            "phase", "CLOSED");
    ApiResponse refused = org.admin().api().put(org.missionPath(id), withPhase, current.etag());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(org.admin().api().get(org.missionPath(id)).json().getString("phase")).isEqualTo("GETTING_STARTED");
  }

  @Test
  void endBeforeStartIsInvalid() {
    String charter =
        Payloads.object(
            "title", "Backwards", "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN",
            "startDate", "2030-01-01", "endDate", "2029-01-01");
    ApiResponse response = org.admin().api().post(org.path() + "/missions", charter);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("endDate");
  }

  @Test
  void listsFiltersSortsAndPages() {
    Scenario.mission(org, "Alpha");
    Scenario.mission(org, "Beta");
    String digital =
        org.admin()
            .api()
            .post(
                org.path() + "/missions",
                Payloads.object(
                    "title", "Gamma", "statement", "Digital public services people trust", "challengeArea", "DIGITAL",
                    "governanceMode", "TOP_DOWN"))
            .json()
            .getString("id");
    ApiResponse sorted = org.admin().api().get(org.path() + "/missions?sort=-title");
    assertThat(sorted.itemValues("title")).containsExactly("Gamma", "Beta", "Alpha");
    assertThat(org.admin().api().get(org.path() + "/missions?challengeArea=DIGITAL").itemValues("id")).containsExactly(digital);
    assertThat(org.admin().api().get(org.path() + "/missions?mode=TOP_DOWN").itemValues("id")).containsExactly(digital);
    assertThat(org.admin().api().get(org.path() + "/missions?q=TRUST").itemValues("id")).containsExactly(digital);
    assertThat(org.admin().api().get(org.path() + "/missions?phase=EVALUATING").items()).isEmpty();
    ApiResponse page = org.admin().api().get(org.path() + "/missions?size=2&page=1&sort=title");
    assertThat(page.itemValues("title")).containsExactly("Gamma");
    assertThat(page.json().getInt("totalItems")).isEqualTo(3);
    assertThat(page.json().getInt("totalPages")).isEqualTo(2);
  }

  @Test
  void badListParametersAreNamed() {
    assertThat(field(org.admin().api().get(org.path() + "/missions?size=500"))).isEqualTo("size");
    assertThat(field(org.admin().api().get(org.path() + "/missions?size=abc"))).isEqualTo("size");
    assertThat(field(org.admin().api().get(org.path() + "/missions?page=-1"))).isEqualTo("page");
    assertThat(field(org.admin().api().get(org.path() + "/missions?sort=secret"))).isEqualTo("sort");
    assertThat(field(org.admin().api().get(org.path() + "/missions?phase=SOMEWHERE"))).isEqualTo("phase");
  }

  @Test
  void archivingHidesTheMissionFromTheListAndMakesItReadOnly() {
    String id = Scenario.mission(org, "To archive");
    String path = org.missionPath(id);
    ApiResponse archived = org.admin().api().delete(path, org.admin().api().get(path).etag());
    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.json().getBoolean("archived")).isTrue();
    assertThat(org.admin().api().get(org.path() + "/missions").itemValues("id")).doesNotContain(id);
    assertThat(org.admin().api().get(org.path() + "/missions?includeArchived=true").itemValues("id")).contains(id);
    assertThat(org.admin().api().put(path, Payloads.charter("Edited"), archived.etag()).status()).isEqualTo(409);
    ApiResponse restored = org.admin().api().postAction(path + "/restore", archived.etag());
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().getBoolean("archived")).isFalse();
  }

  @Test
  void healthSaysWhatIsMissingAndWhy() {
    String id = Scenario.mission(org, "Health");
    ApiResponse health = org.admin().api().get(org.missionPath(id) + "/health");
    assertThat(health.status()).isEqualTo(200);
    JsonObject json = health.json();
    // a measurable target and a leader, but no partner yet
    assertThat(json.getString("status")).isEqualTo("ATTENTION");
    assertThat(check(json, "measurable-target").getBoolean("passed")).isTrue();
    assertThat(check(json, "leader-assigned").getBoolean("passed")).isTrue();
    assertThat(check(json, "has-partners").getBoolean("passed")).isFalse();
    assertThat(check(json, "has-partners").getString("whyItMatters")).contains("silo");
    // an open high risk makes it fail the risk check
    org.admin().api().post(org.missionPath(id) + "/risks", Payloads.risk("Silos", 5, 4));
    assertThat(check(org.admin().api().get(org.missionPath(id) + "/health").json(), "no-open-high-risks").getBoolean("passed"))
        .isFalse();
  }

  private static JsonObject check(JsonObject health, String id) {
    return health.getJsonArray("checks").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
