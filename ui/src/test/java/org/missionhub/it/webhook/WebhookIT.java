package org.missionhub.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.core.webhook.domain.WebhookSecret;
import org.missionhub.core.webhook.domain.WebhookSignature;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Outbound webhooks (issue 17) to a receiver on loopback: registration refused with the field named, signed
 * deliveries (Standard Webhooks) to the lead's and a partner's endpoints, the delivery log with status codes,
 * retries under the same message id, redelivery, and an endpoint disabled after failures in a row (its
 * administrators told) and enabled again.
 */
class WebhookIT {

  private static final Duration SOON = Duration.ofSeconds(20);

  private final Org lead = Scenario.organisation("hook-lead");
  private final Org partner = Scenario.organisation("hook-partner");
  private final String mission = Scenario.mission(lead, "Mental health for young people");

  @Test
  void signedDeliveriesTheLogRetriesRedeliveryAndDisabling() throws Exception {
    Scenario.partnership(lead, mission, partner);
    String hooks = lead.path() + "/webhooks";
    try (Receiver receiver = new Receiver(); Receiver partnerReceiver = new Receiver()) {
      // bad input names the field; a member may not; nothing is registered
      ApiResponse refused = lead.admin().api().post(hooks, Payloads.object("url", "ftp://127.0.0.1/x", "eventTypes", List.of("decision.proposed", "nothing.happened")));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(fields(refused)).containsExactlyInAnyOrder("url", "eventTypes[1]");
      Person member = Scenario.member(lead, "MEMBER");
      assertThat(member.api().post(hooks, Payloads.object("url", receiver.url(), "eventTypes", List.of("decision.proposed"))).status()).isEqualTo(403);
      assertThat(member.api().get(hooks).status()).isEqualTo(403);
      assertThat(lead.admin().api().get(hooks).array()).isEmpty();
      assertThat(lead.admin().api().get(hooks + "/event-types").array().getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList())
          .contains("decision.proposed", "mission.phase-changed", "role.assigned");

      // the lead and the partner register endpoints for proposed decisions
      ApiResponse created = lead.admin().api().post(hooks, Payloads.object("url", receiver.url(), "description", "Our case system", "eventTypes", List.of("decision.proposed")));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      String endpoint = created.json().getString("id");
      WebhookSecret secret = new WebhookSecret(created.json().getString("secret"));
      assertThat(partner.admin().api().post(partner.path() + "/webhooks", Payloads.object("url", partnerReceiver.url(), "eventTypes", List.of("decision.proposed"))).status())
          .isEqualTo(201);

      // a decision proposed: both receive one signed request; the payload names the mission and the decision
      String decision = lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Fund school counsellors", "PROPOSED", null)).json().getString("id");
      Receiver.Received first = receiver.await(r -> r.body().contains(decision), 1, SOON).get(0);
      assertThat(first.id()).startsWith("msg_");
      assertThat(first.contentType()).isEqualTo("application/json");
      assertThat(Long.parseLong(first.timestamp())).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 5);
      // verified by the Standard Webhooks reference library (which also checks the timestamp is recent)
      new com.standardwebhooks.Webhook(secret.value()).verify(first.body(), java.util.Map.of(
          "webhook-id", List.of(first.id()), "webhook-timestamp", List.of(first.timestamp()), "webhook-signature", List.of(first.signature())));
      assertThat(WebhookSignature.verify(secret, first.id(), Long.parseLong(first.timestamp()), first.body() + " ", first.signature())).isFalse();
      JsonObject payload = Json.createReader(new StringReader(first.body())).readObject();
      assertThat(payload.getString("type")).isEqualTo("decision.proposed");
      assertThat(payload.getJsonObject("data").getString("missionId")).isEqualTo(mission);
      assertThat(payload.getJsonObject("data").getString("decisionId")).isEqualTo(decision);
      partnerReceiver.await(r -> r.body().contains(decision), 1, SOON);

      // the delivery log: succeeded with 200, the attempt and the payload as sent
      String deliveries = hooks + "/" + endpoint + "/deliveries";
      JsonObject logged = awaitDelivery(deliveries, first.id(), "SUCCEEDED");
      assertThat(logged.getInt("lastStatusCode")).isEqualTo(200);
      JsonObject log = lead.admin().api().get(deliveries + "/" + first.id()).json();
      assertThat(log.getString("payload")).isEqualTo(first.body());
      assertThat(log.getJsonArray("attempts").getJsonObject(0).getInt("statusCode")).isEqualTo(200);

      // the receiver fails: three attempts (the test servers wait a second between), all under one message id, then FAILED
      receiver.answer(500);
      String second = lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Open a youth panel", "PROPOSED", null)).json().getString("id");
      List<Receiver.Received> tries = receiver.await(r -> r.body().contains(second), 3, SOON);
      assertThat(tries.stream().map(Receiver.Received::id).distinct()).hasSize(1);
      JsonObject failed = awaitDelivery(deliveries, tries.get(0).id(), "FAILED");
      assertThat(failed.getInt("attempts")).isEqualTo(3);
      assertThat(failed.getInt("lastStatusCode")).isEqualTo(500);

      // redelivered once the receiver is back: the same message id, now SUCCEEDED
      receiver.answer(204);
      ApiResponse redelivered = lead.admin().api().postAction(deliveries + "/" + tries.get(0).id() + "/redeliver", null);
      assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(200);
      receiver.await(r -> r.body().contains(second), 4, SOON);
      assertThat(awaitDelivery(deliveries, tries.get(0).id(), "SUCCEEDED").getInt("lastStatusCode")).isEqualTo(204);

      // failing again: the fifth failed attempt in a row disables the endpoint; its administrators are told
      receiver.answer(503);
      lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Hire two coordinators", "PROPOSED", null));
      lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Pilot in Nordby", "PROPOSED", null));
      JsonObject disabled = awaitDisabled(hooks + "/" + endpoint);
      assertThat(disabled.getString("disabledReason")).contains("failed attempts in a row");
      assertThat(lead.admin().api().get("/api/v1/me/notices?size=100").itemValues("kind")).contains("WEBHOOK_DISABLED");
      assertThat(lead.admin().api().postAction(deliveries + "/" + first.id() + "/redeliver", null).status()).as("enable it first").isEqualTo(409);

      // enabled again by the administrator
      ApiResponse current = lead.admin().api().get(hooks + "/" + endpoint);
      ApiResponse enabled = lead.admin().api().put(hooks + "/" + endpoint,
          Payloads.object("url", receiver.url(), "eventTypes", List.of("decision.proposed"), "enabled", true), current.etag());
      assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
      assertThat(enabled.json().getBoolean("enabled")).isTrue();
      assertThat(enabled.json().getInt("consecutiveFailures")).isZero();
      ApiResponse log2 = lead.admin().api().get(lead.path() + "/audit?size=100");
      assertThat(log2.itemValues("action")).contains("webhook.created", "webhook.updated");
    }
  }

  private JsonObject awaitDelivery(String deliveries, String id, String status) throws InterruptedException {
    Instant until = Instant.now().plus(SOON);
    while (true) {
      var found = lead.admin().api().get(deliveries + "?size=100").items().getValuesAs(JsonObject.class).stream()
          .filter(d -> d.getString("id").equals(id)).findFirst();
      if (found.isPresent() && found.get().getString("status").equals(status)) {
        return found.get();
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("delivery " + id + " is not " + status + ": " + found);
      }
      Thread.sleep(200);
    }
  }

  private JsonObject awaitDisabled(String endpoint) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      JsonObject current = lead.admin().api().get(endpoint).json();
      if (!current.getBoolean("enabled")) {
        return current;
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("the endpoint was not disabled: " + current);
      }
      Thread.sleep(200);
    }
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
  }
}
