package org.missionhub.core.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.RetryLater;

/** Expected failures of the application services, as problem+json. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

  @Override
  public Response toResponse(ApplicationException e) {
    Response problem = Problems.response(e.kind(), e.getMessage(), e.fieldErrors());
    if (e instanceof RetryLater later) {
      return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, Long.toString(later.retryAfterSeconds())).build();
    }
    return problem;
  }
}
