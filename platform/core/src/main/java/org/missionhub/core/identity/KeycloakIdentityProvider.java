package org.missionhub.core.identity;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Form;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/** {@link IdentityProvider} on Keycloak's admin REST API (Organizations, users). */
@ApplicationScoped
public class KeycloakIdentityProvider implements IdentityProvider {

  private static final Logger LOG = Logger.getLogger(KeycloakIdentityProvider.class.getName());
  private static final int PAGE = 100;

  @Inject KeycloakAdminApi api;
  @Inject AccountLookup accounts;

  @Inject
  @ConfigProperty(name = "missionhub.identity.account-cache-seconds", defaultValue = "30")
  long accountCacheSeconds;

  @Inject
  @ConfigProperty(name = "missionhub.identity.outage-grace-seconds", defaultValue = "300")
  long outageGraceSeconds;

  /** The realm role whose holders sign in with a second factor; {@code none} when the realm has no such rule. */
  @Inject
  @ConfigProperty(name = "missionhub.identity.second-factor-role", defaultValue = "MFA_REQUIRED")
  String secondFactorRole;

  private ActiveAccounts activeAccounts;

  @PostConstruct
  void rememberActiveAccounts() {
    activeAccounts =
        new ActiveAccounts(Duration.ofSeconds(accountCacheSeconds), Duration.ofSeconds(outageGraceSeconds), Ticker.systemTicker());
  }

  @Override
  public String ensureOrganisation(String slug, String name, String domain) {
    Optional<String> existing = organisationByAlias(slug);
    if (existing.isPresent()) {
      return existing.get();
    }
    KeycloakAdminApi.Answer created = api.post("/organizations", organisation(slug, name, domain).build().toString());
    if (created.status() == 409) {
      // Keycloak wants unique organisation names; MissionHub only unique slugs
      created = api.post("/organizations", organisation(slug, name + " (" + slug + ")", domain).build().toString());
    }
    require(created, "create the organisation " + slug);
    LOG.info("Created Keycloak organization " + slug);
    return organisationByAlias(slug).orElseThrow(() -> failure("find the organisation it just created"));
  }

  private static JsonObjectBuilder organisation(String slug, String name, String domain) {
    JsonObjectBuilder organisation = Json.createObjectBuilder().add("name", name).add("alias", slug).add("enabled", true);
    if (domain != null && !domain.isBlank()) {
      organisation.add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", domain)));
    }
    return organisation;
  }

  private Optional<String> organisationByAlias(String alias) {
    for (int first = 0; ; first += PAGE) {
      KeycloakAdminApi.Answer page = api.get("/organizations?briefRepresentation=true&first=" + first + "&max=" + PAGE);
      require(page, "list organisations");
      JsonArray organisations = page.json().asJsonArray();
      for (JsonValue o : organisations) {
        if (alias.equals(o.asJsonObject().getString("alias", null))) {
          return Optional.of(o.asJsonObject().getString("id"));
        }
      }
      if (organisations.size() < PAGE) {
        return Optional.empty();
      }
    }
  }

  @Override
  public void updateOrganisation(String organisationId, String name, boolean enabled) {
    KeycloakAdminApi.Answer current = api.get("/organizations/" + organisationId);
    require(current, "read organisation " + organisationId);
    JsonObject representation = current.json().asJsonObject();
    String alias = representation.getString("alias", "");
    String currentName = representation.getString("name", "");
    if (representation.getBoolean("enabled", true) == enabled
        && (currentName.equals(name) || currentName.equals(name + " (" + alias + ")"))) {
      return;
    }
    String path = "/organizations/" + organisationId;
    KeycloakAdminApi.Answer updated =
        api.put(path, Json.createObjectBuilder(representation).add("name", name).add("enabled", enabled).build().toString());
    if (updated.status() == 409) {
      updated =
          api.put(
              path,
              Json.createObjectBuilder(representation).add("name", name + " (" + alias + ")").add("enabled", enabled).build().toString());
    }
    require(updated, "change organisation " + organisationId);
  }

