package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Error statuses are kept: a JAX-RS exception's status is the problem's status, with its own type. */
class WebApplicationExceptionMapperTest {

  private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, malformed-request",
    "401, unauthorized",
    "403, forbidden",
    "404, not-found",
    "405, method-not-allowed",
    "406, not-acceptable",
    "409, conflict",
    "410, malformed-request",
    "412, precondition-failed",
    "413, payload-too-large",
    "415, unsupported-media-type",
    "428, precondition-required",
    "429, too-many-requests",
    "500, internal",
    "502, internal",
    "503, service-unavailable"
  })
  void theStatusIsKeptAndTheTypeFollowsIt(int status, String type) {
    Response response = mapper.toResponse(new WebApplicationException(status));
    JsonObject body = (JsonObject) response.getEntity();
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("type")).endsWith("/" + type);
    assertThat(response.getMediaType()).isEqualTo(Problems.PROBLEM_JSON);
  }

  @Test
  void aMissingIfMatchNamesTheHeader() {
    JsonObject body = (JsonObject) mapper.toResponse(new ClientErrorException(428)).getEntity();
    assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");
  }

  @Test
  void allowAndRetryAfterAreKept() {
    Response notAllowed = mapper.toResponse(new NotAllowedException("GET", new String[] {"PUT"}));
    assertThat(notAllowed.getHeaderString("Allow")).contains("GET").contains("PUT");
    Response busy = mapper.toResponse(new ServerErrorException(Response.status(503).header("Retry-After", "7").build()));
    assertThat(busy.getStatus()).isEqualTo(503);
    assertThat(busy.getHeaderString("Retry-After")).isEqualTo("7");
  }
}
