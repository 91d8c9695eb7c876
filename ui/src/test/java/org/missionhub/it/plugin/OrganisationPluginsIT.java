package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** An organisation administrator enables, configures and disables plugins for their organisation. */
class OrganisationPluginsIT {

  private Org org;
  private Api admin;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("plugins");
    admin = org.admin().api();
  }

  private String path(String pluginId) {
    return org.path() + "/plugins/" + pluginId;
  }

  @Test
  void everyActivePluginIsListedAndNoneIsEnabledAtFirst() {
    ApiResponse list = admin.get(org.path() + "/plugins?size=50");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.itemValues("id")).contains("survey", "roadmap", "evaluation", "funding", "notes", "highlights")
        // refused and failed plugins are not offered
        .doesNotContain("throws-on-start", "needs-missing", "twin", "cycle-a");
    assertThat(list.items().stream().map(JsonObject.class::cast).map(p -> p.getBoolean("enabled"))).containsOnly(false);
    ApiResponse notes = admin.get(path("notes"));
    assertThat(notes.etag()).isEqualTo("\"0\"");
    assertThat(notes.json().getJsonObject("settings").getString("maxLength")).isEqualTo("1000");
    assertThat(notes.json().getJsonArray("settingDefinitions").getJsonObject(0).getString("type")).isEqualTo("INTEGER");
  }

  @Test
  void enablingWithValidSettingsIsVersioned() {
    // missing If-Match: 428
    assertThat(admin.put(path("notes"), Payloads.object("enabled", true), null).status()).isEqualTo(428);
    // enabled with a setting
    ApiResponse enabled = admin.put(path("notes"), Payloads.object("enabled", true, "settings", Payloads.nested("maxLength", "200")), "\"0\"");
    assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
    assertThat(enabled.json().getBoolean("enabled")).isTrue();
    assertThat(enabled.json().getJsonObject("settings").getString("maxLength")).isEqualTo("200");
    assertThat(enabled.etag()).isEqualTo("\"1\"");
    // the old version again: 412, nothing changed
    ApiResponse stale = admin.put(path("notes"), Payloads.object("enabled", false), "\"0\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(admin.get(path("notes")).json().getBoolean("enabled")).isTrue();
  }

  @Test
  void invalidSettingsAreNamedAndNothingIsStored() {
    ApiResponse tooSmall = admin.put(path("notes"), Payloads.object("enabled", true, "settings", Payloads.nested("maxLength", "5")), "\"0\"");
    assertThat(tooSmall.status()).isEqualTo(400);
    assertThat(tooSmall.contentType()).startsWith("application/problem+json");
    assertThat(tooSmall.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("settings.maxLength");
    ApiResponse notANumber = admin.put(path("notes"), Payloads.object("enabled", true, "settings", Payloads.nested("maxLength", "many")), "\"0\"");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("settings.maxLength");
    ApiResponse unknown = admin.put(path("notes"), Payloads.object("enabled", true, "settings", Payloads.nested("colour", "red")), "\"0\"");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("settings.colour");
    ApiResponse noChoice = admin.put(path("notes"), Payloads.object("settings", Payloads.nested("maxLength", "100")), "\"0\"");
    assertThat(noChoice.status()).isEqualTo(400);
    assertThat(noChoice.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("enabled");
    ApiResponse after = admin.get(path("notes"));
    assertThat(after.json().getBoolean("enabled")).isFalse();
    assertThat(after.etag()).isEqualTo("\"0\"");
  }

  @Test
  void settingsSurviveSwitchingThePluginOffAndOn() {
    admin.put(path("notes"), Payloads.object("enabled", true, "settings", Payloads.nested("maxLength", "300")), "\"0\"");
    Scenario.plugin(org, "notes", false);
    Scenario.plugin(org, "notes", true);
    assertThat(admin.get(path("notes")).json().getJsonObject("settings").getString("maxLength")).isEqualTo("300");
  }

  @Test
  void onlyAnOrganisationAdministratorChangesPlugins() {
    Person member = Scenario.member(org, "MEMBER");
    ApiResponse read = member.api().get(path("notes"));
    assertThat(read.status()).isEqualTo(200);
    ApiResponse refused = member.api().put(path("notes"), Payloads.object("enabled", true), read.etag());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(admin.get(path("notes")).json().getBoolean("enabled")).isFalse();
  }

  @Test
  void aPluginNeedsWhatItRequiresEnabledFirst() {
    // highlights requires notes, which is off: 409 naming it
    ApiResponse refused = admin.put(path("highlights"), Payloads.object("enabled", true), "\"0\"");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("requires notes");
    // with notes on, it can be enabled
    Scenario.plugin(org, "notes", true);
    Scenario.plugin(org, "highlights", true);
    // and notes cannot be switched off while highlights needs it
    ApiResponse notes = admin.get(path("notes"));
    ApiResponse stillNeeded = admin.put(path("notes"), Payloads.object("enabled", false), notes.etag());
    assertThat(stillNeeded.status()).isEqualTo(409);
    assertThat(stillNeeded.json().getString("detail")).contains("highlights requires notes");
    Scenario.plugin(org, "highlights", false);
    Scenario.plugin(org, "notes", false);
  }

  @Test
  void unknownAndBrokenPluginsDoNotExistForOrganisations() {
    assertThat(admin.get(path("no-such-plugin")).status()).isEqualTo(404);
    assertThat(admin.get(path("throws-on-start")).status()).isEqualTo(404);
    assertThat(admin.put(path("needs-missing"), Payloads.object("enabled", true), "\"0\"").status()).isEqualTo(404);
  }
}
