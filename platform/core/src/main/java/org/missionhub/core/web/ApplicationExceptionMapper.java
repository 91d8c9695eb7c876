package org.missionhub.core.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.missionhub.core.shared.ApplicationException;

/** Expected failures of the application services, as problem+json. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

  @Override
  public Response toResponse(ApplicationException e) {
    return Problems.response(e.kind(), e.getMessage(), e.fieldErrors());
  }
}
