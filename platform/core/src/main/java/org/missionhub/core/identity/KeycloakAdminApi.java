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

  private Client client;
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

  private Answer call(String path, Function<Invocation.Builder, Response> method) {
    Answer answer = send(path, method, accessToken());
    if (answer.status() == 401) {
      // the service account token was revoked or the realm keys rotated: one fresh attempt
      invalidateToken();
      answer = send(path, method, accessToken());
    }
    return answer;
  }

  private Answer send(String path, Function<Invocation.Builder, Response> method, String bearer) {
    try (Response response =
        method.apply(
            client()
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

  private synchronized String accessToken() {
    if (token != null && Instant.now().isBefore(tokenExpiry)) {
      return token;
    }
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", settings.clientId())
            .param("client_secret", settings.clientSecret());
    try (Response response = client().target(settings.tokenUrl()).request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
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
      client =
          ClientBuilder.newBuilder()
              .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
              .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
              .build();
    }
    return client;
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
  }
}
