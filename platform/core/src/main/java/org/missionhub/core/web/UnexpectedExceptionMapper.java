package org.missionhub.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Everything no other mapper claims. Concurrency and uniqueness failures surfacing from the database
 * (possibly wrapped by the transaction interceptor) become 412 / 409; anything else is logged and answered 500
 * without a stack trace, under the request's id as the incident's ({@link RequestIds}): the one the answer's
 * {@code X-Request-Id} and problem {@code instance} give, so that the log line is found from either.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpServletRequest servletRequest;

  @Override
  public Response toResponse(Throwable failure) {
    var known = PersistenceFailures.classify(failure);
    if (known.isPresent()) {
      ApplicationException e = known.get();
      return Problems.response(e.kind(), e.getMessage(), e.fieldErrors());
    }
    String incident = RequestIds.of(servletRequest).orElseGet(() -> UUID.randomUUID().toString());
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
    return Problems.response(
        ProblemKind.INTERNAL,
        "An unexpected error occurred. Incident " + incident,
        List.of());
  }
}
