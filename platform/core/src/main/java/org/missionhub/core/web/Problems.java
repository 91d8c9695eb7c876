package org.missionhub.core.web;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

/** Builds RFC 9457 {@code application/problem+json} responses. The one place their shape is defined. */
public final class Problems {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  public static Response response(ProblemKind kind, String detail) {
    return response(kind, detail, List.of());
  }

  public static Response response(ProblemKind kind, String detail, List<FieldError> errors) {
    return response(kind, kind.status(), detail, errors);
  }

  /** Seconds a client should wait before trying a 503 again (the account check's circuit breaker delay). */
  static final String RETRY_UNAVAILABLE_AFTER = "10";

  /**
   * A problem of a kind answered with another status than its own (a status without a kind of its own). A
   * 503 (Keycloak unreachable, a full bulkhead, a statement stopped for taking too long) says when to try
   * again.
   */
  public static Response response(ProblemKind kind, int status, String detail, List<FieldError> errors) {
    Response.ResponseBuilder problem = Response.status(status).type(PROBLEM_JSON).entity(body(kind, status, detail, errors));
    if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
      problem.header(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_AFTER);
    }
    return problem.build();
  }

  public static JsonObject body(ProblemKind kind, String detail, List<FieldError> errors) {
    return body(kind, kind.status(), detail, errors);
  }

  private static JsonObject body(ProblemKind kind, int status, String detail, List<FieldError> errors) {
    JsonObjectBuilder problem =
        JSON.createObjectBuilder()
            .add("type", kind.type())
            .add("title", kind.title())
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      problem.add("errors", list);
    }
    return problem.build();
  }
}
