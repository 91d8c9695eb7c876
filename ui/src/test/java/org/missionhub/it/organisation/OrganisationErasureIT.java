package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;

/**
 * A platform administrator erases an organisation that leaves (issue 18 #16): its private data goes, a
 * partner takes the lead of the mission it led with partners, the mission it led alone goes, it leaves the
 * mission of another organisation with its comments kept without names, its responses to a closed
 * benchmark stay counted without links to it, and the erasure is in the platform's audit log while the
 * organisation's own log is gone.
 */
class OrganisationErasureIT {
  // the test server runs a plugin that fails to start on purpose (throws-on-start)


  private static final String PLATFORM = "/api/v1/platform/organisations/";

  private final Person platformAdmin = Scenario.platformAdmin();

  @Test
  void erasingAnOrganisationRemovesItsDataHandsOverItsSharedMissionAndKeepsClosedAggregates() {
    // an organisation with a member, two missions (one with a partner, one alone), a partnership elsewhere,
    // a comment there, a note, and survey responses to a closed and to an open benchmark
    Org leaving = Campaigns.surveying("leaving", "NGO", "DK");
    Person member = Scenario.member(leaving, "MEMBER");
    Org successor = Scenario.organisation("successor");
    Org host = Scenario.organisation("host");
    String shared = Scenario.mission(leaving, "A mission worth continuing");
    Scenario.partnership(leaving, shared, successor);
    String alone = Scenario.mission(leaving, "A mission of its own");
    ApiResponse invited = leaving.admin().api().post(leaving.missionPath(alone) + "/partners", Payloads.object("organisation", host.slug()));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    String hosted = Scenario.mission(host, "Someone else's mission");
    Scenario.partnership(host, hosted, leaving);
    Scenario.role(host, hosted, leaving.admin(), leaving.slug(), "IMPLEMENTER");
    assertThat(leaving.admin().api().post(leaving.path() + "/missions/" + hosted + "/comments", Payloads.object("body", "We will bring the data")).status()).isEqualTo(201);
    Scenario.plugin(leaving, "notes", true);
    assertThat(leaving.admin().api().post(leaving.missionPath(alone) + "/notes/notes", Payloads.object("text", "Private note")).status()).isEqualTo(201);
    String closed = Campaigns.open(Campaigns.form(Campaigns.publishedTemplate(), List.of("NGO"), false, true, 3));
    Campaigns.submit(leaving, shared, closed, Campaigns.answers("leader", "middle"));
    Campaigns.closeAndPublish(closed);
    String open = Campaigns.open(Campaigns.form(Campaigns.publishedTemplate(), List.of("NGO"), false, true, 3));
    Campaigns.submit(leaving, alone, open, Campaigns.answers("leader", "middle"));
    String id = platformAdmin.api().get(PLATFORM + leaving.slug()).json().getString("id");
    long closedAnswers = Database.count("select count(*) from survey_answer where campaign_id = ?", closed);
    assertThat(closedAnswers).isPositive();

    // the plan says what will happen
    ApiResponse plan = platformAdmin.api().get(PLATFORM + leaving.slug() + "/erasure");
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    assertThat(plan.json().getJsonArray("handOvers")).hasSize(1);
    JsonObject handOver = plan.json().getJsonArray("handOvers").getJsonObject(0);
    assertThat(handOver.getString("id")).isEqualTo(shared);
    assertThat(handOver.getJsonArray("partners").getJsonObject(0).getString("slug")).isEqualTo(successor.slug());
    assertThat(plan.json().getJsonArray("deletedMissions").getJsonObject(0).getString("id")).isEqualTo(alone);
    assertThat(plan.json().getInt("partnershipsLeft")).isEqualTo(1);
    assertThat(plan.json().getJsonNumber("members").longValue()).isEqualTo(2);
    assertThat(plan.json().getJsonNumber("commentsAnonymised").longValue()).isEqualTo(1);
    assertThat(plan.json().getJsonArray("plugins").getValuesAs(JsonObject.class)).extracting(p -> p.getString("pluginId")).contains("notes", "survey");

    // an active organisation is not erased; a suspended one only with its slug typed and every handover named
    String order = Payloads.object("confirm", leaving.slug(), "handovers", Payloads.nested(shared, successor.slug()));
    assertThat(platformAdmin.api().post(PLATFORM + leaving.slug() + "/erasure", order).status()).as("needs If-Match").isEqualTo(428);
    assertThat(erase(leaving.slug(), order).status()).as("still active").isEqualTo(409);
    ApiResponse suspended =
        platformAdmin.api().put(PLATFORM + leaving.slug() + "/status", Payloads.object("status", "SUSPENDED"), platformAdmin.api().get(PLATFORM + leaving.slug()).etag());
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    ApiResponse unconfirmed = erase(leaving.slug(), Payloads.object("confirm", "something-else", "handovers", Payloads.nested(shared, successor.slug())));
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("confirm");
    ApiResponse wrongSuccessor = erase(leaving.slug(), Payloads.object("confirm", leaving.slug(), "handovers", Payloads.nested(shared, host.slug())));
    assertThat(wrongSuccessor.status()).isEqualTo(400);
    assertThat(wrongSuccessor.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("handovers." + shared);
    assertThat(Database.count("select count(*) from membership where tenant_id = ?", id)).as("nothing erased yet").isEqualTo(2);

    // erased
    ApiResponse erased = erase(leaving.slug(), order);
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().getString("status")).isEqualTo("ERASED");
    assertThat(erased.json().getString("slug")).startsWith("erased-").isNotEqualTo(leaving.slug());
    assertThat(erased.json().getBoolean("auditLogRemoved")).isTrue();
    // a plugin that is not running could not erase its part, and says so; asking again once it runs finishes it
    assertThat(erased.json().getJsonArray("pluginsNotErased").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("throws-on-start")
        .doesNotContain("notes", "survey");

    // the successor leads the shared mission, and its audit log says who handed it over
    ApiResponse continued = successor.admin().api().get(successor.missionPath(shared));
    assertThat(continued.status()).as(continued.toString()).isEqualTo(200);
    assertThat(continued.json().getJsonObject("lead").getString("slug")).isEqualTo(successor.slug());
    assertThat(successor.admin().api().get(successor.missionPath(shared) + "/partners").itemValues("status")).doesNotContain("ACCEPTED");
    // the mission it led alone is gone, with the invitation it had sent
    assertThat(Database.count("select count(*) from mission where id = ?", alone)).isZero();
    assertThat(host.admin().api().get(host.path() + "/partner-invitations").body()).doesNotContain(alone);
    // it left the host's mission: no role through it, its comment stays without a name
    assertThat(host.admin().api().get(host.missionPath(hosted) + "/roles").itemValues("subject")).doesNotContain(leaving.admin().subject());
    ApiResponse comments = host.admin().api().get(host.missionPath(hosted) + "/comments");
    assertThat(comments.body()).contains("We will bring the data").contains("Former member of an erased organisation").doesNotContain(leaving.admin().name());
    // its people lost the organisation, in MissionHub and in Keycloak; their accounts stay
    assertThat(member.refreshed().api().get(leaving.path()).status()).isEqualTo(404);
    assertThat(Keycloak.organisation(leaving.slug())).isEmpty();
    assertThat(Keycloak.user(member.subject()).getString("id")).isEqualTo(member.subject());
    assertThat(Database.count("select count(*) from membership where tenant_id = ?", id)).isZero();
    assertThat(Database.count("select count(*) from plugin_enablement where tenant_id = ?", id)).isZero();
    assertThat(Database.count("select count(*) from audit_entry where tenant_id = ?", id)).isZero();
    assertThat(Database.count("select count(*) from notes_note where tenant_id = ?", id)).isZero();
    // the closed benchmark still counts its response, linked to nothing; the open one's is gone
    assertThat(Database.count("select count(*) from survey_answer where campaign_id = ?", closed)).isEqualTo(closedAnswers);
    assertThat(Database.count("select count(*) from survey_response where campaign_id = ? and mission_id is null and respondent_subject is null", closed)).isEqualTo(1);
    assertThat(Database.count("select count(*) from survey_response where tenant_id = ? and campaign_id = ?", id, open)).isZero();
    assertThat(Database.count("select count(*) from survey_draft where tenant_id = ?", id)).isZero();
    // the results' kept counts followed: the open campaign counts no response any more, and a recount finds nothing to correct
    assertThat(Database.count("select coalesce(sum(respondents), 0) from survey_answer_count where campaign_id = ? and question = '*' and dimension = 'all'", open)).isZero();
    for (String campaign : List.of(open, closed)) {
      ApiResponse recount = Scenario.benchmarkAnalyst().api().postAction("/api/v1/platform/survey/campaigns/" + campaign + "/recount", null);
      assertThat(recount.status()).as(recount.toString()).isEqualTo(200);
      assertThat(recount.json().getInt("corrected")).as("cells the kept counts got wrong").isZero();
    }
    // the platform's log keeps the erasure
    assertThat(platformAdmin.api().get("/api/v1/platform/audit?size=100").body()).contains("organisation.deleted").contains(leaving.slug());

    // the tombstone cannot be reactivated, and asking again finishes nothing more
    String tombstone = erased.json().getString("slug");
    ApiResponse again = platformAdmin.api().get(PLATFORM + tombstone + "/erasure");
    assertThat(again.json().getString("status")).isEqualTo("ERASED");
    assertThat(platformAdmin.api().put(PLATFORM + tombstone + "/status", Payloads.object("status", "ACTIVE"), again.etag()).status()).isEqualTo(409);
    ApiResponse repeated = platformAdmin.api().send("POST", PLATFORM + tombstone + "/erasure", Payloads.object("confirm", tombstone), java.util.Map.of("If-Match", again.etag(), "Content-Type", "application/json"));
    assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
    assertThat(repeated.json().getBoolean("auditLogRemoved")).isTrue();
  }

  @Test
  void onlyAPlatformAdministratorSeesOrOrdersAnErasure() {
    Org org = Scenario.organisation("not-erasable");
    assertThat(org.admin().api().get(PLATFORM + org.slug() + "/erasure").status()).isEqualTo(403);
    assertThat(org.admin().api().send("POST", PLATFORM + org.slug() + "/erasure", Payloads.object("confirm", org.slug()), java.util.Map.of("If-Match", "\"0\"", "Content-Type", "application/json")).status())
        .isEqualTo(403);
    assertThat(platformAdmin.api().get(PLATFORM + "no-such-organisation/erasure").status()).isEqualTo(404);
  }

  private ApiResponse erase(String slug, String order) {
    String etag = platformAdmin.api().get(PLATFORM + slug + "/erasure").etag();
    return platformAdmin.api().send("POST", PLATFORM + slug + "/erasure", order, java.util.Map.of("If-Match", etag, "Content-Type", "application/json"));
  }
}
