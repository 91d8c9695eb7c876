package org.missionhub.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/**
 * Builds the organisations, people and missions a test needs, through the API as a platform administrator
 * and organisation administrators would, with real Keycloak users. Every name is unique, so tests never
 * see each other's data.
 */
public final class Scenario {

  /** The development realm's platform administrator. */
  private static final Person PLATFORM_ADMIN =
      Person.existing("pia", "5e3d1c2a-0000-4000-8000-000000000001", "Pia Platform", "pia@missionhub.example");

  /** The development realm's benchmark analyst (the OECD Mission Action Lab). */
  private static final Person BENCHMARK_ANALYST =
      Person.existing("ines", "5e3d1c2a-0000-4000-8000-000000000501", "Ines Moreau", "ines@oecd-lab.example");

  private Scenario() {}

  public static Person benchmarkAnalyst() {
    return BENCHMARK_ANALYST;
  }

  public static Person platformAdmin() {
    return PLATFORM_ADMIN;
  }

  /** A new active organisation with its first ORG_ADMIN (a new Keycloak user). */
  public static Org organisation(String label) {
    return organisation(label, "NGO", "DK");
  }

  public static Org organisation(String label, String type, String country) {
    String slug = label + "-" + shortId();
    Person admin = Person.register("admin");
    ApiResponse created =
        platformAdmin()
            .api()
            .post(
                "/api/v1/platform/organisations",
                Payloads.object(
                    "slug", slug, "name", "Organisation " + slug, "type", type, "country", country,
                    "firstAdminEmail", admin.email()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Org(slug, admin.refreshed());
  }

  /** A new active organisation that has switched plugins on, in the order given (a plugin's requirements first). */
  public static Org organisation(String label, String type, String country, String... pluginIds) {
    Org org = organisation(label, type, country);
    for (String pluginId : pluginIds) {
      plugin(org, pluginId, true);
    }
    return org;
  }

  /** A new person (a new Keycloak user) added to the organisation by its admin, with the organisation role. */
  public static Person member(Org org, String role) {
    return addExisting(org, Person.register("member"), role);
  }

  /** Adds an existing person (for example, a member of another organisation) to the organisation. */
  public static Person addExisting(Org org, Person person, String role) {
    ApiResponse added =
        org.admin().api().post(org.path() + "/members", Payloads.object("subject", person.subject(), "role", role));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return person.refreshed();
  }

  /** A mission led by the organisation, created by its admin (who becomes LEADER). Returns its id. */
  public static String mission(Org org, String title) {
    ApiResponse created = org.admin().api().post(org.path() + "/missions", Payloads.charter(title));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** The lead invites the partner and the partner's admin accepts. */
  public static void partnership(Org lead, String missionId, Org partner) {
    ApiResponse invited =
        lead.admin().api().post(lead.missionPath(missionId) + "/partners", Payloads.object("organisation", partner.slug()));
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

  /** The organisation's admin enables (true) or disables (false) a plugin, keeping its settings. */
  public static void plugin(Org org, String pluginId, boolean enabled) {
    String path = org.path() + "/plugins/" + pluginId;
    ApiResponse current = org.admin().api().get(path);
    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    ApiResponse changed = org.admin().api().put(path, Payloads.object("enabled", enabled), current.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
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
