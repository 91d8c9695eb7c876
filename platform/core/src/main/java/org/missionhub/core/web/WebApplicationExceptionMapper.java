package org.missionhub.core.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.missionhub.core.shared.ProblemKind;

/**
 * Failures the JAX-RS runtime raises itself (no such path, wrong method, wrong content type, unparsable
 * parameter) as problem+json, keeping headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original != null ? original.getStatus() : 500;
    ProblemKind kind = kindFor(status);
    Response.ResponseBuilder response =
        Response.fromResponse(Problems.response(kind, detailFor(kind, e)));
    if (original != null && original.getHeaderString("Allow") != null) {
      response.header("Allow", original.getHeaderString("Allow"));
    }
    return response.build();
  }

  private static ProblemKind kindFor(int status) {
    return switch (status) {
      case 400 -> ProblemKind.MALFORMED_REQUEST;
      case 401 -> ProblemKind.UNAUTHORIZED;
      case 403 -> ProblemKind.FORBIDDEN;
      case 404 -> ProblemKind.NOT_FOUND;
      case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
      case 406 -> ProblemKind.NOT_ACCEPTABLE;
      case 413 -> ProblemKind.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
      default -> ProblemKind.INTERNAL;
    };
  }

  private static String detailFor(ProblemKind kind, WebApplicationException e) {
    return switch (kind) {
      case MALFORMED_REQUEST -> "The request cannot be read: check the body and the query parameters";
      case NOT_FOUND -> "No resource at this address";
      case METHOD_NOT_ALLOWED -> "This resource does not support this HTTP method";
      case NOT_ACCEPTABLE -> "This resource answers application/json only";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
      case UNAUTHORIZED -> "A valid bearer token is required";
      case FORBIDDEN -> "You are not allowed to do this";
      case PAYLOAD_TOO_LARGE -> "The request body is too large";
      default -> "An unexpected error occurred";
    };
  }
}
