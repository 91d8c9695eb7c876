package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Bad input gets a clear RFC 9457 problem naming the field, never a stack trace, and never writes
 * anything.
 */
class BadInputIT {

  private Org org;
  private String missions;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("bad-input");
    missions = org.path() + "/missions";
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertProblem(org.admin().api().post(missions, "{\"title\": \"unterminated"), 400, "malformed-request");
  }

  @Test
  void aBodyOfTheWrongShapeIsABadRequest() {
    assertProblem(org.admin().api().post(missions, "[1, 2, 3]"), 400, "malformed-request");
    assertProblem(org.admin().api().post(missions, Payloads.object("title", List.of("a", "b"))), 400, "malformed-request");
  }

  @Test
  void aMissingBodyNamesTheBody() {
    ApiResponse response = org.admin().api().send("POST", missions, null, Map.of("Content-Type", "application/json"));
    assertProblem(response, 400, "validation");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
    String charter =
        Payloads.object("title", "T", "statement", "S", "challengeArea", "SPACE_TRAVEL", "governanceMode", "TOP_DOWN");
    ApiResponse response = org.admin().api().post(missions, charter);
    assertProblem(response, 400, "malformed-request");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("challengeArea");
    assertThat(response.json().getString("detail")).contains("CLIMATE_ENVIRONMENT");
  }

  @Test
  void anUnknownPropertyIsRefusedRatherThanIgnored() {
    String charter =
        Payloads.object("tittle", "T", "title", "T", "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN");
    ApiResponse response = org.admin().api().post(missions, charter);
    assertProblem(response, 400, "malformed-request");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("tittle");
  }

  @Test
  void oversizedTextNamesTheField() {
    String charter =
        Payloads.object("title", "x".repeat(201), "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN");
    ApiResponse response = org.admin().api().post(missions, charter);
    assertProblem(response, 400, "validation");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");
  }

  @Test
  void missingRequiredFieldsAreAllNamed() {
    ApiResponse response = org.admin().api().post(missions, "{}");
    assertProblem(response, 400, "validation");
    assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("title", "statement", "challengeArea", "governanceMode");
  }

  @Test
  void anInvalidDateIsABadRequest() {
    String charter =
        Payloads.object("title", "T", "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN", "startDate", "2026-13-45");
    ApiResponse response = org.admin().api().post(missions, charter);
    assertProblem(response, 400, "malformed-request");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("startDate");
  }

  @Test
  void theWrongContentTypeIsUnsupported() {
    ApiResponse response =
        org.admin().api().send("POST", missions, "title=T", Map.of("Content-Type", "application/x-www-form-urlencoded"));
    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  void aBodyOverOneMebibyteIsRefused() {
    String huge = Payloads.object("title", "T", "statement", "x".repeat(1_100_000), "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN");
    ApiResponse response = org.admin().api().post(missions, huge);
    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void aBodyOverOneMebibyteWithoutALengthIsRefusedToo() {
    String huge = Payloads.object("title", "T", "statement", "x".repeat(1_100_000), "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN");
    ApiResponse json = org.admin().api().postChunked(missions, huge.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
    assertProblem(json, 413, "payload-too-large");
    // and an upload read by POI (an XLSForm) stops at the limit as well
    byte[] workbook = new byte[1_100_000];
    ApiResponse upload =
        Scenario.benchmarkAnalyst().api().postChunked("/api/v1/platform/survey/instruments/import?code=huge", workbook, "application/octet-stream");
    assertProblem(upload, 413, "payload-too-large");
  }

  @Test
  void anUnknownPathOrMethodIsAProblemToo() {
    assertProblem(org.admin().api().get(org.path() + "/no-such-thing"), 404, "not-found");
    assertProblem(org.admin().api().put(org.path() + "/audit", "{}", "\"1\""), 405, "method-not-allowed");
  }

  @Test
  void aMalformedIdIsNotFound() {
    assertProblem(org.admin().api().get(missions + "/not-a-uuid"), 404, "not-found");
    assertProblem(org.admin().api().get(missions + "/00000000-0000-0000-0000-000000000000"), 404, "not-found");
  }

  @Test
  void badInputWritesNothing() {
    // given the database as it is
    var before = Database.snapshot();
    // when a series of bad requests arrive
    org.admin().api().post(missions, "{\"title\": ");
    org.admin().api().post(missions, "{}");
    org.admin().api().post(missions, Payloads.object("title", "T", "statement", "S", "challengeArea", "DIGITAL", "governanceMode", "TOP_DOWN", "endDate", "2000-01-01", "startDate", "2001-01-01"));
    // then nothing changed, not even the audit log
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  private static void assertProblem(ApiResponse response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    assertThat(response.json().getString("type")).endsWith("/" + type);
    assertThat(response.json().getInt("status")).isEqualTo(status);
    assertThat(response.json().getString("detail")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
