package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tests' Keycloak, driven as its administrator would (admin REST API) and as users would (the
 * development realm's password-grant client {@code missionhub-cli}). Nothing here is faked: tokens are the
 * ones Keycloak issues.
 */
public final class Keycloak {

  public static final String REALM = "missionhub";
  public static final String PASSWORD = "it-password";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static String adminToken;
  private static Instant adminTokenExpiry = Instant.EPOCH;

  private Keycloak() {}

  /** A new user of the realm (password {@link #PASSWORD}); returns their id, the tokens' subject. */
  public static String createUser(String username, String email, String firstName, String lastName) {
    return createUser(username, email, firstName, lastName, true);
  }

  /**
   * A new user whose e-mail address is verified or not: an unverified one is what anyone gets who
   * registers someone else's address.
   */
  public static String createUser(String username, String email, String firstName, String lastName, boolean emailVerified) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", email)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("enabled", true)
            .add("emailVerified", emailVerified)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("type", "password").add("value", PASSWORD).add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created = admin("POST", "/users", body);
    require(created, 201);
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** The user as Keycloak's admin API shows it. */
  public static JsonObject user(String userId) {
    HttpResponse<String> user = admin("GET", "/users/" + userId, null);
    require(user, 200);
    return json(user.body()).asJsonObject();
  }

  /** What following Keycloak's verification link does: the address verified, the required action done. */
  public static void verifyEmail(String userId) {
    String body =
        Json.createObjectBuilder().add("emailVerified", true).add("requiredActions", Json.createArrayBuilder()).build().toString();
    require(admin("PUT", "/users/" + userId, body), 204);
  }

  /** Takes away the user's required actions (so that a password grant works), leaving the address as it is. */
  public static void clearRequiredActions(String userId) {
    require(admin("PUT", "/users/" + userId, Json.createObjectBuilder().add("requiredActions", Json.createArrayBuilder()).build().toString()), 204);
  }

  public static void setEnabled(String userId, boolean enabled) {
    require(admin("PUT", "/users/" + userId, Json.createObjectBuilder().add("enabled", enabled).build().toString()), 204);
  }

  /** The names of the realm roles mapped to the user directly. */
  public static java.util.List<String> realmRoles(String userId) {
    HttpResponse<String> roles = admin("GET", "/users/" + userId + "/role-mappings/realm", null);
    require(roles, 200);
    return json(roles.body()).asJsonArray().stream().map(r -> r.asJsonObject().getString("name")).toList();
  }

  /** What an administrator's "sign out all sessions" does: every Keycloak session of the user ends. */
  public static void endSessions(String userId) {
    require(admin("POST", "/users/" + userId + "/logout", null), 204);
  }

  /** The ids of the user's Keycloak sessions (the {@code sid} of their tokens). */
  public static java.util.List<String> sessionsOf(String userId) {
    HttpResponse<String> found = admin("GET", "/users/" + userId + "/sessions", null);
    require(found, 200);
    return json(found.body()).asJsonArray().stream().map(s -> s.asJsonObject().getString("id")).toList();
  }

  /**
   * Points the UI client's back-channel logout at {@code url} (the realm names one URL; the test servers run
   * one at a time, so each points it at itself before it tests back-channel logout).
   */
  public static void backChannelLogoutTo(String url) {
    HttpResponse<String> found = admin("GET", "/clients?clientId=missionhub-ui", null);
    require(found, 200);
    JsonObject client = json(found.body()).asJsonArray().getJsonObject(0);
    JsonObject attributes =
        Json.createObjectBuilder(client.getJsonObject("attributes")).add("backchannel.logout.url", url).build();
    String body = Json.createObjectBuilder(client).add("attributes", attributes).build().toString();
    require(admin("PUT", "/clients/" + client.getString("id"), body), 204);
  }

  /** A password grant as it is answered, refused or not ({@code extra}: more form fields, e.g. {@code totp}). */
  public static HttpResponse<String> passwordGrant(String realm, String clientId, String username, String password, Map<String, String> extra) {
    Map<String, String> fields = new java.util.HashMap<>(extra);
    fields.put("grant_type", "password");
    fields.put("client_id", clientId);
    fields.put("username", username);
    fields.put("password", password);
    return send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  /** An access token of the user, as the command-line client gets it, listing all their organisations. */
  public static String token(String username) {
    return token(REALM, "missionhub-cli", username, PASSWORD);
  }

  public static String token(String realm, String clientId, String username, String password) {
    String form =
        form(
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password,
                "scope", "openid organization:*"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    require(response, 200);
    return json(response.body()).asJsonObject().getString("access_token");
  }

  /** The id of the realm's organisation with this alias (a MissionHub slug), if there is one. */
  public static Optional<JsonObject> organisation(String alias) {
    HttpResponse<String> page = admin("GET", "/organizations?first=0&max=1000", null);
    require(page, 200);
    return json(page.body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> alias.equals(o.getString("alias", null)))
        .findFirst();
  }

  public static JsonArray organisationMembers(String organisationId) {
    HttpResponse<String> page = admin("GET", "/organizations/" + organisationId + "/members?first=0&max=1000", null);
    require(page, 200);
    return json(page.body()).asJsonArray();
  }

  /** Makes a user a member of the realm's organisation directly, behind MissionHub's back. */
  public static void addToOrganisation(String alias, String userId) {
    String id = organisation(alias).orElseThrow().getString("id");
    require(admin("POST", "/organizations/" + id + "/members", Json.createValue(userId).toString()), 201);
  }

  public static void removeFromOrganisation(String alias, String userId) {
    String id = organisation(alias).orElseThrow().getString("id");
    require(admin("DELETE", "/organizations/" + id + "/members/" + userId, null), 204);
  }

  /** Creates a public password-grant client in the realm, with any extra attributes and protocol mappers. */
  public static void createClient(String realm, JsonObject client) {
    require(adminOf(realm, "POST", "/clients", client.toString()), 201);
  }

  /** A protocol mapper that puts {@code missionhub-api} into the access token's audience. */
  public static JsonObject audienceMapper() {
    return Json.createObjectBuilder()
        .add("name", "missionhub-api audience")
        .add("protocol", "openid-connect")
        .add("protocolMapper", "oidc-audience-mapper")
        .add(
            "config",
            Json.createObjectBuilder().add("included.custom.audience", "missionhub-api").add("access.token.claim", "true"))
        .build();
  }

  public static void createRealm(JsonObject realm) {
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/admin/realms"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realm.toString())));
    require(created, 201);
  }

  public static void deleteRealm(String realm) {
    send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/admin/realms/" + realm))
            .header("Authorization", "Bearer " + adminToken())
            .DELETE());
  }

  private static HttpResponse<String> admin(String method, String path, String body) {
    return adminOf(REALM, method, path, body);
  }

  /** Any admin API call in any realm of the tests' Keycloak, answered as it comes. */
  public static HttpResponse<String> adminOf(String realm, String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/admin/realms/" + realm + path))
            .header("Authorization", "Bearer " + adminToken())
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request);
  }

  private static synchronized String adminToken() {
    if (adminToken == null || Instant.now().isAfter(adminTokenExpiry)) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(URI.create(ItEnvironment.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")))));
      require(response, 200);
      JsonObject token = json(response.body()).asJsonObject();
      adminToken = token.getString("access_token");
      adminTokenExpiry = Instant.now().plusSeconds(Math.max(5, token.getInt("expires_in") - 15));
    }
    return adminToken;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak cannot be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void require(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Keycloak answered " + response.statusCode() + " to " + response.request().method() + " " + response.request().uri() + ": " + response.body());
    }
  }

  private static JsonValue json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
