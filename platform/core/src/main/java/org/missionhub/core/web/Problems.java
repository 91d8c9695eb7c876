package org.missionhub.core.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

  /** A problem of a kind answered with another status than its own (a status without a kind of its own). */
  public static Response response(ProblemKind kind, int status, String detail, List<FieldError> errors) {
    return Response.status(status).type(PROBLEM_JSON).entity(body(kind, status, detail, errors)).build();
  }

  public static JsonObject body(ProblemKind kind, String detail, List<FieldError> errors) {
    return body(kind, kind.status(), detail, errors);
  }

  private static JsonObject body(ProblemKind kind, int status, String detail, List<FieldError> errors) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", kind.type())
            .add("title", kind.title())
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      problem.add("errors", list);
    }
    return problem.build();
  }
}
