package org.missionhub.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * What an operator's log collector gets: the server's messages.log as JSON lines (the test servers run with
 * WLP_LOGGING_MESSAGE_FORMAT=json), every line a request writes carrying its id, the same id in the answer's
 * {@code X-Request-Id} and in a problem's {@code instance}; and no token, secret or e-mail address anywhere in
 * the log.
 */
class LoggingIT {

  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  @Test
  void everyAnswerNamesItsRequestAndTakesOnlyAUuidFromTheClient() {
    ApiResponse index = Api.anonymous().get("/api/v1");
    assertThat(index.header("X-Request-Id")).matches(UUID_TEXT);
    assertThat(Api.anonymous().get("/api/v1").header("X-Request-Id")).isNotEqualTo(index.header("X-Request-Id"));

    // a balancer's id is kept (in lower case), so that its log and the server's meet
    UUID balancers = UUID.randomUUID();
    ApiResponse kept = Api.anonymous().send("GET", "/api/v1", null, Map.of("X-Request-Id", balancers.toString().toUpperCase()));
    assertThat(kept.header("X-Request-Id")).isEqualTo(balancers.toString());

    // anything else is replaced: a client cannot write its own text into the server's log lines
    ApiResponse replaced = Api.anonymous().send("GET", "/api/v1", null, Map.of("X-Request-Id", "x\",\"loglevel\":\"SEVERE"));
    assertThat(replaced.header("X-Request-Id")).matches(UUID_TEXT);

    // the UI's pages too (not /health and /metrics: Liberty's own applications answer those)
    assertThat(Api.anonymous().send("GET", "/", null, Map.of("Accept", "text/html")).header("X-Request-Id")).matches(UUID_TEXT);
  }

  @Test
  void aProblemNamesTheRequestAsItsInstance() {
    Org org = Scenario.organisation("logging-problem");
    ApiResponse missing = org.admin().api().get(org.path() + "/missions/" + UUID.randomUUID());
    ApiResponse invalid = org.admin().api().post(org.path() + "/missions", Payloads.object("title", ""));
    ApiResponse unauthenticated = Api.anonymous().get(org.path() + "/missions");

    for (ApiResponse problem : List.of(missing, invalid, unauthenticated)) {
      assertThat(problem.contentType()).as(problem.toString()).startsWith("application/problem+json");
      assertThat(problem.json().getString("instance")).as(problem.toString()).isEqualTo("urn:uuid:" + problem.header("X-Request-Id"));
    }
  }

  @Test
  void anUnexpectedFailureIsLoggedUnderTheIdTheUserIsGiven() {
    Org org = Scenario.organisation("logging-failure");
    Scenario.plugin(org, "failing-endpoint", true);
    String mission = Scenario.mission(org, "A mission whose plugin fails");

    ApiResponse failed = org.admin().api().get(org.missionPath(mission) + "/failing-endpoint/run");

    assertThat(failed.status()).isEqualTo(500);
    String id = failed.header("X-Request-Id");
    assertThat(failed.json().getString("instance")).isEqualTo("urn:uuid:" + id);
    assertThat(failed.json().getString("detail")).contains(id).doesNotContain("failing on purpose");
    JsonObject line = awaitLogLine(l -> id.equals(l.getString("ext_requestId", null)) && "SEVERE".equals(l.getString("loglevel", null)));
    assertThat(line.getString("message")).contains("Unexpected failure, incident " + id);
    assertThat(line.getString("type")).isEqualTo("liberty_message");
  }

  @Test
  void noTokenSecretOrEmailAddressReachesTheLog() throws IOException {
    Org org = Scenario.organisation("logging-privacy");
    Person admin = org.admin();
    String token = admin.token();
    // calls that carry a token, a wrong token, e-mail addresses in good and in bad input
    assertThat(admin.api().get("/api/v1/me").status()).isEqualTo(200);
    String invited = "logging-" + Scenario.shortId() + "@example.org";
    admin.api().post(org.path() + "/invitations", Payloads.object("email", invited, "role", "MEMBER"));
    admin.api().post(org.path() + "/members", "{\"subject\": \"" + invited + "\", \"role\": 7");
    Api.as(token.substring(0, token.lastIndexOf('.')) + ".forged").get("/api/v1/me");
    Api.as("not-a-token " + invited).get("/api/v1/me");
    Api.anonymous().get("/api/v1/mail/unsubscribe/" + UUID.randomUUID() + "-guessed");

    String log = Files.readString(ItEnvironment.serverLog(), StandardCharsets.UTF_8);
    assertThat(log).isNotBlank();
    assertThat(log).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    assertThat(JWT.matcher(log).results().map(m -> m.group()).toList()).as("token-shaped text in the log").isEmpty();
    assertThat(log).doesNotContainIgnoringCase("Bearer ");
    assertThat(log).doesNotContain("missionhub-ui-dev-secret").doesNotContain("missionhub-provisioner-dev-secret");
    assertThat(log).doesNotContain(admin.email()).doesNotContain(invited).doesNotContain(Scenario.platformAdmin().email());
    assertThat(EMAIL.matcher(log).results().map(m -> m.group()).toList()).as("e-mail addresses in the log").isEmpty();
  }

  @Test
  void everyLineOfTheLogIsAJsonObject() throws IOException {
    List<String> lines = Files.readAllLines(ItEnvironment.serverLog(), StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonObject record = parse(line).orElseThrow(() -> new AssertionError("not a JSON line: " + line));
      assertThat(record.keySet()).as(line).contains("type", "host", "ibm_datetime");
      // an FFDC summary (e.g. a browser closing its Push WebSocket mid-write) names the exception instead of a message
      if ("liberty_ffdc".equals(record.getString("type"))) {
        assertThat(record.keySet()).as(line).contains("ibm_exceptionName", "ibm_stackTrace");
      } else {
        assertThat(record.keySet()).as(line).contains("message");
      }
    }
  }

  private static JsonObject awaitLogLine(java.util.function.Predicate<JsonObject> wanted) {
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (true) {
      try {
        Optional<JsonObject> found =
            Files.readAllLines(ItEnvironment.serverLog(), StandardCharsets.UTF_8).stream().map(LoggingIT::parse).flatMap(Optional::stream).filter(wanted).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      } catch (IOException e) {
        throw new AssertionError("cannot read " + ItEnvironment.serverLog(), e);
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no such line in " + ItEnvironment.serverLog() + " within 15 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Optional<JsonObject> parse(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return Optional.of(reader.readObject());
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }
}
