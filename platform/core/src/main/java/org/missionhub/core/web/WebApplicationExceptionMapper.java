package org.missionhub.core.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

/**
 * Failures raised as JAX-RS exceptions — by the runtime itself (no such path, wrong method, wrong content
 * type, unparsable parameter) or by a resource or plugin that answers with a plain status — as
 * problem+json. The status is always kept: the problem type is chosen by it, and a status without a type
 * of its own keeps its number under the nearest one (any other 4xx as a malformed request, 5xx as
 * internal). Headers a client acts on ({@code Allow}, {@code Retry-After}) are kept too.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final List<String> KEPT_HEADERS = List.of("Allow", "Retry-After");

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original != null ? original.getStatus() : 500;
    ProblemKind kind = kindFor(status);
    List<FieldError> errors =
        kind == ProblemKind.PRECONDITION_REQUIRED
            ? List.of(new FieldError("If-Match", "send the ETag you read, so that you do not overwrite someone else's change"))
            : List.of();
    Response.ResponseBuilder response = Response.fromResponse(Problems.response(kind, status, detailFor(kind), errors));
    if (original != null) {
      KEPT_HEADERS.stream()
          .filter(header -> original.getHeaderString(header) != null)
          .forEach(header -> response.header(header, null).header(header, original.getHeaderString(header)));
    }
    return response.build();
  }

  static ProblemKind kindFor(int status) {
    return switch (status) {
      case 400 -> ProblemKind.MALFORMED_REQUEST;
      case 401 -> ProblemKind.UNAUTHORIZED;
      case 403 -> ProblemKind.FORBIDDEN;
      case 404 -> ProblemKind.NOT_FOUND;
      case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
      case 406 -> ProblemKind.NOT_ACCEPTABLE;
      case 409 -> ProblemKind.CONFLICT;
      case 412 -> ProblemKind.PRECONDITION_FAILED;
      case 413 -> ProblemKind.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
      case 428 -> ProblemKind.PRECONDITION_REQUIRED;
      case 429 -> ProblemKind.TOO_MANY_REQUESTS;
      case 503 -> ProblemKind.SERVICE_UNAVAILABLE;
      default -> status >= 400 && status < 500 ? ProblemKind.MALFORMED_REQUEST : ProblemKind.INTERNAL;
    };
  }

  private static String detailFor(ProblemKind kind) {
    return switch (kind) {
      case MALFORMED_REQUEST -> "The request cannot be read: check the body and the query parameters";
      case NOT_FOUND -> "No resource at this address";
      case METHOD_NOT_ALLOWED -> "This resource does not support this HTTP method";
      case NOT_ACCEPTABLE -> "This resource answers application/json only";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
      case UNAUTHORIZED -> "A valid bearer token is required";
      case FORBIDDEN -> "You are not allowed to do this";
      case PAYLOAD_TOO_LARGE -> "The request body is too large";
      case CONFLICT -> "The request conflicts with the resource's current state";
      case PRECONDITION_FAILED -> "The resource was changed by someone else: read it again and retry";
      case PRECONDITION_REQUIRED -> "Send If-Match with the ETag you read";
      case TOO_MANY_REQUESTS -> "Too many requests: wait as Retry-After says, then try again";
      case SERVICE_UNAVAILABLE -> "The service is busy or unavailable: try again shortly";
      default -> "An unexpected error occurred";
    };
  }
}
