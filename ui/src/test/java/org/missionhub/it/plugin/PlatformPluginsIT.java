package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.support.Scenario;

/**
 * What the platform made of the plugins it found: the product plugins packaged in the application, and the
 * example and test plugins dropped into the plugins directory (by the build, before the server started).
 * The broken ones are refused or failed with a reason; the platform and every other plugin run.
 */
class PlatformPluginsIT {

  private static List<JsonObject> plugins() {
    ApiResponse response = Scenario.platformAdmin().api().get("/api/v1/platform/plugins?size=100");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.items().stream().map(JsonObject.class::cast).toList();
  }

  private static Map<String, JsonObject> byId() {
    // the twins share an id; the last one wins here, which is fine for the checks that use this map
    return plugins().stream().collect(Collectors.toMap(p -> p.getString("id"), p -> p, (x, y) -> y));
  }

  @Test
  void theFourProductPluginsRunFromTheApplication() {
    Map<String, JsonObject> plugins = byId();
    for (String id : List.of("survey", "roadmap", "evaluation", "funding")) {
      JsonObject plugin = plugins.get(id);
      assertThat(plugin).as(id).isNotNull();
      assertThat(plugin.getString("state")).as(id).isEqualTo("ACTIVE");
      assertThat(plugin.getString("source")).isEqualTo("the application");
      // nothing faked: a product plugin still in the making says what is still being built (the survey's second round,
      // issue 20); the roadmap, evaluation and funding plugins are whole and say nothing of the kind
      String description = plugin.getJsonObject("description").getString("en");
      if (id.equals("survey")) {
        assertThat(description).as(id).contains("being built");
      } else {
        assertThat(description).as(id).doesNotContain("being built");
      }
    }
  }

  @Test
  void dropInJarsAreLoadedFromThePluginsDirectory() {
    Map<String, JsonObject> plugins = byId();
    assertThat(plugins.get("notes").getString("state")).isEqualTo("ACTIVE");
    assertThat(plugins.get("notes").getString("source")).endsWith(".jar").contains("missionhub-plugin-example-notes");
    assertThat(plugins.get("highlights").getString("state")).isEqualTo("ACTIVE");
    assertThat(plugins.get("highlights").getJsonArray("requires").getJsonObject(0).getString("pluginId")).isEqualTo("notes");
  }

  @Test
  void brokenPluginsAreRefusedOrFailedWithTheirReason() {
    Map<String, JsonObject> plugins = byId();
    assertState(plugins, "needs-missing", "REFUSED", "requires not-installed 1.0.0, which is not installed");
    assertState(plugins, "future-api", "REFUSED", "supports the plugin API [2.0.0,3.0.0), the platform's is " + org.missionhub.api.plugin.PluginApi.VERSION);
    assertState(plugins, "cycle-a", "REFUSED", "dependency cycle");
    assertState(plugins, "cycle-b", "REFUSED", "dependency cycle");
    assertState(plugins, "partners", "REFUSED", "reserved");
    assertState(plugins, "throws-on-start", "FAILED", "failed to start: IllegalStateException: broken on purpose");
    assertState(plugins, "needs-thrower", "FAILED", "requires throws-on-start, which failed");
    assertState(plugins, "hangs-on-start", "FAILED", "did not start within 3 seconds");
    assertState(plugins, "bad-permission", "FAILED", "invalid contribution");
    assertState(plugins, "bad-messages", "FAILED", "invalid contribution: its message key notes.add is not named bad-messages.<name>");
    assertState(plugins, "missing-messages", "FAILED", "invalid contribution: its messages org/missionhub/plugin/testing/not-there.properties are not in its jar");
    assertState(plugins, "org.missionhub.plugin.testing.Plugins$ThrowsInConstructor", "REFUSED", "could not be created");
    List<JsonObject> twins = plugins().stream().filter(p -> p.getString("id").equals("twin")).toList();
    assertThat(twins).hasSize(2).allSatisfy(t -> {
      assertThat(t.getString("state")).isEqualTo("REFUSED");
      assertThat(t.getString("problem")).contains("is used by more than one plugin");
    });
  }

  @Test
  void thePlatformIsHealthyDespiteThem() {
    ApiResponse ready = Api.anonymous().get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    // and the core API works as usual
    Org org = Scenario.organisation("plugins-healthy");
    assertThat(Scenario.mission(org, "Still running")).isNotBlank();
  }

  @Test
  void onlyAPlatformAdministratorSeesThePluginList() {
    Org org = Scenario.organisation("plugins-list");
    assertThat(org.admin().api().get("/api/v1/platform/plugins").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/v1/platform/plugins").status()).isEqualTo(401);
  }

  private static void assertState(Map<String, JsonObject> plugins, String id, String state, String problem) {
    JsonObject plugin = plugins.get(id);
    assertThat(plugin).as(id).isNotNull();
    assertThat(plugin.getString("state")).as(id).isEqualTo(state);
    assertThat(plugin.getString("problem")).as(id).contains(problem);
  }
}
