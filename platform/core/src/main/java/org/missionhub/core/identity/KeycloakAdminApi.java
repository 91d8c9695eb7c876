package org.missionhub.core.identity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.security.KeycloakSettings;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * A small HTTP client of Keycloak's admin REST API for one realm, authenticated as MissionHub's
 * provisioning service account (client credentials; the token is reused until shortly before it
 * expires). A plain JAX-RS client: Keycloak's own admin client would bring a second REST stack and JSON
 * library into the application.
 */
@ApplicationScoped
public class KeycloakAdminApi {

  private static final Logger LOG = Logger.getLogger(KeycloakAdminApi.class.getName());

  @Inject KeycloakSettings settings;

  /** How long a quick read (the account check on every request) may wait for Keycloak, in milliseconds. */
  @Inject
  @ConfigProperty(name = "missionhub.identity.account-check-timeout-ms", defaultValue = "2000")
  long quickTimeoutMillis;

  private Client client;
  private Client quickClient;
  private String token;
  private Instant tokenExpiry = Instant.EPOCH;

  /** The answer of one call: status and body (JSON or empty). */
  public record Answer(int status, String body, String location) {

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  public Answer get(String path) {
    return call(path, b -> b.get());
  }

  /**
   * A read on the path of every request (is this account enabled?): it waits for Keycloak only briefly, so
   * that a Keycloak that hangs answers "unavailable" quickly instead of holding a request thread.
   */
  public Answer quickGet(String path) {
    return call(quickClient(), path, b -> b.get());
  }

  public Answer post(String path, String json) {
    return call(path, b -> b.post(Entity.entity(json, MediaType.APPLICATION_JSON)));
  }

  public Answer postForm(String path, Form form) {
    return call(path, b -> b.post(Entity.form(form)));
  }

  public Answer put(String path, String json) {
    return call(path, b -> b.put(Entity.entity(json, MediaType.APPLICATION_JSON)));
  }

  public Answer delete(String path) {
    return call(path, Invocation.Builder::delete);
  }

  /** A DELETE with a JSON body (Keycloak's role-mapping removal takes the roles to remove). */
  public Answer delete(String path, String json) {
    return call(path, b -> b.method("DELETE", Entity.entity(json, MediaType.APPLICATION_JSON)));
  }

  private Answer call(String path, Function<Invocation.Builder, Response> method) {
    return call(client(), path, method);
  }

  private Answer call(Client through, String path, Function<Invocation.Builder, Response> method) {
    Answer answer = send(through, path, method, accessToken(through));
    if (answer.status() == 401) {
      // the service account token was revoked or the realm keys rotated: one fresh attempt
      invalidateToken();
      answer = send(through, path, method, accessToken(through));
    }
    return answer;
  }

  private Answer send(Client through, String path, Function<Invocation.Builder, Response> method, String bearer) {
    try (Response response =
        method.apply(
            through
                .target(settings.adminUrl() + path)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + bearer))) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      String location = response.getLocation() == null ? null : response.getLocation().toString();
      return new Answer(response.getStatus(), body, location);
    } catch (ProcessingException e) {
      throw unavailable(e);
    }
  }

  private synchronized String accessToken(Client through) {
    if (token != null && Instant.now().isBefore(tokenExpiry)) {
      return token;
    }
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", settings.clientId())
            .param("client_secret", settings.clientSecret());
    try (Response response = through.target(settings.tokenUrl()).request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
      String body = response.readEntity(String.class);
      if (response.getStatus() != 200) {
        LOG.severe("Keycloak refused MissionHub's provisioning credentials: HTTP " + response.getStatus() + " " + body);
        throw new ApplicationException(
            ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, "MissionHub cannot authenticate to its identity provider");
      }
      var json = Json.createReader(new StringReader(body)).readObject();
      token = json.getString("access_token");
      tokenExpiry = Instant.now().plusSeconds(Math.max(5, json.getInt("expires_in", 60) - 30));
      return token;
    } catch (ProcessingException e) {
      throw unavailable(e);
    }
  }

  private synchronized void invalidateToken() {
    token = null;
  }

  private synchronized Client client() {
    if (client == null) {
      client = client(settings.timeout().toMillis());
    }
    return client;
  }

  private synchronized Client quickClient() {
    if (quickClient == null) {
      quickClient = client(quickTimeoutMillis);
    }
    return quickClient;
  }

  private static Client client(long timeoutMillis) {
    return ClientBuilder.newBuilder()
        .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .build();
  }

  private static ApplicationException unavailable(Exception e) {
    LOG.warning("Keycloak cannot be reached: " + e.getMessage());
    return new ApplicationException(
        ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE,
        "The identity provider cannot be reached; nothing was changed, try again in a moment");
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
    if (quickClient != null) {
      quickClient.close();
    }
  }
}
