package org.missionhub.core.web;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the request in every problem+json answer of the API, core's and plugins', those of exception mappers
 * and of filters that turned a request away: {@code "instance": "urn:uuid:<X-Request-Id>"}, the id the log
 * lines of that request carry. A client reporting a problem quotes it; an operator finds the request's lines.
 */
@Provider
public class ProblemInstances implements ContainerResponseFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof JsonObject problem
        && Problems.PROBLEM_JSON.isCompatible(response.getMediaType())
        && !problem.containsKey("instance")) {
      RequestIds.of(servletRequest)
          .ifPresent(id -> response.setEntity(JSON.createObjectBuilder(problem).add("instance", RequestIds.uri(id)).build()));
    }
  }
}
