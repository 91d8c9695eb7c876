package org.missionhub.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Mailbox;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * E-mail notifications (issue 17) through the tests' real SMTP server: a role and a proposed decision e-mailed at
 * once, a mention gathered in a French daily digest, settings refused with the field named, one-click unsubscribe
 * (RFC 8058) without sign-in, and nothing e-mailed about a topic set to NEVER.
 */
class MailIT {

  private static final Duration SOON = Duration.ofSeconds(20);

  private final Org lead = Scenario.organisation("mail-lead");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String settings = "/api/v1/me/mail-settings";

  @Test
  void rolesAndDecisionsAtOnceMentionsInADigestInThePersonsLanguageAndOneClickUnsubscribe() throws Exception {
    Person implementer = Scenario.member(lead, "MEMBER");
    Mailbox inbox = Mailbox.of(implementer);

    // a role given by the leader: e-mailed at once, in English (no language chosen), leading to the mission
    Scenario.role(lead, mission, implementer, lead.slug(), "IMPLEMENTER");
    Mailbox.Mail role = inbox.await(m -> m.subject().contains("gave you the role implementer"), SOON);
    assertThat(role.subject()).startsWith("MissionHub: ");
    assertThat(role.contentLanguage()).isEqualTo("en");
    assertThat(role.autoSubmitted()).isEqualTo("auto-generated");
    assertThat(role.text()).contains("Hello " + implementer.name(), "Mental health for young people", ItEnvironment.baseUrl() + "/missions/" + mission);
    assertThat(role.html()).contains("href=\"" + ItEnvironment.baseUrl() + "/missions/" + mission + "\"");
    assertThat(role.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(role.unsubscribeAddress()).startsWith(ItEnvironment.baseUrl() + "/api/v1/mail/unsubscribe/");
    assertThat(role.text()).contains(role.unsubscribeAddress(), ItEnvironment.baseUrl() + "/settings/notifications");

    // the implementer proposes a decision: the leader is e-mailed that it awaits adoption; the proposer is not
    assertThat(implementer.api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Open a youth panel", "PROPOSED", null)).status()).isEqualTo(201);
    Mailbox.Mail awaiting = Mailbox.of(lead.admin()).await(m -> m.subject().contains("A decision awaits adoption"), SOON);
    assertThat(awaiting.text()).contains("Open a youth panel", implementer.name());
    assertThat(inbox.all()).noneMatch(m -> m.subject().contains("awaits adoption"));

    // settings: every topic listed; bad input refused naming the field, nothing changed
    ApiResponse mine = implementer.api().get(settings);
    assertThat(mine.json().getBoolean("mailEnabled")).isTrue();
    assertThat(mine.json().getJsonArray("topics").getValuesAs(jakarta.json.JsonObject.class).stream().map(t -> t.getString("topic")).toList()).contains("mentions", "roles", "decisions", "organisation", "plugin:funding");
    ApiResponse refused = implementer.api().put(settings, Payloads.object("language", "de", "frequencies", Payloads.nested("nope", "DAILY", "roles", "HOURLY")), null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(jakarta.json.JsonObject.class).stream().map(e -> e.getString("field")).toList())
        .containsExactlyInAnyOrder("language", "frequencies.nope", "frequencies.roles");
    assertThat(implementer.api().get(settings).json().getString("language")).isEqualTo("en");

    // in French, mentions in a daily digest: the mention waits for the digest, which gathers it with its link
    ApiResponse changed = implementer.api().put(settings, Payloads.object("language", "fr", "frequencies", Payloads.nested("mentions", "DAILY")), null);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("language")).isEqualTo("fr");
    assertThat(frequency(changed, "mentions")).isEqualTo("DAILY");
    ApiResponse comment = lead.admin().api().post(lead.missionPath(mission) + "/comments",
        Payloads.object("body", "Can you <b>draft</b> the plan?", "mentions", List.of(implementer.subject())));
    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    Mailbox.Mail digest = inbox.await(m -> m.subject().startsWith("Votre journée MissionHub"), Duration.ofSeconds(30));
    assertThat(digest.subject()).isEqualTo("Votre journée MissionHub : une notification");
    assertThat(digest.contentLanguage()).isEqualTo("fr");
    assertThat(digest.text()).contains("Bonjour " + implementer.name(), "vous a mentionné·e", "la mission « Mental health for young people »",
        "Can you <b>draft</b> the plan?", "dans un résumé quotidien");
    assertThat(digest.html()).as("what people type is escaped").contains("&lt;b&gt;draft&lt;/b&gt;").doesNotContain("<b>draft</b>");
    assertThat(inbox.all()).as("the mention came in the digest only").filteredOn(m -> m.subject().contains("mentionn")).isEmpty();

    // the digest's unsubscribe link: GET asks to confirm (a link scanner changes nothing), POST is the one click
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(digest.unsubscribeAddress())).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"fr\"", "Mentions de vous dans les discussions", "<form method=\"post\"");
    assertThat(frequency(implementer.api().get(settings), "mentions")).isEqualTo("DAILY");
    HttpResponse<String> clicked = http.send(HttpRequest.newBuilder(URI.create(digest.unsubscribeAddress()))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(clicked.statusCode()).as(clicked.body()).isEqualTo(200);
    assertThat(clicked.body()).contains("Vous ne recevrez plus d’e-mails sur « Mentions de vous dans les discussions »");
    assertThat(frequency(implementer.api().get(settings), "mentions")).isEqualTo("NEVER");
    HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + "/api/v1/mail/unsubscribe/not-a-secret"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);

    // NEVER: a new mention is in the app only; a role given afterwards is e-mailed (in French), the mention never is
    lead.admin().api().post(lead.missionPath(mission) + "/comments", Payloads.object("body", "Thanks!", "mentions", List.of(implementer.subject())));
    Scenario.role(lead, mission, implementer, lead.slug(), "OBSERVER");
    inbox.await(m -> m.subject().contains("vous a confié le rôle observateur"), SOON);
    assertThat(inbox.all()).filteredOn(m -> m.text().contains("Thanks!")).isEmpty();
    assertThat(implementer.api().get("/api/v1/me/notices?size=100").itemValues("message")).anyMatch(m -> m.contains("Thanks!"));
  }

  private static String frequency(ApiResponse settings, String topic) {
    return settings.json().getJsonArray("topics").getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(t -> t.getString("topic").equals(topic)).findFirst().orElseThrow().getString("frequency");
  }
}
