package org.missionhub.core.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Base of the resources under {@code /api/v1/orgs/{slug}}. The slug is resolved (and the caller's
 * membership checked) by a request filter before any resource method runs; resources never read it.
 */
public abstract class OrganisationScopedResource {

  @PathParam("slug")
  @Parameter(description = "Slug of the organisation the caller works in; 404 if they are not a member")
  protected String slug;
}