  @Override
  public List<IdentityUser> members(String organisationId) {
    List<IdentityUser> users = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      KeycloakAdminApi.Answer page = api.get("/organizations/" + organisationId + "/members?first=" + first + "&max=" + PAGE);
      require(page, "list members of organisation " + organisationId);
      JsonArray members = page.json().asJsonArray();
      members.forEach(m -> users.add(toUser(m.asJsonObject())));
      if (members.size() < PAGE) {
        return users;
      }
    }
  }

  @Override
  public boolean organisationExists(String organisationId) {
    KeycloakAdminApi.Answer organisation = api.get("/organizations/" + organisationId);
    if (organisation.status() == 404) {
      return false;
    }
    require(organisation, "read organisation " + organisationId);
    return true;
  }

  @Override
  public void deleteOrganisation(String organisationId) {
    KeycloakAdminApi.Answer deleted = api.delete("/organizations/" + organisationId);
    if (deleted.status() != 404) {
      require(deleted, "delete organisation " + organisationId);
    }
  }

  @Override
  public void addMember(String organisationId, String userId) {
    KeycloakAdminApi.Answer added = api.post("/organizations/" + organisationId + "/members", Json.createValue(userId).toString());
    if (added.status() != 409) {
      require(added, "add a member to organisation " + organisationId);
    }
  }

  @Override
  public void removeMember(String organisationId, String userId) {
    KeycloakAdminApi.Answer removed = api.delete("/organizations/" + organisationId + "/members/" + userId);
    if (removed.status() != 404) {
      require(removed, "remove a member from organisation " + organisationId);
    }
  }

  @Override
  public Optional<IdentityUser> user(String userId) {
    KeycloakAdminApi.Answer user = api.get("/users/" + encode(userId));
    if (user.status() == 404) {
      return Optional.empty();
    }
    require(user, "read a user");
    return Optional.of(toUser(user.json().asJsonObject()));
  }

  @Override
  public List<String> organisationsOf(String userId) {
    KeycloakAdminApi.Answer organisations = api.get("/organizations/members/" + encode(userId) + "/organizations");
    if (organisations.status() == 404) {
      return List.of();
    }
    require(organisations, "list a user's organisations");
    return organisations.json().asJsonArray().stream()
        .map(o -> o.asJsonObject().getString("alias", null))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  @Override
  public Optional<IdentityUser> userByEmail(String email) {
    KeycloakAdminApi.Answer users = api.get("/users?exact=true&email=" + encode(email));
    require(users, "search users");
    return users.json().asJsonArray().stream().map(v -> toUser(v.asJsonObject())).findFirst();
  }

  @Override
  public boolean invite(String organisationId, String email) {
    KeycloakAdminApi.Answer sent =
        api.postForm("/organizations/" + organisationId + "/members/invite-user", new Form().param("email", email));
    if (!sent.ok()) {
      LOG.warning("Keycloak did not send the invitation e-mail (HTTP " + sent.status() + "): " + sent.body());
    }
    return sent.ok();
  }

  @Override
  public void requireEmailVerification(String userId) {
    KeycloakAdminApi.Answer user = api.get("/users/" + encode(userId));
    require(user, "read a user");
    JsonArray actions = user.json().asJsonObject().getJsonArray("requiredActions");
    if (actions != null && actions.stream().anyMatch(a -> a.toString().equals("\"VERIFY_EMAIL\""))) {
      return;
    }
    var updated = Json.createArrayBuilder();
    if (actions != null) {
      actions.forEach(updated::add);
    }
    updated.add("VERIFY_EMAIL");
    // a partial representation: Keycloak changes only the fields it holds
    require(
        api.put("/users/" + encode(userId), Json.createObjectBuilder().add("requiredActions", updated).build().toString()),
        "ask a user to verify their e-mail address");
  }

  /**
   * Asks Keycloak, unless the account was found enabled within the last few seconds; while Keycloak cannot
   * be asked, an account found enabled within the outage grace period goes on ({@link ActiveAccounts}).
   */
  @Override
  public boolean isActive(String userId) {
    return activeAccounts.isActive(userId, this::askKeycloak);
  }

  @Override
  public void requireSecondFactor(String userId, boolean required) {
    if ("none".equals(secondFactorRole)) {
      return;
    }
    KeycloakAdminApi.Answer role = api.get("/roles/" + encode(secondFactorRole));
    if (role.status() == 404) {
      LOG.warning("The realm has no role " + secondFactorRole + " (missionhub.identity.second-factor-role): organisation administrators are not asked for a second factor");
      return;
    }
    require(role, "read the second-factor role");
    JsonObject mapping = Json.createObjectBuilder().add("id", role.json().asJsonObject().getString("id")).add("name", secondFactorRole).build();
    String roles = Json.createArrayBuilder().add(mapping).build().toString();
    String path = "/users/" + encode(userId) + "/role-mappings/realm";
    require(required ? api.post(path, roles) : api.delete(path, roles), required ? "require a second factor" : "stop requiring a second factor");
  }

  @Override
  public void recheck(String userId) {
    activeAccounts.forget(userId);
  }

  private boolean askKeycloak(String userId) {
    try {
      return accounts.enabled(userId);
    } catch (CircuitBreakerOpenException open) {
      throw new ApplicationException(
          ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider cannot be reached; try again in a moment");
    }
  }

  private static IdentityUser toUser(JsonObject user) {
    String first = user.getString("firstName", "");
    String last = user.getString("lastName", "");
    String name = (first + " " + last).strip();
    return new IdentityUser(
        user.getString("id"),
        user.getString("username", null),
        user.getString("email", null),
        user.getBoolean("emailVerified", false),
        user.getBoolean("enabled", false),
        name);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void require(KeycloakAdminApi.Answer answer, String what) {
    if (!answer.ok()) {
      LOG.warning("Keycloak could not " + what + ": HTTP " + answer.status() + " " + answer.body());
      throw failure(what);
    }
  }

  private static ApplicationException failure(String what) {
    return new ApplicationException(
        ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, "The identity provider could not " + what + "; nothing was changed");
  }
}
