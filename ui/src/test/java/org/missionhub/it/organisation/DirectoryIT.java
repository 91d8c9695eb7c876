package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** The directory of organisations people search to find partners. */
class DirectoryIT {

  @Test
  void anyoneSignedInFindsActiveOrganisationsByPartOfTheirName() {
    // given two active organisations sharing a word, and a suspended one
    String word = "circular" + Scenario.shortId();
    Org first = Scenario.organisation(word + "-a", "LOCAL_GOVERNMENT", "DK");
    Org second = Scenario.organisation(word + "-b", "FOUNDATION", "FR");
    Org suspended = Scenario.organisation(word + "-c");
    Person platformAdmin = Scenario.platformAdmin();
    String etag = platformAdmin.api().get("/api/v1/platform/organisations/" + suspended.slug()).etag();
    assertThat(platformAdmin.api().put("/api/v1/platform/organisations/" + suspended.slug() + "/status", Payloads.object("status", "SUSPENDED"), etag).status())
        .isEqualTo(200);
    // when someone who just registered (no organisation yet) searches
    Person newcomer = Person.register("searcher");
    ApiResponse found = newcomer.api().get("/api/v1/organisations?q=" + word.toUpperCase());
    // then they find the active ones, as partners see them (no status, no members)
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.itemValues("slug")).containsExactly(first.slug(), second.slug());
    assertThat(found.items().getJsonObject(1).getString("type")).isEqualTo("FOUNDATION");
    assertThat(found.items().getJsonObject(1).containsKey("status")).isFalse();
    // and can narrow by type
    assertThat(newcomer.api().get("/api/v1/organisations?q=" + word + "&type=LOCAL_GOVERNMENT").itemValues("slug"))
        .containsExactly(first.slug());
  }

  @Test
  void searchTextIsTakenLiterally() {
    Person person = Person.register("wildcards");
    ApiResponse response = person.api().get("/api/v1/organisations?q=%25");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.itemValues("name")).allMatch(name -> name.contains("%"));
  }

  @Test
  void badFiltersNameTheirField() {
    Person person = Person.register("bad-filter");
    ApiResponse badType = person.api().get("/api/v1/organisations?type=CHURCH");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("type");
    ApiResponse tooLong = person.api().get("/api/v1/organisations?q=" + "x".repeat(201));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
  }

  @Test
  void nobodyAnonymous() {
    assertThat(Api.anonymous().get("/api/v1/organisations").status()).isEqualTo(401);
  }
}
