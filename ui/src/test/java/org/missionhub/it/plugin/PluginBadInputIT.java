package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.OpenApiOperations;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Bad input to every plugin endpoint that takes a JSON body, as the OpenAPI document lists them (issue 18):
 * broken JSON, the wrong shape, hostile and oversized strings. Each answers a 4xx problem (RFC 9457), never
 * a 5xx or a stack trace, and writes nothing — sent by someone allowed to use the endpoint (the
 * organisation's administrator in its own organisation and mission; the benchmark analyst at platform level).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginBadInputIT {

  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
  private static final String HOSTILE =
      "{\"text\": \"'; drop table notes_note; --\", \"title\": \"<script>alert(1)</script>\", \"code\": \"../../etc/passwd\", \"definition\": \"%00\"}";

  private Org org;
  private String mission;

  @BeforeAll
  void anOrganisationUsingThePlugins() {
    org = Scenario.organisation("plugin-bad-input");
    Scenario.plugin(org, "notes", true);
    Scenario.plugin(org, "survey", true);
    mission = Scenario.mission(org, "Mental health for young people");
  }

  /** One endpoint and one bad body. */
  record Attempt(String method, String path, String body, String what) {
    @Override
    public String toString() {
      return method + " " + path + " with " + what;
    }
  }

  List<Attempt> attempts() {
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    bodies.put("broken JSON", "{\"text\": ");
    bodies.put("an array", "[1, 2, 3]");
    bodies.put("hostile strings", HOSTILE);
    bodies.put("a huge string", "{\"text\": \"" + "x".repeat(200_000) + "\"}");
    bodies.put("wrong types", "{\"text\": 42, \"title\": [\"a\"], \"anonymous\": \"maybe\", \"minimumCellSize\": \"five\"}");
    List<Attempt> attempts = new ArrayList<>();
    OpenApiOperations.under("/api/v1/").forEach((key, operation) -> {
      if (OpenApiOperations.isPlugins(key, operation) && operation.containsKey("requestBody")
          && operation.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json")) {
        String[] methodAndPath = key.split(" ", 2);
        bodies.forEach((what, body) -> attempts.add(new Attempt(methodAndPath[0], methodAndPath[1], body, what)));
      }
    });
    assertThat(attempts).extracting(Attempt::path).anyMatch(p -> p.contains("/notes/")).anyMatch(p -> p.contains("/platform/survey/"));
    return attempts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void badInputIsAProblemNeverAServerErrorAndWritesNothing(Attempt attempt) {
    var before = Database.snapshot();
    Api caller = attempt.path().startsWith("/api/v1/platform/") ? Scenario.benchmarkAnalyst().api() : org.admin().api();
    String path = attempt.path().replace("{slug}", org.slug()).replace("{missionId}", mission).replaceAll("\\{[A-Za-z]+}", UNKNOWN_ID);
    Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
    headers.put("If-Match", "\"1\"");

    ApiResponse response = caller.send(attempt.method(), path, attempt.body(), headers);

    assertThat(response.status()).as(response.toString()).isBetween(400, 499);
    assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Database.snapshot()).as("database after %s", attempt).isEqualTo(before);
  }
}
