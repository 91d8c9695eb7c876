package org.missionhub.core.organisation.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.missionhub.core.organisation.application.OrganisationAccess;

/**
 * For every request under {@code /api/v1/orgs/{slug}}: enter the organisation named by the slug, or stop
 * with 404 (not the caller's organisation) / 403 (suspended). Runs after authentication, before the
 * resource method.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class OrganisationPathFilter implements ContainerRequestFilter {

  @Inject OrganisationAccess access;

  @Override
  public void filter(ContainerRequestContext context) {
    String slug = context.getUriInfo().getPathParameters().getFirst("slug");
    if (slug != null) {
      access.enter(slug);
    }
  }
}
