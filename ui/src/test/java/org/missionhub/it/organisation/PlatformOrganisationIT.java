package org.missionhub.it.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** A platform administrator creates organisations and approves, suspends and reactivates them. */
class PlatformOrganisationIT {

  private final Person platformAdmin = Scenario.platformAdmin();

  @Test
  void createsAnActiveOrganisationWithItsFirstAdministrator() {
    // given a new organisation
    Org org = Scenario.organisation("ministry", "NATIONAL_GOVERNMENT", "FR");
    // when the platform admin reads it
    ApiResponse read = platformAdmin.api().get("/api/v1/platform/organisations/" + org.slug());
    // then it is active, with its type and country, and its admin can work in it
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(read.json().getString("type")).isEqualTo("NATIONAL_GOVERNMENT");
    assertThat(read.json().getString("country")).isEqualTo("FR");
    assertThat(read.etag()).isNotBlank();
    ApiResponse me = org.admin().api().get("/api/v1/me");
    assertThat(me.json().getJsonArray("organisations").getJsonObject(0).getString("role")).isEqualTo("ORG_ADMIN");
    // and it is a Keycloak Organization (alias = slug) with the admin as member
    var keycloakOrg = Keycloak.organisation(org.slug()).orElseThrow();
    assertThat(keycloakOrg.getBoolean("enabled")).isTrue();
    assertThat(Keycloak.organisationMembers(keycloakOrg.getString("id")).stream().map(m -> m.asJsonObject().getString("id")))
        .containsExactly(org.admin().subject());
  }

  @Test
  void aTakenSlugIsAConflictNamingTheField() {
    Org org = Scenario.organisation("taken");
    ApiResponse again =
        platformAdmin
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", org.slug(), "name", "Copy", "type", "NGO", "country", "DK", "firstAdminEmail", org.admin().email()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("slug");
  }

  @Test
  void invalidSlugTypeAndCountryAreNamed() {
    ApiResponse response =
        platformAdmin
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", "Not A Slug!", "name", "", "type", "NGO", "country", "XX", "firstAdminEmail", "not-an-email"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("slug", "name", "country", "firstAdminEmail");
  }

  @Test
  void anUnknownOrganisationTypeListsTheAllowedValues() {
    ApiResponse response =
        platformAdmin
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", "type-" + Scenario.shortId(), "name", "X", "type", "MINISTRY", "country", "DK",
                    "firstAdminEmail", "someone@example.org"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("type");
    assertThat(response.json().getString("detail")).contains("NATIONAL_GOVERNMENT");
  }

  @Test
  void suspendingAnOrganisationLocksItsMembersOutAtTheirNextRequest() {
    // given an organisation whose admin works in it
    Org org = Scenario.organisation("suspend");
    assertThat(org.admin().api().get(org.path()).status()).isEqualTo(200);
    String etag = platformAdmin.api().get("/api/v1/platform/organisations/" + org.slug()).etag();
    // when the platform admin suspends it
    ApiResponse suspended =
        platformAdmin.api().put("/api/v1/platform/organisations/" + org.slug() + "/status", Payloads.object("status", "SUSPENDED"), etag);
    assertThat(suspended.status()).isEqualTo(200);
    // then the very next request of its admin (with the same, still valid token) is refused
    ApiResponse refused = org.admin().api().get(org.path() + "/missions");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("/organisation-suspended");
    // and Keycloak's organization is disabled too
    assertThat(Keycloak.organisation(org.slug()).orElseThrow().getBoolean("enabled")).isFalse();
    // and reactivating gives access back
    ApiResponse reactivated =
        platformAdmin.api().put("/api/v1/platform/organisations/" + org.slug() + "/status", Payloads.object("status", "ACTIVE"), suspended.etag());
    assertThat(reactivated.status()).isEqualTo(200);
    assertThat(org.admin().api().get(org.path() + "/missions").status()).isEqualTo(200);
  }

  @Test
  void theFirstAdministratorMustHaveAnAccount() {
    ApiResponse response =
        platformAdmin
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", "nobody-" + Scenario.shortId(), "name", "Nobody's", "type", "NGO", "country", "DK",
                    "firstAdminEmail", "nobody-" + Scenario.shortId() + "@example.org"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("firstAdminEmail");
  }

  @Test
  void theFirstAdministratorsAddressMustBeVerified() {
    // given an account that holds the address without having verified it
    String username = "unverified-" + Scenario.shortId();
    String subject = Keycloak.createUser(username, username + "@example.org", "Un", "Verified", false);
    String slug = "unverified-" + Scenario.shortId();
    // when a platform administrator names it the first administrator of a new organisation
    ApiResponse response =
        platformAdmin
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", slug, "name", "Unverified's", "type", "NGO", "country", "DK", "firstAdminEmail", username + "@example.org"));
    // then it is refused naming the field, nothing is created, and Keycloak will ask the person to verify
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("firstAdminEmail");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("not verified");
    assertThat(platformAdmin.api().get("/api/v1/platform/organisations/" + slug).status()).isEqualTo(404);
    assertThat(Keycloak.user(subject).getJsonArray("requiredActions").getValuesAs(jakarta.json.JsonString::getString))
        .contains("VERIFY_EMAIL");
  }

  @Test
  void listsOrganisationsByStatusWithPagination() {
    Scenario.organisation("listed");
    ApiResponse page = platformAdmin.api().get("/api/v1/platform/organisations?status=ACTIVE&size=2&sort=-createdAt");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.items()).hasSize(2);
    assertThat(page.json().getInt("totalItems")).isGreaterThanOrEqualTo(2);
    assertThat(page.items().stream().map(o -> o.asJsonObject().getString("status"))).containsOnly("ACTIVE");
    assertThat(platformAdmin.api().get("/api/v1/platform/organisations?status=GONE").status()).isEqualTo(400);
  }
}
