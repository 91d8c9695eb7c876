package org.missionhub.core.plugin.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.web.Problems;

/** A plugin's refusal as the same RFC 9457 problem the platform's own endpoints answer. */
@Provider
public class PluginProblemMapper implements ExceptionMapper<PluginProblem> {

  @Override
  public Response toResponse(PluginProblem problem) {
    return switch (problem.kind()) {
      case INVALID ->
          Problems.response(
              ProblemKind.VALIDATION,
              problem.fields().size() == 1 ? problem.field() + ": " + problem.getMessage() : problem.getMessage(),
              problem.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList());
      case NOT_FOUND -> Problems.response(ProblemKind.NOT_FOUND, problem.getMessage(), List.of());
      case FORBIDDEN -> Problems.response(ProblemKind.FORBIDDEN, problem.getMessage(), List.of());
      case CONFLICT -> Problems.response(ProblemKind.CONFLICT, problem.getMessage(), List.of());
      case STALE -> Problems.response(ProblemKind.PRECONDITION_FAILED, problem.getMessage(), List.of());
    };
  }
}
