package org.missionhub.it.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The roadmap's milestones in a calendar: a person subscribes and gets a secret address, a calendar client
 * reads it without a token (parsed here by ical4j, as a calendar application would), the address follows
 * the person's access and stops at revocation, and nobody else can subscribe to a mission they cannot see.
 */
class CalendarFeedIT {

  private final Org lead = Scenario.organisation("calendar-lead", "LOCAL_GOVERNMENT", "DK", "roadmap");
  private final String mission = Scenario.mission(lead, "Mental health for young people");

  @Test
  void aMissionsMilestonesReachACalendarUntilTheAddressIsRevoked() throws Exception {
    // given a roadmap with a milestone
    String roadmap = lead.missionPath(mission) + "/roadmap";
    ApiResponse initiative = lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
        "title", "Peer support in schools", "type", "PILOT", "start", "2027-01-01", "end", "2027-12-31", "lifecycle", "ACTIVE"));
    assertThat(initiative.status()).as(initiative.toString()).isEqualTo(201);
    String initiativeId = initiative.json().getString("id");
    assertThat(lead.admin().api().post(roadmap + "/milestones", Payloads.object("initiative", initiativeId, "title", "First schools on board", "due", "2027-03-15")).status())
        .isEqualTo(201);

    // when the leader subscribes to the mission's milestones
    ApiResponse subscribed = lead.admin().api().post(lead.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "milestones", "missionId", mission));
    assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
    String url = subscribed.json().getString("url");
    assertThat(url).contains("/api/v1/feeds/" + lead.slug() + "/").endsWith(".ics");

    // then a calendar reads it with no token: one all-day event per milestone
    Api.Download feed = anonymousGet(url);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.contentType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(new String(feed.body(), StandardCharsets.UTF_8)));
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getProperty(Property.SUMMARY).map(Property::getValue)).contains("First schools on board (Peer support in schools)");
    assertThat(events.get(0).getProperty(Property.DTSTART).map(Property::getValue)).contains("20270315");
    assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("MissionHub: Mental health for young people");

    // the list shows the subscription and never the secret; a wrong secret or organisation finds nothing
    List<JsonObject> listed = lead.admin().api().get(lead.path() + "/feeds").array().getValuesAs(JsonObject.class);
    assertThat(listed).extracting(s -> s.getString("feed") + ":" + s.getString("missionId")).containsExactly("milestones:" + mission);
    assertThat(listed.get(0).containsKey("url")).isFalse();
    String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    assertThat(anonymousGet(url.replace(secret, secret.substring(1) + "A")).status()).isEqualTo(404);
    assertThat(anonymousGet(url.replace("/" + lead.slug() + "/", "/someone-else/")).status()).isEqualTo(404);
    assertThat(Api.anonymous().get("/api/v1/feeds/" + lead.slug() + "/not-a-secret.ics").status()).isEqualTo(404);

    // an address has its own allowance (30 reads a minute): a client polling in a loop is told when to come back
    String path = URI.create(url).getRawPath();
    ApiResponse read = Api.anonymous().get(path);
    for (int i = 0; i < 40 && read.status() == 200; i++) {
      read = Api.anonymous().get(path);
    }
    assertThat(read.status()).as(read.toString()).isEqualTo(429);
    assertThat(read.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(read.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(lead.admin().api().get(lead.path() + "/feeds").status()).as("the person's own allowance is untouched").isEqualTo(200);

    // when it is revoked, the address is dead
    assertThat(lead.admin().api().delete(lead.path() + "/feeds/" + subscribed.json().getString("id"), null).status()).isEqualTo(204);
    assertThat(anonymousGet(url).status()).isEqualTo(404);
    assertThat(lead.admin().api().get(lead.path() + "/feeds").array()).isEmpty();
  }

  @Test
  void aPersonsFeedHoldsTheirInitiativesAndEndsWithTheirMembership() throws Exception {
    // given a coordinator responsible for one initiative of two
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    String roadmap = lead.missionPath(mission) + "/roadmap";
    String theirs = created(lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
        "title", "Helpline for teenagers", "type", "PROJECT", "responsible", coordinator.subject(), "start", "2027-02-01", "end", "2028-01-31")));
    String others = created(lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
        "title", "Research on waiting lists", "type", "RESEARCH", "start", "2027-02-01", "end", "2028-01-31")));
    created(lead.admin().api().post(roadmap + "/milestones", Payloads.object("initiative", theirs, "title", "Helpline opens", "due", "2027-06-01")));
    created(lead.admin().api().post(roadmap + "/milestones", Payloads.object("initiative", others, "title", "Survey sent", "due", "2027-04-01")));

    // a personal feed takes no mission, and a mission's feed needs one: each refusal names the field
    ApiResponse withMission = coordinator.api().post(lead.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "my-milestones", "missionId", mission));
    assertThat(withMission.status()).isEqualTo(400);
    assertThat(withMission.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("missionId");
    ApiResponse unknown = coordinator.api().post(lead.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "everything"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("feed");
    assertThat(coordinator.api().post(lead.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "milestones")).json()
        .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("missionId");

    // when the coordinator subscribes to their own milestones
    ApiResponse subscribed = coordinator.api().post(lead.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "my-milestones"));
    assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
    String url = subscribed.json().getString("url");

    // then the feed holds the milestone of their initiative only
    Calendar calendar = new CalendarBuilder().build(new StringReader(new String(anonymousGet(url).body(), StandardCharsets.UTF_8)));
    assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse(""))
        .containsExactly("Helpline opens (Helpline for teenagers)");
    // the administrator sees everyone's addresses
    assertThat(lead.admin().api().get(lead.path() + "/feeds?all=true").array().getValuesAs(JsonObject.class)).extracting(s -> s.getString("subscriber"))
        .contains(coordinator.subject());
    assertThat(coordinator.api().get(lead.path() + "/feeds?all=true").status()).isEqualTo(403);

    // when they leave the organisation, the address they gave their calendar answers 404
    JsonObject row = lead.admin().api().get(lead.path() + "/members").items().stream().map(v -> v.asJsonObject())
        .filter(m -> m.getString("subject").equals(coordinator.subject())).findFirst().orElseThrow();
    assertThat(lead.admin().api().delete(lead.path() + "/members/" + row.getString("id"), "\"" + row.getInt("version") + "\"").status()).isEqualTo(204);
    assertThat(anonymousGet(url).status()).isEqualTo(404);
    // and it is revoked, not only refused: were they invited again, the old address would stay dead
    assertThat(lead.admin().api().get(lead.path() + "/feeds?all=true").array().getValuesAs(JsonObject.class)).extracting(s -> s.getString("subscriber"))
        .doesNotContain(coordinator.subject());
  }

  @Test
  void anotherOrganisationCannotSubscribeToAMissionItCannotSee() {
    Org outsider = Scenario.organisation("calendar-outsider", "NGO", "FR", "roadmap");

    ApiResponse refused = outsider.admin().api().post(outsider.path() + "/feeds", Payloads.object("plugin", "roadmap", "feed", "milestones", "missionId", mission));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.path() + "/feeds").array()).isEmpty();
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }

  /** A calendar client: no token, the address as given (relative to the server the tests run against). */
  private static Api.Download anonymousGet(String url) {
    URI address = URI.create(url);
    URI base = URI.create(ItEnvironment.baseUrl());
    assertThat(address.getPort()).isEqualTo(base.getPort());
    return Api.anonymous().download(address.getRawPath());
  }
}
