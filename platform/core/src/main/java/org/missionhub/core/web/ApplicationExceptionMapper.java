package org.missionhub.core.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.missionhub.core.shared.ApplicationException;

/**
 * Expected failures of the application services, as problem+json. A service that is unavailable for a
 * moment (503: the identity provider cannot be reached, a busy bulkhead) says when to try again.
 */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

  /** Seconds a client should wait before trying a 503 again: the account check's circuit breaker delay. */
  static final String RETRY_UNAVAILABLE_AFTER = "10";

  @Override
  public Response toResponse(ApplicationException e) {
    Response problem = Problems.response(e.kind(), e.getMessage(), e.fieldErrors());
    if (problem.getStatus() != Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
      return problem;
    }
    return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_AFTER).build();
  }
}
