package org.missionhub.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the organisations, people and missions a test needs, through the API as a platform administrator
 * and organisation administrators would. Every name is unique, so tests never see each other's data.
 */
public final class Scenario {

  private Scenario() {}

  public static Person platformAdmin() {
    return new Person("platform-admin-" + shortId(), "Pia Platform", Set.of(), List.of("PLATFORM_ADMIN"));
  }

  /** A new active organisation with its first ORG_ADMIN. */
  public static Org organisation(String label) {
    return organisation(label, "NGO", "DK");
  }

  public static Org organisation(String label, String type, String country) {
    String slug = label + "-" + shortId();
    Person admin = new Person("admin-" + UUID.randomUUID(), "Admin of " + slug, Set.of(slug), List.of());
    ApiResponse created =
        platformAdmin()
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", slug,
                    "name", "Organisation " + slug,
                    "type", type,
                    "country", country,
                    "firstAdmin",
                        Payloads.nested("subject", admin.subject(), "displayName", admin.name(), "email", admin.subject() + "@example.org")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Org(slug, admin);
  }

  /** A new person added to the organisation by its admin, with the given organisation role. */
  public static Person member(Org org, String role) {
    Person person = new Person("person-" + UUID.randomUUID(), "Member " + shortId(), Set.of(org.slug()), List.of());
    addExisting(org, person, role);
    return person;
  }

  /** Adds an existing person (for example, a member of another organisation) to the organisation. */
  public static Person addExisting(Org org, Person person, String role) {
    ApiResponse added =
        org.admin()
            .api()
            .post(
                "/api/v1/orgs/" + org.slug() + "/members",
                Payloads.object("subject", person.subject(), "displayName", person.name(), "email", person.subject() + "@example.org", "role", role));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return person.alsoIn(org.slug());
  }

  /** A mission led by the organisation, created by its admin (who becomes LEADER). Returns its id. */
  public static String mission(Org org, String title) {
    ApiResponse created = org.admin().api().post("/api/v1/orgs/" + org.slug() + "/missions", Payloads.charter(title));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** The lead invites the partner and the partner's admin accepts. */
  public static void partnership(Org lead, String missionId, Org partner) {
    ApiResponse invited =
        lead.admin()
            .api()
            .post(lead.missionPath(missionId) + "/partners", Payloads.object("organisation", partner.slug()));
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    ApiResponse accepted =
        partner.admin().api().postAction(partner.path() + "/partner-invitations/" + missionId + "/accept", invited.etag());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
  }

  /** Gives a person a mission role, as the lead organisation's admin (a LEADER of missions it created). */
  public static String role(Org lead, String missionId, Person person, String organisation, String role) {
    ApiResponse assigned =
        lead.admin()
            .api()
            .post(
                lead.missionPath(missionId) + "/roles",
                Payloads.object("subject", person.subject(), "organisation", organisation, "role", role));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    return assigned.json().getString("id");
  }

  public static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** An organisation created by a test, with its first admin. */
  public record Org(String slug, Person admin) {

    public String path() {
      return "/api/v1/orgs/" + slug;
    }

    public String missionPath(String missionId) {
      return path() + "/missions/" + missionId;
    }
  }
}
