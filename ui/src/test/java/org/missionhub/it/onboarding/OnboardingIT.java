package org.missionhub.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;

/**
 * Self-service onboarding: a person with an account but no organisation asks; a platform administrator
 * approves (the organisation appears in MissionHub and in Keycloak, the requester is its admin) or rejects.
 */
class OnboardingIT {

  private final Person platformAdmin = Scenario.platformAdmin();

  @Test
  void anApprovedRequestBecomesAnOrganisationTheRequesterAdministers() {
    // given someone who just registered: no organisation yet
    Person requester = Person.register("founder");
    assertThat(requester.api().get("/api/v1/me").json().getJsonArray("organisations")).isEmpty();
    // when they ask to onboard their NGO
    String slug = "new-ngo-" + Scenario.shortId();
    ApiResponse asked = requester.api().post("/api/v1/onboarding-requests", application(slug));
    assertThat(asked.status()).isEqualTo(201);
    assertThat(asked.json().getString("status")).isEqualTo("PENDING");
    // then the platform administrator sees it among the pending requests
    ApiResponse pending = platformAdmin.api().get("/api/v1/platform/onboarding-requests?status=PENDING&size=100");
    assertThat(pending.itemValues("slug")).contains(slug);
    // when they approve it
    String path = "/api/v1/platform/onboarding-requests/" + asked.json().getString("id");
    ApiResponse approved = platformAdmin.api().postAction(path + "/approve", asked.etag());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    assertThat(approved.json().getString("organisationSlug")).isEqualTo(slug);
    // then Keycloak has the organisation with the requester as member
    JsonObject keycloakOrg = Keycloak.organisation(slug).orElseThrow();
    assertThat(Keycloak.organisationMembers(keycloakOrg.getString("id")).stream().map(m -> m.asJsonObject().getString("id")))
        .containsExactly(requester.subject());
    // and, signing in again, the requester administers it and can create a mission
    Person signedInAgain = requester.refreshed();
    JsonObject mine = signedInAgain.api().get("/api/v1/me").json().getJsonArray("organisations").getJsonObject(0);
    assertThat(mine.getString("slug")).isEqualTo(slug);
    assertThat(mine.getString("role")).isEqualTo("ORG_ADMIN");
    assertThat(signedInAgain.api().post("/api/v1/orgs/" + slug + "/missions", Payloads.charter("Our first mission")).status())
        .isEqualTo(201);
    // and they were told
    assertThat(signedInAgain.api().get("/api/v1/me/notices").itemValues("kind")).contains("ONBOARDING_APPROVED");
    // and the request cannot be decided twice
    assertThat(platformAdmin.api().postAction(path + "/approve", approved.etag()).status()).isEqualTo(409);
  }

  @Test
  void aRejectedRequestTellsTheRequesterWhy() {
    Person requester = Person.register("hopeful");
    ApiResponse asked = requester.api().post("/api/v1/onboarding-requests", application("hopeful-" + Scenario.shortId()));
    String path = "/api/v1/platform/onboarding-requests/" + asked.json().getString("id");
    ApiResponse rejected =
        platformAdmin.api().send("POST", path + "/reject", Payloads.object("reason", "Please apply with your official domain"),
            java.util.Map.of("Content-Type", "application/json", "If-Match", asked.etag()));
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
    ApiResponse mine = requester.api().get("/api/v1/onboarding-requests/" + asked.json().getString("id"));
    assertThat(mine.json().getString("decisionReason")).isEqualTo("Please apply with your official domain");
    JsonObject notice = requester.api().get("/api/v1/me/notices").items().getJsonObject(0);
    assertThat(notice.getString("kind")).isEqualTo("ONBOARDING_REJECTED");
    assertThat(notice.getString("message")).contains("official domain");
    ApiResponse read = requester.api().postAction("/api/v1/me/notices/" + notice.getString("id") + "/read", null);
    assertThat(read.json().getString("readAt")).isNotBlank();
    assertThat(requester.api().get("/api/v1/me/notices?unread=true").items()).isEmpty();
  }

  @Test
  void aTakenSlugIsAClearConflict() {
    Scenario.Org existing = Scenario.organisation("taken");
    ApiResponse asked = Person.register("copycat").api().post("/api/v1/onboarding-requests", application(existing.slug()));
    assertThat(asked.status()).isEqualTo(409);
    assertThat(asked.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("slug");
  }

  @Test
  void aSlugTakenBeforeApprovalIsAConflictAndNothingIsCreated() {
    // given two people asking for the same slug... the second is refused at once
    String slug = "contested-" + Scenario.shortId();
    ApiResponse first = Person.register("first").api().post("/api/v1/onboarding-requests", application(slug));
    assertThat(first.status()).isEqualTo(201);
    assertThat(Person.register("second").api().post("/api/v1/onboarding-requests", application(slug)).status()).isEqualTo(409);
  }

  @Test
  void onlyAPlatformAdministratorDecides() {
    Person requester = Person.register("eager");
    ApiResponse asked = requester.api().post("/api/v1/onboarding-requests", application("eager-" + Scenario.shortId()));
    ApiResponse selfApproved =
        requester.api().postAction("/api/v1/platform/onboarding-requests/" + asked.json().getString("id") + "/approve", asked.etag());
    assertThat(selfApproved.status()).isEqualTo(403);
    assertThat(requester.api().get("/api/v1/platform/onboarding-requests").status()).isEqualTo(403);
  }

  @Test
  void requestsAreValidatedFieldByField() {
    ApiResponse invalid =
        Person.register("careless")
            .api()
            .post(
                "/api/v1/onboarding-requests",
                Payloads.object(
                    "organisationName", "", "slug", "x", "type", "NGO", "country", "ZZ", "webDomain", "http://bad",
                    "contactName", "C", "contactEmail", "nope", "reason", ""));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("organisationName", "slug", "country", "webDomain", "contactEmail", "reason");
  }

  private static String application(String slug) {
    return Payloads.object(
        "organisationName", "Organisation " + slug,
        "slug", slug,
        "type", "NGO",
        "country", "DK",
        "webDomain", slug + ".example.org",
        "contactName", "Founder",
        "contactEmail", "founder@" + slug + ".example.org",
        "reason", "We run a youth mental health programme with three municipalities");
  }
}
